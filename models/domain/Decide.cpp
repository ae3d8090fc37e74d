#include "DecideContext.h"
#include "Rules.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

std::optional<Error> DecideContext::requireCell(const StockKey &key) const
{
    if (!state.locations.contains(key.location))
        return Error::make(ErrorCode::UnknownLocation, u"unknown location %1"_s.arg(key.location));
    return requireSku(key.sku);
}

std::optional<Error> DecideContext::requireSku(const QString &sku) const
{
    if (!state.skus.contains(sku))
        return Error::make(ErrorCode::UnknownSku, u"unknown SKU %1"_s.arg(sku));
    return std::nullopt;
}

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

} // namespace

Result<Decision> decide(const State &state, const Command &command, const QDateTime &now)
{
    DecideContext context{
        state, command, now.toUTC(), EventWriter(state, command, now.toUTC()), {}};
    const RuleOutcome outcome = std::visit(
        Overloaded{
            [&](const UpsertLocation &args) { return decideUpsertLocation(context, args); },
            [&](const UpsertSku &args) { return decideUpsertSku(context, args); },
            [&](const SetPolicy &args) { return decideSetPolicy(context, args); },
            [&](const Receive &args) { return decideReceive(context, args); },
            [&](const Dispatch &args) { return decideDispatch(context, args); },
            [&](const Adjust &args) { return decideAdjust(context, args); },
            [&](const Return &args) { return decideReturn(context, args); },
            [&](const WriteOff &args) { return decideWriteOff(context, args); },
            [&](const Reserve &args) { return decideReserve(context, args); },
            [&](const Commit &args) { return decideCommit(context, args); },
            [&](const Release &args) { return decideRelease(context, args); },
            [&](const Sweep &args) { return decideSweep(context, args); },
        },
        command.args);
    if (outcome)
        return *outcome;
    return Decision{context.writer.takeEvents(), context.result};
}

} // namespace shelfsync::domain
