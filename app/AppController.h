#pragma once

#include "AppSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::app {

class EmbeddedService;
class MainWindow;

// The app's lifecycle: which service to talk to (embedded or remote), the Workspace on
// that service's replica file, the main window over it, and switching between them.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    enum class DemoChoice
    {
        Ask,
        Load,
        Skip
    };

    struct Options
    {
        QString dataDirectory;
        DemoChoice demo = DemoChoice::Ask;
        QString screenshotDirectory; // set: save the screens on the demo data and quit
    };

    explicit AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override;

    bool start(QString *error);

    MainWindow *window() const;
    sync::Workspace *workspace() const { return m_workspace.get(); }
    EmbeddedService *embedded() const { return m_embedded.get(); }

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool open(const ConnectionSettings &connection, QString *error);
    void close();
    void startEmbedded();
    void changeConnection();
    void takeScreenshotsWhenReady();

    Options m_options;
    ConnectionSettings m_connection;
    std::unique_ptr<EmbeddedService> m_embedded;
    std::unique_ptr<sync::Workspace> m_workspace;
    QPointer<MainWindow> m_window;
    bool m_switching = false; // the window goes because the connection changes, not to quit
};

} // namespace shelfsync::app
