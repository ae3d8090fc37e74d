#pragma once

#include "domain/Types.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class LiveQuery;
}

namespace shelfsync::views {

class AgeingChart;
class CoverChart;
class DeadstockView;
class ExportActions;
class VelocityChart;

// The planners' screen: what sells (velocity), where money ages (deadstock by age), what
// will not sell before it expires (cover against expiry) above, and below the list of
// batches to decide on, each with an action and its reason. One location picker and one
// deadstock window drive them all; one deadstock query (every batch) feeds both batch
// charts, while the table keeps its own (the batches that need a decision).
class ChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)

public:
    enum Chart
    {
        Velocity,
        Ageing,
        Cover
    };

    explicit ChartsView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~ChartsView() override;

    // Export of the chart shown, then the deadstock table's actions.
    QList<QAction *> actions() const;

    VelocityChart *velocityChart() const { return m_velocity; }
    AgeingChart *ageingChart() const { return m_ageing; }
    CoverChart *coverChart() const { return m_cover; }
    DeadstockView *deadstockView() const { return m_deadstock; }
    items::LiveQuery *batchesQuery() const { return m_batches; }
    // The export of the chart shown.
    ExportActions *currentExporter() const;

public Q_SLOTS:
    void showChart(Chart chart);
    // "" for every location.
    void setLocation(const QString &location);
    void setWindowDays(int days);

Q_SIGNALS:
    void openPolicyRequested(const QString &sku);
    void openBatchesRequested(const shelfsync::domain::StockKey &key);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillLocations();
    void askBatches();
    // When the batch charts were computed, or why they are not current.
    void updateFreshness();

    sync::Workspace &m_workspace;
    items::LiveQuery *m_batches;
    QComboBox *m_locationBox;
    QComboBox *m_windowBox;
    QLabel *m_freshness;
    QString m_lastError;
    QTabWidget *m_tabs;
    VelocityChart *m_velocity;
    AgeingChart *m_ageing;
    CoverChart *m_cover;
    DeadstockView *m_deadstock;
    QAction *m_exportPng;
    QAction *m_exportCsv;
    QString m_location;
    int m_windowDays = 30;
};

} // namespace shelfsync::views
