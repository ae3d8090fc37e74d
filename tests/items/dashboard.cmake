# The dashboard's models: health per location, and the rows behind a figure.
shelfsync_add_test(tst_dashboardmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboardmodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
