#include "CommandEngine.h"

#include "Logging.h"
#include "Metrics.h"

#include "domain/CommandCodec.h"
#include "domain/EventCodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::service {

namespace {

QJsonObject okAck(const QString &id, qint64 seq, const QJsonObject &result)
{
    return {{u"type"_s, u"ack"_s},
            {u"id"_s, id},
            {u"ok"_s, true},
            {u"seq"_s, seq},
            {u"result"_s, result}};
}

QJsonObject errorAck(const QString &id, const Error &error)
{
    return {{u"type"_s, u"ack"_s}, {u"id"_s, id}, {u"ok"_s, false}, {u"error"_s, error.toJson()}};
}

// Rule rejections are part of a command's history and stored; errors that depend on who
// asked or on the moment (forbidden, busy, internal) or on the bytes alone (bad_request)
// are answered afresh each time.
bool isStored(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest:
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
    case ErrorCode::Busy:
    case ErrorCode::Internal:
    case ErrorCode::UnsupportedProtocol:
        return false;
    default:
        return true;
    }
}

} // namespace

QByteArray commandFingerprint(const QJsonObject &message)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    const QJsonObject canonical{{u"op"_s, message.value("op"_L1)},
                                {u"args"_s, message.value("args"_L1)}};
    return QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

CommandEngine::CommandEngine(LedgerStore &store, const Clock &clock, Metrics &metrics,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_metrics(metrics)
{}

CommandEngine::~CommandEngine() = default;

bool CommandEngine::start(QString *error)
{
    Q_UNUSED(error);
    m_state = m_store.loadState();
    m_metrics.setHead(m_store.head());
    return true;
}

void CommandEngine::submit(const Caller &caller, const QJsonObject &message, QObject *context,
                           AckCallback done)
{
    Pending pending;
    pending.caller = caller;
    pending.message = message;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = std::move(done);
    pending.since.start();
    if (int(m_queue.size()) >= kMaxQueued) {
        // Answered in turn, so acks still follow the order of arrival.
        Error busy = Error::make(ErrorCode::Busy, u"the service is overloaded; retry"_s);
        busy.retryAfterMs = 200;
        pending.answer = errorAck(message.value("id"_L1).toString(), busy);
    }
    m_queue.push_back(std::move(pending));
    schedule();
}

void CommandEngine::submitInternal(const CommandArgs &args)
{
    Pending pending;
    pending.internal = true;
    pending.internalArgs = args;
    pending.caller = {u"system"_s, Role::Admin};
    pending.since.start();
    m_queue.push_back(std::move(pending));
    schedule();
}

void CommandEngine::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        processBatch();
    });
}

void CommandEngine::flush()
{
    while (!m_queue.empty())
        processBatch();
}

void CommandEngine::decideOne(Pending &pending, CommitBatch &batch,
                              QHash<QString, QJsonObject> &decided,
                              QHash<QString, QByteArray> &fingerprints)
{
    const QDateTime now = m_clock.now();
    if (pending.internal) {
        Command command{u"sweeper"_s, u"system"_s, pending.internalArgs};
        const auto decision = decide(m_state, command, now);
        if (!decision)
            return;
        appendEvents(decision->events, batch);
        return;
    }

    const QString id = pending.message.value("id"_L1).toString();
    const QString opName = pending.message.value("op"_L1).toString();
    auto finish = [&](const QJsonObject &ack, const QString &outcome) {
        pending.answer = ack;
        m_metrics.countCommand(opName, outcome);
    };

    // PROTOCOL.md's order of checks starts with `forbidden`, also for an id already answered:
    // a role that may not run the op gets neither someone else's stored ack nor `conflict`.
    const auto op = parseOp(opName);
    if (op && !mayRun(pending.caller.role, *op))
        return finish(errorAck(id, Error::make(ErrorCode::Forbidden,
                                               u"role %1 may not %2"_s.arg(
                                                   toString(pending.caller.role), opName))),
                      u"forbidden"_s);

    // Already answered, in this batch or in an earlier one: the same ack again, unless the
    // id now comes with other arguments.
    const QByteArray fingerprint = commandFingerprint(pending.message);
    std::optional<StoredAnswer> stored;
    if (auto it = decided.constFind(id); it != decided.cend())
        stored = StoredAnswer{id, fingerprints.value(id), *it};
    else if (!id.isEmpty())
        stored = m_store.findAnswer(id);
    if (stored) {
        if (stored->fingerprint != fingerprint)
            return finish(errorAck(id, Error::make(ErrorCode::Conflict,
                                                   u"command id %1 was already used with other "
                                                   "arguments"_s.arg(id))),
                          u"conflict"_s);
        return finish(stored->ack, u"replayed"_s);
    }

    auto decoded = decodeCommand(pending.message);
    if (!decoded)
        return finish(errorAck(id, decoded.error()), u"bad_request"_s);
    Command command = std::move(decoded).value();
    command.actor = pending.caller.user;

    const auto decision = decide(m_state, command, now);
    QJsonObject ack;
    if (!decision) {
        if (!isStored(decision.error().code))
            return finish(errorAck(id, decision.error()), toString(decision.error().code));
        ack = errorAck(id, decision.error());
    } else {
        appendEvents(decision->events, batch);
        ack = okAck(id, m_store.head() + batch.events.size(), decision->result);
    }
    batch.answers.append(StoredAnswer{id, fingerprint, ack});
    decided.insert(id, ack);
    fingerprints.insert(id, fingerprint);
    finish(ack,
           ack.value("ok"_L1).toBool() ? u"ok"_s : ack.value("error"_L1)["code"_L1].toString());
}

void CommandEngine::appendEvents(const QList<Event> &events, CommitBatch &batch)
{
    for (Event event : events) {
        event.seq = m_store.head() + batch.events.size() + 1;
        applyInPlace(m_state, event);
        batch.changes.collect(event);
        batch.eventJson.append(QJsonDocument(encodeEvent(event)).toJson(QJsonDocument::Compact));
        batch.events.append(std::move(event));
    }
}

Result<Decision> CommandEngine::importAt(const Command &command, const QDateTime &at)
{
    auto decision = decide(m_state, command, at);
    if (decision)
        appendEvents(decision->events, m_import);
    return decision;
}

bool CommandEngine::commitImport(QString *error)
{
    m_import.state = &m_state;
    const bool ok = m_store.commit(m_import, error);
    QList<LedgerEvent> events;
    if (ok) {
        for (qsizetype i = 0; i < m_import.events.size(); ++i)
            events.append({m_import.events[i].seq, m_import.events[i].location,
                           m_import.eventJson[i], m_import.events[i].kind(), false});
    } else {
        m_state = m_store.loadState();
    }
    m_import = CommitBatch{};
    m_metrics.setHead(m_store.head());
    if (ok && !events.isEmpty())
        Q_EMIT committed(events, m_store.head());
    return ok;
}

void CommandEngine::processBatch()
{
    if (m_queue.empty())
        return;
    const qsizetype count = std::min<qsizetype>(qsizetype(m_queue.size()), kMaxBatch);
    CommitBatch batch;
    QHash<QString, QJsonObject> decided;
    QHash<QString, QByteArray> fingerprints;
    for (qsizetype i = 0; i < count; ++i) {
        Pending &pending = m_queue[size_t(i)];
        if (pending.answer.isEmpty())
            decideOne(pending, batch, decided, fingerprints);
        else
            m_metrics.countCommand(pending.message.value("op"_L1).toString(), u"busy"_s);
    }

    if (!batch.events.isEmpty() || !batch.answers.isEmpty()) {
        batch.state = &m_state;
        QString error;
        if (!m_store.commit(batch, &error)) {
            // Nothing of this batch is durable: forget it and answer `internal`, which is
            // never stored, so every sender may retry with the same id.
            qCCritical(lcEngine) << "commit failed:" << error;
            m_state = m_store.loadState();
            const Error internal = Error::make(ErrorCode::Internal, u"the ledger could not be "
                                                                    "written; retry"_s);
            for (qsizetype i = 0; i < count; ++i) {
                Pending &pending = m_queue[size_t(i)];
                if (!pending.internal)
                    pending.answer = errorAck(pending.message.value("id"_L1).toString(), internal);
            }
            batch.events.clear();
            batch.eventJson.clear();
        }
    }

    QList<LedgerEvent> committedEvents;
    committedEvents.reserve(batch.events.size());
    for (qsizetype i = 0; i < batch.events.size(); ++i)
        committedEvents.append({batch.events[i].seq, batch.events[i].location, batch.eventJson[i],
                                batch.events[i].kind(), batch.events[i].op == "sweeper"_L1});
    m_metrics.setHead(m_store.head());

    // Acks first, then the events: a sender learns its command succeeded no later than it
    // sees the change.
    for (qsizetype i = 0; i < count; ++i) {
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        if (pending.internal || !pending.done)
            continue;
        m_metrics.observeAckLatency(pending.since.nsecsElapsed() / 1e9);
        if (pending.hasContext && !pending.context)
            continue;
        pending.done(pending.answer);
    }
    Q_EMIT committed(committedEvents, m_store.head());
    if (!m_queue.empty())
        schedule();
}

} // namespace shelfsync::service
