#include "TestLedger.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::testing {

TestLedger::TestLedger()
    : now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)
{}

Result<Decision> TestLedger::run(const CommandArgs &args, const QString &id)
{
    Command command;
    command.id = id.isEmpty() ? u"cmd-%1"_s.arg(m_nextId++) : id;
    command.actor = u"tester"_s;
    command.args = args;
    Result<Decision> decision = decide(state, command, now);
    if (!decision)
        return decision;
    for (Event event : decision->events) {
        event.seq = events.size() + 1;
        applyInPlace(state, event);
        events.append(event);
    }
    return decision;
}

void TestLedger::mustRun(const CommandArgs &args)
{
    const auto decision = run(args);
    if (!decision)
        qFatal("set-up command refused: %s", qPrintable(decision.error().message));
}

void TestLedger::location(const QString &id, LocationKind kind)
{
    mustRun(UpsertLocation{id, u"Location "_s + id, kind, {}});
}

void TestLedger::sku(const QString &id, const QString &gtin)
{
    UpsertSku args;
    args.sku = id;
    args.name = u"Item "_s + id;
    if (!gtin.isEmpty())
        args.gtin = gtin;
    mustRun(args);
}

void TestLedger::receive(const QString &location, const QString &sku, Quantity qty,
                         const QString &batch, const QDate &expiry)
{
    Receive args;
    args.location = location;
    args.sku = sku;
    args.qty = qty;
    args.batch = batch;
    args.expiry = expiry;
    mustRun(args);
}

void TestLedger::policy(const QString &sku, const QString &location, const PolicyPatch &patch)
{
    mustRun(SetPolicy{sku, location, patch});
}

void TestLedger::standardSetUp()
{
    location(u"DS-01"_s);
    location(u"WH-01"_s, LocationKind::Warehouse);
    sku(u"MILK"_s);
    sku(u"BREAD"_s);
}

Availability TestLedger::availability(const QString &location, const QString &sku) const
{
    return state.availability({location, sku});
}

} // namespace shelfsync::testing
