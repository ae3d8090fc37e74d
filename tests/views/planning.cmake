# GUI tests of the planning screens: buffers and locks, reservations.
shelfsync_add_test(tst_policiesview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_policiesview.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
shelfsync_add_test(tst_reservationsview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reservationsview.cpp
    LIBS shelfsync_workspace_test_support shelfsync_views)
