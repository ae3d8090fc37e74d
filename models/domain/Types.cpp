#include "Types.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

QString toString(LocationKind kind)
{
    return kind == LocationKind::Warehouse ? u"warehouse"_s : u"store"_s;
}

bool parseLocationKind(const QString &text, LocationKind *kind)
{
    if (text == "store"_L1)
        *kind = LocationKind::Store;
    else if (text == "warehouse"_L1)
        *kind = LocationKind::Warehouse;
    else
        return false;
    return true;
}

QString toString(ReservationState state)
{
    switch (state) {
    case ReservationState::Held:
        return u"held"_s;
    case ReservationState::Committed:
        return u"committed"_s;
    case ReservationState::Released:
        return u"released"_s;
    }
    return {};
}

bool parseReservationState(const QString &text, ReservationState *state)
{
    for (auto candidate :
         {ReservationState::Held, ReservationState::Committed, ReservationState::Released}) {
        if (toString(candidate) == text) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString toString(ReleaseReason reason)
{
    switch (reason) {
    case ReleaseReason::Cancelled:
        return u"cancelled"_s;
    case ReleaseReason::Expired:
        return u"expired"_s;
    case ReleaseReason::Dispatched:
        return u"dispatched"_s;
    }
    return {};
}

bool parseReleaseReason(const QString &text, ReleaseReason *reason)
{
    for (auto candidate :
         {ReleaseReason::Cancelled, ReleaseReason::Expired, ReleaseReason::Dispatched}) {
        if (toString(candidate) == text) {
            *reason = candidate;
            return true;
        }
    }
    return false;
}

} // namespace shelfsync::domain
