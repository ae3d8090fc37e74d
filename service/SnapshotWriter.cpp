#include "SnapshotWriter.h"

#include "sync/SnapshotCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

namespace {

class PartBuilder
{
public:
    PartBuilder(const QSet<QString> &locations, qint64 seq, qsizetype limit)
        : m_locations(locations)
        , m_seq(seq)
        , m_limit(limit)
    {}

    void add(int section, const QByteArray &entry)
    {
        if (m_size + entry.size() > m_limit && m_size > 0)
            flush(false);
        m_sections[size_t(section)].append(entry);
        m_size += entry.size() + 1;
    }

    QList<QByteArray> finish()
    {
        flush(true);
        return m_parts;
    }

private:
    void flush(bool last)
    {
        static const std::array<const char *, 6> names{"locations", "skus",         "policies",
                                                       "batches",   "reservations", "dispatched"};
        QByteArray part = "{\"type\":\"snapshot\",\"seq\":" + QByteArray::number(m_seq) +
                          ",\"part\":" + QByteArray::number(m_parts.size()) +
                          ",\"last\":" + (last ? "true" : "false") + ",\"subscribed\":" +
                          QJsonDocument(QJsonArray::fromStringList(m_locations.values()))
                              .toJson(QJsonDocument::Compact);
        for (size_t s = 0; s < names.size(); ++s) {
            part += ",\"" + QByteArray(names[s]) + "\":[" + m_sections[s].join(',') + ']';
            m_sections[s].clear();
        }
        part += '}';
        m_parts.append(part);
        m_size = 0;
    }

    const QSet<QString> &m_locations;
    qint64 m_seq;
    qsizetype m_limit;
    qsizetype m_size = 0;
    std::array<QByteArrayList, 6> m_sections;
    QList<QByteArray> m_parts;
};

} // namespace

QList<QByteArray> writeSnapshotParts(const domain::State &state, const QSet<QString> &locations,
                                     qint64 seq, qsizetype partBytes)
{
    const sync::SnapshotEntries entries = sync::encodeSnapshot(state, locations);
    PartBuilder builder(locations, seq, partBytes);
    const std::array<const QJsonArray *, 6> sections{&entries.locations,    &entries.skus,
                                                     &entries.policies,     &entries.batches,
                                                     &entries.reservations, &entries.dispatched};
    for (size_t s = 0; s < sections.size(); ++s) {
        for (const QJsonValue &entry : *sections[s])
            builder.add(int(s), QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact));
    }
    return builder.finish();
}

} // namespace shelfsync::service
