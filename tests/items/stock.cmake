# Tests of the stock item models and screens.
shelfsync_add_test(tst_receiptmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_receiptmodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
shelfsync_add_test(tst_batchmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_batchmodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
