#include "FixCommandDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shelfsync::views {

FixCommandDialog::FixCommandDialog(const QString &action, const QString &reason,
                                   const QJsonObject &args, QWidget *parent)
    : QDialog(parent)
    , m_args(args)
{
    setWindowTitle(tr("Fix and resend: %1").arg(action));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(tr("The service refused this: <b>%1</b>").arg(reason.toHtmlEscaped()));
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (value.isBool()) {
            auto *box = new QCheckBox;
            box->setChecked(value.toBool());
            form->addRow(key, box);
            m_readers.append([box, key](QJsonObject &out) { out[key] = box->isChecked(); });
        } else if (value.isDouble() && value.toDouble() == double(value.toInteger())) {
            auto *spin = new QSpinBox;
            // Counts and quantities: a delta may be negative, nothing else is.
            spin->setRange(key == "delta"_L1 ? -1'000'000'000 : 0, 1'000'000'000);
            spin->setValue(int(value.toInteger()));
            form->addRow(key, spin);
            m_readers.append([spin, key](QJsonObject &out) { out[key] = spin->value(); });
        } else if (value.isString()) {
            auto *edit = new QLineEdit(value.toString());
            form->addRow(key, edit);
            m_readers.append([edit, key](QJsonObject &out) { out[key] = edit->text(); });
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resend"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QJsonObject FixCommandDialog::args() const
{
    QJsonObject out = m_args;
    for (const auto &read : m_readers)
        read(out);
    return out;
}

} // namespace shelfsync::views
