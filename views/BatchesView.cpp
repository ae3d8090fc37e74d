#include "BatchesView.h"

#include "SkuSearchField.h"

#include "domain/JsonFormat.h"
#include "items/BatchModel.h"
#include "items/CommandText.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using shelfsync::items::BatchModel;

namespace shelfsync::views {

namespace {

constexpr int kDayCheckMs = 60'000;

} // namespace

BatchesView::BatchesView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new BatchModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_location(new QComboBox(this))
    , m_sku(new SkuSearchField(workspace, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_dayTimer(new QTimer(this))
{
    m_prompt = [this](const BatchActionRequest &request) -> std::optional<BatchActionValues> {
        BatchActionDialog dialog(request, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.values();
    };
    buildActions();

    m_location->setObjectName(u"locationCombo"_s);
    m_location->setMinimumContentsLength(22);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sku->setObjectName(u"skuField"_s);
    m_sku->setMinimumWidth(320);
    m_summary->setObjectName(u"cellSummary"_s);
    m_status->setObjectName(u"statusLine"_s);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BatchModel::SortRole);
    m_table->setObjectName(u"batchTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(false); // the near-expiry background must stand out
    m_table->verticalHeader()->hide();
    // The model's own order is FEFO; a header click sorts, the indicator off restores it.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BatchModel::StateColumn,
                                                      QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_writeOffAction, m_countAction, m_returnAction});

    auto *picker = new QHBoxLayout;
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    auto *skuLabel = new QLabel(tr("S&KU:"), this);
    skuLabel->setBuddy(m_sku);
    picker->addWidget(locationLabel);
    picker->addWidget(m_location);
    picker->addSpacing(12);
    picker->addWidget(skuLabel);
    picker->addWidget(m_sku, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    for (QAction *action : actions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(picker);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_location, &QComboBox::currentIndexChanged, this, &BatchesView::applyKey);
    connect(m_sku, &SkuSearchField::skuChosen, this, &BatchesView::applyKey);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchesView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchesView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BatchesView::updateActions);
    connect(&workspace, &sync::Workspace::identityChanged, this, &BatchesView::updateActions);
    connect(
        &workspace, &sync::Workspace::commandAcked, this,
        [this](const QString &id, const QJsonObject &result) {
            if (!m_sent.contains(id))
                return;
            QString text = tr("Done: %1.").arg(m_sent.take(id));
            if (const auto after = availabilityFromJson(result.value("after"_L1)))
                text +=
                    u' ' +
                    tr("On hand %1, available to promise %2.").arg(after->onHand).arg(after->atp);
            setStatus(false, text);
        });
    connect(&workspace, &sync::Workspace::commandRejected, this,
            [this](const QString &id, const QJsonObject &error) {
                if (m_sent.contains(id))
                    setStatus(
                        true,
                        tr("Not done: %1. %2").arg(m_sent.take(id), items::describeError(error)));
            });
    connect(&workspace.replica(), &sync::Replica::reset, this, [this] {
        refreshLocations();
        updateSummary();
    });
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const StateChanges &changes, const QList<Event> &) {
                if (!changes.locations.isEmpty())
                    refreshLocations();
                updateSummary();
            });
    // Days left and age move on at midnight UTC without any event.
    m_dayTimer->setInterval(kDayCheckMs);
    connect(m_dayTimer, &QTimer::timeout, m_model, &BatchModel::refreshTimes);
    m_dayTimer->start();

    refreshLocations();
    updateSummary();
    updateActions();
    setStatus(false, tr("Pick a SKU to see its batches."));
}

BatchesView::~BatchesView() = default;

void BatchesView::buildActions()
{
    m_writeOffAction = new QAction(tr("&Write Off..."), this);
    m_writeOffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_countAction = new QAction(tr("&Count..."), this);
    m_countAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_returnAction = new QAction(tr("Return &Inward..."), this);
    m_returnAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    for (QAction *action : {m_writeOffAction, m_countAction, m_returnAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_writeOffAction, &QAction::triggered, this, &BatchesView::writeOffSelected);
    connect(m_countAction, &QAction::triggered, this, &BatchesView::countSelected);
    connect(m_returnAction, &QAction::triggered, this, &BatchesView::returnInward);
}

void BatchesView::setPrompt(Prompt prompt)
{
    m_prompt = std::move(prompt);
}

QString BatchesView::statusText() const
{
    return m_statusText;
}

void BatchesView::showCell(const StockKey &key)
{
    const QSignalBlocker blocker(m_location);
    const int index = m_location->findData(key.location);
    m_location->setCurrentIndex(index >= 0 ? index : 0);
    m_sku->setSkuId(key.sku);
    applyKey();
    // Current but not selected: the actions have a batch, the highlight stays visible.
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::NoUpdate);
}

void BatchesView::showSku(const QString &sku)
{
    showCell({QString(), sku});
}

void BatchesView::refreshLocations()
{
    const QString current = m_location->currentData().toString();
    QList<Location> locations = m_workspace.state().locations.values();
    std::sort(locations.begin(), locations.end(),
              [](const Location &a, const Location &b) { return a.id < b.id; });
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), QString());
    for (const Location &place : std::as_const(locations))
        m_location->addItem(
            place.name.isEmpty() ? place.id : QString(place.id + u" — "_s + place.name), place.id);
    const int index = m_location->findData(current);
    m_location->setCurrentIndex(index >= 0 ? index : 0);
}

void BatchesView::applyKey()
{
    m_model->setKey(m_location->currentData().toString(), m_sku->skuId());
    updateSummary();
    updateActions();
    if (m_model->sku().isEmpty())
        setStatus(false, tr("Pick a SKU to see its batches."));
    else if (m_model->rowCount() == 0)
        setStatus(false, tr("No batches of %1 here.").arg(m_model->sku()));
    else
        setStatus(false, tr("Batches in the order they sell: first to expire, first out."));
}

void BatchesView::updateSummary()
{
    const QString sku = m_model->sku();
    if (sku.isEmpty()) {
        m_summary->clear();
        return;
    }
    const State &state = m_workspace.state();
    QStringList places;
    if (m_model->location().isEmpty())
        places = state.locations.keys();
    else
        places = {m_model->location()};
    Availability total;
    for (const QString &place : std::as_const(places)) {
        const Availability figures = state.availability({place, sku});
        total.onHand += figures.onHand;
        total.hidden += figures.hidden;
        total.reserved += figures.reserved;
        total.buffer += figures.buffer;
        total.atp += figures.atp;
    }
    m_summary->setText(
        tr("%1: on hand %2 · hidden %3 · reserved %4 · buffer %5 · ATP %6")
            .arg(state.skus.value(sku).name.isEmpty() ? sku : state.skus.value(sku).name)
            .arg(total.onHand)
            .arg(total.hidden)
            .arg(total.reserved)
            .arg(total.buffer)
            .arg(total.atp));
}

void BatchesView::updateActions()
{
    const bool selected = currentSourceRow() >= 0;
    m_writeOffAction->setEnabled(selected && m_workspace.mayRun(Op::WriteOff));
    m_countAction->setEnabled(selected && m_workspace.mayRun(Op::Adjust));
    m_returnAction->setEnabled(m_workspace.mayRun(Op::Return) && !m_model->sku().isEmpty() &&
                               (selected || !m_model->location().isEmpty()));
}

int BatchesView::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void BatchesView::setStatus(bool error, const QString &text)
{
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b71c1c"_s : QString());
}

std::optional<BatchActionRequest> BatchesView::requestFor(BatchAction action)
{
    const int row = currentSourceRow();
    BatchActionRequest request;
    request.action = action;
    if (row >= 0) {
        request.key = m_model->keyAt(row);
        request.batch = m_model->batchAt(row).id;
        request.held = m_model->batchAt(row).qty;
    } else if (action == BatchAction::Return && !m_model->location().isEmpty()) {
        request.key = {m_model->location(), m_model->sku()};
    } else {
        setStatus(true, action == BatchAction::Return ? tr("Pick a location or a batch first.")
                                                      : tr("Pick a batch first."));
        return std::nullopt;
    }
    request.unit = m_workspace.state().skus.value(request.key.sku).unit;
    return request;
}

void BatchesView::writeOffSelected()
{
    const std::optional<BatchActionRequest> request = requestFor(BatchAction::WriteOff);
    if (!request)
        return;
    const std::optional<BatchActionValues> values = m_prompt(*request);
    if (!values)
        return;
    const BatchCommand command = batchCommand(*request, *values, m_workspace.state());
    submit(command.op, command.args,
           tr("write-off of %1 from batch %2 of %3 at %4")
               .arg(values->qty)
               .arg(request->batch, request->key.sku, request->key.location));
}

void BatchesView::countSelected()
{
    const std::optional<BatchActionRequest> request = requestFor(BatchAction::Count);
    if (!request)
        return;
    const std::optional<BatchActionValues> values = m_prompt(*request);
    if (!values)
        return;
    const BatchCommand command = batchCommand(*request, *values, m_workspace.state());
    submit(command.op, command.args,
           tr("count of %1 in batch %2 of %3 at %4")
               .arg(values->qty)
               .arg(request->batch, request->key.sku, request->key.location));
}

void BatchesView::returnInward()
{
    const std::optional<BatchActionRequest> request = requestFor(BatchAction::Return);
    if (!request)
        return;
    const std::optional<BatchActionValues> values = m_prompt(*request);
    if (!values)
        return;
    const BatchCommand command = batchCommand(*request, *values, m_workspace.state());
    submit(command.op, command.args,
           tr("return of %1 of %2 at %3")
               .arg(values->qty)
               .arg(request->key.sku, request->key.location));
}

void BatchesView::submit(const QString &op, const QJsonObject &args, const QString &what)
{
    QString error;
    const std::optional<QString> id = m_workspace.submit(op, args, &error);
    if (!id) {
        setStatus(true, tr("Not saved: %1").arg(error));
        return;
    }
    m_sent.insert(*id, what);
    setStatus(
        false,
        m_workspace.client().isLive()
            ? tr("Sending the %1…").arg(what)
            : tr("Saved the %1; it goes to the service when the connection is back.").arg(what));
}

} // namespace shelfsync::views
