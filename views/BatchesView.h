#pragma once

#include "BatchActionDialog.h"

#include "domain/Types.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class BatchModel;
}

namespace shelfsync::views {

class SkuSearchField;

// Batches and expiry: the batches of one SKU at one location (or at every location) in
// the order they sell (FEFO), near-expiry ones highlighted, with the actions a shift
// lead takes on a batch: write off, count, and take a return back in.
class BatchesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchesView)

public:
    using Prompt = std::function<std::optional<BatchActionValues>(const BatchActionRequest &)>;

    explicit BatchesView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~BatchesView() override;

    QList<QAction *> actions() const { return {m_writeOffAction, m_countAction, m_returnAction}; }

    // Seam for tests; the default asks with BatchActionDialog.
    void setPrompt(Prompt prompt);

    items::BatchModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

public Q_SLOTS:
    void showCell(const domain::StockKey &key);
    void showSku(const QString &sku); // at every location
    void writeOffSelected();
    void countSelected();
    void returnInward();

private:
    void buildActions();
    void refreshLocations();
    void applyKey();
    void updateSummary();
    void updateActions();
    int currentSourceRow() const;
    std::optional<BatchActionRequest> requestFor(BatchAction action);
    void submit(const QString &op, const QJsonObject &args, const QString &what);
    void setStatus(bool error, const QString &text);

    sync::Workspace &m_workspace;
    items::BatchModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_location = nullptr;
    SkuSearchField *m_sku = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_dayTimer = nullptr;
    QAction *m_writeOffAction = nullptr;
    QAction *m_countAction = nullptr;
    QAction *m_returnAction = nullptr;
    Prompt m_prompt;
    QHash<QString, QString> m_sent; // command id -> what it does, for the status line
    QString m_statusText;
};

} // namespace shelfsync::views
