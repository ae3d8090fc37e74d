#pragma once

#include "domain/StateChanges.h"

#include "domain/State.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace shelfsync::store {

// Writes the state tables' rows that a commit touched, and reads the whole state back.
// Plain DELETE + INSERT statements, so SQLite and PostgreSQL share it. One writer lives as
// long as its connection, so each statement is prepared once.
class StateWriter final
{
public:
    explicit StateWriter(const QSqlDatabase &db);

    bool write(const domain::State &state, const domain::StateChanges &changes);
    const QString &error() const { return m_error; }

    static domain::State read(const QSqlDatabase &db);

private:
    bool run(const QString &sql, const QVariantList &values);
    bool writeCell(const domain::State &state, const domain::StockKey &key);
    bool writeAvailability(const domain::State &state, const domain::StockKey &key);
    bool writeReservation(const domain::Reservation &reservation, int position);

    QSqlDatabase m_db;
    QString m_error;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries; // prepared once
};

} // namespace shelfsync::store
