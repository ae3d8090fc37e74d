shelfsync_add_test(tst_servicesmoke SOURCES tst_servicesmoke.cpp LIBS ${SHELFSYNC_SERVICE_TEST_LIBS})
