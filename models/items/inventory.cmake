# Owned by the inventory screens: the inventory table, its filter, the alerts and a row's
# history.
target_sources(shelfsync_items PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AlertModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AlertModel.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryModel.cpp ${CMAKE_CURRENT_LIST_DIR}/HistoryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/InventoryFilterProxy.cpp ${CMAKE_CURRENT_LIST_DIR}/InventoryFilterProxy.h
    ${CMAKE_CURRENT_LIST_DIR}/InventoryModel.cpp ${CMAKE_CURRENT_LIST_DIR}/InventoryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/StockStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/StockStatus.h
)
