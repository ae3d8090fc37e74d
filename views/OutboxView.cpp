#include "OutboxView.h"

#include "FixCommandDialog.h"

#include "items/CommandText.h"
#include "items/OutboxModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shelfsync::items::OutboxModel;

namespace shelfsync::views {

OutboxView::OutboxView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new OutboxModel(workspace.outbox(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(OutboxModel::RejectedRole);
    m_proxy->setFilterKeyColumn(OutboxModel::StateColumn);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_fixAction = new QAction(tr("&Fix and Resend..."), this);
    m_fixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_fixAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_discardAction = new QAction(tr("&Discard Command"), this);
    m_discardAction->setShortcut(QKeySequence::Delete);
    m_discardAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_fixAction);
    addAction(m_discardAction);
    connect(m_fixAction, &QAction::triggered, this, &OutboxView::fixCurrent);
    connect(m_discardAction, &QAction::triggered, this, &OutboxView::discardCurrent);

    auto *fixButton = new QToolButton(this);
    fixButton->setDefaultAction(m_fixAction);
    fixButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *discardButton = new QToolButton(this);
    discardButton->setDefaultAction(m_discardAction);
    discardButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(fixButton);
    bar->addWidget(discardButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    const auto refresh = [this] {
        const int conflicts = int(m_workspace.outbox().rejected().size());
        const int pending = m_workspace.outbox().pendingCount();
        m_summary->setText(tr("%Ln command(s) waiting to be sent", nullptr, pending) + u" · "_s +
                           tr("%Ln conflict(s) to resolve", nullptr, conflicts));
        updateActions();
        Q_EMIT conflictCountChanged(conflicts);
    };
    connect(&workspace.outbox(), &sync::Outbox::changed, this, refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxView::updateActions);
    refresh();
}

OutboxView::~OutboxView() = default;

void OutboxView::setConflictsOnly(bool only)
{
    m_proxy->setFilterFixedString(only ? u"true"_s : QString());
}

QString OutboxView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(OutboxModel::IdRole).toString() : QString();
}

void OutboxView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool rejected = current.isValid() && current.data(OutboxModel::RejectedRole).toBool();
    m_fixAction->setEnabled(rejected);
    m_discardAction->setEnabled(rejected);
}

void OutboxView::fixCurrent()
{
    const QString id = currentId();
    const sync::OutboxEntry *entry = m_workspace.outbox().find(id);
    if (!entry || !entry->rejected)
        return;
    FixCommandDialog dialog(items::actionName(entry->op), items::describeError(entry->error),
                            entry->args, this);
    // Acks keep arriving while the dialog is open and move the outbox's entries: only
    // the id is safe to hold on to.
    entry = nullptr;
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_workspace.resend(id, dialog.args(), &error))
        QMessageBox::warning(this, tr("Not resent"), error);
}

void OutboxView::discardCurrent()
{
    const QString id = currentId();
    const sync::OutboxEntry *entry = m_workspace.outbox().find(id);
    if (!entry || !entry->rejected)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Discard command"),
        tr("Discard \"%1: %2\"? It will not be sent again.")
            .arg(items::actionName(entry->op), items::describeArgs(entry->op, entry->args)));
    if (answer == QMessageBox::Yes) // by id: the entry may have moved meanwhile
        m_workspace.discard(id);
}

} // namespace shelfsync::views
