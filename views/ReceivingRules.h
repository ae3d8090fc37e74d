#pragma once

#include "domain/State.h"

#include <QDateTime>
#include <QLocale>

namespace shelfsync::views {

// What the dock does with goods of a given expiry: expired goods are refused outright;
// goods that leave the shelf within two days of arriving (hide window + 2 days) need the
// user's word first.
enum class ExpiryVerdict
{
    Fine,
    NearExpiry,
    Expired,
};
ExpiryVerdict receivingVerdict(const QDate &expiry, const domain::Policy &policy,
                               const QDateTime &now);

// The SKU a scanned GTIN-14 belongs to. Catalogues hold GTINs as printed (EAN-13, UPC-A,
// EAN-8) or as GTIN-14, so the leading zeros of the scan are tried off one by one.
QString skuForGtin(const domain::State &state, const QString &gtin14);

// A date typed at the dock: YYYY-MM-DD, or the user's own short date format. A two-digit
// year means this century (Qt would read "26" as 1926 and the goods as long expired).
QDate parseTypedDate(const QString &text, const QLocale &locale);

} // namespace shelfsync::views
