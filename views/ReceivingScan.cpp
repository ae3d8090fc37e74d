#include "ReceivingView.h"

#include "ScanField.h"
#include "SkuSearchField.h"

#include "domain/Expiry.h"
#include "domain/JsonFormat.h"
#include "sync/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

// The receiving path of ReceivingView: a scan read into the form, an unknown GTIN made
// into a SKU, the form checked against the expiry rules and sent as a `receive`.
namespace shelfsync::views {

void ReceivingView::handleScan(const QString &text)
{
    m_scan->clear();
    if (text.trimmed().isEmpty()) {
        receive();
        return;
    }
    const scan::ScanResult result = scan::parseScan(text, today());
    if (!result.ok()) {
        setStatus(
            Tone::Error,
            tr("Could not read the scan (%1). Scan again, or type the SKU.").arg(result.error));
        focusScan();
        return;
    }
    const QString sku = skuForGtin(m_workspace.state(), result.gtin);
    if (sku.isEmpty()) {
        offerNewSku(result);
        return;
    }
    fillFromScan(sku, result);
}

void ReceivingView::fillFromScan(const QString &sku, const scan::ScanResult &scan)
{
    m_sku->setSkuId(sku);
    if (!scan.batch.isEmpty()) {
        m_batch->setText(scan.batch);
        m_batchFromScan = true;
    } else if (m_batchFromScan) {
        m_batch->clear();
        m_batchFromScan = false;
    }
    if (scan.expiry.isValid()) {
        m_expiry->setText(formatDate(scan.expiry));
        m_expiryFromScan = true;
    } else if (m_expiryFromScan) {
        m_expiry->clear();
        m_expiryFromScan = false;
    }
    const QSignalBlocker blocker(m_qty);
    if (scan.count) {
        m_qty->setValue(int(std::clamp<qint64>(*scan.count, 1, m_qty->maximum())));
        m_qtyTyped = false;
    } else if (!m_qtyTyped) {
        m_qty->setValue(1);
    }
    updateSkuName();
    receive();
}

void ReceivingView::offerNewSku(const scan::ScanResult &scan)
{
    if (!m_workspace.mayRun(Op::UpsertSku)) {
        setStatus(Tone::Error, tr("No SKU has the barcode %1. Ask a merchandiser to add it; "
                                  "nothing was received.")
                                   .arg(scan.gtin));
        focusScan();
        return;
    }
    NewSku prefill;
    prefill.gtin = scan.gtin;
    prefill.unit = u"pcs"_s;
    const std::optional<NewSku> made = m_newSkuPrompt(prefill);
    if (!made) {
        setStatus(Tone::Warning,
                  tr("No SKU has the barcode %1; nothing was received.").arg(scan.gtin));
        focusScan();
        return;
    }
    QJsonObject args{{u"sku"_s, made->sku}, {u"name"_s, made->name}, {u"gtin"_s, made->gtin}};
    insertIf(args, "unit"_L1, made->unit);
    insertIf(args, "category"_L1, made->category);
    if (made->shelfLifeDays > 0)
        args.insert(u"shelf_life_days"_s, made->shelfLifeDays);
    QString error;
    const std::optional<QString> id = m_workspace.submit(u"upsert_sku"_s, args, &error);
    if (!id) {
        setStatus(Tone::Error, tr("The new SKU was not saved: %1").arg(error));
        return;
    }
    m_sent.insert(*id, {Sent::Kind::NewSku, made->sku});
    m_sku->addPendingSku(made->sku);
    if (!m_workspace.mayRun(Op::Receive)) {
        setStatus(Tone::Success, tr("Saved the new SKU %1 (%2). Your role may not receive goods.")
                                     .arg(made->sku, made->name));
        focusScan();
        return;
    }
    // The receipt goes into the outbox after the SKU, so the service sees them in order.
    fillFromScan(made->sku, scan);
}

bool ReceivingView::receive()
{
    const auto refuse = [this](Tone tone, const QString &text, QWidget *focus) {
        setStatus(tone, text);
        focus->setFocus(Qt::OtherFocusReason);
        return false;
    };
    if (!m_workspace.mayRun(Op::Receive))
        return refuse(Tone::Error, tr("Your role may not receive goods."), m_scan);
    const QString place = location();
    if (place.isEmpty())
        return refuse(Tone::Warning, tr("Choose the location first."), m_location);
    const QString sku = m_sku->skuId();
    if (sku.isEmpty()) {
        if (m_sku->text().trimmed().isEmpty())
            return refuse(Tone::Warning, tr("Scan a barcode, or type the SKU."), m_scan);
        return refuse(Tone::Error,
                      tr("No SKU \"%1\" in the catalogue.").arg(m_sku->text().trimmed()), m_sku);
    }
    const Sku product = m_workspace.state().skus.value(sku);
    const QString name = product.name.isEmpty() ? sku : product.name;
    const QString batch = m_batch->text().trimmed();
    if (batch.isEmpty())
        return refuse(Tone::Warning, tr("Type the batch of %1, then press Enter.").arg(name),
                      m_batch);
    const QString expiryText = m_expiry->text().trimmed();
    QDate expiry;
    if (!expiryText.isEmpty()) {
        expiry = parseTypedDate(expiryText, QLocale());
        if (!expiry.isValid())
            return refuse(Tone::Error,
                          tr("\"%1\" is not a date: type it as YYYY-MM-DD.").arg(expiryText),
                          m_expiry);
    } else if (product.shelfLifeDays > 0) {
        return refuse(
            Tone::Warning,
            tr("%1 expires: type the expiry date (YYYY-MM-DD), then press Enter.").arg(name),
            m_expiry);
    }
    m_qty->interpretText();
    const qint64 qty = m_qty->value();

    const QDateTime now = m_clock();
    const Policy policy = m_workspace.state().effectivePolicy({place, sku});
    const QString expiryShown = QLocale().toString(expiry, QLocale::ShortFormat);
    switch (receivingVerdict(expiry, policy, now)) {
    case ExpiryVerdict::Expired:
        clearForm();
        return refuse(Tone::Error,
                      tr("Refused: batch %1 of %2 expired on %3. Nothing was received.")
                          .arg(batch, name, expiryShown),
                      m_scan);
    case ExpiryVerdict::NearExpiry: {
        const QDateTime offSale = hideMoment(expiry, policy.hideBeforeExpiryH);
        const QString question =
            now >= offSale
                ? tr("Batch %1 of %2 expires on %3 and goes off sale at once. Receive it anyway?")
                      .arg(batch, name, expiryShown)
                : tr("Batch %1 of %2 expires on %3 and goes off sale on %4. Receive it anyway?")
                      .arg(batch, name, expiryShown,
                           QLocale().toString(offSale.toLocalTime(), QLocale::ShortFormat));
        if (!m_confirm(tr("Goods near expiry"), question)) {
            clearForm();
            return refuse(Tone::Warning,
                          tr("Not received: batch %1 of %2 is near expiry.").arg(batch, name),
                          m_scan);
        }
        break;
    }
    case ExpiryVerdict::Fine:
        break;
    }
    QJsonObject args{{u"location"_s, place}, {u"sku"_s, sku}, {u"qty"_s, qty}, {u"batch"_s, batch}};
    insertIf(args, "expiry"_L1, formatDate(expiry));
    return submitReceipt(args);
}

bool ReceivingView::submitReceipt(const QJsonObject &args)
{
    QString error;
    const std::optional<QString> id = m_workspace.submit(u"receive"_s, args, &error);
    if (!id) {
        setStatus(Tone::Error, tr("Not saved: %1").arg(error));
        return false;
    }
    const QString sku = args.value("sku"_L1).toString();
    const QString name = m_workspace.state().skus.value(sku).name;
    const QString what = tr("%1 × %2 (batch %3) at %4")
                             .arg(args.value("qty"_L1).toInteger())
                             .arg(name.isEmpty() ? sku : name, args.value("batch"_L1).toString(),
                                  args.value("location"_L1).toString());
    m_sent.insert(*id, {Sent::Kind::Receipt, what});
    if (m_workspace.client().isLive())
        setStatus(Tone::Info, tr("Receiving %1…").arg(what));
    else
        setStatus(Tone::Warning,
                  tr("Saved %1; it goes to the service when the connection is back.").arg(what));
    clearForm();
    focusScan();
    return true;
}

void ReceivingView::clearForm()
{
    m_scan->clear();
    m_sku->clear();
    m_batch->clear();
    m_expiry->clear();
    const QSignalBlocker blocker(m_qty);
    m_qty->setValue(1);
    m_batchFromScan = m_expiryFromScan = m_qtyTyped = false;
    updateSkuName();
}

} // namespace shelfsync::views
