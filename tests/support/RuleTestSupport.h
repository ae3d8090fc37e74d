#pragma once

// Helpers shared by the rule-table tests (tst_policyrules, tst_reservationrules): short
// builders for the tables' values and commands, and the check that every event's `after`
// matches what a replica computes. Kept in one place so the tables agree on what a row means.

#include "TestLedger.h"

#include "domain/Commands.h"
#include "domain/Events.h"
#include "domain/Rules.h"
#include "domain/State.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shelfsync::domain {

// Found by QCOMPARE through ADL (so they must live in the types' namespace): a failing row
// shows the values rather than nothing.
char *toString(const Availability &figures);
char *toString(const Policy &policy);

} // namespace shelfsync::domain

namespace shelfsync::testing {

// The locations and SKUs TestLedger::standardSetUp() creates.
extern const QString kStore;     // "DS-01", a store
extern const QString kWarehouse; // "WH-01", a warehouse
extern const QString kMilk;      // "MILK"
extern const QString kBread;     // "BREAD"

// Patches and policies written as "pct=20 max=5": designated initializers trip GCC 12's
// -Wmissing-field-initializers, and the short form reads better in a table. Fields: pct,
// min, lock, ttl, max, hide, low, deadstock; an unknown or unreadable one aborts the run.
domain::PolicyPatch patchOf(const char *text);
domain::Policy policyOf(const char *text);

// Commands built field by field, so a field added to one of the domain's structs later
// does not break these tables (-Wmissing-field-initializers).
domain::Reserve holdOf(const domain::StockKey &key, domain::Quantity qty,
                       std::optional<int> holdS = std::nullopt); // channel "web"
domain::Commit commitOf(const QString &reservation);
domain::Receive receiveOf(const domain::StockKey &key, domain::Quantity qty, const QString &batch,
                          const QDate &expiry = QDate());
domain::SetPolicy policyFor(const QString &sku, const QString &location,
                            const domain::PolicyPatch &patch);

// Figures written in one table cell: on_hand, hidden, reserved, buffer, atp.
domain::Availability figures(domain::Quantity onHand, domain::Quantity hidden,
                             domain::Quantity reserved, domain::Quantity buffer,
                             domain::Quantity atp);

// A refusal's message for QVERIFY2, which evaluates its message even when it passes.
QByteArray why(const domain::Result<domain::Decision> &decision);

// The `after` of every event must be what a replica gets by applying the events one by
// one (anything else would make every replica see drift and resync), and only events about
// one (location, SKU) carry it. Returns the first problem, or an empty string.
QString checkAfter(domain::State state, const QList<domain::Event> &events);

struct Checked
{
    domain::Result<domain::Decision> decision;
    QString afterProblem; // empty when every event's `after` matches the state
};

// Runs a command on the ledger and, when it is accepted, checks its events' `after`
// against the state the ledger had before it.
Checked runChecked(TestLedger &ledger, const domain::CommandArgs &args,
                   const QString &id = QString());

} // namespace shelfsync::testing
