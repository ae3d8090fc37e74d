#pragma once

#include "Clock.h"
#include "Roles.h"
#include "Service.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace shelfsync::testing {

// A real shelfsyncd, in process, on an ephemeral loopback port, with a clock the test
// moves and one token per role ("secret-<role>").
class ServiceHarness final
{
public:
    ServiceHarness();
    ~ServiceHarness();

    bool start(bool demo = false);
    void stop();
    bool restart(); // on the same port

    static QString token(service::Role role);
    QUrl syncUrl() const;
    QUrl httpUrl(const QString &path) const;
    QString dbPath() const;
    QString tokensPath() const;

    service::Service &service() { return *m_service; }
    service::OffsetClock clock;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<service::Service> m_service;
    quint16 m_port = 0;
};

} // namespace shelfsync::testing
