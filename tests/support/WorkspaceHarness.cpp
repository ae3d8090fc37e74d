#include "WorkspaceHarness.h"

#include "CommandEngine.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::service;

namespace shelfsync::testing {

bool acked(const QJsonObject &answer)
{
    if (answer.contains("error"_L1) || answer.contains("timeout"_L1) ||
        answer.contains("outbox_error"_L1)) {
        qWarning("command failed: %s",
                 QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
        return false;
    }
    return true;
}

WorkspaceHarness::WorkspaceHarness(ServiceHarness &service, Role role)
    : m_service(service)
    , m_role(role)
{
    reopen();
}

WorkspaceHarness::~WorkspaceHarness() = default;

QString WorkspaceHarness::replicaPath() const
{
    return m_dir.filePath(u"replica.db"_s);
}

bool WorkspaceHarness::reopen()
{
    m_workspace.reset();
    m_workspace = std::make_unique<sync::Workspace>();
    QString error;
    if (!m_workspace->open(replicaPath(), &error)) {
        qWarning("replica did not open: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool WorkspaceHarness::connectAndSync(int timeoutMs)
{
    m_workspace->connectTo(m_service.syncUrl(), ServiceHarness::token(m_role),
                           u"test-client-"_s + domain::toString(m_role));
    if (!QTest::qWaitFor([this] { return m_workspace->client().isLive(); }, timeoutMs))
        return false;
    return m_workspace->client().isLive() && waitForServiceHead(timeoutMs);
}

bool WorkspaceHarness::waitForServiceHead(int timeoutMs)
{
    const qint64 head = m_service.service().engine().head();
    return QTest::qWaitFor([&] { return m_workspace->replica().cursor() >= head; }, timeoutMs);
}

QJsonObject WorkspaceHarness::submitAndWait(const QString &op, const QJsonObject &args,
                                            int timeoutMs)
{
    QString error;
    const std::optional<QString> id = m_workspace->submit(op, args, &error);
    if (!id)
        return QJsonObject{{u"outbox_error"_s, error}};
    QJsonObject answer;
    bool done = false;
    const QMetaObject::Connection acked =
        QObject::connect(m_workspace.get(), &sync::Workspace::commandAcked, m_workspace.get(),
                         [&](const QString &ackedId, const QJsonObject &result) {
                             if (ackedId == *id) {
                                 answer = result;
                                 done = true;
                             }
                         });
    const QMetaObject::Connection rejected =
        QObject::connect(m_workspace.get(), &sync::Workspace::commandRejected, m_workspace.get(),
                         [&](const QString &rejectedId, const QJsonObject &reason) {
                             if (rejectedId == *id) {
                                 answer = QJsonObject{{u"error"_s, reason}};
                                 done = true;
                             }
                         });
    const bool answered = QTest::qWaitFor([&] { return done; }, timeoutMs);
    QObject::disconnect(acked);
    QObject::disconnect(rejected);
    if (!answered)
        return QJsonObject{{u"timeout"_s, *id}};
    waitForServiceHead(timeoutMs);
    return answer;
}

bool WorkspaceHarness::seedCatalog()
{
    const QList<std::pair<QString, QJsonObject>> commands{
        {u"upsert_location"_s,
         {{u"location"_s, u"DS-01"_s},
          {u"name"_s, u"Dark store Centre"_s},
          {u"kind"_s, u"store"_s}}},
        {u"upsert_location"_s,
         {{u"location"_s, u"WH-01"_s},
          {u"name"_s, u"Main warehouse"_s},
          {u"kind"_s, u"warehouse"_s}}},
        {u"upsert_sku"_s,
         {{u"sku"_s, u"MILK-1L"_s},
          {u"name"_s, u"Whole milk 1 l"_s},
          {u"gtin"_s, QLatin1StringView(kMilkGtin)},
          {u"unit"_s, u"pcs"_s},
          {u"category"_s, u"dairy"_s},
          {u"shelf_life_days"_s, 10},
          {u"unit_cost"_s, 0.89}}},
        {u"upsert_sku"_s,
         {{u"sku"_s, u"YOG-500"_s},
          {u"name"_s, u"Greek yogurt 500 g"_s},
          {u"gtin"_s, QLatin1StringView(kYogurtGtin)},
          {u"unit"_s, u"pcs"_s},
          {u"category"_s, u"dairy"_s},
          {u"shelf_life_days"_s, 21},
          {u"unit_cost"_s, 1.45}}},
        {u"upsert_sku"_s,
         {{u"sku"_s, u"BREAD-WH"_s},
          {u"name"_s, u"White bread 750 g"_s},
          {u"gtin"_s, QLatin1StringView(kBreadGtin)},
          {u"unit"_s, u"pcs"_s},
          {u"category"_s, u"bakery"_s},
          {u"shelf_life_days"_s, 4},
          {u"unit_cost"_s, 1.10}}},
    };
    for (const auto &[op, args] : commands) {
        if (!acked(submitAndWait(op, args))) {
            qWarning("seeding with %s failed", qPrintable(op));
            return false;
        }
    }
    return true;
}

} // namespace shelfsync::testing
