#pragma once

#include "domain/Types.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class InventoryFilterProxy;
class InventoryModel;
} // namespace shelfsync::items

namespace shelfsync::views {

class HistoryDialog;

// The Inventory screen: every location and SKU with on hand, hidden, reserved, buffer,
// ATP, days of cover and status, live. Search (Ctrl+F), a location and a status filter
// above the table; Enter or Ctrl+H opens the row's details and history.
class InventoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryView)

public:
    explicit InventoryView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~InventoryView() override;

    // Find, Show History, Only Problems, Clear Filters: for the main window's menus.
    QList<QAction *> actions() const;

    domain::StockKey currentCell() const;
    items::InventoryModel *model() const { return m_model; }
    items::InventoryFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *locationBox() const { return m_location; }
    QComboBox *statusBox() const { return m_status; }
    HistoryDialog *historyDialog() const { return m_history; } // null until first shown

public Q_SLOTS:
    // Selects the row of `key` and scrolls to it, clearing the filters that hide it.
    // False when the replica has no such cell.
    bool showCell(const shelfsync::domain::StockKey &key);
    // The details and history of the current row, in a dialog that stays open.
    void showHistory();
    void clearFilters();

Q_SIGNALS:
    void currentCellChanged(const shelfsync::domain::StockKey &key);

private:
    void fillLocations();
    void applyStatusFilter();
    void updateSummary();
    void updateActions();
    void onCurrentChanged();
    void setColumnWidths();

    sync::Workspace &m_workspace;
    items::InventoryModel *m_model = nullptr;
    items::InventoryFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    HistoryDialog *m_history = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_problemsAction = nullptr;
    QAction *m_clearAction = nullptr;
    QTimer m_followTimer;  // the open history follows the current row, once it settles
    QTimer m_refreshTimer; // cover and expiry move on at midnight UTC, without events
};

} // namespace shelfsync::views
