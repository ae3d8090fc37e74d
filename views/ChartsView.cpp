#include "ChartsView.h"

#include "AgeingChart.h"
#include "CoverChart.h"
#include "DeadstockView.h"
#include "ExportActions.h"
#include "VelocityChart.h"

#include "domain/StateChanges.h"
#include "items/LiveQuery.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace shelfsync::views {

namespace {

// The deadstock windows a planner picks from: how long a batch may sit before it is old.
constexpr int kWindows[] = {14, 30, 60, 90};

} // namespace

ChartsView::ChartsView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_batches(new items::LiveQuery(workspace, u"deadstock"_s, this))
    , m_locationBox(new QComboBox(this))
    , m_windowBox(new QComboBox(this))
    , m_freshness(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_velocity(new VelocityChart(workspace, this))
    , m_ageing(new AgeingChart(workspace, this))
    , m_cover(new CoverChart(this))
    , m_deadstock(new DeadstockView(workspace, this))
{
    m_locationBox->setObjectName(u"chartsLocation"_s);
    m_locationBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_windowBox->setObjectName(u"chartsWindow"_s);
    for (const int days : kWindows)
        m_windowBox->addItem(tr("%Ln day(s)", nullptr, days), days);
    m_windowBox->setCurrentIndex(m_windowBox->findData(m_windowDays));
    m_windowBox->setToolTip(tr("How long a batch may sit before it counts as old"));
    connect(m_locationBox, &QComboBox::activated, this,
            [this] { setLocation(m_locationBox->currentData().toString()); });
    connect(m_windowBox, &QComboBox::activated, this,
            [this] { setWindowDays(m_windowBox->currentData().toInt()); });

    m_tabs->setObjectName(u"chartTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_velocity, tr("&Velocity"));
    m_tabs->addTab(m_ageing, tr("Deadstock by &Age"));
    m_tabs->addTab(m_cover, tr("Cover against E&xpiry"));

    m_exportPng = new QAction(tr("Export Chart as P&NG..."), this);
    m_exportPng->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportCsv = new QAction(tr("Export Chart &Data as CSV..."), this);
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (QAction *action : {m_exportPng, m_exportCsv}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_exportPng, &QAction::triggered, this, [this] { currentExporter()->exportPng(); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { currentExporter()->exportCsv(); });

    auto *bar = new QHBoxLayout;
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_locationBox);
    auto *windowLabel = new QLabel(tr("Deadstock wi&ndow:"), this);
    windowLabel->setBuddy(m_windowBox);
    bar->addWidget(locationLabel);
    bar->addWidget(m_locationBox);
    bar->addSpacing(16);
    bar->addWidget(windowLabel);
    bar->addWidget(m_windowBox);
    bar->addStretch(1);
    m_freshness->setObjectName(u"chartsFreshness"_s);
    bar->addWidget(m_freshness);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"chartsSplitter"_s);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_deadstock);
    // The table is where the decisions are made: it gets nearly half.
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // One answer about every batch feeds both batch charts.
    connect(m_batches, &items::LiveQuery::answered, this, [this](const QJsonArray &rows) {
        m_lastError.clear();
        m_ageing->setDeadstockRows(rows);
        m_cover->setRows(rows);
        updateFreshness();
    });
    connect(m_batches, &items::LiveQuery::failed, this, [this](const QJsonObject &error) {
        m_lastError = error.value("message"_L1).toString();
        updateFreshness();
    });
    connect(&workspace, &sync::Workspace::statusChanged, this, &ChartsView::updateFreshness);
    connect(m_cover, &CoverChart::batchClicked, this,
            [this](const domain::StockKey &key, const QString &batch) {
                m_deadstock->selectBatch(key, batch);
            });
    connect(m_deadstock, &DeadstockView::openPolicyRequested, this,
            &ChartsView::openPolicyRequested);
    connect(m_deadstock, &DeadstockView::openBatchesRequested, this,
            &ChartsView::openBatchesRequested);
    connect(&workspace.replica(), &sync::Replica::reset, this, &ChartsView::fillLocations);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const domain::StateChanges &changes, const QList<domain::Event> &) {
                if (!changes.locations.isEmpty())
                    fillLocations(); // a new store can be charted at once
            });

    fillLocations();
    updateFreshness();
    m_batches->setActive(false); // asked while the screen is shown
    askBatches();
}

ChartsView::~ChartsView() = default;

QList<QAction *> ChartsView::actions() const
{
    QList<QAction *> all{m_exportPng, m_exportCsv};
    all.append(m_deadstock->actions());
    return all;
}

ExportActions *ChartsView::currentExporter() const
{
    switch (m_tabs->currentIndex()) {
    case Ageing:
        return m_ageing->exporter();
    case Cover:
        return m_cover->exporter();
    default:
        return m_velocity->exporter();
    }
}

void ChartsView::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(chart);
}

void ChartsView::setLocation(const QString &location)
{
    m_locationBox->setCurrentIndex(std::max(0, m_locationBox->findData(location)));
    if (location == m_location)
        return; // picked again: the answers on their way are still the right ones
    m_location = location;
    m_velocity->setLocation(location);
    m_ageing->setLocation(location);
    m_deadstock->setLocation(location);
    askBatches();
}

void ChartsView::setWindowDays(int days)
{
    m_windowDays = days;
    if (const int index = m_windowBox->findData(days); index >= 0)
        m_windowBox->setCurrentIndex(index);
    m_deadstock->setWindowDays(days);
    askBatches();
}

void ChartsView::askBatches()
{
    // What the batch charts show answers the old question: none of it stays on screen
    // under the new location's name.
    m_ageing->awaitDeadstockRows();
    m_cover->awaitRows();
    QJsonObject args{{u"all"_s, true}, {u"window_days"_s, m_windowDays}};
    if (!m_location.isEmpty())
        args.insert(u"location"_s, m_location);
    m_batches->setArgs(args);
}

void ChartsView::updateFreshness()
{
    const QDateTime at = m_batches->answeredAt();
    const QString when = at.isValid() ? at.toLocalTime().toString(u"HH:mm:ss"_s) : tr("never");
    if (m_workspace.status() != sync::SyncClient::Status::Live)
        m_freshness->setText(tr("Offline: charts as of %1").arg(when));
    else if (!m_lastError.isEmpty())
        m_freshness->setText(tr("Could not update (%1): charts as of %2").arg(m_lastError, when));
    else if (at.isValid())
        m_freshness->setText(tr("Deadstock and cover charts updated %1").arg(when));
    else
        m_freshness->setText(tr("Asking the service…"));
}

void ChartsView::fillLocations()
{
    const domain::State &state = m_workspace.state();
    m_locationBox->clear();
    m_locationBox->addItem(tr("Every location"), QString());
    QStringList ids = state.locations.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        m_locationBox->addItem(u"%1 · %2"_s.arg(id, state.locations.value(id).name), id);
    m_locationBox->setCurrentIndex(std::max(0, m_locationBox->findData(m_location)));
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_batches->setActive(true);
}

void ChartsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_batches->setActive(false);
}

} // namespace shelfsync::views
