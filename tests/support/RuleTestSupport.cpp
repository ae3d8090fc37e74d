#include "RuleTestSupport.h"

#include "domain/JsonFormat.h"

#include <QJsonDocument>
#include <QStringList>
#include <QtGlobal>

#include <utility>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace {

QString describe(const Availability &figures)
{
    return u"{on_hand %1, hidden %2, reserved %3, buffer %4, atp %5}"_s.arg(
        QString::number(figures.onHand), QString::number(figures.hidden),
        QString::number(figures.reserved), QString::number(figures.buffer),
        QString::number(figures.atp));
}

// Policy fields are plain values and PolicyPatch fields optionals, so one template fills
// both.
template <typename Target>
Target fieldsOf(const char *text)
{
    Target target;
    const QStringList pairs = QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString name = pair.section(u'=', 0, 0);
        bool ok = false;
        const qint64 value = pair.section(u'=', 1).toLongLong(&ok);
        if (!ok)
            qFatal("unreadable policy field %s", qPrintable(pair));
        if (name == "pct"_L1)
            target.bufferPct = int(value);
        else if (name == "min"_L1)
            target.bufferMin = value;
        else if (name == "lock"_L1)
            target.lockEnabled = value != 0;
        else if (name == "ttl"_L1)
            target.lockTtlS = int(value);
        else if (name == "max"_L1)
            target.lockMaxQty = value;
        else if (name == "hide"_L1)
            target.hideBeforeExpiryH = int(value);
        else if (name == "low"_L1)
            target.lowStock = value;
        else if (name == "deadstock"_L1)
            target.deadstockDays = int(value);
        else
            qFatal("unknown policy field %s", qPrintable(pair));
    }
    return target;
}

} // namespace

namespace shelfsync::domain {

char *toString(const Availability &figures)
{
    return qstrdup(describe(figures).toUtf8().constData());
}

char *toString(const Policy &policy)
{
    return qstrdup(QJsonDocument(toJson(policy)).toJson(QJsonDocument::Compact).constData());
}

} // namespace shelfsync::domain

namespace shelfsync::testing {

const QString kStore = u"DS-01"_s;
const QString kWarehouse = u"WH-01"_s;
const QString kMilk = u"MILK"_s;
const QString kBread = u"BREAD"_s;

PolicyPatch patchOf(const char *text)
{
    return fieldsOf<PolicyPatch>(text);
}

Policy policyOf(const char *text)
{
    return fieldsOf<Policy>(text);
}

Reserve holdOf(const StockKey &key, Quantity qty, std::optional<int> holdS)
{
    Reserve args;
    args.location = key.location;
    args.sku = key.sku;
    args.qty = qty;
    args.channel = u"web"_s;
    args.holdS = holdS;
    return args;
}

Commit commitOf(const QString &reservation)
{
    Commit args;
    args.reservation = reservation;
    return args;
}

Receive receiveOf(const StockKey &key, Quantity qty, const QString &batch, const QDate &expiry)
{
    Receive args;
    args.location = key.location;
    args.sku = key.sku;
    args.qty = qty;
    args.batch = batch;
    args.expiry = expiry;
    return args;
}

SetPolicy policyFor(const QString &sku, const QString &location, const PolicyPatch &patch)
{
    SetPolicy args;
    args.sku = sku;
    args.location = location;
    args.patch = patch;
    return args;
}

Availability figures(Quantity onHand, Quantity hidden, Quantity reserved, Quantity buffer,
                     Quantity atp)
{
    Availability result;
    result.onHand = onHand;
    result.hidden = hidden;
    result.reserved = reserved;
    result.buffer = buffer;
    result.atp = atp;
    return result;
}

QByteArray why(const Result<Decision> &decision)
{
    return decision ? QByteArray() : decision.error().message.toUtf8();
}

QString checkAfter(State state, const QList<Event> &events)
{
    for (const Event &event : events) {
        applyInPlace(state, event);
        const QString kind = toString(event.kind());
        if (event.location.isEmpty() || event.sku.isEmpty()) {
            if (event.after)
                return u"%1 names no cell but carries after"_s.arg(kind);
            continue;
        }
        if (!event.after)
            return u"%1 at %2/%3 has no after"_s.arg(kind, event.location, event.sku);
        const Availability recomputed = state.availability(event.key());
        if (*event.after != recomputed) {
            return u"%1 at %2/%3: after %4, recomputed %5"_s.arg(
                kind, event.location, event.sku, describe(*event.after), describe(recomputed));
        }
    }
    return {};
}

Checked runChecked(TestLedger &ledger, const CommandArgs &args, const QString &id)
{
    const State before = ledger.state;
    Result<Decision> decision = ledger.run(args, id);
    QString problem;
    if (decision)
        problem = checkAfter(before, decision->events);
    return {std::move(decision), problem};
}

} // namespace shelfsync::testing
