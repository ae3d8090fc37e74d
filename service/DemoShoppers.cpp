#include "DemoShoppers.h"

#include "CommandEngine.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::service {

namespace {

constexpr int kMaxOpenOrders = 40;
const Caller kShopper{u"demo-storefront"_s, Role::Channel};

} // namespace

DemoShoppers::DemoShoppers(CommandEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_random(20261125)
{
    connect(&m_timer, &QTimer::timeout, this, &DemoShoppers::tick);
}

void DemoShoppers::start(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_clock.start();
    m_timer.start(intervalMs);
}

void DemoShoppers::stop()
{
    m_timer.stop();
}

void DemoShoppers::send(const QString &op, const QJsonObject &args,
                        std::function<void(const QJsonObject &)> done)
{
    const QJsonObject message{{u"type"_s, u"cmd"_s},
                              {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {u"op"_s, op},
                              {u"args"_s, args}};
    m_engine.submit(kShopper, message, this, std::move(done));
}

DemoShoppers::Order *DemoShoppers::find(const QString &reservation)
{
    for (Order &order : m_orders) {
        if (order.reservation == reservation)
            return &order;
    }
    return nullptr;
}

void DemoShoppers::tick()
{
    const qint64 now = m_clock.elapsed();
    for (Order &order : m_orders) {
        if (order.dueMs > now)
            continue;
        const QString reservation = order.reservation;
        if (order.stage == Order::Stage::InCart) {
            // Seven carts in ten check out; the rest are abandoned and time out.
            if (m_random.bounded(10) >= 7) {
                order.stage = Order::Stage::Done;
                continue;
            }
            order.stage = Order::Stage::CheckingOut;
            send(u"commit"_s, {{u"reservation"_s, reservation}},
                 [this, reservation](const QJsonObject &ack) {
                     Order *placed = find(reservation);
                     if (!placed)
                         return;
                     placed->stage =
                         ack.value("ok"_L1).toBool() ? Order::Stage::Ordered : Order::Stage::Done;
                     placed->dueMs = m_clock.elapsed() + m_intervalMs * (3 + m_random.bounded(27));
                 });
        } else if (order.stage == Order::Stage::Ordered) {
            order.stage = Order::Stage::Done;
            send(u"dispatch"_s,
                 {{u"location"_s, order.location},
                  {u"sku"_s, order.sku},
                  {u"qty"_s, order.qty},
                  {u"reservation"_s, reservation}},
                 [](const QJsonObject &) {});
        }
    }
    m_orders.removeIf([](const Order &o) { return o.stage == Order::Stage::Done; });
    if (m_orders.size() < kMaxOpenOrders)
        addToCart();
}

void DemoShoppers::addToCart()
{
    const State &state = m_engine.state();
    const QList<StockKey> keys = state.cells.keys();
    if (keys.isEmpty())
        return;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const StockKey key = keys.at(m_random.bounded(qsizetype(keys.size())));
        const Location location = state.locations.value(key.location);
        const Availability figures = state.availability(key);
        if (location.kind != LocationKind::Store || figures.atp < 1 ||
            !state.effectivePolicy(key).lockEnabled)
            continue;
        const qint64 qty = 1 + m_random.bounded(std::min<qint64>(3, figures.atp));
        const int holdS = 60 + int(m_random.bounded(240));
        send(u"reserve"_s,
             {{u"location"_s, key.location},
              {u"sku"_s, key.sku},
              {u"qty"_s, qty},
              {u"channel"_s, m_random.bounded(2) ? u"web"_s : u"app"_s},
              {u"hold_s"_s, holdS}},
             [this, key, qty](const QJsonObject &ack) {
                 if (!ack.value("ok"_L1).toBool())
                     return;
                 Order order;
                 order.reservation =
                     ack.value("result"_L1).toObject().value("reservation"_L1).toString();
                 order.location = key.location;
                 order.sku = key.sku;
                 order.qty = qty;
                 order.dueMs = m_clock.elapsed() + m_intervalMs * (2 + m_random.bounded(20));
                 m_orders.append(order);
             });
        return;
    }
}

} // namespace shelfsync::service
