#include "DeadstockView.h"

#include "ExportActions.h"

#include "items/CommandText.h"
#include "items/DeadstockTable.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using shelfsync::items::QueryRowsModel;

namespace shelfsync::views {

namespace {

constexpr int kMinWindowDays = 1;
constexpr int kMaxWindowDays = 365;
// Columns are sized from the first rows, not all of them: hundreds on the demo data.
constexpr int kSizingSample = 40;
constexpr int kCellPadding = 24; // room for the margins and the sort indicator
constexpr int kMaxColumnWidth = 260;
constexpr int kMinReasonWidth = 260;
constexpr int kMaxReasonWidth = 460;

} // namespace

DeadstockView::DeadstockView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(items::makeDeadstockModel(this))
    , m_proxy(new items::DeadstockProxy(workspace.outbox(), this))
    , m_query(new items::LiveQuery(workspace, u"deadstock"_s, this))
    , m_actionFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_prompt = [this](const BatchActionRequest &request) -> std::optional<BatchActionValues> {
        BatchActionDialog dialog(request, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.values();
    };
    // The CSV is what the planner sees: this filter, this order.
    m_export = new ExportActions(nullptr, m_proxy, u"deadstock"_s, this);
    // Beside the charts' own "Export Chart Data" in one menu: say which data.
    m_export->csvAction()->setText(tr("Export &Table as CSV..."));
    buildActions();

    m_actionFilter->setObjectName(u"actionFilter"_s);
    m_actionFilter->addItem(tr("All actions"), QString());
    for (const QString &code : items::deadstockActionCodes())
        m_actionFilter->addItem(items::actionLabel(code), code);
    m_summary->setObjectName(u"deadstockSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_freshness->setObjectName(u"freshnessLine"_s);
    m_status->setObjectName(u"statusLine"_s);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"deadstockTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_model->columnOf(u"value"_s), Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(actions());

    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_actionFilter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_actionFilter);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    for (QAction *action : {m_writeOffAction, m_countAction, m_policyAction, m_batchesAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_freshness);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_actionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setActionFilter(m_actionFilter->currentData().toString()); });
    connect(m_table, &QAbstractItemView::activated, this, &DeadstockView::openBatches);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeadstockView::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DeadstockView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeadstockView::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DeadstockView::updateActions);
    connect(&workspace, &sync::Workspace::identityChanged, this, &DeadstockView::updateActions);

    connect(m_query, &items::LiveQuery::answered, this, [this](const QJsonArray &rows) {
        m_model->setRows(rows);
        m_lastError = {};
        onAnswered();
    });
    connect(m_query, &items::LiveQuery::failed, this, [this](const QJsonObject &error) {
        m_lastError = error;
        updateFreshness();
    });
    connect(&workspace, &sync::Workspace::statusChanged, this, &DeadstockView::updateFreshness);

    connect(
        &workspace, &sync::Workspace::commandAcked, this,
        [this](const QString &id, const QJsonObject &) {
            if (m_sent.contains(id))
                setStatus(
                    false,
                    tr("Done: %1. The table updates with the next refresh.").arg(m_sent.take(id)));
        });
    connect(&workspace, &sync::Workspace::commandRejected, this,
            [this](const QString &id, const QJsonObject &error) {
                if (m_sent.contains(id))
                    setStatus(
                        true,
                        tr("Not done: %1. %2").arg(m_sent.take(id), items::describeError(error)));
            });

    // Asked when first shown: a screen nobody looks at costs the service nothing.
    m_query->setActive(false);
    applyArgs();
    onAnswered();
    updateActions();
    setStatus(false, tr("Pick a batch to act on it; its reason is in the Reason column."));
}

DeadstockView::~DeadstockView() = default;

void DeadstockView::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    // Shortcuts the main window does not use for itself (an equal one would be ambiguous).
    m_writeOffAction = make(tr("&Write Off..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_countAction = make(tr("&Count..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_policyAction = make(tr("Open &Policy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_batchesAction = make(tr("Open Batc&hes"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_writeOffAction->setStatusTip(tr("Take the selected batch off the books"));
    m_countAction->setStatusTip(tr("Record what is on the shelf for the selected batch"));
    m_policyAction->setStatusTip(tr("Open the buffer and lock policy of the selected SKU"));
    m_batchesAction->setStatusTip(tr("Open the batches of the selected row's cell"));
    connect(m_writeOffAction, &QAction::triggered, this, &DeadstockView::writeOffSelected);
    connect(m_countAction, &QAction::triggered, this, &DeadstockView::countSelected);
    connect(m_policyAction, &QAction::triggered, this, &DeadstockView::openPolicy);
    connect(m_batchesAction, &QAction::triggered, this, &DeadstockView::openBatches);
}

QList<QAction *> DeadstockView::actions() const
{
    return {m_writeOffAction, m_countAction, m_policyAction, m_batchesAction,
            m_export->csvAction()};
}

void DeadstockView::setPrompt(Prompt prompt)
{
    m_prompt = std::move(prompt);
}

QString DeadstockView::summaryText() const
{
    return m_summary->text();
}

QString DeadstockView::freshnessText() const
{
    return m_freshness->text();
}

void DeadstockView::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    applyArgs();
}

void DeadstockView::setWindowDays(int days)
{
    days = std::clamp(days, kMinWindowDays, kMaxWindowDays);
    if (days == m_windowDays)
        return;
    m_windowDays = days;
    applyArgs();
}

void DeadstockView::setActionFilter(const QString &code)
{
    const int index = m_actionFilter->findData(code);
    m_actionFilter->setCurrentIndex(index >= 0 ? index : 0);
}

void DeadstockView::applyArgs()
{
    // Rows of another location or window must not be acted on while the new ones come,
    // nor their sums read as this one's.
    m_model->setRows({});
    m_summary->setText(tr("Loading…"));
    QJsonObject args{{u"window_days"_s, m_windowDays}};
    if (!m_location.isEmpty())
        args.insert(u"location"_s, m_location);
    m_query->setArgs(args);
}

void DeadstockView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_query->setActive(true);
}

void DeadstockView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_query->setActive(false);
}

void DeadstockView::onAnswered()
{
    // Before the first answer "no batch needs a decision" would be a claim, not a fact.
    m_summary->setText(m_query->answeredAt().isValid() ? items::deadstockSummary(m_model->rows())
                                                       : QString());
    if (!m_sized && m_model->rowCount() > 0)
        sizeColumns();
    updateFreshness();
    updateActions();
}

void DeadstockView::sizeColumns()
{
    m_sized = true;
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cells(m_table->font());
    const QFontMetrics titles(header->font());
    const int reasonColumn = m_model->columnOf(u"reason"_s);
    const int rows = std::min(m_proxy->rowCount(), kSizingSample);
    for (int column = 0; column < m_proxy->columnCount() - 1; ++column) {
        int width =
            titles.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < rows; ++row)
            width = std::max(
                width, cells.horizontalAdvance(m_proxy->index(row, column).data().toString()));
        width += kCellPadding;
        if (column == reasonColumn)
            width = std::clamp(width, kMinReasonWidth, kMaxReasonWidth);
        else
            width = std::min(width, kMaxColumnWidth);
        header->resizeSection(column, width);
    }
}

void DeadstockView::updateFreshness()
{
    const QDateTime answered = m_query->answeredAt();
    const QString at =
        answered.isValid() ? answered.toLocalTime().toString(u"HH:mm:ss"_s) : QString();
    const bool live = m_workspace.status() == sync::SyncClient::Status::Live;
    QString text;
    if (!m_lastError.isEmpty())
        text = answered.isValid()
                   ? tr("Refresh failed (%1); showing the batches as last known at %2.")
                         .arg(items::describeError(m_lastError), at)
                   : tr("The table could not be loaded: %1").arg(items::describeError(m_lastError));
    else if (!live)
        text = answered.isValid() ? tr("Offline: showing the batches as last known at %1.").arg(at)
                                  : tr("Offline: the table loads when the connection is back.");
    else
        text = answered.isValid() ? tr("Updated %1").arg(at) : tr("Loading…");
    m_freshness->setText(text);
    // Last-known rows read greyed, so nobody mistakes them for the current state.
    const bool stale = answered.isValid() && (!live || !m_lastError.isEmpty());
    QPalette palette = QApplication::palette(m_table);
    if (stale)
        palette.setColor(QPalette::Text, palette.color(QPalette::Disabled, QPalette::Text));
    m_table->setPalette(palette);
    m_freshness->setStyleSheet(stale || !m_lastError.isEmpty() ? u"color: #8a5a00"_s : QString());
}

void DeadstockView::updateActions()
{
    const bool selected = currentRow() >= 0;
    m_writeOffAction->setEnabled(selected && m_workspace.mayRun(Op::WriteOff));
    m_countAction->setEnabled(selected && m_workspace.mayRun(Op::Adjust));
    m_policyAction->setEnabled(selected);
    m_batchesAction->setEnabled(selected);
}

int DeadstockView::currentRow() const
{
    // The highlighted row, not merely the current one: when a batch written off leaves
    // the table, the current index moves on to a neighbour nobody picked.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.first().row();
}

bool DeadstockView::selectBatch(const StockKey &key, const QString &batch)
{
    const auto find = [&]() -> int {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->keyAt(row) == key && m_proxy->batchAt(row) == batch)
                return row;
        }
        return -1;
    };
    int row = find();
    if (row < 0 && !m_proxy->actionFilter().isEmpty()) {
        setActionFilter(QString());
        row = find();
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void DeadstockView::setStatus(bool error, const QString &text)
{
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b71c1c"_s : QString());
}

std::optional<BatchActionRequest> DeadstockView::requestFor(BatchAction action)
{
    const int row = currentRow();
    if (row < 0) {
        setStatus(true, tr("Pick a batch first."));
        return std::nullopt;
    }
    BatchActionRequest request;
    request.action = action;
    request.key = m_proxy->keyAt(row);
    request.batch = m_proxy->batchAt(row);
    // The replica may already know better than the last answer (a sale since).
    const Cell *cell = m_workspace.state().cell(request.key);
    const Batch *known = cell ? cell->batch(request.batch) : nullptr;
    request.held = known ? known->qty
                         : m_proxy->index(row, 0)
                               .data(QueryRowsModel::RowRole)
                               .toJsonObject()
                               .value("qty"_L1)
                               .toInteger();
    request.unit = m_workspace.state().skus.value(request.key.sku).unit;
    return request;
}

void DeadstockView::act(BatchAction action)
{
    const std::optional<BatchActionRequest> request = requestFor(action);
    if (!request)
        return;
    const std::optional<BatchActionValues> values = m_prompt(*request);
    if (!values)
        return;
    const BatchCommand command = batchCommand(*request, *values, m_workspace.state());
    const QString what =
        tr("%1 of %2 at %3 (%4)")
            .arg(items::actionName(command.op), request->key.sku, request->key.location,
                 items::describeArgs(command.op, command.args));
    QString error;
    const std::optional<QString> id = m_workspace.submit(command.op, command.args, &error);
    if (!id) {
        setStatus(true, tr("Not saved: %1").arg(error));
        return;
    }
    m_sent.insert(*id, what);
    setStatus(false,
              m_workspace.client().isLive()
                  ? tr("Sending: %1…").arg(what)
                  : tr("Saved: %1; it goes to the service when the connection is back.").arg(what));
}

void DeadstockView::writeOffSelected()
{
    act(BatchAction::WriteOff);
}

void DeadstockView::countSelected()
{
    act(BatchAction::Count);
}

void DeadstockView::openPolicy()
{
    const int row = currentRow();
    if (row >= 0)
        Q_EMIT openPolicyRequested(m_proxy->keyAt(row).sku);
}

void DeadstockView::openBatches()
{
    const int row = currentRow();
    if (row >= 0)
        Q_EMIT openBatchesRequested(m_proxy->keyAt(row));
}

} // namespace shelfsync::views
