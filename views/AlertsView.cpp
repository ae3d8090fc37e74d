#include "AlertsView.h"

#include "items/AlertModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using shelfsync::items::AlertKind;
using shelfsync::items::AlertModel;

namespace shelfsync::views {

namespace {

constexpr int kRefreshIntervalMs = 60 * 1000;
constexpr int kAllKinds = -1;

} // namespace

AlertsView::AlertsView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertModel::SortRole);
    m_proxy->setFilterRole(AlertModel::KindRole);
    m_proxy->setFilterKeyColumn(AlertModel::KindColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_kind->setObjectName(u"alertsKind"_s);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->addItem(QString(), kAllKinds);
    for (int kind = 0; kind < items::kAlertKindCount; ++kind)
        m_kind->addItem(QString(), kind);
    m_summary->setObjectName(u"alertsSummary"_s);

    m_table->setObjectName(u"alertsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_table->setColumnWidth(AlertModel::SeverityColumn,
                            metrics.horizontalAdvance(tr("Critical")) + 48);
    m_table->setColumnWidth(AlertModel::KindColumn,
                            metrics.horizontalAdvance(items::alertKindName(AlertKind::Deadstock)) +
                                24);
    m_table->setColumnWidth(AlertModel::LocationColumn, metrics.horizontalAdvance(u"WH-01"_s) + 40);
    m_table->setColumnWidth(AlertModel::SkuColumn, metrics.horizontalAdvance(u"SKU-000000"_s) + 24);
    m_table->setColumnWidth(AlertModel::NameColumn,
                            metrics.horizontalAdvance(u"Green Valley Wholemeal rolls"_s) + 16);
    // The details are long; they show as the row's tooltip and in the Inventory row.
    m_table->hideColumn(AlertModel::DetailsColumn);

    m_openAction = new QAction(tr("&Open in Inventory"), this);
    // Enter opens (the table's activated signal); Ctrl+Return belongs to the screens'
    // own actions, which the Actions menu makes window-wide.
    addAction(m_openAction);
    auto *openButton = new QToolButton(this);
    openButton->setDefaultAction(m_openAction);
    openButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The summary wraps under the filter, so the panel stays narrow beside the screens.
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind, 1);
    bar->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_openAction, &QAction::triggered, this, &AlertsView::openCurrent);
    connect(m_table, &QTableView::activated, this, &AlertsView::openCurrent);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertsView::applyKindFilter);
    connect(m_model, &AlertModel::countsChanged, this, &AlertsView::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_openAction->setEnabled(m_table->currentIndex().isValid()); });

    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, m_model, &AlertModel::refreshIfNewDay);
    m_refreshTimer.start();

    setFocusProxy(m_table);
    m_openAction->setEnabled(false);
    updateCounts();
}

AlertsView::~AlertsView() = default;

int AlertsView::alertCount() const
{
    return m_model->rowCount();
}

void AlertsView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT openCellRequested(current.data(AlertModel::KeyRole).value<domain::StockKey>());
}

void AlertsView::updateCounts()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    m_kind->setItemText(0, tr("All alerts (%1)").arg(locale.toString(total)));
    QStringList parts;
    for (int kind = 0; kind < items::kAlertKindCount; ++kind) {
        const int count = m_model->count(AlertKind(kind));
        const QString name = items::alertKindName(AlertKind(kind));
        m_kind->setItemText(kind + 1, tr("%1 (%2)").arg(name, locale.toString(count)));
        if (count > 0)
            parts << tr("%1: %2").arg(name, locale.toString(count));
    }
    m_summary->setText(parts.isEmpty() ? tr("No alerts") : parts.join(u" · "_s));
    Q_EMIT alertCountChanged(total);
}

void AlertsView::applyKindFilter()
{
    const int kind = m_kind->currentData().toInt();
    if (kind == kAllKinds)
        m_proxy->setFilterRegularExpression(QRegularExpression());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QString(u'^' + QString::number(kind) + u'$')));
}

} // namespace shelfsync::views
