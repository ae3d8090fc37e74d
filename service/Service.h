#pragma once

#include "Clock.h"
#include "ServiceOptions.h"

#include <QObject>

#include <memory>

namespace shelfsync::service {

class CommandEngine;
class DemoShoppers;
class HttpApi;
class LedgerStore;
class Metrics;
class QueryService;
class Sweeper;
class SyncServer;
class TokenStore;

// shelfsyncd assembled: the store, the engine, the sweeper, and one port serving
// WebSocket and HTTP. main() and the in-process tests build the same object.
class Service final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Service)

public:
    Service(const ServiceOptions &options, const Clock &clock, QObject *parent = nullptr);
    ~Service() override;

    bool start(QString *error);
    // Finishes the commits in flight, then closes every connection.
    void shutdown();

    quint16 port() const { return m_port; }
    CommandEngine &engine() { return *m_engine; }
    TokenStore &tokens() { return *m_tokens; }
    Sweeper &sweeper() { return *m_sweeper; }
    Metrics &metrics() { return *m_metrics; }

private:
    ServiceOptions m_options;
    const Clock &m_clock;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<LedgerStore> m_store;
    std::unique_ptr<CommandEngine> m_engine;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<SyncServer> m_sync;
    std::unique_ptr<HttpApi> m_http;
    std::unique_ptr<Sweeper> m_sweeper;
    std::unique_ptr<DemoShoppers> m_shoppers;
    quint16 m_port = 0;
};

} // namespace shelfsync::service
