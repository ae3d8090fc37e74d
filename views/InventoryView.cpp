#include "InventoryView.h"

#include "HistoryDialog.h"

#include "items/InventoryFilterProxy.h"
#include "items/InventoryModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using shelfsync::items::InventoryFilterProxy;
using shelfsync::items::InventoryModel;

namespace shelfsync::views {

namespace {

using StatusFilter = InventoryFilterProxy::StatusFilter;

constexpr int kRefreshIntervalMs = 60 * 1000;
constexpr int kFollowDelayMs = 200;

QAction *makeAction(const QString &text, const QKeySequence &shortcut, QWidget *owner)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

InventoryView::InventoryView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new InventoryModel(workspace, this))
    , m_proxy(new InventoryFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_location(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(u"inventorySearch"_s);
    m_search->setPlaceholderText(tr("Search SKU, name, category or GTIN (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_location->setObjectName(u"inventoryLocation"_s);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(u"inventoryStatus"_s);
    m_status->addItem(tr("All statuses"), int(StatusFilter::All));
    m_status->addItem(tr("Only problems"), int(StatusFilter::Problems));
    m_status->addItem(tr("Out"), int(StatusFilter::Out));
    m_status->addItem(tr("Low"), int(StatusFilter::Low));
    m_status->addItem(tr("At risk"), int(StatusFilter::AtRisk));
    m_status->addItem(tr("Expiring"), int(StatusFilter::Expiring));
    m_status->addItem(tr("OK"), int(StatusFilter::Ok));
    m_summary->setObjectName(u"inventorySummary"_s);

    m_table->setObjectName(u"inventoryTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::LocationColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 8,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setColumnWidths();

    m_findAction = makeAction(tr("&Find in Inventory"), QKeySequence::Find, this);
    m_historyAction = makeAction(tr("Show &History"), QKeySequence(Qt::CTRL | Qt::Key_H), this);
    m_problemsAction =
        makeAction(tr("Only &Problems"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
    m_problemsAction->setCheckable(true);
    m_clearAction = makeAction(tr("&Clear Filters"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_location);
    bar->addWidget(m_status);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_historyAction, &QAction::triggered, this, &InventoryView::showHistory);
    connect(m_problemsAction, &QAction::toggled, this, [this](bool on) {
        const int wanted = int(on ? StatusFilter::Problems : StatusFilter::All);
        if (on || m_status->currentData().toInt() == int(StatusFilter::Problems))
            m_status->setCurrentIndex(m_status->findData(wanted));
    });
    connect(m_clearAction, &QAction::triggered, this, &InventoryView::clearFilters);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &InventoryFilterProxy::setSearchText);
    // Down from the search field goes to the results, so typing then arrows just works.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, InventoryModel::SkuColumn));
            m_table->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_location, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLocationFilter(m_location->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &InventoryView::applyStatusFilter);
    connect(m_table, &QTableView::activated, this, &InventoryView::showHistory);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryView::onCurrentChanged);

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &InventoryView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryView::updateSummary);

    connect(&workspace.replica(), &sync::Replica::reset, this, &InventoryView::fillLocations);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const domain::StateChanges &changes, const QList<domain::Event> &) {
                if (!changes.locations.isEmpty())
                    fillLocations();
            });
    connect(&workspace, &sync::Workspace::identityChanged, this, &InventoryView::updateActions);

    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(kFollowDelayMs);
    connect(&m_followTimer, &QTimer::timeout, this, [this] {
        if (m_history && m_history->isVisible() && !currentCell().sku.isEmpty())
            m_history->showCell(currentCell());
    });
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, m_model, &InventoryModel::refreshIfNewDay);
    m_refreshTimer.start();

    setFocusProxy(m_table);
    fillLocations();
    updateSummary();
    updateActions();
}

InventoryView::~InventoryView() = default;

QList<QAction *> InventoryView::actions() const
{
    return {m_findAction, m_historyAction, m_problemsAction, m_clearAction};
}

domain::StockKey InventoryView::currentCell() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(InventoryModel::KeyRole).value<domain::StockKey>()
                             : domain::StockKey();
}

bool InventoryView::showCell(const domain::StockKey &key)
{
    const int sourceRow = m_model->rowOf(key);
    if (sourceRow < 0)
        return false;
    const QModelIndex source = m_model->index(sourceRow, InventoryModel::SkuColumn);
    // Clear only the filters that hide the row; the others stay as the user set them.
    if (!m_proxy->locationFilter().isEmpty() && m_proxy->locationFilter() != key.location)
        m_location->setCurrentIndex(0);
    if (!m_proxy->matchesStatus(source.data(InventoryModel::StatusRole).toInt()))
        m_status->setCurrentIndex(m_status->findData(int(StatusFilter::All)));
    if (!m_proxy->matchesSearch(source.data(InventoryModel::SearchTextRole).toString()))
        m_search->clear();
    const QModelIndex row = m_proxy->mapFromSource(source);
    if (!row.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_table->scrollTo(row, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void InventoryView::showHistory()
{
    const domain::StockKey key = currentCell();
    if (key.sku.isEmpty() || !m_historyAction->isEnabled())
        return;
    if (!m_history)
        m_history = new HistoryDialog(m_workspace, this);
    m_history->showCell(key);
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void InventoryView::clearFilters()
{
    m_search->clear();
    m_location->setCurrentIndex(0);
    m_status->setCurrentIndex(m_status->findData(int(StatusFilter::All)));
}

void InventoryView::fillLocations()
{
    const QString selected = m_location->currentData().toString();
    QList<domain::Location> locations = m_workspace.state().locations.values();
    std::sort(locations.begin(), locations.end(),
              [](const domain::Location &a, const domain::Location &b) { return a.id < b.id; });
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), QString());
    for (const domain::Location &location : std::as_const(locations)) {
        m_location->addItem(location.name.isEmpty() ? location.id
                                                    : tr("%1 · %2").arg(location.id, location.name),
                            location.id);
    }
    const int index = m_location->findData(selected);
    m_location->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setLocationFilter(m_location->currentData().toString());
}

void InventoryView::applyStatusFilter()
{
    const auto filter = StatusFilter(m_status->currentData().toInt());
    m_proxy->setStatusFilter(filter);
    const QSignalBlocker blocker(m_problemsAction);
    m_problemsAction->setChecked(filter == StatusFilter::Problems);
}

void InventoryView::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_summary->setText(shown == total
                           ? tr("%Ln row(s)", nullptr, total)
                           : tr("%1 of %Ln row(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void InventoryView::updateActions()
{
    const std::optional<domain::Role> role = m_workspace.role();
    m_historyAction->setEnabled(!role || domain::mayQuery(*role, u"history"_s));
}

void InventoryView::onCurrentChanged()
{
    Q_EMIT currentCellChanged(currentCell());
    if (m_history && m_history->isVisible())
        m_followTimer.start();
}

void InventoryView::setColumnWidths()
{
    // From the font and a sample of each column's widest value, never from all rows.
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&](int column, const QString &sample) {
        const int title =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_table->setColumnWidth(column,
                                std::max(title + 22, metrics.horizontalAdvance(sample) + 12));
    };
    widthFor(InventoryModel::LocationColumn, u"WH-01"_s);
    widthFor(InventoryModel::SkuColumn, u"SKU-000000"_s);
    widthFor(InventoryModel::CategoryColumn, u"frozen & chilled"_s);
    for (int column = InventoryModel::OnHandColumn; column <= InventoryModel::AtpColumn; ++column)
        widthFor(column, u"00,000"_s);
    widthFor(InventoryModel::CoverColumn, u"000.0"_s);
    widthFor(InventoryModel::StatusColumn, items::statusName(items::StockStatus::Expiring));
    m_table->horizontalHeader()->setSectionResizeMode(InventoryModel::NameColumn,
                                                      QHeaderView::Stretch);
}

} // namespace shelfsync::views
