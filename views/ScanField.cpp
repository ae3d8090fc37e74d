#include "ScanField.h"

#include <QKeyEvent>

namespace shelfsync::views {

namespace {

constexpr QChar kGroupSeparator = QChar(0x1D);

} // namespace

ScanField::ScanField(QWidget *parent)
    : QLineEdit(parent)
{}

void ScanField::keyPressEvent(QKeyEvent *event)
{
    const bool groupSeparator =
        event->text() == QString(kGroupSeparator) ||
        (event->key() == Qt::Key_BracketRight && event->modifiers().testFlag(Qt::ControlModifier));
    if (groupSeparator && !isReadOnly()) {
        insert(QString(kGroupSeparator));
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace shelfsync::views
