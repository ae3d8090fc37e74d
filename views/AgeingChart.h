#pragma once

#include <QJsonArray>
#include <QWidget>

class QAction;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QAbstractBarSeries;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class LiveQuery;
class QueryRowsModel;
} // namespace shelfsync::items

namespace shelfsync::views {

class ExportActions;

// Money tied up by age: a stacked (horizontal) bar per category, one stack per age bucket (0-7 ...
// 90+ days since receipt), value at cost. Deadstock value (the batches the deadstock
// query classifies so, fed by the Charts screen) or all stock on hand (the ageing query).
class AgeingChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgeingChart)

public:
    enum class Basis
    {
        Deadstock,
        AllStock
    };

    explicit AgeingChart(sync::Workspace &workspace, QWidget *parent = nullptr);

    QList<QAction *> actions() const;
    void setLocation(const QString &location);
    void setBasis(Basis basis);
    Basis basis() const { return m_basis; }
    // The deadstock query's rows (every class); only deadstock counts here.
    void setDeadstockRows(const QJsonArray &rows);
    // The deadstock rows shown are another location's or window's: clears them and says
    // the chart is loading until setDeadstockRows() brings the new ones.
    void awaitDeadstockRows();

    // {category, bucket, qty, value}: what the bars show, as exported to CSV.
    items::QueryRowsModel *model() const { return m_model; }
    items::LiveQuery *liveQuery() const { return m_ageing; }
    QChartView *chartView() const { return m_view; }
    QAbstractBarSeries *series() const { return m_series; }
    ExportActions *exporter() const { return m_export; }
    // "Dairy · 31-60 days: 1,234.50 at cost (120 units)".
    QString tooltipAt(int category, int bucket) const;

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The ageing query is asked only for all stock, and only while the chart is shown.
    void updateActive();
    void showRows(const QJsonArray &rows);
    void rebuild();

    items::LiveQuery *m_ageing;
    items::QueryRowsModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QAbstractBarSeries *m_series;
    QComboBox *m_basisBox;
    QLabel *m_note;
    ExportActions *m_export;
    Basis m_basis = Basis::Deadstock;
    bool m_shown = false;
    QJsonArray m_deadstockRows;
    QJsonArray m_ageingRows;
    // Asked, not answered yet: the chart says so rather than "no deadstock".
    bool m_deadstockLoading = true;
    bool m_ageingLoading = true;
    QString m_location;
    QStringList m_categories; // on the axis, bottom up: the most value last (on top)
};

} // namespace shelfsync::views
