#include "NewSkuDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shelfsync::views {

NewSkuDialog::NewSkuDialog(const NewSku &prefill, const QStringList &categories,
                           const QStringList &takenIds, QWidget *parent)
    : QDialog(parent)
    , m_takenIds(takenIds)
    , m_gtin(prefill.gtin)
    , m_sku(new QLineEdit(prefill.sku, this))
    , m_name(new QLineEdit(prefill.name, this))
    , m_category(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_shelfLife(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New SKU"));
    m_sku->setObjectName(u"newSkuId"_s);
    m_sku->setPlaceholderText(tr("e.g. OAT-1L"));
    m_name->setObjectName(u"newSkuName"_s);
    m_name->setPlaceholderText(tr("Name as on the label"));
    m_category->setObjectName(u"newSkuCategory"_s);
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->setCurrentText(prefill.category);
    m_unit->setObjectName(u"newSkuUnit"_s);
    m_unit->setEditable(true);
    // Units are data the service stores, not words of the interface: they stay as typed.
    m_unit->addItems({u"pcs"_s, u"kg"_s, u"l"_s, u"pack"_s, u"case"_s});
    m_unit->setCurrentText(prefill.unit.isEmpty() ? u"pcs"_s : prefill.unit);
    m_shelfLife->setObjectName(u"newSkuShelfLife"_s);
    m_shelfLife->setRange(0, 3650);
    m_shelfLife->setValue(prefill.shelfLifeDays);
    m_shelfLife->setSpecialValueText(tr("does not expire"));
    m_shelfLife->setSuffix(tr(" days"));

    auto *gtin = new QLabel(prefill.gtin, this);
    gtin->setObjectName(u"newSkuGtin"_s);
    gtin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *intro = new QLabel(
        tr("No SKU has this barcode yet. Add it to the catalogue, then the goods are received."),
        this);
    intro->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b71c1c"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("GTIN:"), gtin);
    form->addRow(tr("SKU &id:"), m_sku);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Shelf life:"), m_shelfLife);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save SKU"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sku, &QLineEdit::textChanged, this, &NewSkuDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &NewSkuDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    validate();
}

NewSku NewSkuDialog::values() const
{
    return NewSku{.sku = m_sku->text().trimmed(),
                  .name = m_name->text().trimmed(),
                  .gtin = m_gtin,
                  .category = m_category->currentText().trimmed(),
                  .unit = m_unit->currentText().trimmed(),
                  .shelfLifeDays = m_shelfLife->value()};
}

bool NewSkuDialog::isComplete() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void NewSkuDialog::validate()
{
    const NewSku sku = values();
    QString problem;
    if (m_takenIds.contains(sku.sku))
        problem = tr("SKU %1 already exists: choose another id.").arg(sku.sku);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !sku.sku.isEmpty() && !sku.name.isEmpty());
}

} // namespace shelfsync::views
