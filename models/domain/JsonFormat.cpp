#include "JsonFormat.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    // Qt accepts timestamps without a zone as local time; the protocol never does.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(formatDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Availability &figures)
{
    return {{u"on_hand"_s, figures.onHand},
            {u"hidden"_s, figures.hidden},
            {u"reserved"_s, figures.reserved},
            {u"buffer"_s, figures.buffer},
            {u"atp"_s, figures.atp}};
}

std::optional<Availability> availabilityFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Availability figures;
    const std::pair<QLatin1StringView, Quantity *> fields[] = {{"on_hand"_L1, &figures.onHand},
                                                               {"hidden"_L1, &figures.hidden},
                                                               {"reserved"_L1, &figures.reserved},
                                                               {"buffer"_L1, &figures.buffer},
                                                               {"atp"_L1, &figures.atp}};
    for (const auto &[name, target] : fields) {
        const auto number = integerFromJson(object.value(name));
        if (!number)
            return std::nullopt;
        *target = *number;
    }
    return figures;
}

QJsonObject toJson(const Policy &policy)
{
    return {{u"buffer_pct"_s, policy.bufferPct},
            {u"buffer_min"_s, policy.bufferMin},
            {u"lock_enabled"_s, policy.lockEnabled},
            {u"lock_ttl_s"_s, policy.lockTtlS},
            {u"lock_max_qty"_s, policy.lockMaxQty},
            {u"hide_before_expiry_h"_s, policy.hideBeforeExpiryH},
            {u"low_stock"_s, policy.lowStock},
            {u"deadstock_days"_s, policy.deadstockDays}};
}

Policy policyFromJson(const QJsonObject &object)
{
    Policy policy;
    policy.bufferPct = object.value("buffer_pct"_L1).toInt(policy.bufferPct);
    policy.bufferMin = object.value("buffer_min"_L1).toInteger(policy.bufferMin);
    policy.lockEnabled = object.value("lock_enabled"_L1).toBool(policy.lockEnabled);
    policy.lockTtlS = object.value("lock_ttl_s"_L1).toInt(policy.lockTtlS);
    policy.lockMaxQty = object.value("lock_max_qty"_L1).toInteger(policy.lockMaxQty);
    policy.hideBeforeExpiryH =
        object.value("hide_before_expiry_h"_L1).toInt(policy.hideBeforeExpiryH);
    policy.lowStock = object.value("low_stock"_L1).toInteger(policy.lowStock);
    policy.deadstockDays = object.value("deadstock_days"_L1).toInt(policy.deadstockDays);
    return policy;
}

std::optional<qint64> integerFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kLimit = 9007199254740991.0; // 2^53 - 1
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > kLimit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace shelfsync::domain
