#pragma once

#include "Roles.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QJsonObject>

namespace shelfsync::service {

class CommandEngine;
class Metrics;
class QueryService;
class TokenStore;

// The HTTP side of the port: the channel API (availability, reservations, dispatches),
// /healthz and /metrics. Commands go through the same engine as WebSocket commands.
class HttpApi final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpApi)

public:
    HttpApi(CommandEngine &engine, QueryService &queries, const TokenStore &tokens,
            Metrics &metrics, QObject *parent = nullptr);
    ~HttpApi() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void submit(const Caller &caller, const QString &op, const QJsonObject &args, const QString &id,
                int okStatus, QHttpServerResponder &&responder, QTcpSocket *socket);

    CommandEngine &m_engine;
    QueryService &m_queries;
    const TokenStore &m_tokens;
    Metrics &m_metrics;
};

// PROTOCOL.md's mapping of error codes to HTTP status codes.
int httpStatusFor(const QString &code);

} // namespace shelfsync::service
