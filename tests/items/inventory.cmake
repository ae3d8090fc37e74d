# Tests of the inventory item models and screens.
shelfsync_add_test(tst_stockstatus SOURCES tst_stockstatus.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
shelfsync_add_test(tst_inventorymodel SOURCES tst_inventorymodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
shelfsync_add_test(tst_alertmodel SOURCES tst_alertmodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
shelfsync_add_test(tst_historymodel SOURCES tst_historymodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
