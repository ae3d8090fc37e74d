#include "CoverChart.h"

#include "ExportActions.h"

#include "items/QueryRowsModel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using shelfsync::items::QueryRowsModel;
using shelfsync::items::ValueFormat;

namespace shelfsync::views {

namespace {

// Already expired batches are drawn at most this far left of zero.
constexpr double kExpiredEdge = -10.0;

} // namespace

CoverChart::CoverChart(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueryRowsModel(
          {
              {.key = u"location"_s, .title = tr("Location")},
              {.key = u"sku"_s, .title = tr("SKU")},
              {.key = u"name"_s, .title = tr("Name")},
              {.key = u"batch"_s, .title = tr("Batch")},
              {.key = u"qty"_s, .title = tr("Qty"), .format = ValueFormat::Count},
              {.key = u"days_to_expiry"_s,
               .title = tr("Days to expiry"),
               .format = ValueFormat::Count},
              {.key = u"cover_days"_s,
               .title = tr("Days of cover"),
               .format = ValueFormat::Decimal},
              {.key = u"class"_s, .title = tr("Class")},
          },
          {u"location"_s, u"sku"_s, u"batch"_s}, this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_note(new QLabel(this))
{
    // The danger zone: cover longer than the days left, between the diagonal and the top.
    auto *diagonal = new QLineSeries(m_chart);
    diagonal->append(kExpiredEdge, 0.0);
    diagonal->append(0.0, 0.0);
    diagonal->append(kAxisDays, kAxisDays);
    auto *top = new QLineSeries(m_chart);
    top->append(kExpiredEdge, kAxisDays);
    top->append(kAxisDays, kAxisDays);
    m_danger = new QAreaSeries(top, diagonal);
    m_danger->setName(tr("Danger: will not sell before it expires"));
    m_danger->setColor(QColor(0xe5, 0x39, 0x35, 40));
    m_danger->setBorderColor(QColor(0xe5, 0x39, 0x35, 120));
    m_chart->addSeries(m_danger);

    addSeries(u"healthy"_s, tr("Healthy"), QColor(0x43, 0xa0, 0x47));
    addSeries(u"slow_mover"_s, tr("Slow mover"), QColor(0x1e, 0x88, 0xe5));
    addSeries(u"expiry_risk"_s, tr("Expiry risk"), QColor(0xfb, 0x8c, 0x00));
    addSeries(u"deadstock"_s, tr("Deadstock"), QColor(0xc6, 0x28, 0x28));
    addSeries(u"unsold"_s, tr("No sales in 7 days (cover unknown)"), QColor(0x75, 0x75, 0x75));

    auto *days = new QValueAxis(m_chart);
    days->setTitleText(tr("Days to expiry (beyond %1 drawn at the edge)").arg(kAxisDays));
    days->setRange(kExpiredEdge, kAxisDays);
    days->setTickCount(8);
    days->setLabelFormat(u"%.0f"_s);
    auto *cover = new QValueAxis(m_chart);
    // Short enough to stand whole beside a chart a third of the window high.
    cover->setTitleText(tr("Days of cover (beyond %1 at the top)").arg(kAxisDays));
    cover->setRange(0.0, kAxisDays);
    cover->setTickCount(7);
    cover->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(days, Qt::AlignBottom);
    m_chart->addAxis(cover, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(days);
        series->attachAxis(cover);
    }
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(tr("Days of cover at the 7-day velocity against days to expiry, per batch"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(u"coverChart"_s);
    m_note->setObjectName(u"coverNote"_s);

    m_export = new ExportActions(m_view, m_model, u"cover-vs-expiry"_s, this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_note, 1);
    for (QAction *action : actions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void CoverChart::addSeries(const QString &name, const QString &title, const QColor &color)
{
    auto *series = new QScatterSeries(m_chart);
    series->setName(title);
    series->setColor(color);
    series->setBorderColor(color.darker(140));
    series->setMarkerSize(name == "healthy"_L1 ? 6.0 : 8.0);
    m_chart->addSeries(series);
    m_series.append({name, series});
    connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF &point, bool on) {
        const QJsonObject *row = on ? rowAt(series, point) : nullptr;
        if (row)
            QToolTip::showText(QCursor::pos(), tooltipFor(*row), m_view);
        else
            QToolTip::hideText();
    });
    connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF &point) {
        if (const QJsonObject *row = rowAt(series, point)) {
            Q_EMIT batchClicked(
                {row->value("location"_L1).toString(), row->value("sku"_L1).toString()},
                row->value("batch"_L1).toString());
        }
    });
}

QList<QAction *> CoverChart::actions() const
{
    return {m_export->pngAction(), m_export->csvAction()};
}

QScatterSeries *CoverChart::series(const QString &name) const
{
    for (const auto &[key, series] : m_series) {
        if (key == name)
            return series;
    }
    return nullptr;
}

QPointF CoverChart::pointFor(const QJsonObject &row)
{
    const double left = row.value("days_to_expiry"_L1).toDouble();
    const QJsonValue cover = row.value("cover_days"_L1);
    return {std::clamp(left, kExpiredEdge, kAxisDays),
            cover.isNull() ? kAxisDays : std::min(cover.toDouble(), kAxisDays)};
}

void CoverChart::setRows(const QJsonArray &rows)
{
    // Only what can expire: goods without an expiry date have no place on this chart.
    QJsonArray plotted;
    for (const QJsonValue &row : rows) {
        if (!row[u"days_to_expiry"_s].isNull())
            plotted.append(row);
    }
    m_model->setRows(plotted);

    QHash<QScatterSeries *, QList<QPointF>> points;
    m_rowsOf.clear();
    int inDanger = 0;
    int unsold = 0;
    for (int index = 0; index < m_model->rows().size(); ++index) {
        const QJsonObject &row = m_model->rows().at(index);
        const QJsonValue cover = row.value("cover_days"_L1);
        QScatterSeries *series = cover.isNull() ? this->series(u"unsold"_s)
                                                : this->series(row.value("class"_L1).toString());
        if (!series)
            continue;
        const QPointF point = pointFor(row);
        points[series].append(point);
        m_rowsOf[series].append(index);
        if (cover.isNull())
            ++unsold;
        // What the eye sees: the points drawn above the diagonal, the unsold too.
        if (point.y() > std::max(point.x(), 0.0))
            ++inDanger;
    }
    for (const auto &[name, series] : std::as_const(m_series))
        series->replace(points.value(series));

    QStringList note{
        tr("%Ln batch(es) plotted:", nullptr, int(m_model->rows().size())),
        tr("%Ln in the danger zone,", nullptr, inDanger),
        tr("%Ln with no sales in 7 days.", nullptr, unsold),
    };
    if (const int skipped = int(rows.size() - plotted.size()); skipped > 0)
        note.append(tr("%Ln without an expiry date left out.", nullptr, skipped));
    m_note->setText(note.join(u' '));
    Q_EMIT refreshed();
}

void CoverChart::awaitRows()
{
    setRows({});
    m_note->setText(tr("Loading…"));
}

const QJsonObject *CoverChart::rowAt(QScatterSeries *series, const QPointF &point) const
{
    // The nearest point of the series: hovered and clicked report the point itself.
    const QList<int> rows = m_rowsOf.value(series);
    const QList<QPointF> points = series->points();
    int best = -1;
    qreal bestDistance = 0.0;
    for (int i = 0; i < points.size() && i < rows.size(); ++i) {
        const QPointF delta = points.at(i) - point;
        const qreal distance = QPointF::dotProduct(delta, delta);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best < 0 ? nullptr : &m_model->rows().at(rows.at(best));
}

QString CoverChart::tooltipFor(const QJsonObject &row) const
{
    const QJsonValue cover = row.value("cover_days"_L1);
    const QString coverText =
        cover.isNull() ? tr("nothing sold in 7 days")
                       : tr("%1 days of cover").arg(QLocale().toString(cover.toDouble(), 'f', 1));
    const int left = row.value("days_to_expiry"_L1).toInt();
    const QString expiry = left < 0    ? tr("expired %Ln day(s) ago", nullptr, -left)
                           : left == 0 ? tr("expires today")
                                       : tr("expires in %Ln day(s)", nullptr, left);
    return tr("%1 · %2 %3 · batch %4\n%Ln unit(s), %5, %6", nullptr,
              int(row.value("qty"_L1).toInteger()))
        .arg(row.value("location"_L1).toString(), row.value("sku"_L1).toString(),
             row.value("name"_L1).toString(), row.value("batch"_L1).toString(), expiry, coverText);
}

} // namespace shelfsync::views
