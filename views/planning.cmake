# Owned by the planning screens; target_sources(... ${CMAKE_CURRENT_LIST_DIR}/File.cpp ...).
