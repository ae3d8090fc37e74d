# The dashboard: inventory health per location (out of stock, at risk, expiring,
# deadstock) in red, amber and green, and the rows behind each figure.
target_sources(shelfsync_items PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DashboardDetailModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardDetailModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardModel.h
    ${CMAKE_CURRENT_LIST_DIR}/HealthRules.cpp ${CMAKE_CURRENT_LIST_DIR}/HealthRules.h
)
