# The planning screens' item models: policies with their what-if preview, and reservations.
target_sources(shelfsync_items PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PolicyModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PolicyModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PolicyPreviewModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PolicyPreviewModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ReservationModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ReservationModel.h
)
