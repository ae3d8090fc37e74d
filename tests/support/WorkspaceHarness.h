#pragma once

#include "ServiceHarness.h"

#include "sync/Workspace.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace shelfsync::testing {

// True when an answer of WorkspaceHarness::submitAndWait() is an ack; otherwise false,
// with the answer (the rejection, a timeout or an outbox error) in a warning.
bool acked(const QJsonObject &answer);

// The app's Workspace (replica, outbox, sync client) as a user with one role, connected
// to a ServiceHarness. Each harness keeps its replica file in a directory of its own, so
// reopen() is the app started again on the same data.
class WorkspaceHarness final
{
public:
    explicit WorkspaceHarness(ServiceHarness &service, service::Role role = service::Role::Admin);
    ~WorkspaceHarness();

    sync::Workspace &workspace() { return *m_workspace; }
    const domain::State &state() const { return m_workspace->state(); }
    QString replicaPath() const;

    // Connects and waits until the replica is live and caught up.
    bool connectAndSync(int timeoutMs = 15'000);
    // The app closed and started again on the same file; not connected.
    bool reopen();
    // Waits until the replica has every event the service has committed.
    bool waitForServiceHead(int timeoutMs = 10'000);
    // Submits through the outbox and waits for the ack; the result, or the error.
    QJsonObject submitAndWait(const QString &op, const QJsonObject &args, int timeoutMs = 10'000);

    // Two locations and three SKUs with valid GTINs (each call is idempotent):
    // DS-01 "Dark store Centre" (store), WH-01 "Main warehouse" (warehouse);
    // MILK-1L (GTIN 09501101530003, dairy), YOG-500 (04006381333931, dairy),
    // BREAD-WH (05901234123457, bakery). Waits until the replica has them.
    bool seedCatalog();

    static constexpr auto kMilkGtin = "09501101530003";
    static constexpr auto kYogurtGtin = "04006381333931";
    static constexpr auto kBreadGtin = "05901234123457";

private:
    ServiceHarness &m_service;
    service::Role m_role;
    QTemporaryDir m_dir;
    std::unique_ptr<sync::Workspace> m_workspace;
};

} // namespace shelfsync::testing
