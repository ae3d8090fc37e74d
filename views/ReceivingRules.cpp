#include "ReceivingRules.h"

#include "domain/Expiry.h"

namespace shelfsync::views {

namespace {

constexpr int kNearExpiryDays = 2;

} // namespace

ExpiryVerdict receivingVerdict(const QDate &expiry, const domain::Policy &policy,
                               const QDateTime &now)
{
    if (!expiry.isValid())
        return ExpiryVerdict::Fine;
    if (domain::isExpired(expiry, now))
        return ExpiryVerdict::Expired;
    if (now >= domain::hideMoment(expiry, policy.hideBeforeExpiryH).addDays(-kNearExpiryDays))
        return ExpiryVerdict::NearExpiry;
    return ExpiryVerdict::Fine;
}

QString skuForGtin(const domain::State &state, const QString &gtin14)
{
    // GTIN-14, EAN-13, UPC-A (12), then EAN-8: the same number with fewer leading zeros.
    for (const int length : {14, 13, 12, 8}) {
        if (gtin14.size() < length)
            continue;
        const qsizetype padding = gtin14.size() - length;
        if (QStringView(gtin14).left(padding).count(u'0') != padding)
            break;
        const QString candidate = gtin14.mid(padding);
        if (const auto it = state.skuByGtin.constFind(candidate); it != state.skuByGtin.cend())
            return *it;
    }
    return {};
}

} // namespace shelfsync::views
