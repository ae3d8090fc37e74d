#include "VelocityChart.h"

#include "ExportActions.h"
#include "SkuSearchField.h"
#include "VelocityPlot.h"

#include "items/CommandText.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMap>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using shelfsync::items::QueryRowsModel;
using shelfsync::items::ValueFormat;

namespace shelfsync::views {

namespace {

constexpr int kMaxRangeDays = 366;
// The date rolls over while the app stays open: look once a minute.
constexpr int kDayCheckMs = 60'000;

QDate dateArg(const QJsonObject &args, QLatin1StringView key)
{
    return QDate::fromString(args.value(key).toString(), Qt::ISODate);
}

} // namespace

VelocityChart::VelocityChart(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_live(new items::LiveQuery(workspace, u"velocity"_s, this))
    , m_model(new QueryRowsModel(
          {
              {.key = u"group"_s, .title = tr("Location")},
              {.key = u"day"_s, .title = tr("Day"), .format = ValueFormat::Date},
              {.key = u"units"_s, .title = tr("Units"), .format = ValueFormat::Count},
              {.key = u"avg_7"_s, .title = tr("7-day average"), .format = ValueFormat::Decimal},
              {.key = u"avg_28"_s, .title = tr("28-day average"), .format = ValueFormat::Decimal},
              {.key = u"sellable"_s, .title = tr("Sellable now"), .format = ValueFormat::Count},
              {.key = u"days_of_cover"_s,
               .title = tr("Days of cover"),
               .format = ValueFormat::Decimal},
          },
          {u"group"_s, u"day"_s}, this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_plot(new VelocityPlot(m_chart, this))
    , m_cover(new QLabel(this))
    , m_status(new QLabel(this))
    , m_dayTimer(new QTimer(this))
{
    // Asked only while shown and once there is something to ask about.
    m_live->setActive(false);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Flat and edge to edge: the plot gets the height when a table shares the screen.
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(8, 6, 16, 6));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setToolTip(tr("Bold lines: the 7-day average. Thin lines: units sold "
                                     "each day. Hover a line for the day's figures."));
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0) // a font sized in pixels has no point size
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_chart->setTitleFont(titleFont);
    m_view->setObjectName(u"velocityChart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 280);
    connect(m_plot, &VelocityPlot::hovered, this,
            [this](const QString &location, QDate day, bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), tooltipAt(location, day), m_view);
                else
                    QToolTip::hideText();
            });

    m_export = new ExportActions(m_view, m_model, u"velocity"_s, this);
    m_refreshAction = new QAction(tr("Re&fresh Chart"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, m_live, &items::LiveQuery::refresh);

    m_cover->setObjectName(u"velocityCover"_s);
    m_cover->setWordWrap(true);
    m_cover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"velocityStatus"_s);
    auto *caption =
        new QLabel(tr("Bold lines: 7-day average · thin lines: units sold each day"), this);
    caption->setEnabled(false); // greyed: a key to the lines, not a figure
    auto *below = new QHBoxLayout;
    below->addWidget(m_cover, 1);
    below->addWidget(caption);
    below->addSpacing(12);
    below->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildSubjectBar());
    layout->addWidget(m_view, 1);
    layout->addLayout(below);

    connect(m_live, &items::LiveQuery::answered, this, &VelocityChart::onAnswered);
    connect(m_live, &items::LiveQuery::failed, this, [this](const QJsonObject &error) {
        m_error = items::describeError(error);
        updateStatus();
    });
    connect(&workspace, &sync::Workspace::statusChanged, this, &VelocityChart::updateStatus);
    connect(&workspace.replica(), &sync::Replica::reset, this, [this] {
        fillCategories();
        chooseDefaultSubject();
        updateQuery();
    });
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const domain::StateChanges &changes, const QList<domain::Event> &) {
                if (!changes.locations.isEmpty())
                    m_plot->setCatalogueLocations(m_workspace.state().locations.keys());
                if (changes.skus.isEmpty())
                    return;
                fillCategories();
                if (m_category.isEmpty() && m_skus.isEmpty()) { // the catalogue's first SKUs
                    chooseDefaultSubject();
                    updateQuery();
                }
            });
    m_dayTimer->setInterval(kDayCheckMs);
    connect(m_dayTimer, &QTimer::timeout, this, &VelocityChart::updateQuery);
    m_dayTimer->start();

    fillCategories();
    chooseDefaultSubject();
    updateQuery();
}

VelocityChart::~VelocityChart() = default;

QLayout *VelocityChart::buildSubjectBar()
{
    m_categoryBox = new QComboBox(this);
    m_categoryBox->setObjectName(u"velocityCategory"_s);
    m_categoryBox->setPlaceholderText(tr("Chosen SKUs"));
    m_categoryBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_categoryBox->setMinimumContentsLength(12);
    connect(m_categoryBox, &QComboBox::activated, this,
            [this](int index) { setCategory(m_categoryBox->itemText(index)); });
    auto *categoryLabel = new QLabel(tr("Cate&gory:"), this);
    categoryLabel->setBuddy(m_categoryBox);

    m_skuField = new SkuSearchField(m_workspace, this);
    m_skuField->setObjectName(u"velocitySku"_s);
    m_skuField->setMinimumWidth(260);
    m_skuField->setToolTip(tr("Chart these SKUs instead of a category (up to %1)").arg(kMaxSkus));
    connect(m_skuField, &SkuSearchField::skuChosen, this, &VelocityChart::addSku);
    auto *skuLabel = new QLabel(tr("or &SKUs:"), this);
    skuLabel->setBuddy(m_skuField);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);

    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(u"velocityRange"_s);
    for (int days : {7, 30, 90})
        m_rangeBox->addItem(tr("Last %1 days").arg(days), days);
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(m_rangeDays));
    connect(m_rangeBox, &QComboBox::activated, this,
            [this](int index) { setRangeDays(m_rangeBox->itemData(index).toInt()); });
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeBox);

    auto *bar = new QHBoxLayout;
    bar->addWidget(categoryLabel);
    bar->addWidget(m_categoryBox);
    bar->addSpacing(12);
    bar->addWidget(skuLabel);
    bar->addWidget(m_skuField);
    bar->addLayout(m_chips);
    bar->addStretch(1);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeBox);
    setTabOrder(m_categoryBox, m_skuField);
    setTabOrder(m_skuField, m_rangeBox);
    QWidget *previous = m_rangeBox;
    for (QAction *action : actions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
    return bar;
}

QList<QAction *> VelocityChart::actions() const
{
    return {m_export->pngAction(), m_export->csvAction(), m_refreshAction};
}

void VelocityChart::setSkus(const QStringList &skus)
{
    QStringList chosen;
    for (const QString &sku : skus) {
        if (!sku.isEmpty() && !chosen.contains(sku) && chosen.size() < kMaxSkus)
            chosen.append(sku);
    }
    m_skus = chosen;
    rebuildChips();
    fillCategories();
    updateQuery();
}

void VelocityChart::setCategory(const QString &category)
{
    m_skus.clear();
    m_category = category;
    m_categoryChosen = !category.isEmpty();
    chooseDefaultSubject();
    rebuildChips();
    fillCategories();
    updateQuery();
}

void VelocityChart::setRangeDays(int days)
{
    m_rangeDays = std::clamp(days, 1, kMaxRangeDays);
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(m_rangeDays));
    updateQuery();
}

void VelocityChart::setLocation(const QString &location)
{
    m_location = location;
    updateQuery();
}

void VelocityChart::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    chooseDefaultSubject();
    updateQuery();
}

QString VelocityChart::tooltipAt(const QString &location, QDate day) const
{
    return m_plot->tooltipAt(location, day, day == m_clock().toUTC().date());
}

QString VelocityChart::coverText() const
{
    return m_coverText;
}

QString VelocityChart::statusText() const
{
    return m_status->text();
}

void VelocityChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shown = true;
    updateActive();
}

void VelocityChart::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_shown = false;
    updateActive();
}

void VelocityChart::fillCategories()
{
    QStringList categories;
    for (const domain::Sku &sku : m_workspace.state().skus) {
        if (!sku.category.isEmpty() && !categories.contains(sku.category))
            categories.append(sku.category);
    }
    std::sort(categories.begin(), categories.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QSignalBlocker blocker(m_categoryBox);
    m_categoryBox->clear();
    m_categoryBox->addItems(categories);
    m_categoryBox->setCurrentIndex(m_skus.isEmpty() ? m_categoryBox->findText(m_category) : -1);
}

QString VelocityChart::bestSellingCategory() const
{
    // From the replica's daily sales over the last 30 days: no round trip before the
    // first chart, and the demo opens on a category that has something to show.
    const domain::State &state = m_workspace.state();
    const QDate from = m_clock().toUTC().date().addDays(-29);
    QMap<QString, qint64> units; // name order: ties go to the first name
    for (const domain::Sku &sku : state.skus) {
        if (!sku.category.isEmpty())
            units.insert(sku.category, 0);
    }
    for (auto cell = state.cells.cbegin(); cell != state.cells.cend(); ++cell) {
        const auto sku = state.skus.constFind(cell.key().sku);
        if (sku == state.skus.cend() || sku->category.isEmpty())
            continue;
        qint64 &sum = units[sku->category];
        for (auto day = cell->dispatchedByDay.lowerBound(from); day != cell->dispatchedByDay.cend();
             ++day)
            sum += day.value();
    }
    QString best;
    qint64 most = -1;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

void VelocityChart::chooseDefaultSubject()
{
    if (m_categoryChosen || !m_skus.isEmpty())
        return;
    m_category = bestSellingCategory();
    fillCategories();
}

void VelocityChart::addSku(const QString &sku)
{
    m_skuField->setSkuId({}); // ready for the next one
    if (m_skus.contains(sku) || m_skus.size() >= kMaxSkus)
        return;
    setSkus(QStringList(m_skus) << sku);
}

void VelocityChart::removeSku(const QString &sku)
{
    QStringList skus = m_skus;
    skus.removeAll(sku);
    setSkus(skus);
}

void VelocityChart::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->deleteLater(); // a chip's own click may be what removes it
        }
        delete item;
    }
    const auto &catalogue = m_workspace.state().skus;
    QWidget *previous = m_skuField;
    for (const QString &sku : std::as_const(m_skus)) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(u"velocitySkuChip"_s);
        chip->setText(QString(sku + u" \u2715"_s));
        const QString name = catalogue.value(sku).name;
        chip->setToolTip(
            tr("%1 — %2: remove it from the chart").arg(sku, name.isEmpty() ? sku : name));
        connect(chip, &QToolButton::clicked, this, [this, sku] { removeSku(sku); });
        m_chips->addWidget(chip);
        setTabOrder(previous, chip); // between the field and the range, as they read
        previous = chip;
    }
    setTabOrder(previous, m_rangeBox);
    const bool full = m_skus.size() >= kMaxSkus;
    m_skuField->setEnabled(!full);
    m_skuField->setPlaceholderText(full ? tr("Up to %1 SKUs").arg(kMaxSkus) : tr("SKU id or name"));
}

void VelocityChart::updateQuery()
{
    if (m_skus.isEmpty() && m_category.isEmpty()) {
        updateActive();
        updateStatus();
        return;
    }
    const QDate today = m_clock().toUTC().date();
    QJsonObject args{{u"from"_s, today.addDays(1 - m_rangeDays).toString(Qt::ISODate)},
                     {u"to"_s, today.toString(Qt::ISODate)},
                     {u"group_by"_s, u"location"_s}};
    if (m_skus.isEmpty())
        args.insert(u"category"_s, m_category);
    else
        args.insert(u"skus"_s, QJsonArray::fromStringList(m_skus));
    if (!m_location.isEmpty())
        args.insert(u"location"_s, m_location);
    if (args != m_live->args()) {
        m_freshArgs = true;
        m_live->setArgs(args);
    }
    updateActive();
    updateStatus();
}

void VelocityChart::updateActive()
{
    m_live->setActive(m_shown && !m_live->args().isEmpty());
}

void VelocityChart::onAnswered(const QJsonArray &rows)
{
    m_error.clear();
    // New arguments start the table afresh, so its rows (and the CSV) are in the answer's
    // order; a live re-run of the same question changes the rows in place.
    if (m_freshArgs) {
        m_model->setRows({});
        m_freshArgs = false;
    }
    m_model->setRows(rows);
    m_shownArgs = m_live->args();
    m_plot->setCatalogueLocations(m_workspace.state().locations.keys());
    m_plot->setDays(dateArg(m_shownArgs, "from"_L1), dateArg(m_shownArgs, "to"_L1));
    m_plot->setRows(rows);
    updateTitle();
    updateCover(rows);
    updateStatus();
    Q_EMIT refreshed();
}

void VelocityChart::updateTitle()
{
    const QJsonArray skus = m_shownArgs.value("skus"_L1).toArray();
    QStringList names;
    for (const QJsonValue &sku : skus)
        names.append(sku.toString());
    const QString subject =
        names.isEmpty() ? m_shownArgs.value("category"_L1).toString() : names.join(u", "_s);
    const int days = int(dateArg(m_shownArgs, "from"_L1).daysTo(dateArg(m_shownArgs, "to"_L1))) + 1;
    const QString location = m_shownArgs.value("location"_L1).toString();
    m_chart->setTitle(QStringList{subject, days == 1 ? tr("today") : tr("last %1 days").arg(days),
                                  location.isEmpty() ? tr("by location") : location}
                          .join(u" · "_s));
}

void VelocityChart::updateCover(const QJsonArray &rows)
{
    const QLocale locale;
    QStringList parts;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (!row.contains("sellable"_L1))
            continue; // only the last day's row carries the stock now
        const QString location = row.value("group"_L1).toString();
        const QJsonValue cover = row.value("days_of_cover"_L1);
        if (cover.isNull())
            parts.append(tr("%1 no sales in 7 days").arg(location));
        else if (row.value("sellable"_L1).toInteger() <= 0)
            parts.append(tr("%1 out of stock").arg(location));
        else
            parts.append(tr("%1 %2 days", "location, days of cover")
                             .arg(location, locale.toString(cover.toDouble(), 'f', 1)));
    }
    m_coverText = parts.isEmpty() ? tr("Nothing sold in these days or the four weeks before.")
                                  : tr("Cover now: %1").arg(parts.join(u" · "_s));
    m_cover->setText(m_coverText);
}

void VelocityChart::updateStatus()
{
    const QDateTime answeredAt = m_live->answeredAt();
    const QString shown =
        answeredAt.isValid() ? answeredAt.toLocalTime().toString(u"HH:mm:ss"_s) : QString();
    QString text;
    bool warn = true;
    if (m_live->args().isEmpty())
        text = tr("No categories yet: the chart appears once SKUs are in the catalogue.");
    else if (!m_error.isEmpty())
        text = shown.isEmpty()
                   ? tr("Could not load the chart: %1").arg(m_error)
                   : tr("Could not update the chart (%1); showing it as of %2").arg(m_error, shown);
    else if (m_workspace.status() == sync::SyncClient::Status::Connecting ||
             m_workspace.status() == sync::SyncClient::Status::CatchingUp)
        text = shown.isEmpty() ? tr("Connecting: the chart appears once connected")
                               : tr("Connecting: showing the chart as of %1").arg(shown);
    else if (m_workspace.status() != sync::SyncClient::Status::Live)
        text = shown.isEmpty() ? tr("Offline: the chart appears once connected")
                               : tr("Offline: showing the chart as of %1").arg(shown);
    else if (shown.isEmpty()) {
        text = tr("Loading…");
        warn = false;
    } else {
        text = tr("Updated %1").arg(shown);
        warn = false;
    }
    m_status->setText(text);
    m_status->setStyleSheet(warn ? u"color: #a03000;"_s : QString());
}

} // namespace shelfsync::views
