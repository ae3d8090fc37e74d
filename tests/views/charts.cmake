# The planners' charts (ageing, cover against expiry) and the Charts screen, offscreen.
shelfsync_add_test(tst_charts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_charts.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
