#pragma once

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QFormLayout;

namespace shelfsync::views {

// Edits the arguments of a rejected command before it is sent again: one field per
// argument, of the argument's type, with the service's reason above them.
class FixCommandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixCommandDialog)

public:
    FixCommandDialog(const QString &action, const QString &reason, const QJsonObject &args,
                     QWidget *parent = nullptr);

    QJsonObject args() const;

private:
    QJsonObject m_args;
    QList<std::function<void(QJsonObject &)>> m_readers; // each field writes its value back
};

} // namespace shelfsync::views
