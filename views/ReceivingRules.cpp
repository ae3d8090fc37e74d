#include "ReceivingRules.h"

#include "domain/Expiry.h"
#include "domain/JsonFormat.h"

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

QDate parseTypedDate(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (const QDate iso = domain::parseDate(trimmed); iso.isValid())
        return iso;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1StringView("yyyy")))
        format.replace(QLatin1StringView("yy"), QLatin1StringView("yyyy"));
    if (const QDate full = locale.toDate(trimmed, format); full.isValid() && full.year() >= 1000)
        return full;
    const QDate shortYear = locale.toDate(trimmed, QLocale::ShortFormat);
    if (shortYear.isValid() && shortYear.year() < 2000)
        return shortYear.addYears(100);
    return shortYear;
}

} // namespace shelfsync::views
