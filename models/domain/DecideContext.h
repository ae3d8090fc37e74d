#pragma once

#include "Error.h"
#include "EventWriter.h"

#include <QJsonObject>

#include <optional>

namespace shelfsync::domain {

// What one op's rule sees and fills: the state before the command, the command, its time,
// the events it writes and the `result` of its ack. A rule returns an error, or nothing.
struct DecideContext
{
    const State &state;
    const Command &command;
    QDateTime now;
    EventWriter writer;
    QJsonObject result;

    // The checks every op starts with, in the order of PROTOCOL.md: location, then SKU.
    std::optional<Error> requireCell(const StockKey &key) const;
    std::optional<Error> requireSku(const QString &sku) const;
};

using RuleOutcome = std::optional<Error>;

RuleOutcome decideUpsertLocation(DecideContext &context, const UpsertLocation &args);
RuleOutcome decideUpsertSku(DecideContext &context, const UpsertSku &args);
RuleOutcome decideSetPolicy(DecideContext &context, const SetPolicy &args);

RuleOutcome decideReceive(DecideContext &context, const Receive &args);
RuleOutcome decideDispatch(DecideContext &context, const Dispatch &args);
RuleOutcome decideAdjust(DecideContext &context, const Adjust &args);
RuleOutcome decideReturn(DecideContext &context, const Return &args);
RuleOutcome decideWriteOff(DecideContext &context, const WriteOff &args);

RuleOutcome decideReserve(DecideContext &context, const Reserve &args);
RuleOutcome decideCommit(DecideContext &context, const Commit &args);
RuleOutcome decideRelease(DecideContext &context, const Release &args);
RuleOutcome decideSweep(DecideContext &context, const Sweep &args);

} // namespace shelfsync::domain
