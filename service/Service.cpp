#include "Service.h"

#include "CommandEngine.h"
#include "DemoData.h"
#include "DemoShoppers.h"
#include "HttpApi.h"
#include "Logging.h"
#include "Metrics.h"
#include "QueryService.h"
#include "store/SqliteStore.h"
#include "Sweeper.h"
#include "SyncServer.h"
#include "TokenStore.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

Service::Service(const ServiceOptions &options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_metrics(std::make_unique<Metrics>())
    , m_tokens(std::make_unique<TokenStore>())
{}

Service::~Service()
{
    // Sessions and the HTTP server refer to the engine; they go first.
    m_shoppers.reset();
    m_sweeper.reset();
    m_http.reset();
    m_sync.reset();
    m_queries.reset();
    m_engine.reset();
    m_store.reset();
}

bool Service::start(QString *error)
{
    if (!m_options.tokensFile.isEmpty() && !m_tokens->load(m_options.tokensFile, error))
        return false;
    if (!m_options.postgres.isEmpty()) {
        *error = u"--postgres is not available in this build yet"_s;
        return false;
    }
    m_store = std::make_unique<SqliteStore>(m_options.dbPath);
    if (!m_store->open(error))
        return false;
    m_engine = std::make_unique<CommandEngine>(*m_store, m_clock, *m_metrics);
    if (!m_engine->start(error))
        return false;
    if (m_options.demo && m_engine->head() == 0) {
        qCInfo(lcService) << "writing the demo data set";
        if (!loadDemoData(*m_engine, m_clock.now(), error))
            return false;
        qCInfo(lcService) << "demo data written, ledger head" << m_engine->head();
    }

    m_queries = std::make_unique<QueryService>(*m_engine);
    const QString serverId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sync = std::make_unique<SyncServer>(
        SyncSession::Services{*m_engine, *m_queries, *m_tokens, *m_metrics, serverId, 5});
    m_http = std::make_unique<HttpApi>(*m_engine, *m_queries, *m_tokens, *m_metrics);
    connect(m_http.get(), &HttpApi::newWebSocketConnection, this, [this] {
        while (m_http->hasPendingWebSocketConnections())
            m_sync->accept(m_http->nextPendingWebSocketConnection());
    });
    connect(m_engine.get(), &CommandEngine::committed, this,
            [this](const QList<LedgerEvent> &events) {
                qint64 expired = 0;
                for (const LedgerEvent &event : events) {
                    if (event.bySweeper && event.kind == domain::EventKind::ReservationReleased)
                        ++expired;
                }
                m_metrics->addHoldsExpired(expired);
            });

    if (!m_options.tlsCert.isEmpty()) {
        QFile certFile(m_options.tlsCert);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read --tls-cert or --tls-key"_s;
            return false;
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = u"--tls-cert or --tls-key is not a PEM certificate / RSA key"_s;
            return false;
        }
        m_http->sslSetup(certificate, key);
    }
    const QHostAddress address = m_options.listenHost == "localhost"_L1
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(m_options.listenHost);
    if (address.isNull()) {
        *error = u"--listen: %1 is not an IP address"_s.arg(m_options.listenHost);
        return false;
    }
    m_port = m_http->listen(address, m_options.listenPort);
    if (m_port == 0) {
        *error = u"cannot listen on %1:%2"_s.arg(m_options.listenHost).arg(m_options.listenPort);
        return false;
    }
    m_sweeper = std::make_unique<Sweeper>(*m_engine);
    m_sweeper->start();
    if (m_options.demoShoppers) {
        m_shoppers = std::make_unique<DemoShoppers>(*m_engine);
        m_shoppers->start();
    }
    return true;
}

void Service::shutdown()
{
    if (m_shoppers)
        m_shoppers->stop();
    if (m_sweeper)
        m_sweeper->stop();
    if (m_engine)
        m_engine->flush();
    if (m_sync)
        m_sync->closeAll(QWebSocketProtocol::CloseCodeGoingAway, u"service shutting down"_s);
}

} // namespace shelfsync::service
