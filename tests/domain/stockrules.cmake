# Rule tables for the stock ops and the sweeper's batch hiding, and for the analytics.
shelfsync_add_test(tst_stockrules SOURCES tst_stockrules.cpp LIBS ${SHELFSYNC_DOMAIN_TEST_LIBS})
shelfsync_add_test(tst_analytics SOURCES tst_analytics.cpp LIBS ${SHELFSYNC_DOMAIN_TEST_LIBS})
