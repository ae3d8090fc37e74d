#include "Gs1Parser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shelfsync::scan {

namespace {

constexpr QChar kGroupSeparator = QChar(0x1D);

// The AIs a receiving dock meets. Fixed-length ones need no separator after them.
struct AiSpec
{
    QLatin1StringView ai;
    int fixedLength; // 0: variable
    int maxLength;
    bool numeric;
};

constexpr AiSpec kAis[] = {
    {"00"_L1, 18, 18, true}, // SSCC
    {"01"_L1, 14, 14, true}, // GTIN
    {"02"_L1, 14, 14, true}, // GTIN of contained items
    {"10"_L1, 0, 20, false}, // batch or lot
    {"11"_L1, 6, 6, true},   // production date
    {"13"_L1, 6, 6, true},   // packaging date
    {"15"_L1, 6, 6, true},   // best before
    {"16"_L1, 6, 6, true},   // sell by
    {"17"_L1, 6, 6, true},   // expiry
    {"21"_L1, 0, 20, false}, // serial
    {"30"_L1, 0, 8, true},   // variable count
    {"37"_L1, 0, 8, true},   // count of trade items
};

const AiSpec *findAi(QStringView text)
{
    for (const AiSpec &spec : kAis) {
        if (text.startsWith(spec.ai))
            return &spec;
    }
    return nullptr;
}

bool checkDigitOk(QStringView digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size() - 1; ++i) {
        const int digit = digits[digits.size() - 2 - i].unicode() - u'0';
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10 == digits.last().unicode() - u'0';
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// YYMMDD; day 00 means the last day of the month (GS1 General Specifications 7.12).
QDate gs1Date(QStringView text, const QDate &today)
{
    const int yy = text.left(2).toInt();
    const int month = text.mid(2, 2).toInt();
    const int day = text.mid(4, 2).toInt();
    const int currentYy = today.year() % 100;
    int century = today.year() - currentYy;
    const int difference = yy - currentYy;
    if (difference >= 51)
        century -= 100;
    else if (difference <= -50)
        century += 100;
    const int year = century + yy;
    if (month < 1 || month > 12)
        return {};
    if (day == 0)
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    return QDate(year, month, day);
}

ScanResult failure(const QString &message)
{
    ScanResult result;
    result.error = message;
    return result;
}

// "(01)0950...(17)201225(10)ABC": the human-readable form becomes the raw one, with a
// separator after every variable-length field.
QString fromHumanReadable(const QString &text, QString *error)
{
    static const QRegularExpression part(u"\\((\\d{2,4})\\)([^()]*)"_s);
    QString raw;
    qsizetype consumed = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() != consumed) {
            *error = u"unexpected text at position %1"_s.arg(consumed + 1);
            return {};
        }
        consumed = match.capturedEnd();
        const AiSpec *spec = findAi(match.captured(1));
        if (!spec || spec->ai.size() != match.captured(1).size()) {
            *error = u"unknown AI (%1)"_s.arg(match.captured(1));
            return {};
        }
        raw += match.captured(1) + match.captured(2);
        if (spec->fixedLength == 0)
            raw += kGroupSeparator;
    }
    if (consumed != text.size()) {
        *error = u"unexpected text at position %1"_s.arg(consumed + 1);
        return {};
    }
    return raw;
}

ScanResult parseElementString(const QString &raw, const QDate &today)
{
    ScanResult result;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        if (raw[pos] == kGroupSeparator) {
            ++pos;
            continue;
        }
        const AiSpec *spec = findAi(QStringView(raw).mid(pos));
        if (!spec)
            return failure(u"unknown AI (%1)"_s.arg(raw.mid(pos, 2)));
        pos += spec->ai.size();
        QString value;
        if (spec->fixedLength > 0) {
            value = raw.mid(pos, spec->fixedLength);
            if (value.size() != spec->fixedLength || value.contains(kGroupSeparator))
                return failure(u"AI (%1) needs %2 digits"_s.arg(spec->ai).arg(spec->fixedLength));
            pos += spec->fixedLength;
        } else {
            const qsizetype end = raw.indexOf(kGroupSeparator, pos);
            value = raw.mid(pos, end < 0 ? -1 : end - pos);
            pos = end < 0 ? raw.size() : end + 1;
            // A variable field runs to the next FNC1; one that runs past its maximum means
            // the separator after it was lost.
            if (value.isEmpty() || value.size() > spec->maxLength)
                return failure(u"AI (%1) must be 1 to %2 characters (missing FNC1 "
                               "separator?)"_s.arg(spec->ai)
                                   .arg(spec->maxLength));
        }
        if (spec->numeric && !allDigits(value))
            return failure(u"AI (%1) must be digits"_s.arg(spec->ai));

        if (spec->ai == "01"_L1 || spec->ai == "02"_L1) {
            if (!checkDigitOk(value))
                return failure(u"GTIN %1 has a wrong check digit"_s.arg(value));
            if (spec->ai == "01"_L1 || result.gtin.isEmpty())
                result.gtin = value;
        } else if (spec->ai == "00"_L1) {
            if (!checkDigitOk(value))
                return failure(u"SSCC %1 has a wrong check digit"_s.arg(value));
        } else if (spec->ai == "10"_L1) {
            result.batch = value;
        } else if (spec->ai == "17"_L1 || spec->ai == "15"_L1) {
            const QDate date = gs1Date(value, today);
            if (!date.isValid())
                return failure(u"AI (%1) %2 is not a date"_s.arg(spec->ai, value));
            // An expiry date wins over a best-before date when a label carries both.
            if (spec->ai == "17"_L1 || !result.expiry.isValid())
                result.expiry = date;
        } else if (spec->ai == "11"_L1 || spec->ai == "13"_L1 || spec->ai == "16"_L1) {
            if (!gs1Date(value, today).isValid())
                return failure(u"AI (%1) %2 is not a date"_s.arg(spec->ai, value));
        } else if (spec->ai == "30"_L1 || spec->ai == "37"_L1) {
            result.count = value.toLongLong();
        }
    }
    if (result.gtin.isEmpty())
        return failure(u"no GTIN (01) in the scan"_s);
    return result;
}

} // namespace

ScanResult parseScan(const QString &input, const QDate &today)
{
    QString text = input;
    // Scanners end a scan with Enter; some send a CR or LF the field keeps.
    while (!text.isEmpty() && (text.endsWith(u'\r') || text.endsWith(u'\n')))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty())
        return failure(u"empty scan"_s);

    bool gs1 = false;
    static const QRegularExpression symbology(u"^\\][A-Za-z][0-9A-Za-z]"_s);
    if (const auto match = symbology.match(text); match.hasMatch()) {
        const QString id = match.captured(0);
        gs1 = id == "]C1"_L1 || id == "]d2"_L1 || id == "]Q3"_L1 || id == "]e0"_L1;
        if (!gs1 && id != "]E0"_L1 && id != "]E4"_L1)
            return failure(u"symbology %1 carries no GTIN"_s.arg(id));
        text = text.mid(3);
    }
    if (text.startsWith(kGroupSeparator)) {
        gs1 = true;
        text = text.mid(1);
    }

    if (text.startsWith(u'(')) {
        QString error;
        const QString raw = fromHumanReadable(text, &error);
        return error.isEmpty() ? parseElementString(raw, today) : failure(error);
    }
    if (!gs1 && allDigits(text) &&
        (text.size() == 8 || text.size() == 12 || text.size() == 13 || text.size() == 14)) {
        if (!checkDigitOk(text))
            return failure(u"barcode %1 has a wrong check digit"_s.arg(text));
        ScanResult result;
        result.gtin = text.rightJustified(14, u'0');
        return result;
    }
    return parseElementString(text, today);
}

} // namespace shelfsync::scan
