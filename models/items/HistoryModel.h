#pragma once

#include "domain/Events.h"
#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

// The ledger's events of one (location, SKU), newest first: the service's `history`
// query, then every live event for that cell added at the top as it arrives. An event
// both answered and received live shows once (the ledger's seq names it).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        TimeColumn,
        EventColumn,
        ChangeColumn,
        BatchColumn,
        ActorColumn,
        AtpColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // time, change and ATP as numbers
        SeqRole,
        KindRole, // the wire kind, e.g. "stock.received"
    };
    static constexpr int kDefaultLimit = 200;

    explicit HistoryModel(sync::Workspace &workspace, QObject *parent = nullptr);
    ~HistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows the cell's history: the rows go, and the query for the new key is sent.
    void setKey(const domain::StockKey &key);
    domain::StockKey key() const { return m_key; }
    void reload();
    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_error; } // of the last query; empty when it worked
    const domain::Event &eventAt(int row) const { return m_rows.at(row); }

    // The words a row shows, also for other screens that list events.
    static QString describe(const domain::Event &event);
    static std::optional<domain::Quantity> change(const domain::Event &event);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    void onAnswer(quint64 request, const QJsonArray &rows, const QJsonObject &error);
    void onChanged(const QList<domain::Event> &events);
    bool concerns(const domain::Event &event) const;
    void setLoading(bool loading);
    qint64 topSeq() const;

    sync::Workspace &m_workspace;
    domain::StockKey m_key;
    QList<domain::Event> m_rows; // newest first
    quint64 m_request = 0;       // answers to older requests are dropped
    bool m_loading = false;
    QString m_error;
};

} // namespace shelfsync::items
