#pragma once

#include "domain/Types.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class HistoryModel;
}

namespace shelfsync::views {

// The details of one inventory row: its figures and batches as they are now, and the
// ledger's events for it, newest first, growing as new events arrive. Not modal: it
// stays open beside the inventory and shows whichever row it is given next.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    explicit HistoryDialog(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void showCell(const domain::StockKey &key);
    domain::StockKey cell() const;
    items::HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void updateSummary();
    void updateStatus();

    sync::Workspace &m_workspace;
    items::HistoryModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_batches = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace shelfsync::views
