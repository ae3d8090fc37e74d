#pragma once

#include <QLineEdit>

namespace shelfsync::views {

// The receiving dock's scan field. A keyboard-wedge scanner types FNC1 as GS (0x1D),
// either as the control character or as Ctrl+]; QLineEdit drops control characters, and
// without the separator a batch number runs into the field after it, so this field keeps
// it.
class ScanField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanField)

public:
    explicit ScanField(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace shelfsync::views
