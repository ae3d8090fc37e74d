#include "ServiceHarness.h"

#include "CommandEngine.h"
#include "TokenCommand.h"

#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::service;

namespace shelfsync::testing {

ServiceHarness::ServiceHarness()
{
    QFile tokens(tokensPath());
    if (tokens.open(QIODevice::WriteOnly)) {
        for (Role role : {Role::Viewer, Role::Planner, Role::Merchandiser, Role::Manager,
                          Role::Admin, Role::Channel}) {
            tokens.write(
                u"%1 %2 %3\n"_s
                    .arg(u"user-"_s + toString(role), toString(role), hashToken(token(role)))
                    .toUtf8());
        }
    }
}

ServiceHarness::~ServiceHarness()
{
    stop();
}

QString ServiceHarness::token(Role role)
{
    return u"secret-"_s + toString(role);
}

QString ServiceHarness::dbPath() const
{
    return m_dir.filePath(u"ledger.db"_s);
}

QString ServiceHarness::tokensPath() const
{
    return m_dir.filePath(u"tokens"_s);
}

bool ServiceHarness::start(bool demo)
{
    ServiceOptions options;
    options.dbPath = dbPath();
    options.listenHost = u"127.0.0.1"_s;
    options.listenPort = m_port; // 0 the first time; a restart keeps the clients' URL
    options.tokensFile = tokensPath();
    options.demo = demo;
    m_service = std::make_unique<Service>(options, clock);
    QString error;
    if (!m_service->start(&error)) {
        qWarning("service did not start: %s", qPrintable(error));
        m_service.reset();
        return false;
    }
    m_port = m_service->port();
    return true;
}

void ServiceHarness::stop()
{
    if (!m_service)
        return;
    m_service->shutdown();
    // Let the close frames go out before the sockets are destroyed.
    QTest::qWait(20);
    m_service.reset();
}

bool ServiceHarness::restart()
{
    stop();
    return start();
}

QUrl ServiceHarness::syncUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/v1/sync"_s.arg(m_port));
}

QUrl ServiceHarness::httpUrl(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_service->port()).arg(path));
}

} // namespace shelfsync::testing
