# The deadstock table: the service's deadstock rows with their suggested actions.
target_sources(shelfsync_items PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeadstockTable.cpp ${CMAKE_CURRENT_LIST_DIR}/DeadstockTable.h
)
