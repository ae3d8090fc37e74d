#include "VelocityPlot.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace shelfsync::views {

namespace {

// Okabe-Ito: told apart by colour-blind readers too, and dark enough on white.
const std::array<QColor, 7> kPalette{QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0x59, 0x59, 0x59)};

// Up to about ten ticks on whole days, whatever the range.
constexpr std::array kDaySteps{1, 2, 3, 5, 7, 10, 14, 15, 30, 61};
constexpr int kMaxIntervals = 10;
// Each day's dot is drawn while the dots stay apart.
constexpr int kMaxDaysWithDots = 31;
constexpr int kUnitIntervals = 6;

} // namespace

VelocityPlot::VelocityPlot(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_dayAxis(new QDateTimeAxis(chart))
    , m_unitsAxis(new QValueAxis(chart))
{
    m_dayAxis->setTitleText(tr("Day"));
    m_dayAxis->setFormat(tr("d MMM", "day axis labels, a QDateTime format"));
    m_unitsAxis->setTitleText(tr("Units a day"));
    m_unitsAxis->setLabelFormat(u"%.0f"_s);
    m_unitsAxis->setMinorTickCount(1);
    m_chart->addAxis(m_dayAxis, Qt::AlignBottom);
    m_chart->addAxis(m_unitsAxis, Qt::AlignLeft);
    fitUnitsAxis();
}

qint64 VelocityPlot::xOf(QDate day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

QDate VelocityPlot::dayAt(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(std::llround(x)).date();
}

void VelocityPlot::setCatalogueLocations(QStringList locations)
{
    std::sort(locations.begin(), locations.end());
    if (locations == m_locationOrder)
        return;
    m_locationOrder = std::move(locations);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QColor colour = colourOf(it.key());
        QPen daily = it->daily->pen();
        daily.setColor(QColor(colour.red(), colour.green(), colour.blue(), 115));
        it->daily->setPen(daily);
        QPen average = it->average->pen();
        average.setColor(colour);
        it->average->setPen(average);
    }
}

void VelocityPlot::setDays(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    const int span = int(from.daysTo(to));
    int step = kDaySteps.back();
    for (int candidate : kDaySteps) {
        if ((span + candidate - 1) / candidate <= kMaxIntervals) {
            step = candidate;
            break;
        }
    }
    const int intervals = std::max(1, (span + step - 1) / step);
    const QDate axisFrom = to.addDays(-qint64(intervals) * step);
    m_dayAxis->setRange(QDateTime::fromMSecsSinceEpoch(xOf(axisFrom)),
                        QDateTime::fromMSecsSinceEpoch(xOf(to)));
    m_dayAxis->setTickCount(intervals + 1);
    for (const Lines &lines : std::as_const(m_lines))
        styleDaily(lines.daily);
}

void VelocityPlot::setRows(const QJsonArray &rows)
{
    QHash<QString, QMap<QDate, Figures>> figures;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QDate day = QDate::fromString(row.value("day"_L1).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        figures[row.value("group"_L1).toString()].insert(
            day, Figures{.units = row.value("units"_L1).toInteger(),
                         .average7 = row.value("avg_7"_L1).toDouble()});
    }
    QStringList locations = figures.keys();
    std::sort(locations.begin(), locations.end());
    if (locations != m_locations)
        replaceSeries(locations);
    m_figures = std::move(figures);

    for (const QString &location : std::as_const(m_locations)) {
        const QMap<QDate, Figures> &days = m_figures[location];
        QList<QPointF> daily;
        QList<QPointF> average;
        daily.reserve(days.size());
        average.reserve(days.size());
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            const auto x = qreal(xOf(it.key()));
            daily.append({x, qreal(it->units)});
            average.append({x, it->average7});
        }
        // One replace per line: one repaint, however many days changed.
        const Lines &lines = m_lines[location];
        lines.daily->replace(daily);
        lines.average->replace(average);
    }
    fitUnitsAxis();
}

void VelocityPlot::replaceSeries(const QStringList &locations)
{
    for (const Lines &lines : std::as_const(m_lines)) {
        for (QLineSeries *series : {lines.daily, lines.average}) {
            m_chart->removeSeries(series); // hands ownership back
            delete series;
        }
    }
    m_lines.clear();
    m_locations = locations;
    for (const QString &location : locations)
        m_lines.insert(location, makeLines(location));
}

VelocityPlot::Lines VelocityPlot::makeLines(const QString &location)
{
    const Lines lines{.daily = new QLineSeries, .average = new QLineSeries};
    lines.daily->setName(tr("%1 · each day", "a location's units sold each day").arg(location));
    lines.average->setName(tr("%1 · 7-day average").arg(location));
    // Added before styling: adding applies the chart theme's pens.
    for (QLineSeries *series : {lines.daily, lines.average}) {
        m_chart->addSeries(series);
        series->attachAxis(m_dayAxis);
        series->attachAxis(m_unitsAxis);
        connect(series, &QLineSeries::hovered, this,
                [this, location](const QPointF &point, bool state) {
                    Q_EMIT hovered(location, dayAt(point.x()), state);
                });
    }
    const QColor colour = colourOf(location);
    QPen daily(QColor(colour.red(), colour.green(), colour.blue(), 115));
    daily.setWidthF(1.5);
    lines.daily->setPen(daily);
    styleDaily(lines.daily);
    QPen average(colour);
    average.setWidthF(3.0);
    average.setCapStyle(Qt::RoundCap);
    lines.average->setPen(average);
    // The legend names the averages only; the caption under the chart explains the thin
    // lines, so four locations take four entries, not eight.
    for (QLegendMarker *marker : m_chart->legend()->markers(lines.daily))
        marker->setVisible(false);
    return lines;
}

void VelocityPlot::styleDaily(QLineSeries *series) const
{
    const bool dots = m_from.isValid() && m_from.daysTo(m_to) < kMaxDaysWithDots;
    series->setPointsVisible(dots);
    series->setMarkerSize(5.0);
}

QColor VelocityPlot::colourOf(const QString &location) const
{
    qsizetype index = m_locationOrder.indexOf(location);
    if (index < 0)
        index = m_locationOrder.size() + m_locations.indexOf(location);
    return kPalette.at(size_t(std::max<qsizetype>(index, 0)) % kPalette.size());
}

void VelocityPlot::fitUnitsAxis()
{
    double top = 0.0;
    for (const QMap<QDate, Figures> &days : std::as_const(m_figures)) {
        for (const Figures &figures : days)
            top = std::max({top, double(figures.units), figures.average7});
    }
    // Room above the highest point, about six intervals of 1, 2, 2.5 or 5 times a power of
    // ten, whole units each (QValueAxis::applyNiceNumbers() leaves a third of the height
    // empty too often).
    top = std::max(4.0, top * 1.08);
    const double rough = top / kUnitIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
        const double candidate = factor * magnitude;
        if (candidate >= rough && candidate >= 1.0 && candidate == std::round(candidate)) {
            step = candidate;
            break;
        }
    }
    const int intervals = int(std::ceil(top / step));
    m_unitsAxis->setRange(0.0, intervals * step);
    m_unitsAxis->setTickCount(intervals + 1);
}

QLineSeries *VelocityPlot::dailySeries(const QString &location) const
{
    return m_lines.value(location).daily;
}

QLineSeries *VelocityPlot::averageSeries(const QString &location) const
{
    return m_lines.value(location).average;
}

std::optional<VelocityPlot::Figures> VelocityPlot::figuresOn(const QString &location,
                                                             QDate day) const
{
    const auto days = m_figures.constFind(location);
    if (days == m_figures.cend())
        return std::nullopt;
    const auto figures = days->constFind(day);
    if (figures == days->cend())
        return std::nullopt;
    return *figures;
}

QString VelocityPlot::tooltipAt(const QString &location, QDate day, bool inProgress) const
{
    const std::optional<Figures> figures = figuresOn(location, day);
    if (!figures)
        return {};
    const QLocale locale;
    QString shownDay = locale.toString(day, tr("ddd d MMM", "tooltip day, a QDate format"));
    if (inProgress)
        shownDay = tr("%1 (so far)", "today's figures, the day not over").arg(shownDay);
    return tr("%1 · %2: %3 sold (7-day average %4)", "location, day, units, average")
        .arg(location, shownDay, locale.toString(figures->units),
             locale.toString(figures->average7, 'f', 1));
}

} // namespace shelfsync::views
