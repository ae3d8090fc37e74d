# The planners' groundwork: query rows as a table, kept live, exported as CSV.
shelfsync_add_test(tst_queryrowsmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_queryrowsmodel.cpp
    LIBS shelfsync_workspace_test_support shelfsync_items)
