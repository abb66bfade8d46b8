// EventStream against a scripted HTTP/1.1 server on loopback (real sockets, real
// QNetworkAccessManager): the SSE fields, comments and CRLF lines; the bearer token and Accept
// header sent; a reconnect after the server closes; backoff doubling while attempts fail, capped.

#include "tst_api_testserver.h"

#include "core/api/ApiClient.h"
#include "core/api/EventStream.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::core::ApiClient;
using tid::core::EventStream;

namespace {
constexpr int Patience = 20000;

TestResponse eventStream(const QByteArray &body)
{
    TestResponse r;
    r.headers.append({"Content-Type"_ba, "text/event-stream"_ba});
    r.body = body;
    return r;
}
} // namespace

class TestEventStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEventsAndReconnects()
    {
        TestHttpServer server([](const TestRequest &) {
            return eventStream("retry: 50\n: connected\n\n"
                               "id: 7\nevent: created\ndata: {\"id\":\"a\"}\n\n"
                               "data: line one\r\ndata:line two\r\n\r\n"
                               ": keep-alive\n\n"
                               "event: nothing-without-data\n\n"
                               "event: decided\ndata: {\"id\":\"b\"}\n\n"
                               "event: cut-off\ndata: {\"id\":\"c\"}\n");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setBearerToken(u"token-123"_s);
        EventStream stream(&client, u"/ciba/requests/stream"_s);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy connected(&stream, &EventStream::connectedChanged);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 3, Patience);
        QCOMPARE(events.at(0).at(0).toString(), u"created"_s);
        QCOMPARE(events.at(0).at(1).toByteArray(), "{\"id\":\"a\"}"_ba);
        QCOMPARE(events.at(0).at(2).toString(), u"7"_s);
        QCOMPARE(events.at(1).at(0).toString(), u"message"_s);
        QCOMPARE(events.at(1).at(1).toByteArray(), "line one\nline two"_ba);
        QCOMPARE(events.at(2).at(0).toString(), u"decided"_s);
        QCOMPARE(connected.first().first().toBool(), true);
        const TestRequest &first = server.requests().first();
        QCOMPARE(first.method, "GET"_ba);
        QCOMPARE(first.target, "/ciba/requests/stream"_ba);
        QCOMPARE(first.headers.value("authorization"), "Bearer token-123"_ba);
        QCOMPARE(first.headers.value("accept"), "text/event-stream"_ba);

        // The server closed the stream: an unfinished event is dropped, and the reader comes
        // back (after the 1 s floor; the server's retry is lower) and reads the same again.
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 2, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 6, Patience);
        for (const QList<QVariant> &e : std::as_const(events))
            QVERIFY(e.at(0).toString() != u"cut-off"_s);
        QCOMPARE(events.at(3).at(0).toString(), u"created"_s);
        stream.stop();
        QVERIFY(!stream.isConnected());
    }

    void backsOffWhileAttemptsFail()
    {
        TestHttpServer server([](const TestRequest &) {
            return TestResponse::json(503, R"({"code":"X","message":"busy"})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        EventStream stream(&client, u"/stream"_s);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QCOMPARE(stream.nextDelay(), EventStream::InitialDelayMs);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.nextDelay(), 2000, Patience); // after the first failure
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 2, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(stream.nextDelay(), 4000, Patience); // after the second
        stream.setMaxDelay(3000);
        QCOMPARE(stream.nextDelay(), 3000);
        QVERIFY(!stream.isConnected());
        QCOMPARE(events.size(), 0);
        stream.stop();
        QVERIFY(!stream.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_event_stream.moc"
