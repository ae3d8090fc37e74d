#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTimer;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class LiveQuery;
class QueryRowsModel;
} // namespace shelfsync::items

namespace shelfsync::views {

class ExportActions;
class SkuSearchField;
class VelocityPlot;

// Stock velocity: units sold a day and their 7-day average, one pair of lines per
// location, for a category or up to six chosen SKUs over the last 7, 30 or 90 days
// (the service's velocity query, grouped by location). Below the chart, each location's
// days of cover now. The chart follows the ledger live (a throttled LiveQuery) while it is
// shown; offline or on a failed query it says so and keeps the last chart.
class VelocityChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VelocityChart)

public:
    static constexpr int kMaxSkus = 6;

    explicit VelocityChart(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~VelocityChart() override;

    QList<QAction *> actions() const;

    // SKUs replace the category; none goes back to the category shown before.
    void setSkus(const QStringList &skus);
    QStringList skus() const { return m_skus; }
    // A category replaces the SKUs; empty is the default, the category that sold most.
    void setCategory(const QString &category);
    QString category() const { return m_category; }
    // The last `days` days up to today (1..366).
    void setRangeDays(int days);
    int rangeDays() const { return m_rangeDays; }
    // One location, or every location ("") each with its own lines.
    void setLocation(const QString &location);
    QString location() const { return m_location; }
    // "Today" is the UTC date of this clock (tests pin it); default: now.
    void setClock(std::function<QDateTime()> clock);

    // The rows shown: {group (the location), day, units, avg_7, avg_28, sellable,
    // days_of_cover}, as exported to CSV.
    items::QueryRowsModel *model() const { return m_model; }
    items::LiveQuery *liveQuery() const { return m_live; }
    QChartView *chartView() const { return m_view; }
    ExportActions *exporter() const { return m_export; }
    VelocityPlot *plot() const { return m_plot; }
    // "DS-01 · Mon 22 Feb: 12 sold (7-day average 9.4)"; empty for a day not shown.
    QString tooltipAt(const QString &location, QDate day) const;
    // "Cover now: DS-01 4.2 days · DS-02 no sales in 7 days".
    QString coverText() const;
    // "Updated 10:00:03", or why the chart is not current.
    QString statusText() const;

Q_SIGNALS:
    // The chart was redrawn from an answer of the service.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLayout *buildSubjectBar();
    void fillCategories();
    QString bestSellingCategory() const;
    void chooseDefaultSubject();
    void addSku(const QString &sku);
    void removeSku(const QString &sku);
    void rebuildChips();
    void updateQuery();
    void updateActive();
    void onAnswered(const QJsonArray &rows);
    void updateTitle();
    void updateCover(const QJsonArray &rows);
    void updateStatus();

    sync::Workspace &m_workspace;
    std::function<QDateTime()> m_clock;
    items::LiveQuery *m_live;
    items::QueryRowsModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    VelocityPlot *m_plot;
    ExportActions *m_export = nullptr;
    QAction *m_refreshAction = nullptr;
    QComboBox *m_categoryBox = nullptr;
    SkuSearchField *m_skuField = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QLabel *m_cover = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_dayTimer = nullptr;

    QString m_category;
    QStringList m_skus;
    QString m_location;
    int m_rangeDays = 30;
    bool m_categoryChosen = false; // by the user: a new snapshot keeps it
    bool m_shown = false;
    bool m_freshArgs = false; // the next answer is to new arguments, not a live re-run
    QJsonObject m_shownArgs;  // what the chart on screen answers
    QString m_coverText;
    QString m_error;
};

} // namespace shelfsync::views
