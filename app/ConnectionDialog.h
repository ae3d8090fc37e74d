#pragma once

#include "AppSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace shelfsync::app {

// Chooses the embedded service or a remote one (URL and token).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(const ConnectionSettings &current, QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    void accept() override;

private:
    void updateFields();

    QRadioButton *m_embedded = nullptr;
    QRadioButton *m_remote = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace shelfsync::app
