#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace shelfsync::domain {

// The wire names of an enum, in one table that both directions read.
template <typename Enum, size_t N>
struct NameTable
{
    std::array<std::pair<Enum, QLatin1StringView>, N> entries;

    QString name(Enum value) const
    {
        for (const auto &[candidate, text] : entries) {
            if (candidate == value)
                return text;
        }
        return {};
    }

    std::optional<Enum> find(QStringView text) const
    {
        for (const auto &[candidate, name] : entries) {
            if (text == name)
                return candidate;
        }
        return std::nullopt;
    }
};

} // namespace shelfsync::domain
