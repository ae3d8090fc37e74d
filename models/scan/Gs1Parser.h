#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace shelfsync::scan {

// What a receiving scan carries: a GTIN-14 and, from GS1 element strings, the batch,
// the expiry and a count.
struct ScanResult
{
    QString gtin; // always 14 digits, check digit verified
    QString batch;
    QDate expiry;
    std::optional<qint64> count;
    QString error; // set when the scan could not be read; the fields are then unset

    bool ok() const { return error.isEmpty(); }
};

// Reads what a keyboard-wedge scanner types: EAN-13, UPC-A, EAN-8, GTIN-14, or a GS1-128 /
// GS1 DataMatrix / GS1 QR element string with AIs, FNC1 sent as GS (0x1D), with or
// without a symbology prefix (]C1, ]d2, ]Q3, ]e0, ]E0), or its human-readable form with
// parentheses. `today` decides the century of two-digit years (GS1's -49/+50 rule).
ScanResult parseScan(const QString &input, const QDate &today);

} // namespace shelfsync::scan
