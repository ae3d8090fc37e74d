#pragma once

#include "Clock.h"
#include "Roles.h"
#include "store/LedgerStore.h"

#include "domain/Rules.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace shelfsync::service {

class Metrics;

// The one path every change takes: authorize, validate, decide, append, commit, ack.
// Commands that arrive together are decided one after another against the in-memory
// state and written in one transaction (group commit); each is acked only after that
// transaction commits, in the order the commands arrived.
class CommandEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandEngine)

public:
    using AckCallback = std::function<void(const QJsonObject &ack)>;

    CommandEngine(LedgerStore &store, const Clock &clock, Metrics &metrics,
                  QObject *parent = nullptr);
    ~CommandEngine() override;

    bool start(QString *error);

    // `message` is a `cmd` message; `done` runs with its ack unless `context` is gone.
    void submit(const Caller &caller, const QJsonObject &message, QObject *context,
                AckCallback done);
    // The service's own commands (the sweeper's): no ack, no stored answer.
    void submitInternal(const domain::CommandArgs &args);
    // Decides and commits everything queued now, instead of on the next loop turn.
    void flush();

    // Bulk import (the demo data's history): decides `command` as of `at`, applies it, and
    // keeps its events for the next commitImport(). Refused commands write nothing.
    domain::Result<domain::Decision> importAt(const domain::Command &command, const QDateTime &at);
    bool commitImport(QString *error);

    const domain::State &state() const { return m_state; }
    QDateTime now() const { return m_clock.now(); }
    qint64 head() const { return m_store.head(); }
    QString epoch() const { return m_store.epoch(); }
    LedgerStore &store() { return m_store; }
    int queued() const { return int(m_queue.size()); }

    static constexpr int kMaxQueued = 50000;
    static constexpr int kMaxBatch = 2000;

Q_SIGNALS:
    // After each commit: the new events (possibly none) and the new head.
    void committed(const QList<shelfsync::service::LedgerEvent> &events, qint64 head);

private:
    struct Pending
    {
        Caller caller;
        QJsonObject message;
        QPointer<QObject> context;
        AckCallback done;
        bool hasContext = false;
        bool internal = false;
        domain::CommandArgs internalArgs;
        QJsonObject answer; // filled while deciding
        QElapsedTimer since;
    };

    void schedule();
    void appendEvents(const QList<domain::Event> &events, CommitBatch &batch);
    void processBatch();
    void decideOne(Pending &pending, CommitBatch &batch, QHash<QString, QJsonObject> &decided,
                   QHash<QString, QByteArray> &fingerprints);

    LedgerStore &m_store;
    const Clock &m_clock;
    Metrics &m_metrics;
    domain::State m_state;
    std::deque<Pending> m_queue;
    CommitBatch m_import;
    bool m_scheduled = false;
};

QByteArray commandFingerprint(const QJsonObject &message);

} // namespace shelfsync::service
