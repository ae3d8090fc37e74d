#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shelfsync::domain {

// The error codes of PROTOCOL.md, in one place so the service, the HTTP mapping and the
// app agree on their spelling.
enum class ErrorCode
{
    BadRequest,
    Unauthorized,
    Forbidden,
    UnknownSku,
    UnknownLocation,
    UnknownReservation,
    InsufficientStock,
    LockDisabled,
    LockLimit,
    Expired,
    Busy,
    Conflict,
    UnsupportedProtocol,
    Internal,
};

QString toString(ErrorCode code);
std::optional<ErrorCode> parseErrorCode(const QString &text);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;                      // bad_request: the offending field
    std::optional<qint64> atp;          // insufficient_stock
    std::optional<qint64> max;          // lock_limit
    std::optional<qint64> retryAfterMs; // busy

    static Error badRequest(const QString &field, const QString &message);
    static Error make(ErrorCode code, const QString &message);

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &object);
    bool operator==(const Error &) const = default;
};

} // namespace shelfsync::domain
