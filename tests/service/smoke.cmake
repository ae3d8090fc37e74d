shelfsync_add_test(tst_servicesmoke SOURCES tst_servicesmoke.cpp LIBS ${SHELFSYNC_SERVICE_TEST_LIBS})
shelfsync_add_test(tst_demoshoppers SOURCES tst_demoshoppers.cpp LIBS ${SHELFSYNC_SERVICE_TEST_LIBS})
