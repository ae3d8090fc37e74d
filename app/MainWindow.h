#pragma once

#include <QMainWindow>

class QLabel;

namespace shelfsync::app {

// The application's main window: menus, the screens as tabs, and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void createMenus();

    QLabel *m_connectionLabel = nullptr;
};

} // namespace shelfsync::app
