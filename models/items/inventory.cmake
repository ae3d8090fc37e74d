# Owned by the inventory screens; target_sources(... ${CMAKE_CURRENT_LIST_DIR}/File.cpp ...).
