#pragma once

#include "domain/Types.h"
#include "items/HealthRules.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class DashboardModel;
class DashboardDetailModel;
} // namespace shelfsync::items

namespace shelfsync::views {

class ExportActions;

// The dashboard: each location's inventory health in red, amber and green on top (out
// of stock, orders at risk, expiring within a week, deadstock value), and below it the
// rows behind the chosen figure. It opens on the worst figure, so there is always
// something to work through. Opening a row asks the main window for the cell (out of
// stock, at risk) or its batches (expiring, deadstock).
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Open Row, Figures/Rows, Worst Figure, then the PNG and CSV exports.
    QList<QAction *> actions() const;

    items::DashboardModel *model() const { return m_model; }
    items::DashboardDetailModel *detailModel() const { return m_detail; }
    QTableView *healthTable() const { return m_health; }
    QTableView *detailTable() const { return m_rows; }
    ExportActions *exportActions() const { return m_export; }
    QString title() const;
    QString freshness() const;

public Q_SLOTS:
    // Shows the rows behind one figure and marks it in the figures.
    void showFigure(const QString &location, shelfsync::items::Measure measure);
    void showWorstFigure();
    // Asks for the selected row's cell, or for its batches on a batch row; openRow() for
    // the row Enter or a double click activated.
    void openCurrentRow();
    void openRow(const QModelIndex &index);
    // Re-evaluates the figures against the clock (expiry and sales move on without
    // events); the view's minute timer calls it while the view is shown.
    void refreshTimes();

Q_SIGNALS:
    void openCellRequested(const shelfsync::domain::StockKey &key);
    void openBatchesRequested(const shelfsync::domain::StockKey &key);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onFigureChosen(const QModelIndex &index);
    void onFigureActivated(const QModelIndex &index);
    void onReset();
    void switchPane();
    void fitHealthTable();
    void updateTitle();
    void updateFreshness();
    void sortRows();
    void sizeRowColumns();

    sync::Workspace &m_workspace;
    items::DashboardModel *m_model = nullptr;
    items::DashboardDetailModel *m_detail = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_health = nullptr;
    QTableView *m_rows = nullptr;
    QLabel *m_freshness = nullptr;
    QLabel *m_title = nullptr;
    ExportActions *m_export = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_paneAction = nullptr;
    QAction *m_worstAction = nullptr;
    QTimer m_minuteTimer;
};

} // namespace shelfsync::views
