// shelfsync-bench: drives a running shelfsyncd with many real WebSocket clients and prints
// one JSON line per scenario (race, throughput, fanout, queries).
#include "BenchClient.h"
#include "BenchSupport.h"
#include "QueryBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Settings
{
    QUrl url;
    QString token;
    int raceClients = 500;
    int raceAtp = 100;
    int clients = 50;
    int window = 20;
    int durationS = 10;
    int subscribers = 100;
    int fanoutEvents = 300;
};

// Everything a scenario needs from the service: its own location and SKUs, so runs
// never disturb each other or the demo data.
class Fixture
{
public:
    explicit Fixture(const Settings &settings)
        : m_settings(settings)
        , run(QUuid::createUuid().toString(QUuid::WithoutBraces).left(6))
        , location(u"BENCH-"_s + run)
    {}

    bool setUp(int skus, qint64 qtyEach)
    {
        admin.start(m_settings.url, m_settings.token, {location});
        if (!waitUntil([this] { return admin.isSynced(); }, 60000))
            return false;
        int acked = 0;
        int failed = 0;
        auto count = [&](const QJsonObject &ack, qint64) {
            ++acked;
            failed += ack.value("ok"_L1).toBool() ? 0 : 1;
        };
        admin.command(u"upsert_location"_s,
                      {{u"location"_s, location},
                       {u"name"_s, QString(u"Bench "_s + run)},
                       {u"kind"_s, u"store"_s}},
                      count);
        for (int i = 0; i < skus; ++i) {
            const QString sku = skuName(i);
            admin.command(u"upsert_sku"_s, {{u"sku"_s, sku}, {u"name"_s, sku}}, count);
            if (qtyEach > 0)
                admin.command(u"receive"_s,
                              {{u"location"_s, location},
                               {u"sku"_s, sku},
                               {u"qty"_s, qtyEach},
                               {u"batch"_s, u"B1"_s}},
                              count);
        }
        const int expected = 1 + skus * (qtyEach > 0 ? 2 : 1);
        return waitUntil([&] { return acked == expected; }, 60000) && failed == 0;
    }

    QString skuName(int i) const { return u"BENCH-%1-%2"_s.arg(run).arg(i); }

    BenchClient admin;
    const Settings &m_settings;
    QString run;
    QString location;
};

std::vector<std::unique_ptr<BenchClient>> connectClients(const Settings &settings, int count,
                                                         const QStringList &locations)
{
    std::vector<std::unique_ptr<BenchClient>> clients;
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<BenchClient>());
        clients.back()->start(settings.url, settings.token, locations);
    }
    waitUntil(
        [&] {
            return std::all_of(clients.begin(), clients.end(),
                               [](const auto &c) { return c->isSynced(); });
        },
        120000);
    return clients;
}

void race(const Settings &settings)
{
    Fixture fixture(settings);
    if (!fixture.setUp(1, settings.raceAtp)) {
        print({{u"scenario"_s, u"race"_s}, {u"error"_s, u"set-up failed"_s}});
        return;
    }
    auto clients = connectClients(settings, settings.raceClients, {fixture.location});
    int ok = 0;
    int insufficient = 0;
    int other = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto &client : clients) {
        client->command(u"reserve"_s,
                        {{u"location"_s, fixture.location},
                         {u"sku"_s, fixture.skuName(0)},
                         {u"qty"_s, 1},
                         {u"channel"_s, u"bench"_s}},
                        [&](const QJsonObject &ack, qint64) {
                            if (ack.value("ok"_L1).toBool())
                                ++ok;
                            else if (ack.value("error"_L1)["code"_L1] == "insufficient_stock"_L1)
                                ++insufficient;
                            else
                                ++other;
                        });
    }
    waitUntil([&] { return ok + insufficient + other == settings.raceClients; }, 120000);
    print({{u"scenario"_s, u"race"_s},
           {u"clients"_s, settings.raceClients},
           {u"atp"_s, settings.raceAtp},
           {u"ok"_s, ok},
           {u"insufficient_stock"_s, insufficient},
           {u"other"_s, other},
           {u"ms"_s, timer.elapsed()}});
}

void throughput(const Settings &settings)
{
    constexpr int kSkus = 100;
    Fixture fixture(settings);
    if (!fixture.setUp(kSkus, 100'000'000)) {
        print({{u"scenario"_s, u"throughput"_s}, {u"error"_s, u"set-up failed"_s}});
        return;
    }
    // Command load alone: these connections subscribe elsewhere, so the figure is not the
    // cost of fanning every event out to fifty busy senders (fanout measures that).
    auto clients = connectClients(settings, settings.clients, {fixture.location + u"-quiet"_s});
    std::vector<double> latenciesMs;
    latenciesMs.reserve(1'000'000);
    qint64 done = 0;
    qint64 failed = 0;
    bool running = true;
    QElapsedTimer timer;

    // Each slot runs reserve -> commit -> dispatch against its own hold, forever.
    std::function<void(BenchClient *, int)> cycle = [&](BenchClient *client, int slot) {
        if (!running)
            return;
        const QString sku = fixture.skuName(slot % kSkus);
        client->command(
            u"reserve"_s,
            {{u"location"_s, fixture.location},
             {u"sku"_s, sku},
             {u"qty"_s, 1},
             {u"channel"_s, u"bench"_s}},
            [&, client, slot, sku](const QJsonObject &ack, qint64 ns) {
                ++done;
                latenciesMs.push_back(ns / 1e6);
                if (!ack.value("ok"_L1).toBool()) {
                    ++failed;
                    return cycle(client, slot + 1);
                }
                const QString reservation = ack.value("result"_L1)["reservation"_L1].toString();
                client->command(
                    u"commit"_s, {{u"reservation"_s, reservation}},
                    [&, client, slot, sku, reservation](const QJsonObject &commitAck, qint64 ns2) {
                        ++done;
                        latenciesMs.push_back(ns2 / 1e6);
                        failed += commitAck.value("ok"_L1).toBool() ? 0 : 1;
                        client->command(
                            u"dispatch"_s,
                            {{u"location"_s, fixture.location},
                             {u"sku"_s, sku},
                             {u"qty"_s, 1},
                             {u"reservation"_s, reservation}},
                            [&, client, slot](const QJsonObject &dispatchAck, qint64 ns3) {
                                ++done;
                                latenciesMs.push_back(ns3 / 1e6);
                                failed += dispatchAck.value("ok"_L1).toBool() ? 0 : 1;
                                cycle(client, slot + 1);
                            });
                    });
            });
    };
    timer.start();
    for (size_t c = 0; c < clients.size(); ++c) {
        for (int w = 0; w < settings.window; ++w)
            cycle(clients[c].get(), int(c) * settings.window + w);
    }
    waitUntil([&] { return timer.elapsed() >= settings.durationS * 1000; },
              settings.durationS * 1000 + 1000);
    running = false;
    const double seconds = timer.elapsed() / 1000.0;
    const qint64 counted = done;
    waitUntil([] { return false; }, 500);
    print({{u"scenario"_s, u"throughput"_s},
           {u"connections"_s, settings.clients},
           {u"in_flight"_s, settings.clients * settings.window},
           {u"commands"_s, counted},
           {u"failed"_s, failed},
           {u"seconds"_s, seconds},
           {u"commands_per_s"_s, std::round(counted / seconds)},
           {u"ack_p50_ms"_s, percentile(latenciesMs, 0.50)},
           {u"ack_p99_ms"_s, percentile(latenciesMs, 0.99)},
           {u"ack_max_ms"_s, percentile(latenciesMs, 1.0)}});
}

void fanout(const Settings &settings)
{
    Fixture fixture(settings);
    if (!fixture.setUp(1, 0)) {
        print({{u"scenario"_s, u"fanout"_s}, {u"error"_s, u"set-up failed"_s}});
        return;
    }
    auto subscribers = connectClients(settings, settings.subscribers, {fixture.location});
    std::vector<double> latenciesMs;
    qint64 received = 0;
    for (auto &subscriber : subscribers) {
        subscriber->onEvents = [&](const QJsonObject &message, qint64 receivedMs) {
            for (const QJsonValue &event : message.value("events"_L1).toArray()) {
                if (event["kind"_L1] != "stock.received"_L1)
                    continue;
                const QDateTime at =
                    QDateTime::fromString(event["at"_L1].toString(), Qt::ISODateWithMs);
                latenciesMs.push_back(double(receivedMs - at.toMSecsSinceEpoch()));
                ++received;
            }
        };
    }
    // One receipt every 20 ms, each fanned out to every subscriber.
    int sent = 0;
    QTimer pacer;
    QObject::connect(&pacer, &QTimer::timeout, &pacer, [&] {
        if (sent >= settings.fanoutEvents)
            return pacer.stop();
        ++sent;
        fixture.admin.command(u"receive"_s,
                              {{u"location"_s, fixture.location},
                               {u"sku"_s, fixture.skuName(0)},
                               {u"qty"_s, 1},
                               {u"batch"_s, u"F1"_s}},
                              {});
    });
    pacer.start(20);
    const qint64 expected = qint64(settings.fanoutEvents) * settings.subscribers;
    waitUntil([&] { return received >= expected; }, 120000);
    print({{u"scenario"_s, u"fanout"_s},
           {u"subscribers"_s, settings.subscribers},
           {u"events"_s, settings.fanoutEvents},
           {u"deliveries"_s, received},
           {u"p50_ms"_s, percentile(latenciesMs, 0.50)},
           {u"p99_ms"_s, percentile(latenciesMs, 0.99)},
           {u"max_ms"_s, percentile(latenciesMs, 1.0)}});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shelfsync-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load tool for a running shelfsyncd. Prints one JSON line "
                                     "per scenario."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"url"_s, u"The service's sync endpoint."_s, u"URL"_s, u"ws://127.0.0.1:8420/v1/sync"_s},
        {u"token"_s, u"An admin token (the bench creates its own location and SKUs)."_s,
         u"TOKEN"_s},
        {u"scenario"_s, u"race, throughput, fanout, queries or all."_s, u"NAME"_s, u"all"_s},
        {u"race-clients"_s, u"Clients in the race."_s, u"N"_s, u"500"_s},
        {u"clients"_s, u"Connections for throughput."_s, u"N"_s, u"50"_s},
        {u"window"_s, u"Commands in flight per connection."_s, u"N"_s, u"20"_s},
        {u"duration"_s, u"Seconds of throughput load."_s, u"S"_s, u"10"_s},
        {u"subscribers"_s, u"Subscribers for fanout."_s, u"N"_s, u"100"_s},
    });
    parser.process(app);
    Settings settings;
    settings.url = QUrl(parser.value(u"url"_s));
    settings.token = parser.value(u"token"_s);
    settings.raceClients = parser.value(u"race-clients"_s).toInt();
    settings.clients = parser.value(u"clients"_s).toInt();
    settings.window = parser.value(u"window"_s).toInt();
    settings.durationS = parser.value(u"duration"_s).toInt();
    settings.subscribers = parser.value(u"subscribers"_s).toInt();
    if (settings.token.isEmpty()) {
        QTextStream(stderr) << "shelfsync-bench: --token is required\n";
        return 2;
    }
    const QString scenario = parser.value(u"scenario"_s);
    if (scenario == "race"_L1 || scenario == "all"_L1)
        race(settings);
    if (scenario == "throughput"_L1 || scenario == "all"_L1)
        throughput(settings);
    if (scenario == "fanout"_L1 || scenario == "all"_L1)
        fanout(settings);
    if (scenario == "queries"_L1 || scenario == "all"_L1)
        queries(settings.url, settings.token);
    return 0;
}
