# The sync protocol against a real shelfsyncd (PROTOCOL.md "Session", "Commands", "Details").
shelfsync_add_test(tst_syncprotocol SOURCES tst_syncprotocol.cpp SyncTestSupport.h
    LIBS ${SHELFSYNC_SERVICE_TEST_LIBS} TIMEOUT 300)
shelfsync_add_test(tst_syncrace SOURCES tst_syncrace.cpp SyncTestSupport.h
    LIBS ${SHELFSYNC_SERVICE_TEST_LIBS} TIMEOUT 300)
shelfsync_add_test(tst_syncinput SOURCES tst_syncinput.cpp SyncTestSupport.h
    LIBS ${SHELFSYNC_SERVICE_TEST_LIBS} TIMEOUT 300)
shelfsync_add_test(tst_syncbacklog SOURCES tst_syncbacklog.cpp SyncTestSupport.h
    LIBS ${SHELFSYNC_SERVICE_TEST_LIBS} TIMEOUT 300)
target_compile_definitions(tst_syncbacklog PRIVATE SHELFSYNCD_PATH="$<TARGET_FILE:shelfsyncd>")
add_dependencies(tst_syncbacklog shelfsyncd)
