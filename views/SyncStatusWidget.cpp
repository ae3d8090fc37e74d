#include "SyncStatusWidget.h"

#include "sync/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;
using shelfsync::sync::SyncClient;

namespace shelfsync::views {

namespace {

QString roleName(domain::Role role)
{
    switch (role) {
    case domain::Role::Viewer:
        return SyncStatusWidget::tr("viewer");
    case domain::Role::Planner:
        return SyncStatusWidget::tr("planner");
    case domain::Role::Merchandiser:
        return SyncStatusWidget::tr("merchandiser");
    case domain::Role::Manager:
        return SyncStatusWidget::tr("manager");
    case domain::Role::Admin:
        return SyncStatusWidget::tr("administrator");
    case domain::Role::Channel:
        return SyncStatusWidget::tr("sales channel");
    }
    return {};
}

} // namespace

SyncStatusWidget::SyncStatusWidget(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_pending(new QToolButton(this))
    , m_user(new QLabel(this))
{
    m_state->setObjectName(u"syncState"_s);
    m_pending->setObjectName(u"pendingButton"_s);
    m_pending->setAutoRaise(true);
    m_pending->setToolTip(tr("Show the commands waiting in the outbox"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_pending);
    layout->addSpacing(12);
    layout->addWidget(m_user);
    connect(m_pending, &QToolButton::clicked, this, &SyncStatusWidget::outboxRequested);
    connect(&workspace, &sync::Workspace::statusChanged, this, &SyncStatusWidget::refresh);
    connect(&workspace, &sync::Workspace::identityChanged, this, &SyncStatusWidget::refresh);
    connect(&workspace.outbox(), &sync::Outbox::changed, this, &SyncStatusWidget::refresh);
    // "synced HH:MM:SS" moves with every heartbeat; a second's tick is enough.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_tick.start();
    refresh();
}

QString SyncStatusWidget::stateText() const
{
    const QLocale locale;
    const QString since = m_workspace.offlineSince().isValid()
                              ? locale.toString(m_workspace.offlineSince().time(), u"HH:mm"_s)
                              : QString();
    switch (m_workspace.status()) {
    case SyncClient::Status::Live:
        return m_workspace.lastHeard().isValid()
                   ? tr("Live · synced %1")
                         .arg(locale.toString(m_workspace.lastHeard().time(), u"HH:mm:ss"_s))
                   : tr("Live");
    case SyncClient::Status::CatchingUp:
        return tr("Catching up...");
    case SyncClient::Status::Connecting:
        return since.isEmpty() ? tr("Connecting...")
                               : tr("Connecting... · offline since %1").arg(since);
    case SyncClient::Status::Stale:
        return tr("Stale: the service went quiet · since %1").arg(since);
    case SyncClient::Status::Offline:
        break;
    }
    return tr("Offline since %1").arg(since);
}

QString SyncStatusWidget::pendingText() const
{
    const int pending = m_workspace.outbox().pendingCount();
    const int conflicts = int(m_workspace.outbox().rejected().size());
    QString text = tr("%Ln pending", nullptr, pending);
    if (conflicts > 0)
        text += u" · "_s + tr("%Ln conflict(s)", nullptr, conflicts);
    return text;
}

void SyncStatusWidget::refresh()
{
    const bool live = m_workspace.status() == SyncClient::Status::Live;
    const bool connecting = m_workspace.status() == SyncClient::Status::CatchingUp ||
                            m_workspace.status() == SyncClient::Status::Connecting;
    const QString colour = live ? u"#2e7d32"_s : connecting ? u"#f9a825"_s : u"#c62828"_s;
    m_dot->setText(u"<span style=\"color:%1\">●</span>"_s.arg(colour));
    m_state->setText(stateText());
    m_state->setToolTip(m_workspace.lastError());
    m_pending->setText(pendingText());
    const bool attention =
        m_workspace.outbox().pendingCount() > 0 || !m_workspace.outbox().rejected().isEmpty();
    m_pending->setStyleSheet(attention ? u"font-weight: bold"_s : QString());
    const std::optional<domain::Role> role = m_workspace.role();
    m_user->setText(
        m_workspace.user().isEmpty()
            ? QString()
            : tr("%1 (%2)").arg(m_workspace.user(), role ? roleName(*role) : QString()));
}

} // namespace shelfsync::views
