#include "AgeingChart.h"

#include "ExportActions.h"

#include "domain/Analytics.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "sync/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <array>
#include <numeric>

using namespace Qt::StringLiterals;
using shelfsync::items::QueryColumn;
using shelfsync::items::QueryRowsModel;
using shelfsync::items::ValueFormat;

namespace shelfsync::views {

namespace {

// Young stock green, old stock red: the eye goes to the top of the stacks.
const std::array<QColor, domain::kAgeBucketCount> kBucketColors{
    QColor(0x66, 0xbb, 0x6a), QColor(0xc0, 0xca, 0x33), QColor(0xff, 0xca, 0x28),
    QColor(0xff, 0x8f, 0x00), QColor(0xd8, 0x43, 0x15)};

struct Cell
{
    qint64 qty = 0;
    double value = 0.0;
};
using Stacks = QMap<QString, std::array<Cell, domain::kAgeBucketCount>>;

int bucketIndex(const QString &name)
{
    for (int bucket = 0; bucket < domain::kAgeBucketCount; ++bucket) {
        if (domain::ageBucketName(bucket) == name)
            return bucket;
    }
    return -1;
}

} // namespace

AgeingChart::AgeingChart(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ageing(new items::LiveQuery(workspace, u"ageing"_s, this))
    , m_model(new QueryRowsModel(
          {
              {.key = u"category"_s, .title = tr("Category")},
              {.key = u"bucket"_s, .title = tr("Age (days)")},
              {.key = u"qty"_s, .title = tr("Qty"), .format = ValueFormat::Count},
              {.key = u"value"_s, .title = tr("Value at cost"), .format = ValueFormat::Money},
          },
          {u"category"_s, u"bucket"_s}, this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_basisBox(new QComboBox(this))
    , m_note(new QLabel(this))
{
    m_basisBox->setObjectName(u"ageingBasis"_s);
    m_basisBox->addItem(tr("Deadstock value"));
    m_basisBox->addItem(tr("All stock on hand"));
    m_basisBox->setToolTip(tr("Deadstock: batches the deadstock rules flag. All stock: every "
                              "batch on hand, to see where money ages."));
    connect(m_basisBox, &QComboBox::activated, this,
            [this](int index) { setBasis(index == 0 ? Basis::Deadstock : Basis::AllStock); });

    for (int bucket = 0; bucket < domain::kAgeBucketCount; ++bucket) {
        auto *set = new QBarSet(tr("%1 days").arg(domain::ageBucketName(bucket)), m_series);
        set->setColor(kBucketColors.at(bucket));
        set->setBorderColor(kBucketColors.at(bucket).darker(130));
        m_series->append(set);
        connect(set, &QBarSet::hovered, this, [this, bucket](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), tooltipAt(index, bucket), m_view);
            else
                QToolTip::hideText();
        });
    }
    m_chart->addSeries(m_series);
    auto *categories = new QBarCategoryAxis(m_chart);
    categories->setTitleText(tr("Category"));
    auto *values = new QValueAxis(m_chart);
    values->setTitleText(tr("Value at cost"));
    values->setLabelFormat(u"%.0f"_s);
    // Bars lie flat so long category names read whole on the left.
    m_chart->addAxis(categories, Qt::AlignLeft);
    m_chart->addAxis(values, Qt::AlignBottom);
    m_series->attachAxis(categories);
    m_series->attachAxis(values);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setToolTip(tr("Days since the stock was received"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(u"ageingChart"_s);

    m_export = new ExportActions(m_view, m_model, u"ageing"_s, this);

    auto *bar = new QHBoxLayout;
    auto *basisLabel = new QLabel(tr("Sho&w:"), this);
    basisLabel->setBuddy(m_basisBox);
    bar->addWidget(basisLabel);
    bar->addWidget(m_basisBox);
    bar->addWidget(m_note, 1);
    for (QAction *action : {m_export->pngAction(), m_export->csvAction()}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_ageing, &items::LiveQuery::answered, this, &AgeingChart::showRows);
    connect(m_ageing, &items::LiveQuery::failed, this, [this](const QJsonObject &error) {
        m_note->setText(tr("Could not update: %1").arg(error.value("message"_L1).toString()));
    });
    m_ageing->setActive(false);
    m_ageing->setArgs({});
    rebuild();
}

QList<QAction *> AgeingChart::actions() const
{
    return {m_export->pngAction(), m_export->csvAction()};
}

void AgeingChart::setLocation(const QString &location)
{
    m_location = location;
    // The stock on show is another location's until the answer comes.
    m_ageingRows = {};
    m_ageingLoading = true;
    if (m_basis == Basis::AllStock)
        rebuild();
    QJsonObject args;
    if (!location.isEmpty())
        args.insert(u"location"_s, location);
    m_ageing->setArgs(args);
}

void AgeingChart::setBasis(Basis basis)
{
    m_basis = basis;
    m_basisBox->setCurrentIndex(basis == Basis::Deadstock ? 0 : 1);
    updateActive();
    rebuild();
}

void AgeingChart::updateActive()
{
    m_ageing->setActive(m_shown && m_basis == Basis::AllStock);
}

void AgeingChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shown = true;
    updateActive();
}

void AgeingChart::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_shown = false;
    updateActive();
}

void AgeingChart::setDeadstockRows(const QJsonArray &rows)
{
    m_deadstockRows = rows;
    m_deadstockLoading = false;
    if (m_basis == Basis::Deadstock)
        rebuild();
}

void AgeingChart::awaitDeadstockRows()
{
    m_deadstockRows = {};
    m_deadstockLoading = true;
    if (m_basis == Basis::Deadstock)
        rebuild();
}

void AgeingChart::showRows(const QJsonArray &rows)
{
    m_ageingRows = rows;
    m_ageingLoading = false;
    if (m_basis == Basis::AllStock)
        rebuild();
}

void AgeingChart::rebuild()
{
    // Sum per category and bucket: over locations for all stock (the query answers per
    // location), over batches for deadstock.
    Stacks stacks;
    if (m_basis == Basis::AllStock) {
        for (const QJsonValue &row : std::as_const(m_ageingRows)) {
            const int bucket = bucketIndex(row[u"bucket"_s].toString());
            if (bucket < 0)
                continue;
            Cell &cell = stacks[row[u"category"_s].toString()][bucket];
            cell.qty += row[u"qty"_s].toInteger();
            cell.value += row[u"value"_s].toDouble();
        }
    } else {
        for (const QJsonValue &row : std::as_const(m_deadstockRows)) {
            if (row[u"class"_s].toString() != "deadstock"_L1)
                continue;
            Cell &cell = stacks[row[u"category"_s].toString()]
                               [domain::ageBucketOf(row[u"age_days"_s].toInt())];
            cell.qty += row[u"qty"_s].toInteger();
            cell.value += row[u"value"_s].toDouble();
        }
    }

    // Most money first in the rows, and at the top of the chart (a category axis runs
    // bottom up, so there it is listed last).
    QList<std::pair<double, QString>> totals;
    for (auto it = stacks.cbegin(); it != stacks.cend(); ++it) {
        double total = 0.0;
        for (const Cell &cell : it.value())
            total += cell.value;
        totals.append({total, it.key()});
    }
    std::sort(totals.begin(), totals.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    m_categories.clear();
    QJsonArray rows;
    double highest = 0.0;
    for (const auto &[total, category] : std::as_const(totals)) {
        m_categories.prepend(category);
        highest = std::max(highest, total);
        for (int bucket = 0; bucket < domain::kAgeBucketCount; ++bucket) {
            const Cell &cell = stacks.value(category).at(bucket);
            if (cell.qty == 0 && cell.value == 0.0)
                continue;
            rows.append(QJsonObject{{u"category"_s, category},
                                    {u"bucket"_s, domain::ageBucketName(bucket)},
                                    {u"qty"_s, cell.qty},
                                    {u"value"_s, cell.value}});
        }
    }
    // Rows in value order for the CSV: a refresh that reorders them starts afresh (the
    // model keeps rows in place otherwise).
    const auto keyAt = [](const QJsonObject &row) {
        return std::pair(row.value("category"_L1).toString(), row.value("bucket"_L1).toString());
    };
    bool sameOrder = m_model->rows().size() == rows.size();
    for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = keyAt(m_model->rows().at(i)) == keyAt(rows.at(i).toObject());
    if (!sameOrder)
        m_model->setRows({});
    m_model->setRows(rows);

    const QList<QBarSet *> sets = m_series->barSets();
    for (int bucket = 0; bucket < sets.size(); ++bucket) {
        QList<qreal> values;
        for (const QString &category : std::as_const(m_categories))
            values.append(stacks.value(category).at(bucket).value);
        QBarSet *set = sets.at(bucket);
        if (set->count() > 0)
            set->remove(0, set->count());
        set->append(values);
    }
    auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(m_chart->axes(Qt::Vertical).value(0));
    categoryAxis->setCategories(m_categories);
    auto *valueAxis = qobject_cast<QValueAxis *>(m_chart->axes(Qt::Horizontal).value(0));
    valueAxis->setRange(0.0, highest > 0.0 ? highest * 1.05 : 1.0);
    valueAxis->applyNiceNumbers();

    const QString where = m_location.isEmpty() ? tr("every location") : m_location;
    const double sum = std::accumulate(totals.cbegin(), totals.cend(), 0.0,
                                       [](double a, const auto &b) { return a + b.first; });
    const QString money = QLocale().toString(sum, 'f', 2);
    const bool deadstock = m_basis == Basis::Deadstock;
    m_chart->setTitle(deadstock ? tr("Deadstock value by category and age · %1").arg(where)
                                : tr("Stock value by category and age · %1").arg(where));
    if (deadstock ? m_deadstockLoading : m_ageingLoading)
        m_note->setText(tr("Loading…"));
    else if (!deadstock)
        m_note->setText(tr("%1 on hand at cost").arg(money));
    else
        m_note->setText(m_categories.isEmpty() ? tr("No deadstock.")
                                               : tr("%1 tied up in deadstock").arg(money));
    Q_EMIT refreshed();
}

QString AgeingChart::tooltipAt(int category, int bucket) const
{
    const QString name = m_categories.value(category);
    const QString bucketName = domain::ageBucketName(bucket);
    for (const QJsonObject &row : m_model->rows()) {
        if (row.value("category"_L1).toString() == name &&
            row.value("bucket"_L1).toString() == bucketName) {
            return tr("%1 · %2 days: %3 at cost (%Ln unit(s))", nullptr,
                      int(row.value("qty"_L1).toInteger()))
                .arg(name, bucketName,
                     QLocale().toString(row.value("value"_L1).toDouble(), 'f', 2));
        }
    }
    return tr("%1 · %2 days: none").arg(name, bucketName);
}

} // namespace shelfsync::views
