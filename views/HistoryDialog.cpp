#include "HistoryDialog.h"

#include "items/HistoryModel.h"
#include "sync/Workspace.h"

#include "domain/Expiry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shelfsync::items::HistoryModel;

namespace shelfsync::views {

HistoryDialog::HistoryDialog(sync::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new HistoryModel(workspace, this))
    , m_title(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_batches(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"historyDialog"_s);
    setModal(false);
    resize(920, 560);
    m_title->setObjectName(u"historyTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_figures->setObjectName(u"historyFigures"_s);
    m_figures->setTextFormat(Qt::PlainText);
    m_batches->setObjectName(u"historyBatches"_s);
    m_batches->setTextFormat(Qt::PlainText);
    m_batches->setWordWrap(true);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::EventColumn,
                                                      QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    m_table->setColumnWidth(HistoryModel::TimeColumn,
                            metrics.horizontalAdvance(u"00 Nov 0000 00:00:00"_s) + 16);
    m_table->setColumnWidth(HistoryModel::ChangeColumn,
                            metrics.horizontalAdvance(u"+000 reserved"_s) + 16);
    m_table->setColumnWidth(HistoryModel::BatchColumn,
                            metrics.horizontalAdvance(u"L000000-00"_s) + 16);
    m_table->setColumnWidth(HistoryModel::ActorColumn,
                            metrics.horizontalAdvance(u"user-merchandiser"_s) + 16);
    m_table->setColumnWidth(HistoryModel::AtpColumn,
                            metrics.horizontalAdvance(tr("ATP after")) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_figures);
    layout->addWidget(m_batches);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_model, &HistoryModel::loadingChanged, this, &HistoryDialog::updateStatus);
    connect(m_model, &HistoryModel::loadFailed, this, &HistoryDialog::updateStatus);
    connect(m_model, &HistoryModel::loaded, this, &HistoryDialog::updateStatus);
    connect(m_model, &HistoryModel::rowsInserted, this, &HistoryDialog::updateStatus);
    connect(&workspace.replica(), &sync::Replica::reset, this, &HistoryDialog::updateSummary);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const domain::StateChanges &changes, const QList<domain::Event> &) {
                const domain::StockKey key = m_model->key();
                if (changes.cells.contains(key) || changes.skus.contains(key.sku) ||
                    changes.skusWithDefaultPolicyChange.contains(key.sku))
                    updateSummary();
            });
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::showCell(const domain::StockKey &key)
{
    m_model->setKey(key);
    updateSummary();
    updateStatus();
}

domain::StockKey HistoryDialog::cell() const
{
    return m_model->key();
}

void HistoryDialog::updateSummary()
{
    const domain::StockKey key = m_model->key();
    const domain::State &state = m_workspace.state();
    const QString name = state.skus.value(key.sku).name;
    const QString place = state.locations.value(key.location).name;
    setWindowTitle(tr("History of %1 at %2").arg(key.sku, key.location));
    m_title->setText(tr("%1 %2 at %3 %4")
                         .arg(key.sku, name, key.location,
                              place.isEmpty() ? QString() : QString(u'(' + place + u')'))
                         .simplified());

    const QLocale locale;
    const domain::Availability figures = state.availability(key);
    m_figures->setText(tr("On hand %1 · hidden %2 · reserved %3 · buffer %4 · available to "
                          "promise %5")
                           .arg(locale.toString(figures.onHand), locale.toString(figures.hidden),
                                locale.toString(figures.reserved), locale.toString(figures.buffer),
                                locale.toString(figures.atp)));

    QStringList batches;
    if (const domain::Cell *cell = state.cell(key)) {
        // FEFO order first (what leaves the shelf next), then the hidden ones.
        for (qsizetype index : domain::fefoOrder(*cell)) {
            const domain::Batch &batch = cell->batches.at(index);
            batches << (batch.expiry.isValid()
                            ? tr("%1: %2, best before %3")
                                  .arg(batch.id, locale.toString(batch.qty),
                                       locale.toString(batch.expiry, QLocale::ShortFormat))
                            : tr("%1: %2").arg(batch.id, locale.toString(batch.qty)));
        }
        for (const domain::Batch &batch : cell->batches) {
            if (batch.hidden && batch.qty > 0)
                batches << tr("%1: %2, hidden").arg(batch.id, locale.toString(batch.qty));
        }
    }
    m_batches->setText(batches.isEmpty()
                           ? tr("No batches on hand")
                           : tr("Batches, next out first: %1").arg(batches.join(u"; "_s)));
}

void HistoryDialog::updateStatus()
{
    if (m_model->isLoading())
        m_status->setText(tr("Loading the history from the service…"));
    else if (!m_model->errorText().isEmpty())
        m_status->setText(tr("History not available: %1").arg(m_model->errorText()));
    else
        m_status->setText(tr("%Ln event(s), newest first", nullptr, m_model->rowCount()));
}

} // namespace shelfsync::views
