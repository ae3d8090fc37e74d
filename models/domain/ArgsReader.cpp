#include "ArgsReader.h"

#include "JsonFormat.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

constexpr qsizetype kMaxIdLength = 128;
constexpr qsizetype kMaxTextLength = 1024;

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

ArgsReader::ArgsReader(const QJsonObject &args)
    : m_args(args)
{}

bool ArgsReader::has(QLatin1StringView field) const
{
    return present(field);
}

bool ArgsReader::present(QLatin1StringView field) const
{
    const QJsonValue value = m_args.value(field);
    return !value.isUndefined() && !value.isNull();
}

void ArgsReader::fail(QLatin1StringView field, const QString &message)
{
    if (!m_error)
        m_error = Error::badRequest(QString(field), message);
}

QString ArgsReader::optionalId(QLatin1StringView field)
{
    if (m_error || !present(field))
        return {};
    const QJsonValue value = m_args.value(field);
    if (!value.isString()) {
        fail(field, u"%1 must be a string"_s.arg(field));
        return {};
    }
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > kMaxIdLength || hasControlCharacters(text) ||
        text.trimmed() != text) {
        fail(field, u"%1 must be 1 to %2 characters without control characters or outer "
                    "spaces"_s.arg(field)
                        .arg(kMaxIdLength));
        return {};
    }
    return text;
}

QString ArgsReader::id(QLatin1StringView field)
{
    if (!m_error && !present(field))
        fail(field, u"%1 is required"_s.arg(field));
    return optionalId(field);
}

std::optional<QString> ArgsReader::presentText(QLatin1StringView field)
{
    if (m_error || !present(field))
        return std::nullopt;
    const QJsonValue value = m_args.value(field);
    if (!value.isString()) {
        fail(field, u"%1 must be a string"_s.arg(field));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() > kMaxTextLength || hasControlCharacters(text)) {
        fail(field, u"%1 must be at most %2 characters without control characters"_s.arg(field).arg(
                        kMaxTextLength));
        return std::nullopt;
    }
    return text;
}

QString ArgsReader::optionalText(QLatin1StringView field)
{
    return presentText(field).value_or(QString());
}

QString ArgsReader::text(QLatin1StringView field)
{
    if (!m_error && !present(field))
        fail(field, u"%1 is required"_s.arg(field));
    const QString value = optionalText(field);
    if (!m_error && value.trimmed().isEmpty())
        fail(field, u"%1 must not be empty"_s.arg(field));
    return value;
}

Quantity ArgsReader::positive(QLatin1StringView field)
{
    if (!m_error && !present(field))
        fail(field, u"%1 is required"_s.arg(field));
    const auto value = optionalInteger(field, 1, kMaxQuantity);
    return value.value_or(0);
}

qint64 ArgsReader::integer(QLatin1StringView field, qint64 min, qint64 max)
{
    if (!m_error && !present(field))
        fail(field, u"%1 is required"_s.arg(field));
    return optionalInteger(field, min, max).value_or(0);
}

std::optional<qint64> ArgsReader::optionalInteger(QLatin1StringView field, qint64 min, qint64 max)
{
    if (m_error || !present(field))
        return std::nullopt;
    const auto number = integerFromJson(m_args.value(field));
    if (!number) {
        fail(field, u"%1 must be a whole number"_s.arg(field));
        return std::nullopt;
    }
    if (*number < min || *number > max) {
        fail(field, u"%1 must be between %2 and %3"_s.arg(field).arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<double> ArgsReader::optionalNumber(QLatin1StringView field, double min)
{
    if (m_error || !present(field))
        return std::nullopt;
    const QJsonValue value = m_args.value(field);
    if (!value.isDouble() || value.toDouble() < min) {
        fail(field, u"%1 must be a number of at least %2"_s.arg(field).arg(min));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<bool> ArgsReader::optionalBool(QLatin1StringView field)
{
    if (m_error || !present(field))
        return std::nullopt;
    const QJsonValue value = m_args.value(field);
    if (!value.isBool()) {
        fail(field, u"%1 must be true or false"_s.arg(field));
        return std::nullopt;
    }
    return value.toBool();
}

QDate ArgsReader::optionalDate(QLatin1StringView field)
{
    if (m_error || !present(field))
        return {};
    const QJsonValue value = m_args.value(field);
    const QDate date = value.isString() ? parseDate(value.toString()) : QDate();
    if (!date.isValid())
        fail(field, u"%1 must be a date YYYY-MM-DD"_s.arg(field));
    return date;
}

QDateTime ArgsReader::optionalTime(QLatin1StringView field)
{
    if (m_error || !present(field))
        return {};
    const QJsonValue value = m_args.value(field);
    const QDateTime time = value.isString() ? parseTime(value.toString()) : QDateTime();
    if (!time.isValid())
        fail(field, u"%1 must be an ISO 8601 time with a zone, e.g. 2026-11-25T10:15:00.000Z"_s.arg(
                        field));
    return time;
}

QString ArgsReader::optionalGtin(QLatin1StringView field)
{
    const auto value = presentText(field);
    if (!value || value->isEmpty())
        return {};
    if (!isValidGtin(*value)) {
        fail(field,
             u"%1 must be a GTIN of 8, 12, 13 or 14 digits with a valid check digit"_s.arg(field));
        return {};
    }
    return *value;
}

bool isValidGtin(const QString &digits)
{
    const qsizetype length = digits.size();
    if (length != 8 && length != 12 && length != 13 && length != 14)
        return false;
    int sum = 0;
    // Weights alternate 3, 1 from the digit left of the check digit.
    for (qsizetype i = 0; i < length - 1; ++i) {
        const QChar c = digits.at(length - 2 - i);
        if (c < u'0' || c > u'9')
            return false;
        sum += (c.unicode() - u'0') * (i % 2 == 0 ? 3 : 1);
    }
    const QChar check = digits.at(length - 1);
    return check >= u'0' && check <= u'9' && (10 - sum % 10) % 10 == check.unicode() - u'0';
}

} // namespace shelfsync::domain
