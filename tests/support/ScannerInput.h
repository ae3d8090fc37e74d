#pragma once

#include <QString>
#include <QtTest>
#include <QWidget>

namespace shelfsync::testing {

// What a keyboard-wedge scanner types: the printable characters as keys, and FNC1 as GS
// (0x1D), which no key carries and QTest::keyClicks cannot type: X11 reports the wedge's
// Ctrl+] with the control character as its text.
inline void typeScan(QWidget *field, const QString &text)
{
    constexpr QChar kGroupSeparator(0x1D);
    const QStringList parts = text.split(kGroupSeparator);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_BracketRight, QString(kGroupSeparator),
                                Qt::ControlModifier);
        QTest::keyClicks(field, parts.at(i));
    }
}

} // namespace shelfsync::testing
