#include "ReceivingView.h"

#include "ScanField.h"
#include "SkuSearchField.h"

#include "domain/JsonFormat.h"
#include "items/CommandText.h"
#include "items/ReceiptModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using shelfsync::items::ReceiptModel;

namespace shelfsync::views {

namespace {

QString locationLabel(const Location &location)
{
    return location.name.isEmpty() ? location.id : QString(location.id + u" — "_s + location.name);
}

} // namespace

ReceivingView::ReceivingView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ReceiptModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_location(new QComboBox(this))
    , m_scan(new ScanField(this))
    , m_sku(new SkuSearchField(workspace, this))
    , m_skuName(new QLabel(this))
    , m_batch(new QLineEdit(this))
    , m_expiry(new QLineEdit(this))
    , m_qty(new QSpinBox(this))
    , m_receiveButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_newSkuPrompt = [this](const NewSku &prefill) -> std::optional<NewSku> {
        QStringList categories;
        for (const Sku &sku : m_workspace.state().skus) {
            if (!sku.category.isEmpty() && !categories.contains(sku.category))
                categories << sku.category;
        }
        categories.sort();
        NewSkuDialog dialog(prefill, categories, m_workspace.state().skus.keys(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.values();
    };

    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm());

    m_status->setObjectName(u"statusLine"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2 + 8);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReceiptModel::SequenceRole);
    m_proxy->sort(ReceiptModel::TimeColumn, Qt::DescendingOrder); // newest first
    m_table->setObjectName(u"receiptTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReceiptModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->addAction(m_reverseAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *reverseButton = new QToolButton(this);
    reverseButton->setDefaultAction(m_reverseAction);
    reverseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *receiptsBar = new QHBoxLayout;
    receiptsBar->addWidget(new QLabel(tr("<b>Receipts this session</b>"), this), 1);
    receiptsBar->addWidget(reverseButton);
    layout->addLayout(receiptsBar);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceivingView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReceivingView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto *receipt = m_model->receiptAt(m_proxy->mapToSource(index).row()))
            Q_EMIT openCellRequested(receipt->key);
    });
    connect(&workspace, &sync::Workspace::identityChanged, this, [this] {
        updateActions();
        showRoleHint();
    });
    connect(&workspace, &sync::Workspace::commandAcked, this, &ReceivingView::onAcked);
    connect(&workspace, &sync::Workspace::commandRejected, this, &ReceivingView::onRejected);
    connect(&workspace.replica(), &sync::Replica::reset, this, [this] {
        refreshLocations();
        updateSkuName();
    });
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const StateChanges &changes, const QList<Event> &) {
                if (!changes.locations.isEmpty())
                    refreshLocations();
                if (!changes.skus.isEmpty())
                    updateSkuName();
            });
    refreshLocations();
    updateActions();
    showRoleHint();
    setFocusProxy(m_scan);
}

ReceivingView::~ReceivingView() = default;

void ReceivingView::buildActions()
{
    m_receiveAction = new QAction(tr("&Receive"), this);
    m_receiveAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_receiveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_receiveAction->setToolTip(tr("Receive the scanned or typed goods (Ctrl+Return)"));
    connect(m_receiveAction, &QAction::triggered, this, [this] {
        if (!m_scan->text().trimmed().isEmpty())
            handleScan(m_scan->text());
        else
            receive();
    });
    m_reverseAction = new QAction(tr("Re&verse Receipt..."), this);
    m_reverseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_reverseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reverseAction, &QAction::triggered, this, &ReceivingView::reverseSelected);
    m_scanAction = new QAction(tr("&Scan Field"), this);
    m_scanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_scanAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_scanAction, &QAction::triggered, this, &ReceivingView::focusScan);
    addAction(m_receiveAction);
    addAction(m_reverseAction);
    addAction(m_scanAction);
}

QLayout *ReceivingView::buildForm()
{
    m_location->setObjectName(u"locationCombo"_s);
    m_location->setMinimumContentsLength(24);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_scan->setObjectName(u"scanField"_s);
    m_scan->setPlaceholderText(tr("Scan here: the scanner types the barcode and Enter"));
    QFont scanFont = m_scan->font();
    scanFont.setPointSizeF(scanFont.pointSizeF() * 1.4);
    m_scan->setFont(scanFont);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] { handleScan(m_scan->text()); });

    m_sku->setObjectName(u"skuField"_s);
    m_skuName->setObjectName(u"skuName"_s);
    m_skuName->setMinimumWidth(220);
    m_batch->setObjectName(u"batchField"_s);
    m_batch->setPlaceholderText(tr("Lot / batch"));
    m_expiry->setObjectName(u"expiryField"_s);
    m_expiry->setPlaceholderText(tr("YYYY-MM-DD"));
    m_qty->setObjectName(u"qtyField"_s);
    m_qty->setRange(1, 1'000'000);
    m_qty->setValue(1);
    m_qty->setMinimumWidth(90);
    m_qty->installEventFilter(this);
    m_receiveButton->setObjectName(u"receiveButton"_s);
    m_receiveButton->setText(tr("Receive"));
    m_receiveButton->setToolTip(m_receiveAction->toolTip());
    connect(m_receiveButton, &QPushButton::clicked, m_receiveAction, &QAction::trigger);

    connect(m_sku, &QLineEdit::textChanged, this, &ReceivingView::updateSkuName);
    connect(m_sku, &QLineEdit::returnPressed, this, &ReceivingView::receive);
    connect(m_batch, &QLineEdit::returnPressed, this, &ReceivingView::receive);
    connect(m_expiry, &QLineEdit::returnPressed, this, &ReceivingView::receive);
    connect(m_batch, &QLineEdit::textEdited, this, [this] { m_batchFromScan = false; });
    connect(m_expiry, &QLineEdit::textEdited, this, [this] { m_expiryFromScan = false; });
    // The form sets the quantity with signals blocked: a change seen here was typed.
    connect(m_qty, &QSpinBox::valueChanged, this, [this] { m_qtyTyped = true; });
    connect(m_location, &QComboBox::currentIndexChanged, this, &ReceivingView::focusScan);

    auto *top = new QFormLayout;
    auto *place = new QHBoxLayout;
    place->addWidget(m_location);
    place->addStretch(1);
    // A layout has no buddy: the label needs its field named, or "&" shows as is.
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    top->addRow(locationLabel, place);
    top->addRow(tr("S&can:"), m_scan);

    auto *manual = new QGroupBox(tr("Goods"), this);
    auto *grid = new QGridLayout(manual);
    auto addField = [&](int column, const QString &label, QWidget *field, int stretch) {
        auto *caption = new QLabel(label, manual);
        caption->setBuddy(field);
        grid->addWidget(caption, 0, column);
        grid->addWidget(field, 1, column);
        grid->setColumnStretch(column, stretch);
    };
    addField(0, tr("S&KU:"), m_sku, 3);
    addField(1, tr("Name:"), m_skuName, 3);
    addField(2, tr("&Batch:"), m_batch, 2);
    addField(3, tr("&Expiry:"), m_expiry, 1);
    addField(4, tr("&Qty:"), m_qty, 0);
    grid->addWidget(m_receiveButton, 1, 5);

    auto *layout = new QVBoxLayout;
    layout->addLayout(top);
    layout->addWidget(manual);
    return layout;
}

void ReceivingView::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void ReceivingView::setNewSkuPrompt(NewSkuPrompt prompt)
{
    m_newSkuPrompt = std::move(prompt);
}

void ReceivingView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QString ReceivingView::location() const
{
    return m_location->currentData().toString();
}

QString ReceivingView::statusText() const
{
    return m_statusText;
}

void ReceivingView::setLocation(const QString &id)
{
    const int index = m_location->findData(id);
    if (index >= 0)
        m_location->setCurrentIndex(index);
}

void ReceivingView::focusScan()
{
    m_scan->setFocus(Qt::ShortcutFocusReason);
    m_scan->selectAll();
}

QDate ReceivingView::today() const
{
    return m_clock().toUTC().date();
}

bool ReceivingView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the quantity receives, like Enter in every other field of the form.
    if (watched == m_qty && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            m_qty->interpretText();
            receive();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReceivingView::refreshLocations()
{
    const QString current = location();
    QList<Location> locations = m_workspace.state().locations.values();
    std::sort(locations.begin(), locations.end(),
              [](const Location &a, const Location &b) { return a.id < b.id; });
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    for (const Location &place : std::as_const(locations))
        m_location->addItem(locationLabel(place), place.id);
    const int index = m_location->findData(current);
    m_location->setCurrentIndex(index >= 0 ? index : 0);
}

void ReceivingView::updateActions()
{
    const bool mayReceive = m_workspace.mayRun(Op::Receive);
    m_receiveAction->setEnabled(mayReceive);
    m_receiveButton->setEnabled(mayReceive);
    m_reverseAction->setEnabled(m_workspace.mayRun(Op::Adjust) &&
                                m_model->canReverse(currentSourceRow()));
}

void ReceivingView::showRoleHint()
{
    if (m_workspace.role() && !m_workspace.mayRun(Op::Receive))
        setStatus(Tone::Warning, tr("Your role (%1) may not receive goods: scans only look up "
                                    "the SKU.")
                                     .arg(toString(*m_workspace.role())));
    else
        setStatus(Tone::Info, tr("Scan a barcode, or type the SKU, batch and expiry below."));
}

void ReceivingView::updateSkuName()
{
    const QString id = m_sku->skuId();
    const auto &skus = m_workspace.state().skus;
    if (id.isEmpty()) {
        m_skuName->setText(m_sku->text().trimmed().isEmpty() ? QString() : tr("(unknown SKU)"));
        return;
    }
    const auto it = skus.constFind(id);
    if (it == skus.cend()) {
        m_skuName->setText(tr("(new SKU, not yet saved)"));
        return;
    }
    const QString life = it->shelfLifeDays > 0
                             ? tr("%Ln day(s) shelf life", nullptr, it->shelfLifeDays)
                             : tr("does not expire");
    m_skuName->setText(QString(it->name + u" · "_s + it->unit + u" · "_s + life));
}

void ReceivingView::setStatus(Tone tone, const QString &text)
{
    static const QHash<Tone, QString> colours{{Tone::Info, u"palette(text)"_s},
                                              {Tone::Success, u"#1b5e20"_s},
                                              {Tone::Warning, u"#8a5a00"_s},
                                              {Tone::Error, u"#b71c1c"_s}};
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(u"color: %1"_s.arg(colours.value(tone)));
}

int ReceivingView::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ReceivingView::reverseSelected()
{
    const int row = currentSourceRow();
    const ReceiptModel::Receipt *receipt = m_model->receiptAt(row);
    if (!receipt || !m_model->canReverse(row)) {
        setStatus(Tone::Warning, tr("Pick a received line to reverse."));
        return;
    }
    const Cell *cell = m_workspace.state().cell(receipt->key);
    const Batch *batch = cell ? cell->batch(receipt->batch) : nullptr;
    const Quantity held = batch ? batch->qty : 0;
    if (held < receipt->qty) {
        setStatus(Tone::Error, tr("Batch %1 of %2 at %3 holds %4 of the %5 received: count it on "
                                  "the Batches screen instead.")
                                   .arg(receipt->batch, receipt->key.sku, receipt->key.location)
                                   .arg(held)
                                   .arg(receipt->qty));
        return;
    }
    const QString what = tr("%1 × %2 (batch %3) at %4")
                             .arg(receipt->qty)
                             .arg(receipt->name.isEmpty() ? receipt->key.sku : receipt->name,
                                  receipt->batch, receipt->key.location);
    if (!m_confirm(tr("Reverse receipt"),
                   tr("Take %1 back out of stock? The batch is adjusted by -%2.")
                       .arg(what)
                       .arg(receipt->qty)))
        return;
    QString error;
    const std::optional<QString> id =
        m_workspace.submit(u"adjust"_s, m_model->reversalArgs(row), &error);
    if (!id) {
        setStatus(Tone::Error, tr("Not saved: %1").arg(error));
        return;
    }
    m_model->setReversal(row, *id);
    m_sent.insert(*id, {Sent::Kind::Reversal, what});
    setStatus(Tone::Info, tr("Reversing %1…").arg(what));
    focusScan();
}

void ReceivingView::onAcked(const QString &id, const QJsonObject &result)
{
    if (!m_sent.contains(id))
        return;
    const Sent sent = m_sent.take(id);
    QString text;
    switch (sent.kind) {
    case Sent::Kind::NewSku:
        setStatus(Tone::Success, tr("Saved the new SKU %1.").arg(sent.what));
        return;
    case Sent::Kind::Receipt:
        text = tr("Received %1.").arg(sent.what);
        break;
    case Sent::Kind::Reversal:
        text = tr("Reversed %1.").arg(sent.what);
        break;
    }
    if (const auto after = availabilityFromJson(result.value("after"_L1)))
        text +=
            u' ' + tr("On hand %1, available to promise %2.").arg(after->onHand).arg(after->atp);
    setStatus(Tone::Success, text);
}

void ReceivingView::onRejected(const QString &id, const QJsonObject &error)
{
    if (!m_sent.contains(id))
        return;
    const Sent sent = m_sent.take(id);
    const QString reason = items::describeError(error);
    switch (sent.kind) {
    case Sent::Kind::NewSku:
        setStatus(Tone::Error, tr("The new SKU %1 was not saved: %2").arg(sent.what, reason));
        break;
    case Sent::Kind::Receipt:
        setStatus(Tone::Error, tr("Not received: %1. %2").arg(sent.what, reason));
        break;
    case Sent::Kind::Reversal:
        setStatus(Tone::Error, tr("Not reversed: %1. %2").arg(sent.what, reason));
        break;
    }
}

} // namespace shelfsync::views
