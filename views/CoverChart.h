#pragma once

#include "domain/Types.h"

#include <QJsonArray>
#include <QPointF>
#include <QWidget>

class QAction;
class QAreaSeries;
class QChart;
class QChartView;
class QLabel;
class QScatterSeries;

namespace shelfsync::items {
class QueryRowsModel;
}

namespace shelfsync::views {

class ExportActions;

// Will it sell before it expires? One point per batch: days to expiry across, days of
// cover (this batch and those that sell before it) up. Above the diagonal the cover
// outlasts the shelf life: that triangle is the danger zone. Points are coloured by the
// deadstock rules' class; batches nothing sold from in 7 days sit on the top edge, and
// goods without an expiry date are left out (they cannot expire).
class CoverChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverChart)

public:
    // Cover and days left beyond this are drawn on the edge of the chart.
    static constexpr double kAxisDays = 60.0;

    explicit CoverChart(QWidget *parent = nullptr);

    QList<QAction *> actions() const;
    // The deadstock query's rows with `all` (healthy batches too).
    void setRows(const QJsonArray &rows);
    // The batches shown are another location's or window's: clears them and says the
    // chart is loading until setRows() brings the new ones.
    void awaitRows();

    // The batches plotted, as exported to CSV.
    items::QueryRowsModel *model() const { return m_model; }
    QChartView *chartView() const { return m_view; }
    ExportActions *exporter() const { return m_export; }
    // The series of one class ("healthy", "slow_mover", "expiry_risk", "deadstock") or
    // of the unsold ("unsold").
    QScatterSeries *series(const QString &name) const;
    QAreaSeries *dangerZone() const { return m_danger; }
    // Where a model row is drawn (capped at kAxisDays).
    static QPointF pointFor(const QJsonObject &row);
    QString tooltipFor(const QJsonObject &row) const;

Q_SIGNALS:
    void batchClicked(const domain::StockKey &key, const QString &batch);
    void refreshed();

private:
    void addSeries(const QString &name, const QString &title, const QColor &color);
    const QJsonObject *rowAt(QScatterSeries *series, const QPointF &point) const;

    items::QueryRowsModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QAreaSeries *m_danger = nullptr;
    QLabel *m_note;
    ExportActions *m_export;
    QList<std::pair<QString, QScatterSeries *>> m_series;
    // Per series, the model rows behind its points, in point order.
    QHash<QScatterSeries *, QList<int>> m_rowsOf;
};

} // namespace shelfsync::views
