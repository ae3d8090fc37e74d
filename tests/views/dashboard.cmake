# GUI test of the dashboard.
shelfsync_add_test(tst_dashboardview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboardview.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
