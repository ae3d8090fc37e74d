#include "ConnectionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shelfsync::app {

ConnectionDialog::ConnectionDialog(const ConnectionSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_embedded(new QRadioButton(tr("&Embedded service on this computer"), this))
    , m_remote(new QRadioButton(tr("&Remote service"), this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Connection"));
    m_embedded->setObjectName(u"embeddedChoice"_s);
    m_remote->setObjectName(u"remoteChoice"_s);
    m_url->setObjectName(u"urlField"_s);
    m_token->setObjectName(u"tokenField"_s);
    m_url->setPlaceholderText(u"wss://stock.example.com/v1/sync"_s);
    m_url->setText(current.url.toString());
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setText(current.token);
    m_error->setStyleSheet(u"color: #b71c1c"_s);
    m_error->setWordWrap(true);
    (current.embedded ? m_embedded : m_remote)->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Service &URL:"), m_url);
    form->addRow(tr("&Token:"), m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_embedded);
    layout->addWidget(new QLabel(
        tr("A service with its own ledger in your data folder; nothing leaves this computer.")));
    layout->addWidget(m_remote);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remote, &QRadioButton::toggled, this, &ConnectionDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings result;
    result.embedded = m_embedded->isChecked();
    result.url = QUrl(m_url->text().trimmed());
    result.token = m_token->text().trimmed();
    return result;
}

void ConnectionDialog::accept()
{
    const QString problem = settings().validate();
    m_error->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

void ConnectionDialog::updateFields()
{
    m_url->setEnabled(m_remote->isChecked());
    m_token->setEnabled(m_remote->isChecked());
}

} // namespace shelfsync::app
