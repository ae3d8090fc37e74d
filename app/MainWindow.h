#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::views {
class OutboxView;
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

    sync::Workspace &m_workspace;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QList<QList<QAction *>> m_screenActions; // per tab
    QDockWidget *m_outboxDock = nullptr;
    views::OutboxView *m_outbox = nullptr;
    views::SyncStatusWidget *m_status = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace shelfsync::app
