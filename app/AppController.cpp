#include "AppController.h"

#include "ConnectionDialog.h"
#include "EmbeddedService.h"
#include "MainWindow.h"

#include "sync/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace shelfsync::app {

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

AppController::~AppController()
{
    close();
}

MainWindow *AppController::window() const
{
    return m_window.data();
}

bool AppController::start(QString *error)
{
    // Screenshots are always of the demo data on an embedded service, whatever the user
    // has configured.
    const ConnectionSettings connection =
        m_options.screenshotDirectory.isEmpty() ? ConnectionSettings::load() : ConnectionSettings();
    return open(connection, error);
}

bool AppController::open(const ConnectionSettings &connection, QString *error)
{
    m_connection = connection;
    if (!QDir().mkpath(m_options.dataDirectory)) {
        *error = tr("Cannot create the data directory %1.").arg(m_options.dataDirectory);
        return false;
    }
    m_workspace = std::make_unique<sync::Workspace>();
    const QString replica = QDir(m_options.dataDirectory).filePath(connection.replicaFileName());
    if (!m_workspace->open(replica, error))
        return false;

    m_window = new MainWindow(*m_workspace);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::connectionDialogRequested, this,
            &AppController::changeConnection);
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_switching)
            Q_EMIT finished(0);
    });
    m_window->show();

    if (connection.embedded)
        startEmbedded();
    else
        m_workspace->connectTo(connection.url, connection.token, clientId());
    if (!m_options.screenshotDirectory.isEmpty())
        takeScreenshotsWhenReady();
    return true;
}

void AppController::close()
{
    m_switching = true;
    if (m_window)
        delete m_window.data();
    m_switching = false;
    if (m_workspace)
        m_workspace->disconnectFromService();
    m_workspace.reset();
    m_embedded.reset();
}

void AppController::startEmbedded()
{
    m_embedded =
        std::make_unique<EmbeddedService>(QDir(m_options.dataDirectory).filePath(u"embedded"_s));
    bool demo = false;
    if (m_embedded->isFirstStart()) {
        demo = m_options.demo == DemoChoice::Load;
        if (m_options.demo == DemoChoice::Ask) {
            demo = QMessageBox::question(
                       m_window, tr("Welcome to Shelfsync"),
                       tr("This is the first start. Load the demo data set: three dark "
                          "stores and a warehouse, 2,000 grocery SKUs with batches and "
                          "expiry, and 90 days of history?"),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
        }
    }
    if (demo)
        m_window->setNotice(tr("Writing the demo data set, about half a minute..."));
    connect(m_embedded.get(), &EmbeddedService::started, this, [this](const QUrl &url) {
        m_window->setNotice(tr("Embedded service"));
        m_workspace->connectTo(url, m_embedded->token(), clientId());
    });
    connect(m_embedded.get(), &EmbeddedService::failed, this, [this](const QString &message) {
        m_window->setNotice(tr("The embedded service did not start"));
        QMessageBox::critical(m_window, tr("Embedded service"), message);
        if (!m_options.screenshotDirectory.isEmpty())
            Q_EMIT finished(1);
    });
    m_embedded->start(demo);
}

void AppController::changeConnection()
{
    ConnectionSettings chosen;
    {
        // Gone before the window it belongs to is.
        ConnectionDialog dialog(m_connection, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        chosen = dialog.settings();
    }
    chosen.save();
    // The request came from inside the window's own menu: replace it once that is done.
    QMetaObject::invokeMethod(
        this,
        [this, chosen] {
            close();
            QString error;
            if (!open(chosen, &error)) {
                QMessageBox::critical(nullptr, tr("Shelfsync"), error);
                Q_EMIT finished(1);
            }
        },
        Qt::QueuedConnection);
}

void AppController::takeScreenshotsWhenReady()
{
    // Live with the snapshot in, then a moment for the views to lay out their rows.
    auto *poll = new QTimer(this);
    poll->setInterval(250);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (!m_workspace || !m_workspace->client().isLive() || m_workspace->state().cells.isEmpty())
            return;
        poll->stop();
        poll->deleteLater();
        QTimer::singleShot(1500, this, [this] {
            QString error;
            if (!m_window->saveScreenshots(m_options.screenshotDirectory, &error)) {
                qWarning("%s", qPrintable(error));
                Q_EMIT finished(1);
                return;
            }
            Q_EMIT finished(0);
        });
    });
    poll->start();
}

} // namespace shelfsync::app
