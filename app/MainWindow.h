#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::domain {
struct StockKey;
}
namespace shelfsync::views {
class AlertsView;
class BatchesView;
class ChartsView;
class DashboardView;
class InventoryView;
class OutboxView;
class PoliciesView;
class ReceivingView;
class ReservationsView;
class SyncStatusWidget;
} // namespace shelfsync::views

namespace shelfsync::app {

// The main window: the screens as tabs (Ctrl+1...), the alerts and the outbox as docks,
// menus holding every screen's actions, and the connection in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    views::InventoryView *inventory() const { return m_inventory; }
    views::ReceivingView *receiving() const { return m_receiving; }
    views::BatchesView *batches() const { return m_batches; }
    views::PoliciesView *policies() const { return m_policies; }
    views::ReservationsView *reservations() const { return m_reservations; }
    views::DashboardView *dashboard() const { return m_dashboard; }
    views::ChartsView *charts() const { return m_charts; }
    views::AlertsView *alerts() const { return m_alerts; }
    views::OutboxView *outbox() const { return m_outbox; }
    QDockWidget *outboxDock() const { return m_outboxDock; }

    // A line in the status bar about the app itself (e.g. "writing the demo data").
    void setNotice(const QString &text);
    // One PNG per screen, named after it, for the README and the docs.
    bool saveScreenshots(const QString &directory, QString *error);

Q_SIGNALS:
    void connectionDialogRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createScreens();
    void addScreen(QWidget *screen, const QString &name, const QString &title,
                   const QList<QAction *> &actions);
    void createMenus();
    void updateActionsMenu();
    void showOutbox();
    void showScreen(QWidget *screen);
    void openCell(const domain::StockKey &key);
    void createGoMenu();

    sync::Workspace &m_workspace;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QList<QList<QAction *>> m_screenActions; // per tab
    QDockWidget *m_outboxDock = nullptr;
    views::OutboxView *m_outbox = nullptr;
    views::InventoryView *m_inventory = nullptr;
    views::ReceivingView *m_receiving = nullptr;
    views::BatchesView *m_batches = nullptr;
    views::PoliciesView *m_policies = nullptr;
    views::ReservationsView *m_reservations = nullptr;
    views::DashboardView *m_dashboard = nullptr;
    views::ChartsView *m_charts = nullptr;
    views::AlertsView *m_alerts = nullptr;
    QDockWidget *m_alertsDock = nullptr;
    views::SyncStatusWidget *m_status = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace shelfsync::app
