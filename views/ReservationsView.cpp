#include "ReservationsView.h"

#include "items/CommandText.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shelfsync::items::ReservationFilterProxy;
using shelfsync::items::ReservationModel;

namespace shelfsync::views {

ReservationsView::ReservationsView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ReservationModel(workspace, this))
    , m_proxy(new ReservationFilterProxy(this))
    , m_filter(new QComboBox(this))
    , m_cellLabel(new QLabel(this))
    , m_showAllButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"reservationTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    // Holds about to lapse first, then committed orders.
    m_table->sortByColumn(ReservationModel::ExpiresInColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    // Widths from the header texts and typical values; the countdown changes every
    // second, so sizing to contents would relayout the header each time.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<int, QString>> samples{
        {ReservationModel::IdColumn, u"0123abcd"_s},
        {ReservationModel::LocationColumn, u"DS-01"_s},
        {ReservationModel::SkuColumn, u"MILK-00000"_s},
        {ReservationModel::NameColumn, u"Alpenhof Nappies size 3 2 pack"_s},
        {ReservationModel::QtyColumn, u"10,000"_s},
        {ReservationModel::ChannelColumn, u"marketplace"_s},
        {ReservationModel::StateColumn, tr("Committed")},
        {ReservationModel::CreatedColumn,
         QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)},
        {ReservationModel::ExpiresInColumn, u"10:00:00"_s},
        {ReservationModel::AtRiskColumn, tr("at risk")},
    };
    for (const auto &[column, sample] : samples) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column,
            std::max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + 28);
    }
    header->setSectionResizeMode(ReservationModel::NameColumn, QHeaderView::Stretch);

    m_filter->setObjectName(u"reservationFilter"_s);
    m_filter->addItem(tr("All"), ReservationFilterProxy::All);
    m_filter->addItem(tr("Holds"), ReservationFilterProxy::Holds);
    m_filter->addItem(tr("Committed"), ReservationFilterProxy::Committed);
    m_filter->addItem(tr("At risk"), ReservationFilterProxy::AtRisk);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilter(ReservationFilterProxy::Filter(m_filter->currentData().toInt()));
    });
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    m_releaseAction = new QAction(tr("&Release Reservation..."), this);
    m_releaseAction->setShortcut(QKeySequence::Delete);
    m_releaseAction->setObjectName(u"releaseReservation"_s);
    m_commitAction = new QAction(tr("&Commit Hold"), this);
    m_commitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_commitAction->setObjectName(u"commitReservation"_s);
    m_showAllAction = new QAction(tr("Show &All Reservations"), this);
    m_showAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    for (QAction *action : actions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_releaseAction, &QAction::triggered, this, &ReservationsView::releaseSelected);
    connect(m_commitAction, &QAction::triggered, this, &ReservationsView::commitSelected);
    connect(m_showAllAction, &QAction::triggered, this, &ReservationsView::showAll);

    m_cellLabel->setObjectName(u"reservationCell"_s);
    m_showAllButton->setDefaultAction(m_showAllAction);
    m_showAllButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_summary->setObjectName(u"reservationSummary"_s);
    m_message->setObjectName(u"reservationMessage"_s);
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_cellLabel);
    bar->addWidget(m_showAllButton);
    bar->addStretch(1);
    for (QAction *action : {m_commitAction, m_releaseAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Release reservation"), question) == QMessageBox::Yes;
    };

    const auto refresh = [this] {
        updateSummary();
        updateActions();
    };
    // The source's signals, not the proxy's: the proxy announces a removal before the
    // source has dropped the row, and the summary reads the source.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // The countdown's tick changes nothing the summary or actions count.
                if (topLeft.column() == ReservationModel::ExpiresInColumn &&
                    bottomRight.column() == ReservationModel::ExpiresInColumn)
                    return;
                updateSummary();
                updateActions();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReservationsView::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCellRequested({index.data(ReservationModel::LocationRole).toString(),
                                  index.data(ReservationModel::SkuRole).toString()});
    });
    connect(&workspace, &sync::Workspace::identityChanged, this, &ReservationsView::updateActions);
    connect(&workspace, &sync::Workspace::commandAcked, this,
            [this](const QString &id) { m_submitted.remove(id); });
    connect(&workspace, &sync::Workspace::commandRejected, this,
            [this](const QString &id, const QJsonObject &error) {
                const QString reservation = m_submitted.take(id);
                if (!reservation.isEmpty())
                    showMessage(tr("Reservation %1: %2")
                                    .arg(ReservationModel::shortId(reservation),
                                         items::describeError(error)),
                                true);
            });

    showAll();
    updateSummary();
    updateActions();
}

ReservationsView::~ReservationsView() = default;

QString ReservationsView::summary() const
{
    return m_summary->text();
}

QString ReservationsView::message() const
{
    return m_message->text();
}

QStringList ReservationsView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ReservationModel::IdRole).toString());
    return ids;
}

void ReservationsView::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

QStringList ReservationsView::release(const QStringList &ids)
{
    return submit(u"release"_s, ids);
}

QStringList ReservationsView::commit(const QStringList &ids)
{
    return submit(u"commit"_s, ids);
}

QStringList ReservationsView::submit(const QString &op, const QStringList &ids)
{
    QStringList commands;
    for (const QString &reservation : ids) {
        QJsonObject args{{u"reservation"_s, reservation}};
        if (op == "release"_L1)
            args.insert(u"reason"_s, u"cancelled"_s);
        QString error;
        const std::optional<QString> id = m_workspace.submit(op, args, &error);
        if (!id) {
            showMessage(tr("%1 not sent: %2").arg(items::actionName(op), error), true);
            break;
        }
        m_submitted.insert(*id, reservation);
        commands.append(*id);
    }
    if (!commands.isEmpty())
        showMessage({});
    return commands;
}

void ReservationsView::showCell(const domain::StockKey &key)
{
    m_proxy->setCell(key);
    m_filter->setCurrentIndex(m_filter->findData(ReservationFilterProxy::All));
    m_cellLabel->setText(tr("Only %1 at %2").arg(key.sku, key.location));
    m_cellLabel->setVisible(true);
    m_showAllButton->setVisible(true);
    m_showAllAction->setEnabled(true);
    updateSummary();
}

void ReservationsView::showAll()
{
    m_proxy->setCell({});
    m_cellLabel->clear();
    m_cellLabel->setVisible(false);
    m_showAllButton->setVisible(false);
    m_showAllAction->setEnabled(false);
    updateSummary();
}

void ReservationsView::setFilter(ReservationFilterProxy::Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(filter));
}

void ReservationsView::releaseSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_workspace.mayRun(domain::Op::Release))
        return;
    QString question;
    if (ids.size() == 1) {
        const domain::Reservation *r = m_model->reservationAt(m_model->rowOf(ids.first()));
        if (!r)
            return;
        question = tr("Release reservation %1 (%2 of %3 at %4, %5)? The stock becomes "
                      "available to promise again.")
                       .arg(ReservationModel::shortId(r->id), QLocale().toString(r->qty),
                            r->key.sku, r->key.location, r->channel);
    } else {
        question = tr("Release %Ln reservation(s)? The stock becomes available to promise "
                      "again.",
                      nullptr, int(ids.size()));
    }
    if (m_confirm(question))
        release(ids);
}

void ReservationsView::commitSelected()
{
    if (!m_workspace.mayRun(domain::Op::Commit))
        return;
    QStringList holds;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.data(ReservationModel::StateRole).toInt() == int(domain::ReservationState::Held))
            holds.append(index.data(ReservationModel::IdRole).toString());
    }
    commit(holds);
}

void ReservationsView::updateSummary()
{
    const ReservationFilterProxy::Summary s = m_proxy->summary();
    m_summary->setText(QStringList{
        tr("%Ln hold(s)", nullptr, s.holds), tr("%Ln committed", nullptr, s.committed),
        tr("%Ln at risk", nullptr, s.atRisk), tr("%Ln unit(s) held", nullptr, int(s.unitsHeld))}
                           .join(u" · "_s));
}

void ReservationsView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool anyHeld = std::any_of(rows.cbegin(), rows.cend(), [](const QModelIndex &index) {
        return index.data(ReservationModel::StateRole).toInt() ==
               int(domain::ReservationState::Held);
    });
    const bool mayRelease = m_workspace.mayRun(domain::Op::Release);
    const bool mayCommit = m_workspace.mayRun(domain::Op::Commit);
    m_releaseAction->setEnabled(mayRelease && !rows.isEmpty());
    m_commitAction->setEnabled(mayCommit && anyHeld);
    m_releaseAction->setToolTip(mayRelease ? tr("Cancel the selected reservations")
                                           : tr("Your role may not release reservations"));
    m_commitAction->setToolTip(mayCommit ? tr("Turn the selected holds into orders")
                                         : tr("Your role may not commit holds"));
}

void ReservationsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b71c1c;"_s : QString());
}

} // namespace shelfsync::views
