#pragma once

#include "NewSkuDialog.h"
#include "ReceivingRules.h"

#include "scan/Gs1Parser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class ReceiptModel;
}

namespace shelfsync::views {

class ScanField;
class SkuSearchField;

// The receiving dock: one scan field for a keyboard-wedge scanner (retail barcodes and
// GS1 element strings), a form for typing the same by hand, and the receipts of this
// session, each of which can be reversed. The user never leaves the scan field: after
// each receipt it is cleared and has the focus again, and the status line says what
// happened.
class ReceivingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivingView)

public:
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    using NewSkuPrompt = std::function<std::optional<NewSku>(const NewSku &prefill)>;

    explicit ReceivingView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~ReceivingView() override;

    QList<QAction *> actions() const { return {m_receiveAction, m_reverseAction, m_scanAction}; }

    // Seams for tests (the defaults ask with a message box and NewSkuDialog).
    void setConfirm(Confirm confirm);
    void setNewSkuPrompt(NewSkuPrompt prompt);
    // "Now" for expiry checks and two-digit years; tests pass a fixed one.
    void setClock(std::function<QDateTime()> clock);

    QString location() const;
    QString statusText() const;
    items::ReceiptModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void setLocation(const QString &id);
    // What Enter in the scan field does: reads the scan, fills the form, and receives
    // when the scan said everything needed. An empty scan receives the typed form.
    void handleScan(const QString &text);
    // Receives what the form holds; false (and the status line says why) when nothing
    // was sent.
    bool receive();
    void reverseSelected();
    void focusScan();

Q_SIGNALS:
    // The user asked to see a receipt's cell (double click): the Batches screen shows it.
    void openCellRequested(const domain::StockKey &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Tone
    {
        Info,
        Success,
        Warning,
        Error,
    };

    void buildActions();
    QLayout *buildForm();
    void refreshLocations();
    void updateActions();
    void showRoleHint();
    void updateSkuName();
    void setStatus(Tone tone, const QString &text);
    void fillFromScan(const QString &sku, const scan::ScanResult &scan);
    void offerNewSku(const scan::ScanResult &scan);
    bool submitReceipt(const QJsonObject &args);
    void clearForm();
    void onAcked(const QString &id, const QJsonObject &result);
    void onRejected(const QString &id, const QJsonObject &error);
    int currentSourceRow() const;
    QDate today() const;

    sync::Workspace &m_workspace;
    items::ReceiptModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_location = nullptr;
    ScanField *m_scan = nullptr;
    SkuSearchField *m_sku = nullptr;
    QLabel *m_skuName = nullptr;
    QLineEdit *m_batch = nullptr;
    QLineEdit *m_expiry = nullptr;
    QSpinBox *m_qty = nullptr;
    QPushButton *m_receiveButton = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_receiveAction = nullptr;
    QAction *m_reverseAction = nullptr;
    QAction *m_scanAction = nullptr;

    Confirm m_confirm;
    NewSkuPrompt m_newSkuPrompt;
    std::function<QDateTime()> m_clock;
    // Fields a scan filled are replaced by the next scan; fields the user typed stay.
    bool m_batchFromScan = false;
    bool m_expiryFromScan = false;
    bool m_qtyTyped = false;
    // The commands this screen sent, by id, so the status line can tell how each ended.
    struct Sent
    {
        enum class Kind
        {
            NewSku,
            Receipt,
            Reversal,
        } kind;
        QString what;
    };
    QHash<QString, Sent> m_sent;
    QString m_statusText;
};

} // namespace shelfsync::views
