# The stock velocity chart: units sold a day and the 7-day average per location.
target_sources(shelfsync_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/VelocityChart.cpp ${CMAKE_CURRENT_LIST_DIR}/VelocityChart.h
    ${CMAKE_CURRENT_LIST_DIR}/VelocityPlot.cpp ${CMAKE_CURRENT_LIST_DIR}/VelocityPlot.h
)
