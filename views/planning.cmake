# The planning screens: buffers and locks (policies), and reservations.
target_sources(shelfsync_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PoliciesView.cpp ${CMAKE_CURRENT_LIST_DIR}/PoliciesView.h
    ${CMAKE_CURRENT_LIST_DIR}/ReservationsView.cpp ${CMAKE_CURRENT_LIST_DIR}/ReservationsView.h
)
