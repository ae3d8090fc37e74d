#include "HttpApi.h"

#include "CommandEngine.h"
#include "Metrics.h"
#include "QueryService.h"
#include "TokenStore.h"

#include "domain/Error.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using shelfsync::domain::Error;
using shelfsync::domain::ErrorCode;

namespace shelfsync::service {

namespace {

using Status = QHttpServerResponder::StatusCode;

void respond(QHttpServerResponder &responder, int status, const QJsonObject &body,
             const QByteArray &retryAfter = {})
{
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(Status(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(data.size()));
    if (!retryAfter.isEmpty())
        responder.writeHeader("Retry-After", retryAfter);
    responder.writeBody(data);
}

void respondError(QHttpServerResponder &responder, const Error &error)
{
    const QByteArray retryAfter =
        error.retryAfterMs ? QByteArray::number((*error.retryAfterMs + 999) / 1000) : QByteArray();
    respond(responder, httpStatusFor(toString(error.code)), {{u"error"_s, error.toJson()}},
            retryAfter);
}

QJsonObject parseBody(const QHttpServerRequest &request, bool *ok)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty()) {
        *ok = true;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

int httpStatusFor(const QString &code)
{
    static const QHash<QString, int> statuses{{u"bad_request"_s, 400},
                                              {u"unauthorized"_s, 401},
                                              {u"forbidden"_s, 403},
                                              {u"unknown_sku"_s, 404},
                                              {u"unknown_location"_s, 404},
                                              {u"unknown_reservation"_s, 404},
                                              {u"insufficient_stock"_s, 409},
                                              {u"lock_disabled"_s, 409},
                                              {u"lock_limit"_s, 409},
                                              {u"conflict"_s, 409},
                                              {u"expired"_s, 422},
                                              {u"busy"_s, 503},
                                              {u"internal"_s, 500}};
    return statuses.value(code, 500);
}

HttpApi::HttpApi(CommandEngine &engine, QueryService &queries, const TokenStore &tokens,
                 Metrics &metrics, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_engine(engine)
    , m_queries(queries)
    , m_tokens(tokens)
    , m_metrics(metrics)
{}

HttpApi::~HttpApi() = default;

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(responder, 404,
            {{u"error"_s,
              QJsonObject{{u"code"_s, u"not_found"_s}, {u"message"_s, u"no such endpoint"_s}}}});
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 offers the upgrade request here first and hands the socket to its WebSocket
    // server only when the request counts as handled (and nothing was written).
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    const QString path = request.url().path();
    const auto method = request.method();
    QHttpServerResponder responder = makeResponder(request, socket);
    auto notFound = [&] {
        Error error = Error::make(ErrorCode::BadRequest, u"no such endpoint %1"_s.arg(path));
        respond(responder, 404,
                {{u"error"_s,
                  QJsonObject{{u"code"_s, u"not_found"_s}, {u"message"_s, error.message}}}});
        return true;
    };

    if (path == "/healthz"_L1) {
        respond(responder, 200, {{u"status"_s, u"ok"_s}, {u"head"_s, m_engine.head()}});
        return true;
    }
    if (path == "/metrics"_L1) {
        qint64 holds = 0;
        for (const auto &reservation : m_engine.state().reservations)
            holds += reservation.state == domain::ReservationState::Held ? 1 : 0;
        m_metrics.setActiveHolds(holds);
        responder.write(m_metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
        return true;
    }
    if (!path.startsWith("/v1/"_L1))
        return notFound();

    // Every /v1 endpoint needs a bearer token.
    // The scheme is case-insensitive (RFC 9110, 11.1).
    const QByteArray authorization = request.value("Authorization").trimmed();
    const auto caller =
        authorization.size() > 7 && authorization.first(7).toLower() == "bearer "
            ? m_tokens.authenticate(QString::fromUtf8(authorization.mid(7)).trimmed())
            : std::nullopt;
    if (!caller) {
        respondError(responder,
                     Error::make(ErrorCode::Unauthorized, u"send Authorization: Bearer <token>"_s));
        return true;
    }

    if (path == "/v1/availability"_L1 && method == QHttpServerRequest::Method::Get) {
        const QString location = request.query().queryItemValue(u"location"_s);
        const QString sku = request.query().queryItemValue(u"sku"_s);
        if (!mayQuery(caller->role, u"availability"_s)) {
            respondError(responder, Error::make(ErrorCode::Forbidden, u"not allowed"_s));
            return true;
        }
        if (location.isEmpty() || sku.isEmpty()) {
            respondError(responder, Error::badRequest(location.isEmpty() ? u"location"_s : u"sku"_s,
                                                      u"location and sku are required"_s));
            return true;
        }
        const auto rows =
            m_queries.run(u"availability"_s, {{u"location"_s, location}, {u"sku"_s, sku}});
        if (!rows)
            respondError(responder, rows.error());
        else
            respond(responder, 200, rows->first().toObject());
        return true;
    }

    if (method != QHttpServerRequest::Method::Post)
        return notFound();
    bool bodyOk = false;
    QJsonObject body = parseBody(request, &bodyOk);
    if (!bodyOk) {
        respondError(responder, Error::badRequest(u"body"_s, u"the body must be a JSON object"_s));
        return true;
    }
    // The command id: the body's `id` (the idempotency key), or a fresh one.
    const QJsonValue idValue = body.take(u"id"_s);
    if (!idValue.isUndefined() && !idValue.isString()) {
        respondError(responder, Error::badRequest(u"id"_s, u"id must be a string"_s));
        return true;
    }
    const QString id = idValue.isString() ? idValue.toString()
                                          : QUuid::createUuid().toString(QUuid::WithoutBraces);

    static const QRegularExpression reservationAction(
        u"^/v1/reservations/([^/]+)/(commit|release)$"_s);
    if (path == "/v1/reservations"_L1) {
        submit(*caller, u"reserve"_s, body, id, 201, std::move(responder), socket);
        return true;
    }
    if (path == "/v1/dispatches"_L1) {
        submit(*caller, u"dispatch"_s, body, id, 201, std::move(responder), socket);
        return true;
    }
    // Matched on the encoded path, so the id is decoded exactly once and may hold '/' or '%'.
    if (const auto match = reservationAction.match(request.url().path(QUrl::FullyEncoded));
        match.hasMatch()) {
        body.insert(u"reservation"_s, QUrl::fromPercentEncoding(match.captured(1).toUtf8()));
        submit(*caller, match.captured(2), body, id, 200, std::move(responder), socket);
        return true;
    }
    return notFound();
}

void HttpApi::submit(const Caller &caller, const QString &op, const QJsonObject &args,
                     const QString &id, int okStatus, QHttpServerResponder &&responder,
                     QTcpSocket *socket)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QJsonObject message{
        {u"type"_s, u"cmd"_s}, {u"id"_s, id}, {u"op"_s, op}, {u"args"_s, args}};
    m_engine.submit(caller, message, socket, [shared, okStatus](const QJsonObject &ack) {
        if (ack.value("ok"_L1).toBool()) {
            QJsonObject result = ack.value("result"_L1).toObject();
            result.insert(u"seq"_s, ack.value("seq"_L1));
            respond(*shared, okStatus, result);
        } else {
            respondError(*shared, Error::fromJson(ack.value("error"_L1).toObject()));
        }
    });
}

} // namespace shelfsync::service
