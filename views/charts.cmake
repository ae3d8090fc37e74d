# The planners' charts: ageing, cover against expiry, the Charts screen that holds them,
# and their export to PNG and CSV.
target_sources(shelfsync_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgeingChart.cpp ${CMAKE_CURRENT_LIST_DIR}/AgeingChart.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartsView.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartsView.h
    ${CMAKE_CURRENT_LIST_DIR}/CoverChart.cpp ${CMAKE_CURRENT_LIST_DIR}/CoverChart.h
    ${CMAKE_CURRENT_LIST_DIR}/ExportActions.cpp ${CMAKE_CURRENT_LIST_DIR}/ExportActions.h
)
