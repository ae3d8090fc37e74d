#include "DashboardView.h"

#include "ExportActions.h"

#include "items/DashboardDetailModel.h"
#include "items/DashboardModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using shelfsync::items::DashboardDetailModel;
using shelfsync::items::DashboardModel;
using shelfsync::items::Measure;

namespace shelfsync::views {

namespace {

constexpr int kRefreshIntervalMs = 60 * 1000;
constexpr double kFigureScale = 1.7; // the figures read from across the room
constexpr int kCellPadding = 10;

// `base` made `factor` times larger, whether its size is in points or in pixels.
QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(base.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

// Paints a figure large with its caption ("3 of 120 SKUs") under it, on the health
// colour. The chosen figure gets a frame rather than the selection colour, which would
// hide its health.
class FigureDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QFont figureFont(const QFont &base) { return scaledFont(base, kFigureScale, true); }

    static int rowHeight(const QFont &base)
    {
        return QFontMetrics(figureFont(base)).height() + QFontMetrics(base).height() +
               2 * kCellPadding;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString figure = opt.text;
        const QString caption = index.data(DashboardModel::CaptionRole).toString();
        const bool chosen = opt.state.testFlag(QStyle::State_Selected);
        opt.text.clear();
        opt.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        painter->save();
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setPen(foreground.isValid() ? foreground.value<QColor>()
                                             : opt.palette.color(QPalette::Text));
        const QFont big = figureFont(opt.font);
        const QFontMetrics bigMetrics(big);
        const QFontMetrics smallMetrics(opt.font);
        const QRect area = opt.rect.adjusted(kCellPadding, 0, -kCellPadding, 0);
        const int height = bigMetrics.height() + smallMetrics.height();
        const int top = area.top() + (area.height() - height) / 2;
        painter->setFont(big);
        painter->drawText(QRect(area.left(), top, area.width(), bigMetrics.height()),
                          Qt::AlignCenter,
                          bigMetrics.elidedText(figure, Qt::ElideRight, area.width()));
        painter->setFont(opt.font);
        painter->drawText(
            QRect(area.left(), top + bigMetrics.height(), area.width(), smallMetrics.height()),
            Qt::AlignCenter, smallMetrics.elidedText(caption, Qt::ElideRight, area.width()));
        if (chosen) {
            painter->setPen(QPen(opt.palette.color(QPalette::Highlight), 4));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(opt.rect.adjusted(2, 2, -2, -2));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics bigMetrics(figureFont(option.font));
        const QFontMetrics smallMetrics(option.font);
        const int width = std::max(bigMetrics.horizontalAdvance(index.data().toString()),
                                   smallMetrics.horizontalAdvance(
                                       index.data(DashboardModel::CaptionRole).toString())) +
                          3 * kCellPadding; // drawn within the padding; the rest is slack
        return {width, rowHeight(option.font)};
    }
};

int textWidth(const QWidget *widget, const QString &sample, int padding = 24)
{
    return widget->fontMetrics().horizontalAdvance(sample) + padding;
}

} // namespace

DashboardView::DashboardView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new DashboardModel(workspace, this))
    , m_detail(new DashboardDetailModel(*m_model, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_health(new QTableView(this))
    , m_rows(new QTableView(this))
    , m_freshness(new QLabel(this))
    , m_title(new QLabel(this))
{
    m_proxy->setSourceModel(m_detail);
    m_proxy->setSortRole(DashboardDetailModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *heading = new QLabel(tr("Inventory health by location"), this);
    heading->setFont(scaledFont(heading->font(), 1.3, true));
    m_freshness->setObjectName(u"dashboardFreshness"_s);

    m_health->setObjectName(u"healthTable"_s);
    m_health->setModel(m_model);
    m_health->setItemDelegate(new FigureDelegate(m_health));
    m_health->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_health->setSelectionMode(QAbstractItemView::SingleSelection);
    m_health->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_health->setTabKeyNavigation(false); // Tab goes on to the rows
    m_health->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_health->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_health->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_health->verticalHeader()->hide();
    m_health->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_health->verticalHeader()->setDefaultSectionSize(FigureDelegate::rowHeight(font()));
    m_health->setToolTip(tr("Hover a figure for its thresholds; Enter shows its rows"));

    m_title->setObjectName(u"detailTitle"_s);
    m_title->setFont(scaledFont(m_title->font(), 1.15, true));

    m_rows->setObjectName(u"detailTable"_s);
    m_rows->setModel(m_proxy);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSortingEnabled(true);
    m_rows->setWordWrap(false);
    m_rows->setAlternatingRowColors(true);
    m_rows->verticalHeader()->hide();
    m_rows->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rows->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_rows->horizontalHeader()->setStretchLastSection(true);

    m_openAction = new QAction(tr("&Open Row"), this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_paneAction = new QAction(tr("Switch Between &Figures and Rows"), this);
    m_paneAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_worstAction = new QAction(tr("Show the &Worst Figure"), this);
    m_worstAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    for (QAction *action : {m_openAction, m_paneAction, m_worstAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_openAction, &QAction::triggered, this, &DashboardView::openCurrentRow);
    connect(m_paneAction, &QAction::triggered, this, &DashboardView::switchPane);
    connect(m_worstAction, &QAction::triggered, this, &DashboardView::showWorstFigure);
    m_export = new ExportActions(this, m_proxy, u"dashboard"_s, this);

    auto *openButton = new QToolButton(this);
    openButton->setDefaultAction(m_openAction);
    openButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_freshness);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_health);
    layout->addSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_rows, 1);

    connect(m_health->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onFigureChosen(current); });
    connect(m_health, &QTableView::activated, this, &DashboardView::onFigureActivated);
    connect(m_rows, &QTableView::activated, this, &DashboardView::openRow);
    // The chosen row is the selected one: when a live update removes it, Qt moves the
    // current index to a neighbour nobody chose, but the selection goes with the row.
    connect(m_rows->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_openAction->setEnabled(m_rows->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardView::onReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DashboardView::fitHealthTable);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DashboardView::fitHealthTable);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DashboardView::updateTitle);
    connect(m_detail, &QAbstractItemModel::modelReset, this, &DashboardView::updateTitle);
    // A second batch of a SKU already counted changes the title's count, not the figure.
    connect(m_model, &DashboardModel::entriesChanged, this, &DashboardView::updateTitle);
    connect(m_model, &DashboardModel::evaluated, this, &DashboardView::updateFreshness);
    connect(&workspace, &sync::Workspace::statusChanged, this, &DashboardView::updateFreshness);

    m_minuteTimer.setInterval(kRefreshIntervalMs);
    connect(&m_minuteTimer, &QTimer::timeout, this, &DashboardView::refreshTimes);

    setFocusProxy(m_health);
    m_openAction->setEnabled(false);
    onReset();
}

DashboardView::~DashboardView() = default;

QList<QAction *> DashboardView::actions() const
{
    return {m_openAction, m_paneAction, m_worstAction, m_export->pngAction(),
            m_export->csvAction()};
}

QString DashboardView::title() const
{
    return m_title->text();
}

QString DashboardView::freshness() const
{
    return m_freshness->text();
}

void DashboardView::showFigure(const QString &location, Measure measure)
{
    const QModelIndex index = m_model->figureIndex(location, measure);
    if (!index.isValid())
        return;
    m_health->setCurrentIndex(index); // onFigureChosen follows
    onFigureChosen(index);
}

void DashboardView::showWorstFigure()
{
    const QModelIndex worst = m_model->worstFigure();
    if (worst.isValid())
        showFigure(m_model->locationAt(worst.row()), *DashboardModel::measureAt(worst.column()));
}

void DashboardView::openCurrentRow()
{
    const QModelIndexList selected = m_rows->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        openRow(selected.first());
}

void DashboardView::openRow(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const auto key = current.data(DashboardDetailModel::KeyRole).value<domain::StockKey>();
    if (current.data(DashboardDetailModel::BatchRole).toString().isEmpty())
        Q_EMIT openCellRequested(key);
    else
        Q_EMIT openBatchesRequested(key);
}

void DashboardView::refreshTimes()
{
    m_model->refreshTimes();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Hidden, the figures only followed events: bring the clock's part up to date.
    if (m_model->computedAt().msecsTo(m_model->now()) >= kRefreshIntervalMs)
        refreshTimes();
    m_minuteTimer.start();
    fitHealthTable();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    m_minuteTimer.stop();
    QWidget::hideEvent(event);
}

void DashboardView::onFigureChosen(const QModelIndex &index)
{
    const std::optional<Measure> measure = DashboardModel::measureAt(index.column());
    if (!index.isValid() || !measure)
        return;
    const QString location = m_model->locationAt(index.row());
    if (m_detail->location() == location && m_detail->measure() == *measure)
        return;
    m_detail->setFigure(location, *measure);
    sizeRowColumns();
    sortRows();
    m_openAction->setEnabled(false);
    updateTitle();
}

void DashboardView::onFigureActivated(const QModelIndex &index)
{
    onFigureChosen(index);
    if (!DashboardModel::measureAt(index.column()))
        return;
    m_rows->setFocus();
    if (!m_rows->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        const QModelIndex current = m_rows->currentIndex();
        m_rows->selectionModel()->setCurrentIndex(
            current.isValid() ? current : m_proxy->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void DashboardView::onReset()
{
    fitHealthTable();
    // The rows behind were reset with the figures: keep the figure shown if it is still
    // there, and its columns' widths.
    const QString location = m_detail->location();
    if (m_model->rowOf(location) >= 0)
        showFigure(location, m_detail->measure());
    else
        showWorstFigure();
    sizeRowColumns();
    sortRows();
    updateTitle();
    updateFreshness();
}

void DashboardView::switchPane()
{
    if (m_health->hasFocus()) {
        onFigureActivated(m_health->currentIndex());
        return;
    }
    m_health->setFocus();
}

void DashboardView::fitHealthTable()
{
    // The figures share the width; the location and its SKU count take what they need.
    // (A reset of the model forgets modes set per section.)
    QHeaderView *header = m_health->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(DashboardModel::LocationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DashboardModel::SkusColumn, QHeaderView::ResizeToContents);
    const int rows = m_model->rowCount();
    int height = m_health->horizontalHeader()->sizeHint().height() + 2 * m_health->frameWidth();
    height += rows * m_health->verticalHeader()->defaultSectionSize();
    m_health->setFixedHeight(height);
}

void DashboardView::updateTitle()
{
    const QString location = m_detail->location();
    const int row = m_model->rowOf(location);
    if (row < 0) {
        m_title->setText(tr("No locations yet"));
        return;
    }
    const items::LocationHealth &health = m_model->healthAt(row);
    const Measure measure = m_detail->measure();
    QString counts;
    switch (measure) {
    case Measure::OutOfStock:
    case Measure::AtRisk:
        counts = tr("%Ln SKU(s)", nullptr, health.count(measure));
        break;
    case Measure::Expiring:
        counts = tr("%Ln SKU(s), %1", nullptr, health.expiringSkus)
                     .arg(tr("%Ln batch(es)", nullptr, health.expiringBatches));
        break;
    case Measure::Deadstock:
        counts = tr("%Ln batch(es), %1 at cost", nullptr, health.deadstockBatches)
                     .arg(items::formatValue(health.deadstockValue));
        break;
    }
    m_title->setText(u"%1 · %2 · %3"_s.arg(location, items::measureName(measure), counts));
}

void DashboardView::updateFreshness()
{
    const QLocale locale;
    const auto time = [&locale](const QDateTime &at) {
        return locale.toString(at.toLocalTime().time(), u"HH:mm"_s);
    };
    if (m_workspace.status() == sync::SyncClient::Status::Live) {
        m_freshness->setText(tr("Live · as of %1").arg(time(m_model->computedAt())));
        m_freshness->setToolTip(QString());
        return;
    }
    const QDateTime since = m_workspace.offlineSince();
    m_freshness->setText(since.isValid()
                             ? tr("Offline since %1 · last known figures").arg(time(since))
                             : tr("Not connected · last known figures"));
    m_freshness->setToolTip(tr("The figures count the stock the service last sent; changes "
                               "made elsewhere since then are not in them."));
}

void DashboardView::sortRows()
{
    using Field = DashboardDetailModel::Field;
    const auto sortBy = [this](Field field, Qt::SortOrder order) {
        const int column = m_detail->columnOf(field);
        if (column >= 0)
            m_rows->sortByColumn(column, order);
    };
    switch (m_detail->measure()) {
    case Measure::OutOfStock:
        sortBy(Field::Sku, Qt::AscendingOrder);
        return;
    case Measure::AtRisk:
        sortBy(Field::QtyAtRisk, Qt::DescendingOrder);
        return;
    case Measure::Expiring:
        sortBy(Field::DaysLeft, Qt::AscendingOrder);
        return;
    case Measure::Deadstock:
        sortBy(Field::Value, Qt::DescendingOrder);
        return;
    }
}

void DashboardView::sizeRowColumns()
{
    using Field = DashboardDetailModel::Field;
    const QList<Field> fields = DashboardDetailModel::fieldsOf(m_detail->measure());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int column = int(i);
        // The title names the location; the column stays in the CSV.
        m_rows->setColumnHidden(column, fields.at(i) == Field::Location);
        switch (fields.at(i)) {
        case Field::Location:
        case Field::Why:
            break; // hidden, or the last section, which stretches
        case Field::Sku:
            m_rows->setColumnWidth(column, textWidth(this, u"SKU-00000"_s));
            break;
        case Field::Name:
            m_rows->setColumnWidth(column, textWidth(this, u"Green Valley Wholemeal"_s));
            break;
        case Field::Batch:
            m_rows->setColumnWidth(column, textWidth(this, u"L000000"_s));
            break;
        case Field::Expiry:
            m_rows->setColumnWidth(
                column,
                textWidth(this, QLocale().toString(QDate(2027, 12, 28), QLocale::ShortFormat)));
            break;
        default:
            m_rows->setColumnWidth(
                column,
                std::max(
                    textWidth(this, u"00,000.00"_s, 12),
                    // The header also holds the sort indicator.
                    textWidth(this, m_detail->headerData(column, Qt::Horizontal).toString(), 24)));
        }
    }
}

} // namespace shelfsync::views
