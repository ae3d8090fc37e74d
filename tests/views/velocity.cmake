# GUI test of the stock velocity chart, against a real service.
shelfsync_add_test(tst_velocitychart SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_velocitychart.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
