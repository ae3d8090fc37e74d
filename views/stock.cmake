# Owned by the stock screens; target_sources(... ${CMAKE_CURRENT_LIST_DIR}/File.cpp ...).
target_sources(shelfsync_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BatchActionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/BatchActionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/BatchesView.cpp ${CMAKE_CURRENT_LIST_DIR}/BatchesView.h
    ${CMAKE_CURRENT_LIST_DIR}/NewSkuDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/NewSkuDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceivingRules.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceivingRules.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceivingScan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReceivingView.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceivingView.h
    ${CMAKE_CURRENT_LIST_DIR}/ScanField.cpp ${CMAKE_CURRENT_LIST_DIR}/ScanField.h
    ${CMAKE_CURRENT_LIST_DIR}/SkuSearchField.cpp ${CMAKE_CURRENT_LIST_DIR}/SkuSearchField.h
)
