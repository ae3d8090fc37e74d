#include "PlannerLedger.h"

#include "WorkspaceHarness.h"

#include "Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shelfsync::testing {

namespace {

void moveTo(service::OffsetClock &clock, const QString &utc)
{
    clock.advance(clock.now().msecsTo(QDateTime::fromString(utc, Qt::ISODate)));
}

} // namespace

bool seedPlannerLedger(WorkspaceHarness &harness, service::OffsetClock &clock)
{
    const auto ok = [&harness](const QString &op, const QJsonObject &args) {
        if (acked(harness.submitAndWait(op, args)))
            return true;
        qWarning("planner ledger: %s %s refused", qPrintable(op),
                 QJsonDocument(args).toJson(QJsonDocument::Compact).constData());
        return false;
    };
    const auto receive = [&ok](const QString &location, const QString &sku, int qty,
                               const QString &batch, const QString &expiry) {
        return ok(u"receive"_s, {{u"location"_s, location},
                                 {u"sku"_s, sku},
                                 {u"qty"_s, qty},
                                 {u"batch"_s, batch},
                                 {u"expiry"_s, expiry}});
    };
    const auto sell = [&ok](const QString &location, const QString &sku, int qty) {
        return ok(u"dispatch"_s, {{u"location"_s, location}, {u"sku"_s, sku}, {u"qty"_s, qty}});
    };

    moveTo(clock, u"2027-02-01T08:00:00Z"_s);
    if (!harness.seedCatalog() ||
        !ok(u"upsert_location"_s, {{u"location"_s, u"DS-02"_s},
                                   {u"name"_s, u"Dark store North"_s},
                                   {u"kind"_s, u"store"_s}}) ||
        !ok(u"upsert_sku"_s, {{u"sku"_s, u"RICE-1KG"_s},
                              {u"name"_s, u"Basmati rice 1 kg"_s},
                              {u"unit"_s, u"pcs"_s},
                              {u"category"_s, u"pantry"_s},
                              {u"unit_cost"_s, 2.0}}))
        return false;
    if (!receive(u"DS-01"_s, u"MILK-1L"_s, 100, u"M1"_s, u"2027-03-20"_s) ||
        !receive(u"DS-02"_s, u"MILK-1L"_s, 60, u"M2"_s, u"2027-03-05"_s) ||
        !receive(u"DS-01"_s, u"YOG-500"_s, 40, u"Y1"_s, u"2027-03-04"_s) ||
        !receive(u"DS-01"_s, u"RICE-1KG"_s, 50, u"R1"_s, u"2028-01-01"_s) ||
        !receive(u"DS-02"_s, u"RICE-1KG"_s, 80, u"R2"_s, u"2028-01-01"_s) ||
        !receive(u"WH-01"_s, u"RICE-1KG"_s, 300, u"R3"_s, u"2028-06-30"_s))
        return false;

    moveTo(clock, u"2027-02-10T12:00:00Z"_s);
    if (!sell(u"DS-02"_s, u"RICE-1KG"_s, 5))
        return false;
    for (int day = 22; day <= 28; ++day) {
        moveTo(clock, u"2027-02-%1T12:00:00Z"_s.arg(day));
        if (!sell(u"DS-01"_s, u"MILK-1L"_s, 2))
            return false;
        if ((day == 26 || day == 28) && !sell(u"DS-02"_s, u"MILK-1L"_s, 1))
            return false;
    }

    moveTo(clock, u"2027-03-01T09:00:00Z"_s);
    if (!sell(u"DS-01"_s, u"MILK-1L"_s, 4) ||
        !receive(u"DS-01"_s, u"BREAD-WH"_s, 10, u"B1"_s, u"2027-03-03"_s))
        return false;
    moveTo(clock, kPlannerNow.toString(Qt::ISODate));
    return harness.waitForServiceHead();
}

} // namespace shelfsync::testing
