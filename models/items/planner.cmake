# The planners' screens: service query rows as tables, kept live, exported as CSV.
target_sources(shelfsync_items PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CsvExport.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvExport.h
    ${CMAKE_CURRENT_LIST_DIR}/LiveQuery.cpp ${CMAKE_CURRENT_LIST_DIR}/LiveQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryRowsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/QueryRowsModel.h
)
