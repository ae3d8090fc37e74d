#include "QueryBench.h"

#include "BenchClient.h"
#include "BenchSupport.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

void queries(const QUrl &url, const QString &token, int repeats)
{
    BenchClient client;
    client.start(url, token, {});
    if (!waitUntil([&] { return client.isSynced(); }, 120'000)) {
        print({{u"scenario"_s, u"queries"_s}, {u"error"_s, u"no sync"_s}});
        return;
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString quarterAgo = QDate::currentDate().addDays(-89).toString(Qt::ISODate);
    // A category the ledger has, for the velocity chart's usual question.
    QString category;
    bool known = false;
    client.query(u"ageing"_s, {}, [&](const QJsonObject &answer, qint64) {
        category = answer.value("rows"_L1).toArray().first()[u"category"_s].toString();
        known = true;
    });
    waitUntil([&] { return known; }, 60'000);
    const QList<std::pair<QString, QJsonObject>> asked{
        {u"velocity"_s,
         {{u"from"_s, quarterAgo},
          {u"to"_s, today},
          {u"group_by"_s, u"location"_s},
          {u"category"_s, category}}},
        {u"velocity"_s,
         {{u"from"_s, quarterAgo}, {u"to"_s, today}, {u"group_by"_s, u"location"_s}}},
        {u"velocity"_s, {{u"from"_s, quarterAgo}, {u"to"_s, today}, {u"group_by"_s, u"sku"_s}}},
        {u"ageing"_s, {}},
        {u"deadstock"_s, {}},
        {u"deadstock"_s, {{u"all"_s, true}}},
    };
    for (const auto &[name, args] : asked) {
        std::vector<double> ms;
        qsizetype rows = -1;
        QString error;
        for (int run = 0; run < repeats && error.isEmpty(); ++run) {
            bool done = false;
            client.query(name, args, [&](const QJsonObject &answer, qint64 latencyNs) {
                done = true;
                if (answer.value("type"_L1).toString() != "result"_L1)
                    error = answer.value("message"_L1).toString();
                rows = answer.value("rows"_L1).toArray().size();
                ms.push_back(double(latencyNs) / 1e6);
            });
            if (!waitUntil([&] { return done; }, 120'000))
                error = u"no answer"_s;
        }
        QJsonObject line{{u"scenario"_s, u"queries"_s}, {u"query"_s, name}, {u"args"_s, args}};
        if (!error.isEmpty()) {
            line.insert(u"error"_s, error);
        } else {
            line.insert(u"rows"_s, rows);
            line.insert(u"ms_p50"_s, percentile(ms, 0.5));
            line.insert(u"ms_max"_s, percentile(ms, 1.0));
        }
        print(line);
    }
}
