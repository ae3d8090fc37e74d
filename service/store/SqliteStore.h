#pragma once

#include "LedgerStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace shelfsync::store {
class StateWriter;
}

namespace shelfsync::service {

// The default store: one SQLite file in WAL mode with synchronous=FULL, so an ack sent
// after commit() survives a crash of the process or of the machine.
class SqliteStore final : public LedgerStore
{
public:
    explicit SqliteStore(const QString &path);
    ~SqliteStore() override;
    Q_DISABLE_COPY_MOVE(SqliteStore)

    bool open(QString *error) override;
    QString epoch() const override { return m_epoch; }
    qint64 head() const override { return m_head; }

    domain::State loadState() override;
    std::optional<StoredAnswer> findAnswer(const QString &id) override;
    bool commit(const CommitBatch &batch, QString *error) override;

    QList<LedgerEvent> readEvents(qint64 after, qint64 upTo, int limit) override;
    QList<QByteArray> history(const QString &sku, const QString &location, int limit) override;
    qint64 eventCount() override;
    domain::Result<QList<DailyUnits>> dispatchedPerDay(const DispatchFilter &filter) override;
    domain::Result<QList<BatchSales>> batchSales(const QDate &today, int windowDays,
                                                 const QString &location) override;
    domain::Result<QHash<domain::StockKey, qint64>> weekSales(const QDate &today) override;
    domain::Result<QList<AgeingRow>> ageing(const QDate &today, const QString &location,
                                            const QString &category) override;

private:
    bool migrate(QString *error);
    bool writeState(const CommitBatch &batch);

    std::unique_ptr<store::StateWriter> m_writer;
    std::unique_ptr<QSqlQuery> m_insertEvent;
    std::unique_ptr<QSqlQuery> m_insertAnswer;
    QString m_path;
    QString m_connectionName;
    QString m_epoch;
    qint64 m_head = 0;
};

} // namespace shelfsync::service
