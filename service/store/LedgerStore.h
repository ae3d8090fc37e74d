#pragma once

#include "domain/StateChanges.h"

#include "domain/Analytics.h"
#include "domain/Events.h"
#include "domain/Result.h"
#include "domain/State.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shelfsync::service {

// An event as the ledger holds it: its seq and its wire form, encoded once.
struct LedgerEvent
{
    qint64 seq = 0;
    QString location; // empty: goes to every subscriber
    QByteArray json;
    domain::EventKind kind = domain::EventKind::StockReceived; // set for freshly committed events
    bool bySweeper = false;
};

// What the velocity query sums: units dispatched per day, grouped by SKU, category or
// location, optionally narrowed to some SKUs, one category and one location.
struct DispatchFilter
{
    enum class GroupBy
    {
        Sku,
        Category,
        Location
    };
    GroupBy groupBy = GroupBy::Sku;
    QDate from; // inclusive, UTC days
    QDate to;   // inclusive
    QStringList skus;
    QString category;
    QString location;
    // Only stores' dispatches: a warehouse's are shipments that the stores sell again.
    bool storesOnly = false;
};

struct DailyUnits
{
    QString group;
    QDate day;
    qint64 units = 0;
};

// On-hand stock of one location and category in one age bucket (days since receipt).
struct AgeingRow
{
    QString location;
    QString category;
    int bucket = 0; // index into domain::kAgeBucketEnds (the last: older than all)
    qint64 qty = 0;
    double value = 0.0; // at unit cost
};

// One batch on hand with its cell's sales, as the deadstock query reads them.
struct BatchSales
{
    QString location;
    QString sku;
    QString name;
    QString category;
    double unitCost = 0.0;
    QString batch;
    qint64 qty = 0;
    QDate expiry;
    QDateTime receivedAt;
    bool hidden = false;
    qint64 soldInWindow = 0; // the cell's units over the window ending today
    qint64 soldInWeek = 0;   // the cell's units over the 7 days ending today
    QDate lastSale;          // the cell's last day with a sale; invalid when none
};

// A command's stored answer: the ack, with the fingerprint of what was asked so the same
// id with other arguments is recognised as a conflict.
struct StoredAnswer
{
    QString id;
    QByteArray fingerprint;
    QJsonObject ack;
};

// Everything one (group) commit writes, in one transaction.
struct CommitBatch
{
    QList<domain::Event> events; // seq assigned
    QList<QByteArray> eventJson; // encodeEvent() of each, compact
    QList<StoredAnswer> answers;
    domain::StateChanges changes;
    const domain::State *state = nullptr; // the state after the events, for the state rows
};

// The ledger and the current state behind one small interface, so the engine does not
// know whether SQLite or PostgreSQL keeps them.
class LedgerStore
{
public:
    virtual ~LedgerStore() = default;

    virtual bool open(QString *error) = 0;
    virtual QString epoch() const = 0;
    virtual qint64 head() const = 0;

    virtual domain::State loadState() = 0;
    virtual std::optional<StoredAnswer> findAnswer(const QString &id) = 0;
    virtual bool commit(const CommitBatch &batch, QString *error) = 0;

    // Events with after < seq <= upTo, oldest first, at most `limit`.
    virtual QList<LedgerEvent> readEvents(qint64 after, qint64 upTo, int limit) = 0;
    // Events of one SKU (at one location when given), newest first.
    virtual QList<QByteArray> history(const QString &sku, const QString &location, int limit) = 0;
    virtual qint64 eventCount() = 0;
    // The planners' sums, by the database. A failed read is an `internal` error, never an
    // empty answer that would read as "nothing sold".
    // Units dispatched per group and day; days without sales absent.
    virtual domain::Result<QList<DailyUnits>> dispatchedPerDay(const DispatchFilter &filter) = 0;
    // Every batch on hand (at one location when given), in FEFO-neutral storage order,
    // with its cell's sales over `windowDays` and 7 days ending `today`.
    virtual domain::Result<QList<BatchSales>> batchSales(const QDate &today, int windowDays,
                                                         const QString &location) = 0;
    // Units sold per cell over the 7 days ending `today`, for every cell that sold.
    virtual domain::Result<QHash<domain::StockKey, qint64>> weekSales(const QDate &today) = 0;
    // On-hand quantity and value per location, category and age bucket as of `today`,
    // narrowed to one location and one category when given.
    virtual domain::Result<QList<AgeingRow>> ageing(const QDate &today, const QString &location,
                                                    const QString &category) = 0;
};

} // namespace shelfsync::service
