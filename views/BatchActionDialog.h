#pragma once

#include "domain/Types.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace shelfsync::domain {
struct State;
}

namespace shelfsync::views {

enum class BatchAction
{
    WriteOff, // qty and reason -> write_off
    Count,    // the counted qty -> adjust with reason "count"
    Return,   // NDR / customer return inward: qty, batch, reference -> return
};

// What the Batches screen knows when it asks: the cell, the batch picked (if any) and
// what that batch holds.
struct BatchActionRequest
{
    BatchAction action = BatchAction::WriteOff;
    domain::StockKey key;
    QString batch;
    domain::Quantity held = 0;
    QString unit;
};

struct BatchActionValues
{
    domain::Quantity qty = 0; // written off, counted or returned
    QString reason;           // write-offs only
    QString batch;            // returns: empty lets the service pick the next FEFO batch
    QString reference;        // returns: the order or NDR number
    QDate expiry;             // returns into a batch no longer on record
};

// A batch action as the command it sends (op and args), shared by every screen that
// offers these actions so a write-off or a count is the same command wherever it is made.
struct BatchCommand
{
    QString op;
    QJsonObject args;
};

// `state` tells whether a returned batch is still on record (only then is its expiry
// left out: the service already knows it).
BatchCommand batchCommand(const BatchActionRequest &request, const BatchActionValues &values,
                          const domain::State &state);

// One small form per batch action; OK stays off until the values make a valid command.
class BatchActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchActionDialog)

public:
    explicit BatchActionDialog(const BatchActionRequest &request, QWidget *parent = nullptr);

    BatchActionValues values() const;
    bool isComplete() const;

private:
    void validate();

    BatchActionRequest m_request;
    QSpinBox *m_qty = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_batch = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_expiry = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace shelfsync::views
