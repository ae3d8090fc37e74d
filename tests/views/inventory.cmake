# GUI tests of the inventory screens.
shelfsync_add_test(tst_inventoryview SOURCES tst_inventoryview.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items shelfsync_views)
