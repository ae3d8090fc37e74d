# Owned by the stock screens; target_sources(... ${CMAKE_CURRENT_LIST_DIR}/File.cpp ...).
target_sources(shelfsync_items PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BatchModel.cpp ${CMAKE_CURRENT_LIST_DIR}/BatchModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptModel.h
)
