#pragma once

#include "domain/Types.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class AlertModel;
}

namespace shelfsync::views {

// The alerts list: out of stock, orders at risk, low stock, expiring batches and
// deadstock candidates, most severe first, with a count per kind. Activating an alert
// (Enter, double-click, Ctrl+Return) asks the main window to open its inventory row.
class AlertsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsView)

public:
    explicit AlertsView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~AlertsView() override;

    // Open in Inventory: for the main window's menus.
    QList<QAction *> actions() const { return {m_openAction}; }

    int alertCount() const;
    items::AlertModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *kindBox() const { return m_kind; }

public Q_SLOTS:
    void openCurrent();

Q_SIGNALS:
    void openCellRequested(const shelfsync::domain::StockKey &key);
    void alertCountChanged(int count);

private:
    void updateCounts();
    void applyKindFilter();

    items::AlertModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_openAction = nullptr;
    QTimer m_refreshTimer; // expiry and sales rates move on at midnight UTC, without events
};

} // namespace shelfsync::views
