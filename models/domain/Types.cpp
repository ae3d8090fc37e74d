#include "Types.h"

#include "NameTable.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

constexpr NameTable<LocationKind, 2> kLocationKinds{{{
    {LocationKind::Store, "store"_L1},
    {LocationKind::Warehouse, "warehouse"_L1},
}}};

constexpr NameTable<ReservationState, 3> kReservationStates{{{
    {ReservationState::Held, "held"_L1},
    {ReservationState::Committed, "committed"_L1},
    {ReservationState::Released, "released"_L1},
}}};

constexpr NameTable<ReleaseReason, 3> kReleaseReasons{{{
    {ReleaseReason::Cancelled, "cancelled"_L1},
    {ReleaseReason::Expired, "expired"_L1},
    {ReleaseReason::Dispatched, "dispatched"_L1},
}}};

// The out-parameter form the callers use: untouched when the text is not a known name.
template <typename Enum, size_t N>
bool parseInto(const NameTable<Enum, N> &table, const QString &text, Enum *value)
{
    const auto found = table.find(text);
    if (found)
        *value = *found;
    return found.has_value();
}

} // namespace

QString toString(LocationKind kind)
{
    return kLocationKinds.name(kind);
}

bool parseLocationKind(const QString &text, LocationKind *kind)
{
    return parseInto(kLocationKinds, text, kind);
}

QString toString(ReservationState state)
{
    return kReservationStates.name(state);
}

bool parseReservationState(const QString &text, ReservationState *state)
{
    return parseInto(kReservationStates, text, state);
}

QString toString(ReleaseReason reason)
{
    return kReleaseReasons.name(reason);
}

bool parseReleaseReason(const QString &text, ReleaseReason *reason)
{
    return parseInto(kReleaseReasons, text, reason);
}

} // namespace shelfsync::domain
