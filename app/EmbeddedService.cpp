#include "EmbeddedService.h"

#include "Clock.h"
#include "Service.h"
#include "TokenCommand.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace shelfsync::app {

namespace {

QString ledgerPath(const QString &directory)
{
    return QDir(directory).filePath(u"ledger.db"_s);
}

} // namespace

// Owns the Service inside the service thread: it is made, started and destroyed there.
class EmbeddedServiceWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedServiceWorker)

public:
    explicit EmbeddedServiceWorker(const service::ServiceOptions &options)
        : m_options(options)
    {}
    ~EmbeddedServiceWorker() override { stop(); }

    void start()
    {
        m_service = std::make_unique<service::Service>(m_options, m_clock);
        QString error;
        if (!m_service->start(&error)) {
            m_service.reset();
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT started(m_service->port());
    }

    void stop()
    {
        if (!m_service)
            return;
        m_service->shutdown();
        m_service.reset();
    }

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &error);

private:
    service::ServiceOptions m_options;
    service::SystemClock m_clock;
    std::unique_ptr<service::Service> m_service;
};

EmbeddedService::EmbeddedService(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_thread.setObjectName(u"embedded shelfsyncd"_s);
}

EmbeddedService::~EmbeddedService()
{
    stop();
}

bool EmbeddedService::isFirstStart() const
{
    return !QFile::exists(ledgerPath(m_directory));
}

bool EmbeddedService::prepareToken(QString *error)
{
    // The embedded service has one user, the person at this desk, as admin. Its token
    // stays in the data directory, readable by that user alone.
    const QString tokenPath = QDir(m_directory).filePath(u"token"_s);
    const QString tokensPath = QDir(m_directory).filePath(u"tokens"_s);
    QFile existing(tokenPath);
    if (existing.open(QIODevice::ReadOnly) && QFile::exists(tokensPath)) {
        m_token = QString::fromUtf8(existing.readAll()).trimmed();
        if (!m_token.isEmpty())
            return true;
    }
    const service::NewToken made = service::makeToken(u"local"_s, u"admin"_s);
    QSaveFile secret(tokenPath);
    QSaveFile tokens(tokensPath);
    if (!secret.open(QIODevice::WriteOnly) || !tokens.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the embedded service's token in %1.").arg(m_directory);
        return false;
    }
    secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    secret.write(made.secret.toUtf8());
    tokens.write(u"# the embedded service's user\n%1\n"_s.arg(made.line).toUtf8());
    if (!secret.commit() || !tokens.commit()) {
        *error = tr("Cannot write the embedded service's token in %1.").arg(m_directory);
        return false;
    }
    m_token = made.secret;
    return true;
}

void EmbeddedService::start(bool withDemo)
{
    QString error;
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT failed(tr("Cannot create the data directory %1.").arg(m_directory));
        return;
    }
    if (!prepareToken(&error)) {
        Q_EMIT failed(error);
        return;
    }
    service::ServiceOptions options;
    options.dbPath = ledgerPath(m_directory);
    options.listenHost = u"127.0.0.1"_s;
    options.listenPort = 0;
    options.tokensFile = QDir(m_directory).filePath(u"tokens"_s);
    options.demo = withDemo;
    // A ledger that began as the demo keeps its make-believe shoppers, so stock moves.
    const QString demoMarker = QDir(m_directory).filePath(u"demo"_s);
    if (withDemo) {
        QFile marker(demoMarker);
        marker.open(QIODevice::WriteOnly);
    }
    options.demoShoppers = QFile::exists(demoMarker);

    m_worker = new EmbeddedServiceWorker(options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &EmbeddedServiceWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EmbeddedServiceWorker::started, this, [this](quint16 port) {
        m_url = QUrl(u"ws://127.0.0.1:%1/v1/sync"_s.arg(port));
        Q_EMIT started(m_url);
    });
    connect(m_worker, &EmbeddedServiceWorker::failed, this, &EmbeddedService::failed);
    m_thread.start();
}

void EmbeddedService::stop()
{
    if (!m_thread.isRunning())
        return;
    // Commits in flight finish and connections close before the thread ends.
    QMetaObject::invokeMethod(m_worker, &EmbeddedServiceWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_url = QUrl();
}

} // namespace shelfsync::app

#include "EmbeddedService.moc"
