# JSON codecs of commands and events, and a randomized run of the rules against replay.
shelfsync_add_test(tst_commandcodec SOURCES tst_commandcodec.cpp LIBS ${SHELFSYNC_DOMAIN_TEST_LIBS})
shelfsync_add_test(tst_eventcodec SOURCES tst_eventcodec.cpp LIBS ${SHELFSYNC_DOMAIN_TEST_LIBS})
shelfsync_add_test(tst_randomized SOURCES tst_randomized.cpp LIBS ${SHELFSYNC_DOMAIN_TEST_LIBS})
