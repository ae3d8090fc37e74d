#pragma once

#include "Commands.h"
#include "Events.h"
#include "Result.h"
#include "State.h"

#include <QJsonObject>
#include <QList>

namespace shelfsync::domain {

// What a command decided: the events to append (seq 0, `after` filled in) and the
// `result` object of its ack.
struct Decision
{
    QList<Event> events;
    QJsonObject result;
};

// The inventory rules. Pure: the same state, command and time always give the same
// answer, and nothing outside the arguments is read or written.
Result<Decision> decide(const State &state, const Command &command, const QDateTime &now);

// Folds one event into the state. Events come from decide() or the ledger and are trusted.
void applyInPlace(State &state, const Event &event);
State apply(State state, const Event &event);

} // namespace shelfsync::domain
