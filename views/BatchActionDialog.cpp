#include "BatchActionDialog.h"

#include "domain/JsonFormat.h"
#include "domain/State.h"

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

namespace {

constexpr int kMaxQty = 1'000'000'000;

} // namespace

BatchCommand batchCommand(const BatchActionRequest &request, const BatchActionValues &values,
                          const domain::State &state)
{
    QJsonObject args{{u"location"_s, request.key.location}, {u"sku"_s, request.key.sku}};
    switch (request.action) {
    case BatchAction::WriteOff:
        args.insert(u"batch"_s, request.batch);
        args.insert(u"qty"_s, values.qty);
        args.insert(u"reason"_s, values.reason);
        return {.op = u"write_off"_s, .args = args};
    case BatchAction::Count:
        args.insert(u"batch"_s, request.batch);
        args.insert(u"counted"_s, values.qty);
        // A fixed word, not a translation: reports tell counts by it.
        args.insert(u"reason"_s, u"count"_s);
        return {.op = u"adjust"_s, .args = args};
    case BatchAction::Return: {
        args.insert(u"qty"_s, values.qty);
        domain::insertIf(args, "batch"_L1, values.batch);
        domain::insertIf(args, "reference"_L1, values.reference);
        // An expiry only tells the service about a batch it no longer has on record.
        const domain::Cell *cell = state.cell(request.key);
        if (values.expiry.isValid() && !(cell && cell->batch(values.batch)))
            args.insert(u"expiry"_s, domain::formatDate(values.expiry));
        return {.op = u"return"_s, .args = args};
    }
    }
    return {};
}

BatchActionDialog::BatchActionDialog(const BatchActionRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_qty(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_qty->setObjectName(u"actionQty"_s);
    if (!request.unit.isEmpty())
        m_qty->setSuffix(u' ' + request.unit);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const QString where =
        tr("batch %1 of %2 at %3").arg(request.batch, request.key.sku, request.key.location);

    switch (request.action) {
    case BatchAction::WriteOff:
        setWindowTitle(tr("Write off"));
        intro->setText(
            tr("Take goods of %1 off the books; it holds %2.").arg(where).arg(request.held));
        m_qty->setRange(1, int(std::clamp<domain::Quantity>(request.held, 1, kMaxQty)));
        m_qty->setValue(m_qty->maximum());
        m_reason = new QComboBox(this);
        m_reason->setObjectName(u"actionReason"_s);
        m_reason->setEditable(true);
        // The ledger keeps the standard reasons as fixed words, so reports read the same
        // in every language; the list shows them translated. Typed reasons go as typed.
        m_reason->addItem(tr("expired"), u"expired"_s);
        m_reason->addItem(tr("damaged"), u"damaged"_s);
        m_reason->addItem(tr("quality"), u"quality"_s);
        m_reason->addItem(tr("lost"), u"lost"_s);
        m_reason->setCurrentIndex(-1);
        m_reason->lineEdit()->setPlaceholderText(tr("Why: expired, damaged..."));
        connect(m_reason, &QComboBox::currentTextChanged, this, &BatchActionDialog::validate);
        form->addRow(tr("&Quantity:"), m_qty);
        form->addRow(tr("&Reason:"), m_reason);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Write Off"));
        break;
    case BatchAction::Count:
        setWindowTitle(tr("Count"));
        intro->setText(
            tr("Type what is on the shelf for %1; the books say %2.").arg(where).arg(request.held));
        m_qty->setRange(0, kMaxQty);
        m_qty->setValue(int(std::clamp<domain::Quantity>(request.held, 0, kMaxQty)));
        form->addRow(tr("&Counted:"), m_qty);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Count"));
        break;
    case BatchAction::Return:
        setWindowTitle(tr("Return inward"));
        intro->setText(tr("Goods of %1 at %2 come back (not delivered, or returned by the "
                          "customer) and go back on the shelf.")
                           .arg(request.key.sku, request.key.location));
        m_qty->setRange(1, kMaxQty);
        m_qty->setValue(1);
        m_batch = new QLineEdit(request.batch, this);
        m_batch->setObjectName(u"actionBatch"_s);
        m_batch->setPlaceholderText(tr("Empty: the batch that sells next"));
        m_reference = new QLineEdit(this);
        m_reference->setObjectName(u"actionReference"_s);
        m_reference->setPlaceholderText(tr("Order or NDR number"));
        m_expiry = new QLineEdit(this);
        m_expiry->setObjectName(u"actionExpiry"_s);
        m_expiry->setPlaceholderText(tr("YYYY-MM-DD, for a batch no longer on record"));
        connect(m_expiry, &QLineEdit::textChanged, this, &BatchActionDialog::validate);
        form->addRow(tr("&Quantity:"), m_qty);
        form->addRow(tr("&Batch:"), m_batch);
        form->addRow(tr("&Reference:"), m_reference);
        form->addRow(tr("&Expiry:"), m_expiry);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Return"));
        break;
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_qty->selectAll();
    validate();
}

BatchActionValues BatchActionDialog::values() const
{
    BatchActionValues values;
    values.qty = m_qty->value();
    if (m_reason) {
        const QString shown = m_reason->currentText().trimmed();
        const int standard = m_reason->findText(shown);
        values.reason = standard >= 0 ? m_reason->itemData(standard).toString() : shown;
    }
    values.batch = m_batch ? m_batch->text().trimmed() : m_request.batch;
    values.reference = m_reference ? m_reference->text().trimmed() : QString();
    values.expiry = m_expiry ? domain::parseDate(m_expiry->text().trimmed()) : QDate();
    return values;
}

bool BatchActionDialog::isComplete() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void BatchActionDialog::validate()
{
    bool ok = true;
    if (m_reason && m_reason->currentText().trimmed().isEmpty())
        ok = false;
    if (m_expiry && !m_expiry->text().trimmed().isEmpty() &&
        !domain::parseDate(m_expiry->text().trimmed()).isValid())
        ok = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace shelfsync::views
