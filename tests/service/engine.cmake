# The service's command engine, HTTP API and crash safety, against a real shelfsyncd.
shelfsync_add_test(tst_commandengine SOURCES tst_commandengine.cpp
    LIBS ${SHELFSYNC_SERVICE_TEST_LIBS} TIMEOUT 300)
shelfsync_add_test(tst_httpapi SOURCES tst_httpapi.cpp
    LIBS ${SHELFSYNC_SERVICE_TEST_LIBS} TIMEOUT 300)
shelfsync_add_test(tst_crash SOURCES tst_crash.cpp
    LIBS ${SHELFSYNC_SERVICE_TEST_LIBS} TIMEOUT 300)
target_compile_definitions(tst_crash PRIVATE SHELFSYNCD_PATH="$<TARGET_FILE:shelfsyncd>")
add_dependencies(tst_crash shelfsyncd)
shelfsync_add_test(tst_plannerqueries SOURCES tst_plannerqueries.cpp LIBS ${SHELFSYNC_SERVICE_TEST_LIBS})
