#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>

namespace shelfsync::service {

class CommandEngine;

// Make-believe customers for the demo: a storefront channel that puts items in carts
// (holds), checks most of them out (commit), lets the rest time out, and ships the orders
// (dispatch). Every command goes through the engine like a real channel's, so the app
// shows live stock moving on the demo data. Never part of a real deployment.
class DemoShoppers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoShoppers)

public:
    explicit DemoShoppers(CommandEngine &engine, QObject *parent = nullptr);

    void start(int intervalMs = 1500);
    void stop();

private:
    struct Order
    {
        QString reservation;
        QString location;
        QString sku;
        qint64 qty = 0;
        enum class Stage
        {
            InCart,
            CheckingOut, // commit sent, no answer yet
            Ordered,
            Done
        } stage = Stage::InCart;
        qint64 dueMs = 0; // when the shopper acts on it next
    };

    void tick();
    void addToCart();
    void send(const QString &op, const QJsonObject &args,
              std::function<void(const QJsonObject &)> done);
    Order *find(const QString &reservation);

    CommandEngine &m_engine;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    QList<Order> m_orders;
    int m_intervalMs = 1500; // carts check out and ship a few to a few dozen ticks later
};

} // namespace shelfsync::service
