#include "CommandText.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

// The context lupdate files these strings under.
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(shelfsync::items::CommandText)
};

} // namespace

QString actionName(const QString &op)
{
    static const QList<std::pair<QLatin1StringView, const char *>> names{
        {"upsert_location"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Save location")},
        {"upsert_sku"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Save SKU")},
        {"set_policy"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Set policy")},
        {"receive"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Receive")},
        {"dispatch"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Dispatch")},
        {"adjust"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Count")},
        {"return"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Return")},
        {"write_off"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Write off")},
        {"reserve"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Reserve")},
        {"commit"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Commit order")},
        {"release"_L1, QT_TRANSLATE_NOOP("shelfsync::items::CommandText", "Release")},
    };
    for (const auto &[name, text] : names) {
        if (op == name)
            return CommandText::tr(text);
    }
    return op;
}

QString describeArgs(const QString &op, const QJsonObject &args)
{
    QStringList parts;
    const auto number = [&](QLatin1StringView field) { return args.value(field).toInteger(); };
    if (args.contains("qty"_L1))
        parts << CommandText::tr("qty %1").arg(number("qty"_L1));
    if (args.contains("counted"_L1))
        parts << CommandText::tr("counted %1").arg(number("counted"_L1));
    if (args.contains("delta"_L1))
        parts << CommandText::tr("change %1").arg(number("delta"_L1));
    if (args.contains("batch"_L1))
        parts << CommandText::tr("batch %1").arg(args.value("batch"_L1).toString());
    if (args.contains("expiry"_L1))
        parts << CommandText::tr("expires %1").arg(args.value("expiry"_L1).toString());
    if (args.contains("reservation"_L1))
        parts << CommandText::tr("reservation %1").arg(args.value("reservation"_L1).toString());
    if (args.contains("reason"_L1))
        parts << CommandText::tr("reason: %1").arg(args.value("reason"_L1).toString());
    if (op == "upsert_sku"_L1 || op == "upsert_location"_L1)
        parts << args.value("name"_L1).toString();
    if (op == "set_policy"_L1) {
        if (args.contains("buffer_pct"_L1) || args.contains("buffer_min"_L1))
            parts << CommandText::tr("buffer %1% / min %2")
                         .arg(number("buffer_pct"_L1))
                         .arg(number("buffer_min"_L1));
        if (args.contains("lock_enabled"_L1))
            parts << (args.value("lock_enabled"_L1).toBool() ? CommandText::tr("locks on")
                                                             : CommandText::tr("locks off"));
    }
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

QString describeError(const QJsonObject &error)
{
    const QString code = error.value("code"_L1).toString();
    const QString message = error.value("message"_L1).toString();
    if (code == "insufficient_stock"_L1)
        return CommandText::tr("Not enough stock: %1 available to promise")
            .arg(error.value("atp"_L1).toInteger());
    if (code == "lock_limit"_L1)
        return CommandText::tr("Over the per-hold limit of %1")
            .arg(error.value("max"_L1).toInteger());
    if (code == "lock_disabled"_L1)
        return CommandText::tr("Holds are switched off for this SKU");
    if (code == "expired"_L1)
        return CommandText::tr("The goods are past their expiry date");
    if (code == "forbidden"_L1)
        return CommandText::tr("Your role may not do this");
    if (code == "unknown_sku"_L1)
        return CommandText::tr("Unknown SKU");
    if (code == "unknown_location"_L1)
        return CommandText::tr("Unknown location");
    if (code == "unknown_reservation"_L1)
        return CommandText::tr("Unknown reservation");
    if (code == "bad_request"_L1) {
        const QString field = error.value("field"_L1).toString();
        return field.isEmpty() ? CommandText::tr("Invalid input: %1").arg(message)
                               : CommandText::tr("Invalid %1: %2").arg(field, message);
    }
    return message.isEmpty() ? code : message;
}

} // namespace shelfsync::items
