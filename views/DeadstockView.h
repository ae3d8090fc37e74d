#pragma once

#include "BatchActionDialog.h"

#include "domain/Types.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class DeadstockProxy;
class LiveQuery;
class QueryRowsModel;
} // namespace shelfsync::items

namespace shelfsync::views {

class ExportActions;

// The deadstock table: the batches that need a decision this week, the most money first,
// each with the suggested action (discount, bundle, transfer, donate, write off) and why.
// The planner acts from here: writes a batch off, counts it, or opens the SKU's policy or
// the cell's batches. The rows are the service's deadstock query, kept live.
class DeadstockView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadstockView)

public:
    using Prompt = std::function<std::optional<BatchActionValues>(const BatchActionRequest &)>;

    explicit DeadstockView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~DeadstockView() override;

    // Write Off..., Count..., Open Policy, Open Batches, Export Table as CSV... (no
    // shortcut: the Charts screen holds Ctrl+Shift+E for the chart shown).
    QList<QAction *> actions() const;

    // Seam for tests; the default asks with BatchActionDialog.
    void setPrompt(Prompt prompt);

    items::QueryRowsModel *model() const { return m_model; }
    items::DeadstockProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    items::LiveQuery *liveQuery() const { return m_query; }
    ExportActions *exportActions() const { return m_export; }

    QString location() const { return m_location; }
    int windowDays() const { return m_windowDays; }
    QString summaryText() const;
    QString freshnessText() const;
    QString statusText() const { return m_statusText; }

public Q_SLOTS:
    // "" for every location; the Charts screen's location picker sets it.
    void setLocation(const QString &location);
    // The days a batch may sit before it counts as old (the query's window).
    void setWindowDays(int days);
    // An action code ("discount"), or empty for every action.
    void setActionFilter(const QString &code);
    // Selects and shows a batch's row (a click on the scatter chart); false when it is not
    // in the table (a healthy batch, or not answered yet). Clears an action filter hiding it.
    bool selectBatch(const shelfsync::domain::StockKey &key, const QString &batch);
    void writeOffSelected();
    void countSelected();
    void openPolicy();
    void openBatches();

Q_SIGNALS:
    void openPolicyRequested(const QString &sku);
    void openBatchesRequested(const shelfsync::domain::StockKey &key);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void applyArgs();
    void onAnswered();
    void updateFreshness();
    void updateActions();
    void sizeColumns();
    int currentRow() const;
    std::optional<BatchActionRequest> requestFor(BatchAction action);
    void act(BatchAction action);
    void setStatus(bool error, const QString &text);

    sync::Workspace &m_workspace;
    items::QueryRowsModel *m_model = nullptr;
    items::DeadstockProxy *m_proxy = nullptr;
    items::LiveQuery *m_query = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_freshness = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    ExportActions *m_export = nullptr;
    QAction *m_writeOffAction = nullptr;
    QAction *m_countAction = nullptr;
    QAction *m_policyAction = nullptr;
    QAction *m_batchesAction = nullptr;
    Prompt m_prompt;
    QString m_location;
    int m_windowDays = 30;
    QJsonObject m_lastError;        // the last refresh's failure, until one succeeds
    bool m_sized = false;           // columns are sized once, then they are the user's
    QHash<QString, QString> m_sent; // command id -> what it does, for the status line
    QString m_statusText;
};

} // namespace shelfsync::views
