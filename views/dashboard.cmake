# The dashboard: each location's inventory health and the rows behind a figure.
target_sources(shelfsync_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DashboardView.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardView.h
)
