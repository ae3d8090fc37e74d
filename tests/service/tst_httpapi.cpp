#include "ServiceHarness.h"
#include "WsClient.h"

#include "CommandEngine.h"
#include "HttpApi.h"

#include "domain/JsonFormat.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using shelfsync::service::Role;

namespace {

const QString kLocation = u"DS-01"_s;
const QString kSku = u"MILK"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
};

bool isOk(const QJsonObject &ack)
{
    return ack.value("type"_L1) == "ack"_L1 && ack.value("ok"_L1).toBool();
}

QString errorCode(const QJsonObject &body)
{
    return body.value("error"_L1).toObject().value("code"_L1).toString();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHttpApi : public QObject
{
    Q_OBJECT

private:
    ServiceHarness m_harness;
    std::unique_ptr<WsClient> m_admin;
    QNetworkAccessManager m_nam;

    // token: empty for none; body: null for a request without one.
    Reply send(const QByteArray &verb, const QString &path, const QString &token,
               const QByteArray &body = QByteArray())
    {
        QNetworkRequest request(m_harness.httpUrl(path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = body.isNull() ? m_nam.sendCustomRequest(request, verb)
                                             : m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply out;
        if (!reply->isFinished() && !finished.wait(10000)) {
            reply->abort();
            reply->deleteLater();
            return out;
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.json = QJsonDocument::fromJson(out.body).object();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return out;
    }

    Reply get(const QString &path, Role role)
    {
        return send("GET", path, ServiceHarness::token(role));
    }
    Reply post(const QString &path, Role role, const QJsonObject &body)
    {
        return send("POST", path, ServiceHarness::token(role), json(body));
    }

    QJsonObject adminCommand(const QString &id, const QString &op, const QJsonObject &args)
    {
        return m_admin->command(id, op, args);
    }

    QJsonObject reservationBody(const QString &id, qint64 qty) const
    {
        return {{u"id"_s, id},
                {u"location"_s, kLocation},
                {u"sku"_s, kSku},
                {u"qty"_s, qty},
                {u"channel"_s, u"web"_s}};
    }

    shelfsync::domain::Availability figures()
    {
        return m_harness.service().engine().state().availability({kLocation, kSku});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
        m_admin = std::make_unique<WsClient>();
        QVERIFY(m_admin->connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(isOk(adminCommand(
            u"setup-location"_s, u"upsert_location"_s,
            {{u"location"_s, kLocation}, {u"name"_s, u"North"_s}, {u"kind"_s, u"store"_s}})));
        QVERIFY(isOk(adminCommand(u"setup-sku"_s, u"upsert_sku"_s,
                                  {{u"sku"_s, kSku}, {u"name"_s, u"Milk"_s}})));
        QVERIFY(isOk(adminCommand(u"setup-rx"_s, u"receive"_s,
                                  {{u"location"_s, kLocation},
                                   {u"sku"_s, kSku},
                                   {u"qty"_s, 10},
                                   {u"batch"_s, u"B1"_s}})));
        QVERIFY(isOk(adminCommand(u"setup-hold"_s, u"reserve"_s,
                                  {{u"location"_s, kLocation},
                                   {u"sku"_s, kSku},
                                   {u"qty"_s, 3},
                                   {u"channel"_s, u"web"_s}})));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_harness.stop();
    }

    void availability()
    {
        const QString path = u"/v1/availability?location=%1&sku=%2"_s.arg(kLocation, kSku);
        const Reply reply = get(path, Role::Viewer);
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
        const QJsonObject expected{{u"location"_s, kLocation},
                                   {u"sku"_s, kSku},
                                   {u"on_hand"_s, 10},
                                   {u"hidden"_s, 0},
                                   {u"reserved"_s, 3},
                                   {u"buffer"_s, 0},
                                   {u"atp"_s, 7},
                                   {u"seq"_s, m_harness.service().engine().head()}};
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(reply.json.value(it.key()), it.value());

        // Every role may read availability: the staff roles, and channels.
        for (Role role :
             {Role::Planner, Role::Merchandiser, Role::Manager, Role::Admin, Role::Channel}) {
            const Reply other = get(path, role);
            QCOMPARE(other.status, 200);
            QCOMPARE(other.json.value("atp"_L1).toInteger(), 7);
        }
    }

    void availabilityErrors()
    {
        const QString path = u"/v1/availability?location=%1&sku=%2"_s.arg(kLocation, kSku);
        Reply reply = send("GET", path, QString());
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply.json), u"unauthorized"_s);
        reply = send("GET", path, u"not-a-token"_s);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply.json), u"unauthorized"_s);

        reply = get(u"/v1/availability?sku=%1"_s.arg(kSku), Role::Viewer);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply.json), u"bad_request"_s);
        QCOMPARE(reply.json.value("error"_L1).toObject().value("field"_L1).toString(),
                 u"location"_s);

        reply = get(u"/v1/availability?location=NOWHERE&sku=%1"_s.arg(kSku), Role::Viewer);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply.json), u"unknown_location"_s);
        reply = get(u"/v1/availability?location=%1&sku=NOTHING"_s.arg(kLocation), Role::Viewer);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply.json), u"unknown_sku"_s);
    }

    void reservations()
    {
        const Reply created =
            post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"http-r1"_s, 4));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value("reservation"_L1).toString(), u"http-r1"_s);
        QCOMPARE(created.json.value("atp"_L1).toInteger(), 3);
        const QDateTime expiresAt =
            shelfsync::domain::parseTime(created.json.value("expires_at"_L1).toString());
        QVERIFY(expiresAt.isValid());
        QVERIFY(expiresAt > m_harness.clock.now().addSecs(590)); // the default 600 s TTL
        QCOMPARE(figures().reserved, 7);

        // The same idempotency key: the same answer, byte for byte, and nothing new.
        const qint64 head = m_harness.service().engine().head();
        const Reply again =
            post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"http-r1"_s, 4));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, created.body);
        QCOMPARE(m_harness.service().engine().head(), head);
        QCOMPARE(figures().reserved, 7);

        // HTTP ids and WebSocket command ids are one namespace.
        const QJsonObject ack = m_admin->command(u"http-r1"_s, u"reserve"_s,
                                                 {{u"location"_s, kLocation},
                                                  {u"sku"_s, kSku},
                                                  {u"qty"_s, 4},
                                                  {u"channel"_s, u"web"_s}});
        QVERIFY(isOk(ack));
        QCOMPARE(ack.value("result"_L1).toObject().value("reservation"_L1).toString(),
                 u"http-r1"_s);
        QCOMPARE(m_harness.service().engine().head(), head);

        const Reply tooMany =
            post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"http-r2"_s, 4));
        QCOMPARE(tooMany.status, 409);
        QCOMPARE(errorCode(tooMany.json), u"insufficient_stock"_s);
        QCOMPARE(tooMany.json.value("error"_L1).toObject().value("atp"_L1).toInteger(-1), 3);

        QJsonObject unknownSku = reservationBody(u"http-r3"_s, 1);
        unknownSku.insert(u"sku"_s, u"NOTHING"_s);
        Reply reply = post(u"/v1/reservations"_s, Role::Channel, unknownSku);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply.json), u"unknown_sku"_s);

        reply = post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"http-r4"_s, 0));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply.json), u"bad_request"_s);
        QCOMPARE(reply.json.value("error"_L1).toObject().value("field"_L1).toString(), u"qty"_s);

        reply = send("POST", u"/v1/reservations"_s, ServiceHarness::token(Role::Channel),
                     "{\"id\": \"http-r5\", \"qty\": "_ba);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply.json), u"bad_request"_s);
        reply =
            send("POST", u"/v1/reservations"_s, ServiceHarness::token(Role::Channel), "[1, 2]"_ba);
        QCOMPARE(reply.status, 400);

        // Reserving is for channels (and admin): not for a viewer, nor for a manager.
        reply = post(u"/v1/reservations"_s, Role::Viewer, reservationBody(u"http-r6"_s, 1));
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCode(reply.json), u"forbidden"_s);
        reply = post(u"/v1/reservations"_s, Role::Manager, reservationBody(u"http-r7"_s, 1));
        QCOMPARE(reply.status, 403);
        reply = post(u"/v1/reservations"_s, Role::Admin, reservationBody(u"http-r8"_s, 1));
        QCOMPARE(reply.status, 201);
        reply =
            send("POST", u"/v1/reservations"_s, QString(), json(reservationBody(u"http-r9"_s, 1)));
        QCOMPARE(reply.status, 401);
        QCOMPARE(figures().reserved, 8);
    }

    void commitAndRelease()
    {
        QCOMPARE(post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"cr-1"_s, 1)).status,
                 201);
        QCOMPARE(post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"cr-2"_s, 1)).status,
                 201);

        Reply reply = post(u"/v1/reservations/cr-1/commit"_s, Role::Channel, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value("reservation"_L1).toString(), u"cr-1"_s);
        QCOMPARE(reply.json.value("state"_L1).toString(), u"committed"_s);
        // Committing a committed reservation answers its state.
        reply = post(u"/v1/reservations/cr-1/commit"_s, Role::Channel, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value("state"_L1).toString(), u"committed"_s);
        // Without a body at all, too.
        reply = send("POST", u"/v1/reservations/cr-1/commit"_s,
                     ServiceHarness::token(Role::Channel), ""_ba);
        QCOMPARE(reply.status, 200);

        reply = post(u"/v1/reservations/cr-2/release"_s, Role::Channel, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value("reservation"_L1).toString(), u"cr-2"_s);
        QCOMPARE(reply.json.value("state"_L1).toString(), u"released"_s);
        reply = post(u"/v1/reservations/cr-2/release"_s, Role::Channel, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value("state"_L1).toString(), u"released"_s);
        // Committing a released one is a conflict.
        reply = post(u"/v1/reservations/cr-2/commit"_s, Role::Channel, {});
        QCOMPARE(reply.status, 409);
        QCOMPARE(errorCode(reply.json), u"conflict"_s);

        reply = post(u"/v1/reservations/no-such-hold/commit"_s, Role::Channel, {});
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply.json), u"unknown_reservation"_s);
        reply = post(u"/v1/reservations/no-such-hold/release"_s, Role::Channel, {});
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply.json), u"unknown_reservation"_s);

        // An idempotency key on a commit works like any command id.
        QCOMPARE(post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"cr-3"_s, 1)).status,
                 201);
        const QJsonObject keyed{{u"id"_s, u"cr-3-commit"_s}};
        const Reply first = post(u"/v1/reservations/cr-3/commit"_s, Role::Channel, keyed);
        QCOMPARE(first.status, 200);
        const Reply second = post(u"/v1/reservations/cr-3/commit"_s, Role::Channel, keyed);
        QCOMPARE(second.body, first.body);
        // The same key on another reservation: other arguments.
        reply = post(u"/v1/reservations/cr-1/commit"_s, Role::Channel, keyed);
        QCOMPARE(reply.status, 409);
        QCOMPARE(errorCode(reply.json), u"conflict"_s);
    }

    void dispatches()
    {
        QVERIFY(isOk(adminCommand(u"dx-rx"_s, u"receive"_s,
                                  {{u"location"_s, kLocation},
                                   {u"sku"_s, kSku},
                                   {u"qty"_s, 20},
                                   {u"batch"_s, u"B2"_s}})));
        QCOMPARE(
            post(u"/v1/reservations"_s, Role::Channel, reservationBody(u"dx-hold"_s, 2)).status,
            201);
        QCOMPARE(post(u"/v1/reservations/dx-hold/commit"_s, Role::Channel, {}).status, 200);
        const auto before = figures();
        const Reply reply = post(u"/v1/dispatches"_s, Role::Channel,
                                 {{u"id"_s, u"dx-1"_s},
                                  {u"location"_s, kLocation},
                                  {u"sku"_s, kSku},
                                  {u"qty"_s, 2},
                                  {u"reservation"_s, u"dx-hold"_s}});
        QCOMPARE(reply.status, 201);
        const QJsonObject after = reply.json.value("after"_L1).toObject();
        QCOMPARE(after.value("on_hand"_L1).toInteger(), before.onHand - 2);
        QCOMPARE(after.value("reserved"_L1).toInteger(), before.reserved - 2);
        QCOMPARE(figures().onHand, before.onHand - 2);
        QCOMPARE(m_harness.service().engine().state().reservations.value(u"dx-hold"_s).isActive(),
                 false);

        const Reply viewer = post(
            u"/v1/dispatches"_s, Role::Viewer,
            {{u"id"_s, u"dx-2"_s}, {u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, 1}});
        QCOMPARE(viewer.status, 403);
    }

    // A reservation id is any id the protocol allows, '%' and '/' included: the path segment
    // is decoded exactly once.
    void percentEncodedReservationIds()
    {
        for (const QString &id : {u"r%41"_s, u"a/b"_s, u"sp ace"_s}) {
            const Reply created =
                post(u"/v1/reservations"_s, Role::Channel, reservationBody(id, 1));
            QCOMPARE(created.status, 201);
            QCOMPARE(created.json.value("reservation"_L1).toString(), id);
            const QString path = u"/v1/reservations/%1/release"_s.arg(
                QString::fromLatin1(QUrl::toPercentEncoding(id)));
            QVERIFY(m_harness.httpUrl(path).toEncoded().endsWith(path.toLatin1()));
            const Reply released = send("POST", path, ServiceHarness::token(Role::Channel), "{}");
            QCOMPARE(released.status, 200);
            QCOMPARE(released.json.value("reservation"_L1).toString(), id);
            QCOMPARE(released.json.value("state"_L1).toString(), u"released"_s);
        }
    }

    // RFC 9110: the authentication scheme is case-insensitive.
    void bearerSchemeIsCaseInsensitive()
    {
        const QString path = u"/v1/availability?location=%1&sku=%2"_s.arg(kLocation, kSku);
        QNetworkRequest request(m_harness.httpUrl(path));
        request.setRawHeader("authorization",
                             "bearer " + ServiceHarness::token(Role::Viewer).toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    // HTTP/1.1 pipelining: responses leave in the order the requests came, also when the
    // first waits for a commit and the second could be answered at once.
    void pipelinedRequestsAnswerInOrder()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_harness.httpUrl(u"/"_s).port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = json(reservationBody(u"pipe-1"_s, 1));
        const QByteArray auth =
            "Authorization: Bearer " + ServiceHarness::token(Role::Channel).toUtf8();
        socket.write("POST /v1/reservations HTTP/1.1\r\nHost: x\r\n" + auth +
                     "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body +
                     "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 ") >= 2, 5000);
        const qsizetype first = received.indexOf("HTTP/1.1 ");
        const qsizetype second = received.indexOf("HTTP/1.1 ", first + 1);
        QVERIFY2(received.mid(first, 12) == "HTTP/1.1 201", received.constData());
        QVERIFY2(received.mid(second, 12) == "HTTP/1.1 200", received.constData());
    }

    void healthAndMetrics()
    {
        const Reply health = send("GET", u"/healthz"_s, QString());
        QCOMPARE(health.status, 200);

        const Reply metrics = send("GET", u"/metrics"_s, QString());
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.contentType.startsWith("text/plain"), metrics.contentType.constData());
        const QString text = QString::fromUtf8(metrics.body);
        for (const QString &name :
             {u"shelfsync_commands_total"_s, u"shelfsync_ack_latency_seconds_bucket"_s,
              u"shelfsync_connected_clients"_s, u"shelfsync_ledger_head"_s,
              u"shelfsync_active_holds"_s, u"shelfsync_holds_expired_total"_s,
              u"shelfsync_events_pushed_total"_s}) {
            QVERIFY2(text.contains(name), qPrintable(name));
        }
        QVERIFY(text.contains(u"shelfsync_commands_total{op=\"reserve\",outcome=\"ok\"}"_s));
        QVERIFY(text.contains(u"\nshelfsync_connected_clients 1\n"_s));
        QVERIFY(text.contains(
            u"\nshelfsync_ledger_head %1\n"_s.arg(m_harness.service().engine().head())));
        qint64 held = 0;
        for (const auto &reservation : m_harness.service().engine().state().reservations)
            held += reservation.state == shelfsync::domain::ReservationState::Held ? 1 : 0;
        QVERIFY(text.contains(u"\nshelfsync_active_holds %1\n"_s.arg(held)));

        const Reply missing = send("GET", u"/nothing-here"_s, QString());
        QCOMPARE(missing.status, 404);
    }

    void expiredGoods()
    {
        WsClient manager;
        QVERIFY(manager.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Manager)));
        const QJsonObject ack = manager.command(
            u"rx-expired"_s, u"receive"_s,
            {{u"location"_s, kLocation},
             {u"sku"_s, kSku},
             {u"qty"_s, 5},
             {u"batch"_s, u"OLD"_s},
             {u"expiry"_s,
              shelfsync::domain::formatDate(m_harness.clock.now().date().addDays(-1))}});
        QCOMPARE(ack.value("ok"_L1).toBool(true), false);
        QCOMPARE(errorCode(ack), u"expired"_s);
        QCOMPARE(shelfsync::service::httpStatusFor(errorCode(ack)), 422);
        // Today's expiry is still sellable.
        QVERIFY(isOk(manager.command(
            u"rx-today"_s, u"receive"_s,
            {{u"location"_s, kLocation},
             {u"sku"_s, kSku},
             {u"qty"_s, 5},
             {u"batch"_s, u"TODAY"_s},
             {u"expiry"_s, shelfsync::domain::formatDate(m_harness.clock.now().date())}})));
    }

    void statusCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("bad_request") << u"bad_request"_s << 400;
        QTest::newRow("unauthorized") << u"unauthorized"_s << 401;
        QTest::newRow("forbidden") << u"forbidden"_s << 403;
        QTest::newRow("unknown_sku") << u"unknown_sku"_s << 404;
        QTest::newRow("unknown_location") << u"unknown_location"_s << 404;
        QTest::newRow("unknown_reservation") << u"unknown_reservation"_s << 404;
        QTest::newRow("insufficient_stock") << u"insufficient_stock"_s << 409;
        QTest::newRow("lock_disabled") << u"lock_disabled"_s << 409;
        QTest::newRow("lock_limit") << u"lock_limit"_s << 409;
        QTest::newRow("conflict") << u"conflict"_s << 409;
        QTest::newRow("expired") << u"expired"_s << 422;
        QTest::newRow("busy") << u"busy"_s << 503;
        QTest::newRow("internal") << u"internal"_s << 500;
    }

    void statusCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QCOMPARE(shelfsync::service::httpStatusFor(code), status);
    }
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
