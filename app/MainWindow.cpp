#include "MainWindow.h"

#include "AlertsView.h"
#include "BatchesView.h"
#include "ChartsView.h"
#include "DashboardView.h"
#include "DeadstockView.h"
#include "InventoryView.h"
#include "OutboxView.h"
#include "PoliciesView.h"
#include "ReceivingView.h"
#include "ReservationsView.h"
#include "SyncStatusWidget.h"
#include "VelocityChart.h"

#include "domain/State.h"
#include "items/LiveQuery.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

#include <functional>

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

    resize(1440, 900);
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createScreens()
{
    m_inventory = new views::InventoryView(m_workspace, this);
    m_receiving = new views::ReceivingView(m_workspace, this);
    m_batches = new views::BatchesView(m_workspace, this);
    m_policies = new views::PoliciesView(m_workspace, this);
    m_reservations = new views::ReservationsView(m_workspace, this);
    addScreen(m_inventory, u"inventory"_s, tr("&Inventory"), m_inventory->actions());
    addScreen(m_receiving, u"receiving"_s, tr("&Receiving"), m_receiving->actions());
    addScreen(m_batches, u"batches"_s, tr("&Batches and Expiry"), m_batches->actions());
    addScreen(m_policies, u"policies"_s, tr("Buffers and &Locks"), m_policies->actions());
    addScreen(m_reservations, u"reservations"_s, tr("Rese&rvations"), m_reservations->actions());
    m_dashboard = new views::DashboardView(m_workspace, this);
    m_charts = new views::ChartsView(m_workspace, this);
    addScreen(m_dashboard, u"dashboard"_s, tr("&Dashboard"), m_dashboard->actions());
    addScreen(m_charts, u"charts"_s, tr("Char&ts"), m_charts->actions());

    connect(m_reservations, &views::ReservationsView::openCellRequested, this,
            &MainWindow::openCell);
    connect(m_dashboard, &views::DashboardView::openCellRequested, this, &MainWindow::openCell);
    const auto openBatches = [this](const domain::StockKey &key) {
        showScreen(m_batches);
        m_batches->showCell(key);
    };
    connect(m_receiving, &views::ReceivingView::openCellRequested, this, openBatches);
    connect(m_dashboard, &views::DashboardView::openBatchesRequested, this, openBatches);
    connect(m_charts, &views::ChartsView::openBatchesRequested, this, openBatches);
    connect(m_charts, &views::ChartsView::openPolicyRequested, this, [this](const QString &sku) {
        showScreen(m_policies);
        m_policies->showSku(sku);
    });

    m_alerts = new views::AlertsView(m_workspace, this);
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(u"alertsDock"_s);
    m_alertsDock->setWidget(m_alerts);
    addDockWidget(Qt::RightDockWidgetArea, m_alertsDock);
    resizeDocks({m_alertsDock}, {430}, Qt::Horizontal);
    connect(m_alerts, &views::AlertsView::openCellRequested, this, &MainWindow::openCell);
    const auto showCount = [this](int count) {
        m_alertsDock->setWindowTitle(tr("Alerts (%1)").arg(QLocale().toString(count)));
    };
    connect(m_alerts, &views::AlertsView::alertCountChanged, this, showCount);
    // The view counted its first alerts before anyone listened.
    showCount(m_alerts->alertCount());
}

void MainWindow::showScreen(QWidget *screen)
{
    m_tabs->setCurrentWidget(screen);
    screen->setFocus();
}

void MainWindow::openCell(const domain::StockKey &key)
{
    showScreen(m_inventory);
    m_inventory->showCell(key);
    m_inventory->table()->setFocus();
}

void MainWindow::createGoMenu()
{
    // From the Inventory row to the same cell on the other screens.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const auto addJump = [this, go](const QString &text, const QKeySequence &shortcut,
                                    QWidget *screen,
                                    std::function<void(const domain::StockKey &)> show) {
        QAction *jump = go->addAction(text);
        jump->setShortcut(shortcut);
        connect(jump, &QAction::triggered, this, [this, screen, show] {
            const domain::StockKey key = m_inventory->currentCell();
            showScreen(screen);
            if (!key.sku.isEmpty())
                show(key);
        });
    };
    addJump(tr("&Batches of This Row"), QKeySequence(Qt::CTRL | Qt::Key_B), m_batches,
            [this](const domain::StockKey &key) { m_batches->showCell(key); });
    addJump(tr("&Policy of This SKU"), QKeySequence(Qt::CTRL | Qt::Key_P), m_policies,
            [this](const domain::StockKey &key) { m_policies->showSku(key.sku); });
    addJump(tr("&Reservations of This Row"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
            m_reservations, [this](const domain::StockKey &key) { m_reservations->showCell(key); });
}

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
    m_viewMenu->addAction(m_alertsDock->toggleViewAction());
    m_alertsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->addAction(m_outboxDock->toggleViewAction());
    m_outboxDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    m_actionsMenu = menuBar()->addMenu(tr("&Actions"));
    m_actionsMenu->setObjectName(u"actionsMenu"_s);
    createGoMenu();

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
    // The menu shows what the current screen can do, with the same shortcuts. A menu
    // makes its actions' shortcuts window-wide, so the outbox's own (Delete, Ctrl+R) stay
    // on its panel, where they cannot clash with a screen's.
    m_actionsMenu->clear();
    const int current = m_tabs->currentIndex();
    if (current >= 0 && current < m_screenActions.size())
        m_actionsMenu->addActions(m_screenActions.at(current));
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
    // Screens that start empty show a busy cell of the demo: the store SKU with the most
    // batches, as a user would have picked it.
    domain::StockKey busiest;
    qsizetype most = 0;
    const domain::State &state = m_workspace.state();
    for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
        if (it->batches.size() > most && it.key().location.startsWith(u"DS"_s)) {
            most = it->batches.size();
            busiest = it.key();
        }
    }
    if (most > 0) {
        m_batches->showCell(busiest);
        m_policies->showSku(busiest.sku);
    }
    // The size the README's pictures are taken at (a common laptop screen), whatever
    // the user last chose.
    resize(1440, 900);
    resizeDocks({m_alertsDock}, {430}, Qt::Horizontal);
    const auto save = [this, &directory, error](const QString &name) {
        QApplication::processEvents();
        const QString path = QDir(directory).filePath(name + u".png"_s);
        if (grab().save(path))
            return true;
        *error = tr("Cannot write %1.").arg(path);
        return false;
    };
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setCurrentIndex(i);
        if (m_tabs->widget(i) == m_charts)
            continue;
        if (!save(m_tabs->widget(i)->objectName()))
            return false;
    }
    // The charts ask the service: each picture waits for its answers.
    showScreen(m_charts);
    const auto answered = [](const items::LiveQuery *query) {
        return query->answeredAt().isValid();
    };
    const auto waitFor = [](const std::function<bool()> &ready) {
        // An event loop that looks every 50 ms, rather than a busy one.
        const QDeadlineTimer deadline(30'000);
        QEventLoop loop;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (ready() || deadline.hasExpired())
                loop.quit();
        });
        poll.start(50);
        if (!ready())
            loop.exec();
        return ready();
    };
    const QList<std::pair<views::ChartsView::Chart, QString>> charts{
        {views::ChartsView::Velocity, u"charts"_s},
        {views::ChartsView::Ageing, u"charts-ageing"_s},
        {views::ChartsView::Cover, u"charts-cover"_s}};
    for (const auto &[chart, name] : charts) {
        m_charts->showChart(chart);
        if (!waitFor([&] {
                return answered(m_charts->velocityChart()->liveQuery()) &&
                       answered(m_charts->batchesQuery()) &&
                       answered(m_charts->deadstockView()->liveQuery());
            })) {
            *error = tr("The service did not answer the charts' queries.");
            return false;
        }
        if (!save(name))
            return false;
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
