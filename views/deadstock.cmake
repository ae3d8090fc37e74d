# The deadstock table, where planners act on the batches that need a decision.
target_sources(shelfsync_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeadstockView.cpp ${CMAKE_CURRENT_LIST_DIR}/DeadstockView.h
)
