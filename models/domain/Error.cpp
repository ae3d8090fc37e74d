#include "Error.h"

#include "NameTable.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

constexpr NameTable<ErrorCode, 14> kCodes{{{
    {ErrorCode::BadRequest, "bad_request"_L1},
    {ErrorCode::Unauthorized, "unauthorized"_L1},
    {ErrorCode::Forbidden, "forbidden"_L1},
    {ErrorCode::UnknownSku, "unknown_sku"_L1},
    {ErrorCode::UnknownLocation, "unknown_location"_L1},
    {ErrorCode::UnknownReservation, "unknown_reservation"_L1},
    {ErrorCode::InsufficientStock, "insufficient_stock"_L1},
    {ErrorCode::LockDisabled, "lock_disabled"_L1},
    {ErrorCode::LockLimit, "lock_limit"_L1},
    {ErrorCode::Expired, "expired"_L1},
    {ErrorCode::Busy, "busy"_L1},
    {ErrorCode::Conflict, "conflict"_L1},
    {ErrorCode::UnsupportedProtocol, "unsupported_protocol"_L1},
    {ErrorCode::Internal, "internal"_L1},
}}};

} // namespace

QString toString(ErrorCode code)
{
    const QString name = kCodes.name(code);
    return name.isEmpty() ? u"internal"_s : name;
}

std::optional<ErrorCode> parseErrorCode(const QString &text)
{
    return kCodes.find(text);
}

Error Error::badRequest(const QString &field, const QString &message)
{
    Error error;
    error.code = ErrorCode::BadRequest;
    error.field = field;
    error.message = message;
    return error;
}

Error Error::make(ErrorCode code, const QString &message)
{
    Error error;
    error.code = code;
    error.message = message;
    return error;
}

QJsonObject Error::toJson() const
{
    QJsonObject object{{u"code"_s, toString(code)}, {u"message"_s, message}};
    if (!field.isEmpty())
        object.insert(u"field"_s, field);
    if (atp)
        object.insert(u"atp"_s, *atp);
    if (max)
        object.insert(u"max"_s, *max);
    if (retryAfterMs)
        object.insert(u"retry_after_ms"_s, *retryAfterMs);
    return object;
}

Error Error::fromJson(const QJsonObject &object)
{
    Error error;
    error.code = parseErrorCode(object.value("code"_L1).toString()).value_or(ErrorCode::Internal);
    error.message = object.value("message"_L1).toString();
    error.field = object.value("field"_L1).toString();
    if (object.contains("atp"_L1))
        error.atp = object.value("atp"_L1).toInteger();
    if (object.contains("max"_L1))
        error.max = object.value("max"_L1).toInteger();
    if (object.contains("retry_after_ms"_L1))
        error.retryAfterMs = object.value("retry_after_ms"_L1).toInteger();
    return error;
}

} // namespace shelfsync::domain
