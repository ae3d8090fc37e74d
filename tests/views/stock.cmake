# GUI tests of the stock screens.
shelfsync_add_test(tst_receivingview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_receivingview.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
shelfsync_add_test(tst_batchesview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_batchesview.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
