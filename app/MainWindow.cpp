#include "MainWindow.h"

#include "OutboxView.h"
#include "SyncStatusWidget.h"

#include "sync/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace shelfsync::app {

MainWindow::MainWindow(sync::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_outbox(new views::OutboxView(workspace, this))
    , m_status(new views::SyncStatusWidget(workspace, this))
    , m_notice(new QLabel(this))
{
    setWindowTitle(tr("Shelfsync"));
    m_tabs->setObjectName(u"screens"_s);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_outboxDock = new QDockWidget(tr("Outbox and Conflicts"), this);
    m_outboxDock->setObjectName(u"outboxDock"_s);
    m_outboxDock->setWidget(m_outbox);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();
    // A rejection needs the user's decision: the panel opens itself.
    connect(&workspace, &sync::Workspace::commandRejected, this, [this] { showOutbox(); });

    statusBar()->addWidget(m_status);
    statusBar()->addPermanentWidget(m_notice);
    connect(m_status, &views::SyncStatusWidget::outboxRequested, this, &MainWindow::showOutbox);

    createScreens();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActionsMenu);
    updateActionsMenu();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createScreens() {}

void MainWindow::addScreen(QWidget *screen, const QString &name, const QString &title,
                           const QList<QAction *> &actions)
{
    screen->setObjectName(name);
    m_tabs->addTab(screen, title);
    m_screenActions.append(actions);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connection = file->addAction(tr("&Connection..."));
    connection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(connection, &QAction::triggered, this, &MainWindow::connectionDialogRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *show = m_viewMenu->addAction(m_tabs->tabText(i));
        if (i < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus();
        });
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_outboxDock->toggleViewAction());
    m_outboxDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    m_actionsMenu = menuBar()->addMenu(tr("&Actions"));
    m_actionsMenu->setObjectName(u"actionsMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Shelfsync"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Shelfsync"),
            tr("<h3>Shelfsync %1</h3><p>Live stock for warehouses, dark stores and dealer "
               "networks: batches and expiry, buffers and locks, reservations.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateActionsMenu()
{
    // The menu shows what the current screen can do, with the same shortcuts.
    m_actionsMenu->clear();
    const int current = m_tabs->currentIndex();
    if (current >= 0 && current < m_screenActions.size())
        m_actionsMenu->addActions(m_screenActions.at(current));
    if (!m_actionsMenu->isEmpty())
        m_actionsMenu->addSeparator();
    m_actionsMenu->addActions(m_outbox->actions());
}

void MainWindow::showOutbox()
{
    m_outboxDock->show();
    m_outboxDock->raise();
}

void MainWindow::setNotice(const QString &text)
{
    m_notice->setText(text);
}

bool MainWindow::saveScreenshots(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create %1.").arg(directory);
        return false;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setCurrentIndex(i);
        QApplication::processEvents();
        const QString path = QDir(directory).filePath(m_tabs->widget(i)->objectName() + u".png"_s);
        if (!grab().save(path)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

} // namespace shelfsync::app
