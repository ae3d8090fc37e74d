#pragma once

#include "domain/Commands.h"
#include "domain/Events.h"
#include "domain/Rules.h"
#include "domain/State.h"

#include <QDateTime>
#include <QList>

namespace shelfsync::testing {

// Runs commands through decide() and apply() the way the service does, with a clock the
// test moves by hand: a ledger in memory for rule tests.
class TestLedger final
{
public:
    TestLedger();

    // Decides and, when accepted, appends (seq assigned) and applies the events.
    domain::Result<domain::Decision> run(const domain::CommandArgs &args,
                                         const QString &id = QString());

    // Set-up helpers for the common case: they abort the test run if the rules refuse.
    void location(const QString &id, domain::LocationKind kind = domain::LocationKind::Store);
    void sku(const QString &id, const QString &gtin = QString());
    void receive(const QString &location, const QString &sku, domain::Quantity qty,
                 const QString &batch, const QDate &expiry = QDate());
    void policy(const QString &sku, const QString &location, const domain::PolicyPatch &patch);
    // A ready store "DS-01" with SKU "MILK" (and "BREAD"), as most rule tests need.
    void standardSetUp();

    domain::Availability availability(const QString &location, const QString &sku) const;

    void advance(qint64 seconds) { now = now.addSecs(seconds); }

    QDateTime now;
    domain::State state;
    QList<domain::Event> events; // every event appended, in seq order

private:
    void mustRun(const domain::CommandArgs &args);
    int m_nextId = 1;
};

} // namespace shelfsync::testing
