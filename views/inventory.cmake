# Owned by the inventory screens: the inventory table with a row's history, and the alerts.
target_sources(shelfsync_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AlertsView.cpp ${CMAKE_CURRENT_LIST_DIR}/AlertsView.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/HistoryDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/InventoryView.cpp ${CMAKE_CURRENT_LIST_DIR}/InventoryView.h
)
