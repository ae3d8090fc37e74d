# Rule tables for holds, orders and stock policies (see docs/inventory-rules.md).
shelfsync_add_test(tst_reservationrules SOURCES tst_reservationrules.cpp LIBS ${SHELFSYNC_DOMAIN_TEST_LIBS})
shelfsync_add_test(tst_policyrules SOURCES tst_policyrules.cpp LIBS ${SHELFSYNC_DOMAIN_TEST_LIBS})
