#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace shelfsync::app {

class EmbeddedServiceWorker;

// With no service configured, the app runs shelfsyncd itself: the same Service object,
// on a thread of its own (so writing the demo data never freezes the window), listening
// on loopback with a ledger in the user's data directory. The app then talks to it over
// WebSocket like to any remote service: one code path.
class EmbeddedService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedService)

public:
    explicit EmbeddedService(const QString &directory, QObject *parent = nullptr);
    ~EmbeddedService() override;

    // True when the directory holds no ledger yet: the first start, which offers the demo.
    bool isFirstStart() const;
    void start(bool withDemo);
    void stop();

    QUrl syncUrl() const { return m_url; }
    QString token() const { return m_token; }
    bool isRunning() const { return m_url.isValid(); }

Q_SIGNALS:
    void started(const QUrl &syncUrl);
    void failed(const QString &error);

private:
    bool prepareToken(QString *error);

    QString m_directory;
    QString m_token;
    QUrl m_url;
    QThread m_thread;
    EmbeddedServiceWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace shelfsync::app
