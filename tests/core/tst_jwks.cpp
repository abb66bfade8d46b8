#include "core/token/Jwks.h"
#include "core/token/JwksFetcher.h"
#include "core/token/SigningKey.h"
#include "tst_api_testserver.h"
#include "tst_token_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::makeKey;

namespace {

// RFC 7515 Appendix A.2 (RSA) public key.
const QString kA2N = u"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-"
                     u"4qPCJrcS2mJPMEzP1Pt0Bm4d4Q"
                     "lL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-"
                     "bSf63kpaSHSXndS5z5rexMdbBY"
                     "UsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_"
                     "I5IhlJH7aGhyxXFvUK-DWNmo"
                     "udF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"_s;
// RFC 7515 Appendix A.3 (EC P-256) public key.
const QString kA3X = u"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"_s;
const QString kA3Y = u"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"_s;
// RFC 8037 Appendix A.2 Ed25519 public key and its A.3 thumbprint.
const QString kEdX = u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s;
const QString kEdThumbprint = u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_s;

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    QJsonObject o;
    for (const auto &m : members)
        o.insert(m.first, m.second);
    return o;
}

QByteArray jwksJson(const QJsonArray &keys)
{
    return QJsonDocument(QJsonObject{{u"keys"_s, keys}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJwks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { JwksFetcher::clearCache(); }

    void rfcKeysImport()
    {
        const QJsonArray keys{
            obj({{u"kty"_s, u"RSA"_s}, {u"kid"_s, u"a2"_s}, {u"n"_s, kA2N}, {u"e"_s, u"AQAB"_s}}),
            obj({{u"kty"_s, u"EC"_s},
                 {u"kid"_s, u"a3"_s},
                 {u"crv"_s, u"P-256"_s},
                 {u"x"_s, kA3X},
                 {u"y"_s, kA3Y}}),
            obj({{u"kty"_s, u"OKP"_s},
                 {u"kid"_s, u"ed"_s},
                 {u"crv"_s, u"Ed25519"_s},
                 {u"x"_s, kEdX}}),
        };
        QString error;
        const Jwks jwks = Jwks::fromJson(jwksJson(keys), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(jwks.keys().size(), 3);
        QCOMPARE(jwks.keys().at(0).type(), JsonWebKey::Type::Rsa);
        QCOMPARE(jwks.keys().at(0).bits(), 2048);
        QCOMPARE(jwks.keys().at(1).type(), JsonWebKey::Type::Ec);
        QCOMPARE(jwks.keys().at(1).curve(), u"P-256"_s);
        QCOMPARE(jwks.keys().at(2).type(), JsonWebKey::Type::Okp);
        // RFC 8037 §A.3: the thumbprint of the Ed25519 key.
        QCOMPARE(jwks.keys().at(2).thumbprint(), kEdThumbprint);
        QCOMPARE(jwks.byKeyId(u"a3"_s).size(), 1);
        QCOMPARE(jwks.byKeyId(u"zz"_s).size(), 0);
        QCOMPARE(jwks.byKeyId(QString()).size(), 3);
    }

    void rfc7638ThumbprintOfRsaKey()
    {
        // RFC 7638 §3.1 example key and thumbprint.
        const QString n =
            u"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSo"
            u"c_"
            "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-"
            "65YGjQR0_"
            "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
            "bFTWhAI4"
            "vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"_s;
        QString error;
        const JsonWebKey key = JsonWebKey::fromJson(obj({{u"kty"_s, u"RSA"_s},
                                                         {u"n"_s, n},
                                                         {u"e"_s, u"AQAB"_s},
                                                         {u"alg"_s, u"RS256"_s},
                                                         {u"kid"_s, u"2011-04-29"_s}}),
                                                    &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        QCOMPARE(key.thumbprint(), u"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"_s);
    }

    void signingKeyJwkRoundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("ES256") << int(SigningKey::Type::EcP256);
        QTest::newRow("RS256") << int(SigningKey::Type::Rsa2048);
    }
    void signingKeyJwkRoundTrip()
    {
        QFETCH(int, type);
        const SigningKey sk = SigningKey::generate(SigningKey::Type(type));
        QString error;
        const JsonWebKey key = JsonWebKey::fromJson(sk.publicJwk(), &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        // SigningKey's kid is its RFC 7638 thumbprint; both sides must agree.
        QCOMPARE(key.thumbprint(), sk.kid());
        QCOMPARE(key.keyId(), sk.kid());
        QCOMPARE(key.algorithm(), sk.algorithm());
    }

    void allCurvesImport_data()
    {
        QTest::addColumn<int>("alg");
        QTest::addColumn<QString>("crv");
        QTest::newRow("P-256") << int(JwsAlgorithm::ES256) << u"P-256"_s;
        QTest::newRow("P-384") << int(JwsAlgorithm::ES384) << u"P-384"_s;
        QTest::newRow("P-521") << int(JwsAlgorithm::ES512) << u"P-521"_s;
        QTest::newRow("Ed25519") << int(JwsAlgorithm::EdDSA) << u"Ed25519"_s;
        QTest::newRow("RSA") << int(JwsAlgorithm::PS256) << QString();
    }
    void allCurvesImport()
    {
        QFETCH(int, alg);
        QFETCH(QString, crv);
        const auto tk = makeKey(JwsAlgorithm(alg));
        QString error;
        const JsonWebKey key = JsonWebKey::fromJson(tk.jwk, &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        QCOMPARE(key.curve(), crv);
        QVERIFY(!key.thumbprint().isEmpty());
    }

    void unusableKeysAreSkippedWithReasons_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("reason");
        QTest::newRow("encryption key") << obj({{u"kty"_s, u"EC"_s},
                                                {u"use"_s, u"enc"_s},
                                                {u"crv"_s, u"P-256"_s},
                                                {u"x"_s, kA3X},
                                                {u"y"_s, kA3Y}})
                                        << u"not \"sig\""_s;
        QTest::newRow("key_ops without verify") << obj({{u"kty"_s, u"EC"_s},
                                                        {u"key_ops"_s, QJsonArray{u"sign"_s}},
                                                        {u"crv"_s, u"P-256"_s},
                                                        {u"x"_s, kA3X},
                                                        {u"y"_s, kA3Y}})
                                                << u"verify"_s;
        QTest::newRow("symmetric")
            << obj({{u"kty"_s, u"oct"_s}, {u"k"_s, u"c2VjcmV0"_s}}) << u"symmetric"_s;
        QTest::newRow("unknown kty") << obj({{u"kty"_s, u"XYZ"_s}}) << u"unsupported key type"_s;
        QTest::newRow("no kty") << obj({{u"kid"_s, u"x"_s}}) << u"kty"_s;
        QTest::newRow("secp256k1") << obj({{u"kty"_s, u"EC"_s},
                                           {u"crv"_s, u"secp256k1"_s},
                                           {u"x"_s, kA3X},
                                           {u"y"_s, kA3Y}})
                                   << u"unsupported EC curve"_s;
        QTest::newRow("X25519") << obj({{u"kty"_s, u"OKP"_s},
                                        {u"crv"_s, u"X25519"_s},
                                        {u"x"_s, kEdX}})
                                << u"only Ed25519"_s;
        QTest::newRow("point not on curve")
            << obj({{u"kty"_s, u"EC"_s}, {u"crv"_s, u"P-256"_s}, {u"x"_s, kA3X}, {u"y"_s, kA3X}})
            << u"point"_s;
        QTest::newRow("short coordinate") << obj({{u"kty"_s, u"EC"_s},
                                                  {u"crv"_s, u"P-256"_s},
                                                  {u"x"_s, u"AAAA"_s},
                                                  {u"y"_s, kA3Y}})
                                          << u"32 bytes"_s;
        QTest::newRow("padded base64")
            << obj({{u"kty"_s, u"RSA"_s}, {u"n"_s, kA2N}, {u"e"_s, u"AQAB=="_s}}) << u"padding"_s;
        QTest::newRow("RSA 1024") << obj({{u"kty"_s, u"RSA"_s},
                                          {u"n"_s, kA2N.left(172)},
                                          {u"e"_s, u"AQAB"_s}})
                                  << u"2048"_s;
        QTest::newRow("kid not a string")
            << obj({{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"Ed25519"_s}, {u"x"_s, kEdX}, {u"kid"_s, 5}})
            << u"\"kid\" is not a string"_s;
    }
    void unusableKeysAreSkippedWithReasons()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, reason);
        const QJsonObject good = obj({{u"kty"_s, u"OKP"_s},
                                      {u"kid"_s, u"good"_s},
                                      {u"crv"_s, u"Ed25519"_s},
                                      {u"x"_s, kEdX}});
        QString error;
        const Jwks jwks = Jwks::fromJson(jwksJson(QJsonArray{jwk, good}), &error);
        QCOMPARE(jwks.keys().size(), 1);
        QCOMPARE(jwks.keys().first().keyId(), u"good"_s);
        QCOMPARE(jwks.skipped().size(), 1);
        QVERIFY2(jwks.skipped().first().contains(reason), qPrintable(jwks.skipped().first()));
        // Alone, the set is unusable and says why.
        const Jwks alone = Jwks::fromJson(jwksJson(QJsonArray{jwk}), &error);
        QVERIFY(alone.isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void privateMembersAreDropped()
    {
        const QJsonObject jwk = obj({{u"kty"_s, u"OKP"_s},
                                     {u"crv"_s, u"Ed25519"_s},
                                     {u"x"_s, kEdX},
                                     {u"d"_s, u"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"_s}});
        const JsonWebKey key = JsonWebKey::fromJson(jwk);
        QVERIFY(!key.isNull());
        QVERIFY(!key.json().contains(u"d"_s));
    }

    void malformedSets()
    {
        QString error;
        QVERIFY(Jwks::fromJson("not json", &error).isEmpty());
        QVERIFY(error.contains(u"not valid JSON"_s));
        QVERIFY(Jwks::fromJson("{\"keys\":{}}", &error).isEmpty());
        QVERIFY(error.contains(u"not an array"_s));
        QVERIFY(Jwks::fromJson("{\"keys\":[],\"keys\":[]}", &error).isEmpty());
        QVERIFY2(error.contains(u"duplicate"_s), qPrintable(error));
        QVERIFY(Jwks::fromJson("{\"foo\":1}", &error).isEmpty());
        QVERIFY(error.contains(u"neither"_s));
        // A single bare JWK is accepted.
        const QByteArray single =
            QJsonDocument(obj({{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"Ed25519"_s}, {u"x"_s, kEdX}}))
                .toJson();
        QCOMPARE(Jwks::fromJson(single).keys().size(), 1);
    }

    void fromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jwks.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jwksJson(QJsonArray{makeKey(JwsAlgorithm::ES256).jwk}));
        f.close();
        QString error;
        QCOMPARE(Jwks::fromFile(path, &error).keys().size(), 1);
        QVERIFY(Jwks::fromFile(dir.filePath(u"missing.json"_s), &error).isEmpty());
        QVERIFY(error.contains(u"cannot read"_s));
    }

    // Issue 11, finding 7: a device, a FIFO or a directory is refused before it is read (the
    // probe's /dev/zero ran into the OOM killer; opening a FIFO blocks), and a regular file is
    // read only up to the cap.
    void fromFileRefusesWhatIsNotARegularFile()
    {
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(Jwks::fromFile(u"/dev/zero"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(Jwks::fromFile(dir.path(), &error).isEmpty());
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(Jwks::fromFile(fifo, &error).isEmpty());
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QVERIFY(timer.elapsed() < 5000);
        const QString big = dir.filePath(u"big.json"_s);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5 * 1024 * 1024, ' '));
        f.close();
        QVERIFY(Jwks::fromFile(big, &error).isEmpty());
        QVERIFY2(error.contains(u"4 MiB"_s), qPrintable(error));
    }

    // Issue 11, finding 7: a server dripping one byte at a time (never idle long enough for the
    // inactivity timeout) fails the fetch at its total deadline.
    void fetchHasATotalDeadline()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> clients;
        QTimer drip;
        drip.setInterval(100);
        QObject::connect(&drip, &QTimer::timeout, &server, [&] {
            for (QTcpSocket *c : std::as_const(clients))
                c->write(" ");
        });
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *c = server.nextPendingConnection();
            c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100000\r\n\r\n");
            clients << c;
            drip.start();
        });
        JwksFetcher fetcher;
        fetcher.setTimeout(1000);
        fetcher.setTotalTimeout(1500);
        QSignalSpy failed(&fetcher, &JwksFetcher::failed);
        QSignalSpy done(&fetcher, &JwksFetcher::finished);
        QElapsedTimer timer;
        timer.start();
        fetcher.fetch(QUrl(u"http://127.0.0.1:%1/jwks"_s.arg(server.serverPort())));
        QVERIFY(failed.wait(10000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(failed.at(0).at(0).toString().contains(u"within"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(done.isEmpty());
        QVERIFY(!fetcher.isBusy());
    }

    void freshness_data()
    {
        QTest::addColumn<QByteArray>("cacheControl");
        QTest::addColumn<QByteArray>("expires");
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QByteArray>("age");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("none") << QByteArray() << QByteArray() << QByteArray() << QByteArray()
                              << qint64(0);
        QTest::newRow("max-age") << "public, max-age=300"_ba << QByteArray() << QByteArray()
                                 << QByteArray() << qint64(300);
        QTest::newRow("max-age minus Age")
            << "max-age=300"_ba << QByteArray() << QByteArray() << "100"_ba << qint64(200);
        QTest::newRow("max-age beats Expires")
            << "max-age=10"_ba
            << "Thu, 01 Jan 2037 00:00:00 GMT"_ba << QByteArray() << QByteArray() << qint64(10);
        QTest::newRow("no-store") << "no-store, max-age=300"_ba << QByteArray() << QByteArray()
                                  << QByteArray() << qint64(0);
        QTest::newRow("no-cache") << "max-age=300, no-cache"_ba << QByteArray() << QByteArray()
                                  << QByteArray() << qint64(0);
        QTest::newRow("Expires minus Date")
            << QByteArray() << "Wed, 21 Oct 2015 08:28:00 GMT"_ba
            << "Wed, 21 Oct 2015 07:28:00 GMT"_ba << QByteArray() << qint64(3600);
        QTest::newRow("invalid Expires")
            << QByteArray() << "0"_ba << QByteArray() << QByteArray() << qint64(0);
        QTest::newRow("quoted max-age")
            << "max-age=\"60\""_ba << QByteArray() << QByteArray() << QByteArray() << qint64(60);
    }
    void freshness()
    {
        QFETCH(QByteArray, cacheControl);
        QFETCH(QByteArray, expires);
        QFETCH(QByteArray, date);
        QFETCH(QByteArray, age);
        QFETCH(qint64, seconds);
        QCOMPARE(JwksFetcher::freshnessSeconds(cacheControl, expires, date, age,
                                               QDateTime::currentDateTimeUtc()),
                 seconds);
    }

    void fetchThroughDiscoveryAndCache()
    {
        const QByteArray keys = jwksJson(QJsonArray{makeKey(JwsAlgorithm::ES256, u"k1"_s).jwk});
        QByteArray cacheControl = "max-age=600";
        TestHttpServer *serverPtr = nullptr;
        TestHttpServer server([&](const TestRequest &r) {
            if (r.target == "/.well-known/openid-configuration") {
                auto resp = TestResponse::json(
                    200, "{\"issuer\":\"" + serverPtr->baseUrl().toUtf8() + "\",\"jwks_uri\":\"" +
                             serverPtr->baseUrl().toUtf8() + "/oauth2/jwks\"}");
                resp.headers.append({"Cache-Control", cacheControl});
                return resp;
            }
            if (r.target == "/oauth2/jwks") {
                auto resp = TestResponse::json(200, keys);
                resp.headers.append({"Cache-Control", cacheControl});
                return resp;
            }
            return TestResponse::json(404, "{}");
        });
        serverPtr = &server;
        JwksFetcher fetcher;
        QSignalSpy done(&fetcher, &JwksFetcher::finished);
        QSignalSpy failed(&fetcher, &JwksFetcher::failed);
        fetcher.fetchFromIssuer(QUrl(server.baseUrl()));
        QVERIFY(done.wait());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(done.at(0).at(0).value<Jwks>().keys().first().keyId(), u"k1"_s);
        QCOMPARE(done.at(0).at(1).toUrl(), QUrl(server.baseUrl() + u"/oauth2/jwks"_s));
        QCOMPARE(done.at(0).at(2).toBool(), false);
        QCOMPARE(server.requests().size(), 2);

        // Second fetch: both documents are fresh, nothing goes over the wire, still async.
        fetcher.fetchFromIssuer(QUrl(server.baseUrl()));
        QCOMPARE(done.size(), 1);
        QVERIFY(done.wait());
        QCOMPARE(done.at(1).at(2).toBool(), true);
        QCOMPARE(server.requests().size(), 2);

        // no-store: nothing is kept.
        JwksFetcher::clearCache();
        cacheControl = "no-store";
        fetcher.fetch(QUrl(server.baseUrl() + u"/oauth2/jwks"_s));
        QVERIFY(done.wait());
        fetcher.fetch(QUrl(server.baseUrl() + u"/oauth2/jwks"_s));
        QVERIFY(done.wait());
        QCOMPARE(done.at(3).at(2).toBool(), false);
        QCOMPARE(server.requests().size(), 4);
    }

    void fetchFailures()
    {
        TestHttpServer server([](const TestRequest &r) {
            if (r.target == "/notjson")
                return TestResponse::json(200, "<html>");
            if (r.target == "/other")
                return TestResponse::json(200, "{\"hello\":\"world\"}");
            if (r.target == "/empty")
                return TestResponse::json(200, "{\"keys\":[]}");
            if (r.target == "/big")
                return TestResponse::json(200, QByteArray(2 * 1024 * 1024, ' '));
            return TestResponse::json(404, "{\"error\":\"nope\"}");
        });
        JwksFetcher fetcher;
        QSignalSpy failed(&fetcher, &JwksFetcher::failed);
        const QStringList cases = {u"/missing|HTTP 404"_s, u"/notjson|not a JSON object"_s,
                                   u"/other|neither a JWK Set"_s, u"/empty|no keys"_s,
                                   u"/big|1 MiB"_s};
        for (const QString &c : cases) {
            const QStringList parts = c.split(u'|');
            fetcher.fetch(QUrl(server.baseUrl() + parts[0]));
            QVERIFY(failed.wait());
            const QString message = failed.takeFirst().at(0).toString();
            QVERIFY2(message.contains(parts[1]), qPrintable(message));
        }
        fetcher.fetch(QUrl(u"ftp://example.com/jwks"_s));
        QVERIFY(failed.wait());
        // Connection refused: a closed port.
        quint16 closedPort = 0;
        {
            QTcpServer tmp;
            tmp.listen(QHostAddress::LocalHost, 0);
            closedPort = tmp.serverPort();
        }
        failed.clear();
        fetcher.fetch(QUrl(u"http://127.0.0.1:%1/jwks"_s.arg(closedPort)));
        QVERIFY(failed.wait());
        QVERIFY(failed.at(0).at(0).toString().contains(u"Could not fetch"_s));
    }
};

QTEST_GUILESS_MAIN(TestJwks)
#include "tst_jwks.moc"
