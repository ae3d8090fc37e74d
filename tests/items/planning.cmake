# Tests of the planning item models: policies, the policy what-if, reservations.
shelfsync_add_test(tst_policymodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_policymodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
shelfsync_add_test(tst_policypreviewmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_policypreviewmodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
shelfsync_add_test(tst_reservationmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reservationmodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
