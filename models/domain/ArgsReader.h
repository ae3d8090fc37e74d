#pragma once

#include "Error.h"
#include "Types.h"

#include <QJsonObject>

#include <optional>

namespace shelfsync::domain {

// Reads a command's `args` field by field in the order the protocol lists them. The first
// problem is kept (bad_request naming the field); later reads return defaults, so a
// decoder reads straight through and asks error() once at the end.
class ArgsReader final
{
public:
    explicit ArgsReader(const QJsonObject &args);

    QString id(QLatin1StringView field); // required identifier
    QString optionalId(QLatin1StringView field);
    QString text(QLatin1StringView field); // required, non-empty
    QString optionalText(QLatin1StringView field);
    std::optional<QString> presentText(QLatin1StringView field);     // absent -> nullopt
    Quantity positive(QLatin1StringView field);                      // required, > 0
    qint64 integer(QLatin1StringView field, qint64 min, qint64 max); // required
    std::optional<qint64> optionalInteger(QLatin1StringView field, qint64 min, qint64 max);
    std::optional<double> optionalNumber(QLatin1StringView field, double min);
    std::optional<bool> optionalBool(QLatin1StringView field);
    QDate optionalDate(QLatin1StringView field);
    QDateTime optionalTime(QLatin1StringView field);
    QString optionalGtin(QLatin1StringView field);

    bool has(QLatin1StringView field) const;
    void fail(QLatin1StringView field, const QString &message);
    const std::optional<Error> &error() const { return m_error; }

private:
    // Present and not null: JSON null counts as absent for optional fields.
    bool present(QLatin1StringView field) const;
    std::optional<Error> m_error;
    QJsonObject m_args;
};

// GS1 check digit over GTIN-8, -12, -13 or -14.
bool isValidGtin(const QString &digits);

} // namespace shelfsync::domain
