// EventStream against a scripted HTTP/1.1 server on loopback (real sockets, real
// QNetworkAccessManager): the SSE fields, comments and CRLF lines; the bearer token and Accept
// header sent; a reconnect after the server closes; backoff doubling while attempts fail, capped.

#include "tst_api_testserver.h"

#include "core/api/ApiClient.h"
#include "core/api/EventStream.h"
#include "core/api/SseParser.h"

#include <QRandomGenerator>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::core::ApiClient;
using tid::core::EventStream;
using tid::core::SseParser;

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

    // The parser alone: the same bytes give the same events however they are cut.
    void parserIsIndependentOfHowTheBytesAreCut()
    {
        const QByteArray stream = "\xEF\xBB\xBF"
                                  "retry: 250\r\n: hi\r\n\r\n"
                                  "id: 1\revent: a\rdata: x\r\r"
                                  "data: y\r\ndata: z\r\n\r\n"
                                  "event: b\ndata\ndata: w\n\n"
                                  "data: cut";
        SseParser whole;
        const QList<SseParser::Event> expected = whole.feed(stream);
        QCOMPARE(expected.size(), 3);
        QCOMPARE(expected.at(0).type, u"a"_s);
        QCOMPARE(expected.at(0).data, "x"_ba);
        QCOMPARE(expected.at(0).id, u"1"_s);
        QCOMPARE(expected.at(1).type, u"message"_s);
        QCOMPARE(expected.at(1).data, "y\nz"_ba);
        QCOMPARE(expected.at(2).type, u"b"_s);
        QCOMPARE(expected.at(2).data, "\nw"_ba);
        QCOMPARE(whole.retryMs(), 250);

        const auto sameAs = [&](const QList<SseParser::Event> &got) {
            if (got.size() != expected.size())
                return false;
            for (qsizetype i = 0; i < got.size(); ++i) {
                if (got[i].type != expected[i].type || got[i].data != expected[i].data ||
                    got[i].id != expected[i].id)
                    return false;
            }
            return true;
        };
        SseParser bytewise;
        QList<SseParser::Event> got;
        for (char c : stream)
            got += bytewise.feed(QByteArrayView(&c, 1));
        QVERIFY(sameAs(got));
        for (int round = 0; round < 200; ++round) {
            SseParser cut;
            const qsizetype at = QRandomGenerator::global()->bounded(stream.size() + 1);
            got = cut.feed(QByteArrayView(stream).first(at));
            got += cut.feed(QByteArrayView(stream).sliced(at));
            QVERIFY2(sameAs(got), qPrintable(u"cut at %1"_s.arg(at)));
        }
    }

    void parserReadsRetryAndIdStrictly()
    {
        SseParser p;
        p.feed("retry: 5x\nretry: -3\nretry:\nid: a\0b\n\n"_ba);
        QCOMPARE(p.retryMs(), -1);
        QCOMPARE(p.lastEventId(), QString());
        p.feed("retry:1200\nid: 9\ndata: d\n\n"_ba);
        QCOMPARE(p.retryMs(), 1200);
        QCOMPARE(p.lastEventId(), u"9"_s);
        p.resetConnection(); // a new connection keeps the id and the retry
        QCOMPARE(p.lastEventId(), u"9"_s);
        QCOMPARE(p.retryMs(), 1200);
    }

    // A line without end, or an event whose data never ends, is not held without limit.
    void parserRefusesEndlessLinesAndEvents()
    {
        SseParser line;
        const QByteArray chunk(64 * 1024, 'a');
        qsizetype fed = 0;
        while (!line.overflowed() && fed <= SseParser::MaxLineBytes) {
            QVERIFY(line.feed(fed == 0 ? QByteArray("data: "_ba + chunk) : chunk).isEmpty());
            fed += chunk.size();
        }
        QVERIFY(line.overflowed());
        QVERIFY(line.feed("\n\n"_ba).isEmpty()); // nothing more is read

        SseParser event;
        const QByteArray dataLine = QByteArray("data: "_ba + QByteArray(512 * 1024, 'b') + '\n');
        for (int i = 0; i < 9 && !event.overflowed(); ++i)
            QVERIFY(event.feed(dataLine).isEmpty());
        QVERIFY(event.overflowed());
        event.resetConnection();
        QVERIFY(!event.overflowed());
        QCOMPARE(event.feed("data: ok\n\n"_ba).size(), 1);
    }

    // A server that sends one endless line: the reader drops the connection and reconnects,
    // instead of buffering it.
    void endlessLineDropsTheConnection()
    {
        const QByteArray endless = "data: " + QByteArray(SseParser::MaxLineBytes + 1024, 'x');
        TestHttpServer server([&](const TestRequest &) { return eventStream(endless); });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        EventStream stream(&client, u"/stream"_s);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 2, Patience);
        QCOMPARE(events.size(), 0);
        stream.stop();
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
