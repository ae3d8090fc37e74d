#pragma once

#include "Types.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace shelfsync::domain {

// The wire forms of PROTOCOL.md: times in ISO 8601 UTC with milliseconds, dates as
// YYYY-MM-DD, availability as the five figures of `after`.
QString formatTime(const QDateTime &time);
QDateTime parseTime(const QString &text); // null unless a full UTC or offset timestamp
QString formatDate(const QDate &date);
QDate parseDate(const QString &text); // null unless a valid YYYY-MM-DD
QJsonValue dateOrNull(const QDate &date);

QJsonObject toJson(const Availability &figures);
std::optional<Availability> availabilityFromJson(const QJsonValue &value);

QJsonObject toJson(const Policy &policy);
Policy policyFromJson(const QJsonObject &object); // trusted input: missing fields keep defaults

// Optional fields are left out of the wire form rather than written empty.
inline void insertIf(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

template <typename T>
void insertIf(QJsonObject &object, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, *value);
}

// JSON numbers are doubles: only whole values within +-2^53 are quantities.
std::optional<qint64> integerFromJson(const QJsonValue &value);

} // namespace shelfsync::domain
