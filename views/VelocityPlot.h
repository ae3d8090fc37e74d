#pragma once

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace shelfsync::views {

// The drawing of the velocity chart: per location a thin line of the units sold each day
// and a bold line of the 7-day average in the same colour, on a day axis and a units axis
// starting at 0. A new answer for the same locations moves the points of the lines it
// already has, so a live refresh neither flickers nor re-creates series; only a change of
// locations replaces them.
class VelocityPlot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VelocityPlot)

public:
    struct Figures
    {
        qint64 units = 0;
        double average7 = 0.0;
    };

    // Adds its axes to `chart`, which must outlive this object's use of it.
    VelocityPlot(QChart *chart, QObject *parent);

    // Every location of the catalogue, in any order: their colours go by name order, so
    // a location keeps its colour whatever the chart shows.
    void setCatalogueLocations(QStringList locations);
    // The days shown, `to` inclusive; the axis may start a day or so before `from` so its
    // ticks fall on whole days.
    void setDays(QDate from, QDate to);
    // The velocity query's rows grouped by location ({group, day, units, avg_7, ...}).
    void setRows(const QJsonArray &rows);

    QStringList locations() const { return m_locations; }
    QLineSeries *dailySeries(const QString &location) const;
    QLineSeries *averageSeries(const QString &location) const;
    QDateTimeAxis *dayAxis() const { return m_dayAxis; }
    QValueAxis *unitsAxis() const { return m_unitsAxis; }
    std::optional<Figures> figuresOn(const QString &location, QDate day) const;
    // "DS-01 · Mon 22 Feb: 12 sold (7-day average 9.4)"; empty for a day not shown. A
    // day in progress says "so far": its low figure is not a fall in sales.
    QString tooltipAt(const QString &location, QDate day, bool inProgress = false) const;

    // Where a day sits on the axis: its local noon, because the axis labels in local time
    // and noon keeps the label on the right date across time zones and DST shifts.
    static qint64 xOf(QDate day);
    static QDate dayAt(qreal x);

Q_SIGNALS:
    void hovered(const QString &location, QDate day, bool state);

private:
    struct Lines
    {
        QLineSeries *daily = nullptr;
        QLineSeries *average = nullptr;
    };

    void replaceSeries(const QStringList &locations);
    Lines makeLines(const QString &location);
    QColor colourOf(const QString &location) const;
    void styleDaily(QLineSeries *series) const;
    void fitUnitsAxis();

    QChart *m_chart;
    QDateTimeAxis *m_dayAxis;
    QValueAxis *m_unitsAxis;
    QStringList m_locationOrder;
    QStringList m_locations; // shown, in name order
    QHash<QString, Lines> m_lines;
    QHash<QString, QMap<QDate, Figures>> m_figures;
    QDate m_from;
    QDate m_to;
};

} // namespace shelfsync::views
