# GUI tests of the deadstock table; its CSV is checked against tests/data/deadstock.csv.
shelfsync_add_test(tst_deadstockview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_deadstockview.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
