// ApiClient against a scripted loopback HTTP server: timeout, retries with backoff, malformed
// JSON, ThunderID/OAuth error decoding, abort, bearer and form encoding, 401 re-authentication.

#include "core/api/AdminApi.h"
#include "core/api/ApiClient.h"
#include "core/api/Authenticator.h"
#include "core/api/ClientCredentialsAuthenticator.h"
#include "core/api/OAuthApi.h"
#include "core/api/Session.h"

#include "tst_api_testserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

// Spins the event loop until `out` is set (tests may wait; core never does).
template<typename T> T spinUntil(std::optional<T> &out, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QTest::qWait(5);
    if (!out) {
        QTest::qFail("timed out waiting for a call to finish", __FILE__, __LINE__);
        return T{};
    }
    return *out;
}

ApiResponse waitFor(ApiJob *job, int timeoutMs = 20000)
{
    std::optional<ApiResponse> out;
    QObject::connect(job, &ApiJob::finished, job, [&out](const ApiResponse &r) { out = r; });
    return spinUntil(out, timeoutMs);
}

template<typename T> Result<T> waitFor(const Call<T> &call, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    QObject ctx;
    call.then(&ctx, [&out](const Result<T> &r) { out = r; });
    return spinUntil(out, timeoutMs);
}

const QByteArray roleNotFound =
    R"({"code":"ROL-1003","message":{"key":"error.roleservice.role_not_found","defaultValue":"Role not found"},"description":{"key":"x","defaultValue":"The role with the specified id does not exist"}})";

class TokenAuthenticator final : public Authenticator
{
public:
    QString next = u"fresh"_s;
    bool fail = false;
    int calls = 0;
    void reauthenticate() override
    {
        ++calls;
        QTimer::singleShot(0, this, [this] {
            if (fail)
                Q_EMIT authenticationFailed(ApiError::make(ApiError::Kind::Auth, u"nope"_s));
            else
                Q_EMIT authenticated(next);
        });
    }
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonGetWithBearer()
    {
        TestHttpServer server(
            [](const TestRequest &) { return TestResponse::json(200, R"({"hello":"world"})"); });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl() + u"/"_s));
        client.setBearerToken(u"tok123"_s);
        ApiJob *job = client.get(u"/things/a b"_s, QUrlQuery{{u"filter"_s, u"name eq \"x+y\""_s}});
        bool early = false;
        connect(job, &ApiJob::finished, this, [&early] { early = true; });
        QVERIFY(!early); // never synchronous
        const ApiResponse r = waitFor(job);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.json.object().value("hello"_L1).toString(), u"world"_s);
        QCOMPARE(server.requests().size(), 1);
        const TestRequest &req = server.requests().first();
        QCOMPARE(req.method, "GET"_ba);
        QCOMPARE(req.headers.value("authorization"), "Bearer tok123"_ba);
        QCOMPARE(req.headers.value("accept"), "application/json"_ba);
        QCOMPARE(req.target, "/things/a%20b?filter=name%20eq%20%22x%2By%22"_ba);
    }

    void timeout()
    {
        TestHttpServer server([](const TestRequest &) {
            TestResponse r;
            r.hang = true;
            return r;
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setTimeout(300);
        const ApiResponse r = waitFor(client.get(u"/slow"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(r.error.toString().contains(u"no response"_s), qPrintable(r.error.toString()));
        QCOMPARE(server.requests().size(), 1); // timeouts are not retried
    }

    void retriesGetOn503WithBackoff()
    {
        int n = 0;
        TestHttpServer server([&n](const TestRequest &) {
            if (++n < 3)
                return TestResponse::json(503, R"({"code":"SSE-5030","message":"busy"})");
            return TestResponse::json(200, R"({"ok":true})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setRetryPolicy({3, 20, 80});
        ApiJob *job = client.get(u"/flaky"_s);
        QSignalSpy retrying(job, &ApiJob::retrying);
        const ApiResponse r = waitFor(job);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(retrying.size(), 2);
        // Exponential backoff: the second wait doubles the first.
        QCOMPARE(retrying.at(0).at(1).toInt(), 20);
        QCOMPARE(retrying.at(1).at(1).toInt(), 40);
    }

    void retryGivesUpAndReportsLastError()
    {
        TestHttpServer server([](const TestRequest &) {
            return TestResponse::json(502,
                                      R"({"code":"GW","message":{"defaultValue":"bad gateway"}})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setRetryPolicy({2, 5, 10});
        const ApiResponse r = waitFor(client.get(u"/down"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 502);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
    }

    void postIsNotRetried()
    {
        TestHttpServer server([](const TestRequest &) { return TestResponse::json(503, "{}"); });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setRetryPolicy({3, 5, 10});
        const ApiResponse r = waitFor(client.post(u"/roles"_s, QJsonDocument(QJsonObject{})));
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().headers.value("content-type"), "application/json"_ba);
    }

    void retriesConnectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there now
        ApiClient client;
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        client.setRetryPolicy({2, 5, 10});
        ApiJob *job = client.get(u"/x"_s);
        QSignalSpy retrying(job, &ApiJob::retrying);
        const ApiResponse r = waitFor(job);
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(r.error.networkError, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(retrying.size(), 2);
        QVERIFY2(r.error.toString().contains(u"connection refused"_s),
                 qPrintable(r.error.toString()));
    }

    void malformedJson()
    {
        TestHttpServer server([](const TestRequest &) {
            return TestResponse::json(200, R"({"roles": [ {"id": "a"}, )");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        const ApiResponse r = waitFor(client.get(u"/roles"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QCOMPARE(r.error.httpStatus, 200);
        QVERIFY2(r.error.toString().contains(u"malformed JSON"_s), qPrintable(r.error.toString()));
    }

    void wrongShapeIsADecodeError()
    {
        QByteArray body;
        TestHttpServer server(
            [&body](const TestRequest &) { return TestResponse::json(200, body); });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        AdminApi admin(&client);

        body = R"({"name": 5})";
        auto role = waitFor(admin.getRole(u"r1"_s));
        QCOMPARE(role.error.kind, ApiError::Kind::Decode);
        QVERIFY2(role.error.message.contains(u"\"id\""_s), qPrintable(role.error.toString()));

        body = R"([1,2,3])";
        role = waitFor(admin.getRole(u"r1"_s));
        QCOMPARE(role.error.kind, ApiError::Kind::Decode);

        body = R"({"totalResults": 1, "roles": "nope"})";
        auto roles = waitFor(admin.listRoles());
        QCOMPARE(roles.error.kind, ApiError::Kind::Decode);
        QVERIFY2(roles.error.message.contains(u"roles"_s), qPrintable(roles.error.toString()));

        body =
            R"({"totalResults": 2, "startIndex": 1, "count": 2, "roles": [{"id":"a","name":"A"}, 7]})";
        roles = waitFor(admin.listRoles());
        QCOMPARE(roles.error.kind, ApiError::Kind::Decode);

        body =
            R"({"totalResults": 2, "startIndex": 1, "count": 1, "roles": [{"id":"a","name":"A","ouId":"o"}]})";
        roles = waitFor(admin.listRoles(PageRequest::window(1, 0)));
        QVERIFY2(roles.ok(), qPrintable(roles.error.toString()));
        QCOMPARE(roles.value.totalResults, 2);
        QCOMPARE(roles.value.items.size(), 1);
        QCOMPARE(roles.value.items.first().name, u"A"_s);
        QVERIFY(roles.value.hasMore());
        QCOMPARE(roles.value.nextOffset(), 1);
        QVERIFY(server.requests().last().target.contains("limit=1&offset=0"));
    }

    void truncatedAndMutatedBodiesNeverCrash()
    {
        const QByteArray sample =
            QJsonDocument(
                QJsonObject{{u"totalResults"_s, 1},
                            {u"startIndex"_s, 1},
                            {u"count"_s, 1},
                            {u"agents"_s,
                             QJsonArray{QJsonObject{
                                 {u"id"_s, u"a1"_s},
                                 {u"name"_s, u"bot"_s},
                                 {u"owner"_s, u"u1"_s},
                                 {u"attributes"_s, QJsonObject{{u"model"_s, u"m"_s}}},
                                 {u"inboundAuthConfig"_s,
                                  QJsonArray{QJsonObject{
                                      {u"type"_s, u"oauth2"_s},
                                      {u"config"_s,
                                       QJsonObject{{u"clientId"_s, u"c1"_s},
                                                   {u"grantTypes"_s,
                                                    QJsonArray{u"client_credentials"_s}}}}}}}}}}})
                .toJson(QJsonDocument::Compact);
        QList<QByteArray> bodies;
        for (qsizetype n = 0; n < sample.size(); n += 5)
            bodies << sample.left(n);
        // Wrong types in every field position.
        for (const char *name :
             {"id", "agents", "grantTypes", "config", "totalResults", "attributes"}) {
            const QByteArray key = '"' + QByteArray(name) + "\":";
            QByteArray mutated = sample;
            const qsizetype at = mutated.indexOf(key);
            QVERIFY(at >= 0);
            mutated.insert(at + key.size(), "[1,{\"x\":null}],\"pad\":");
            bodies << mutated;
        }
        qsizetype next = 0;
        TestHttpServer server([&bodies, &next](const TestRequest &) {
            return TestResponse::json(200, bodies.at(next++));
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        AdminApi admin(&client);
        int ok = 0;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const auto r = waitFor(admin.listAgents());
            QVERIFY2(r.ok() || r.error.kind == ApiError::Kind::Decode,
                     qPrintable(r.error.toString()));
            if (r.ok())
                ++ok;
            else
                QVERIFY(r.value.items.isEmpty()); // no half-decoded values
        }
        QCOMPARE(ok, 0); // every truncated or mutated body is refused (the full one is not sent)
    }

    void thunderIdErrorDecoding()
    {
        TestHttpServer server(
            [](const TestRequest &) { return TestResponse::json(404, roleNotFound, "Not Found"); });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        AdminApi admin(&client);
        const auto r = waitFor(admin.getRole(u"nope"_s));
        QVERIFY(!r.ok());
        QVERIFY(r.error.isNotFound());
        QCOMPARE(r.error.code, u"ROL-1003"_s);
        QCOMPARE(r.error.message, u"Role not found"_s);
        QCOMPARE(r.error.description, u"The role with the specified id does not exist"_s);
        const QString text = r.error.toString();
        QVERIFY2(text.startsWith(u"HTTP 404 ROL-1003: Role not found — The role with"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"/roles/nope"_s));
    }

    // ThunderID's second error shape (input validation, OBSERVED.md): plain strings, and each
    // field's message under "errors".
    void validationErrorShapeDecoding()
    {
        const QByteArray body =
            R"({"code":"INVALID_INPUT_METADATA","message":"Validation Failed",)"
            R"("description":"One or more inbound fields failed structural edge-boundary rules.",)"
            R"("errors":{"ouId":"The field 'ouId' is missing but is strictly required.",)"
            R"("name":"too short"}})";
        const ApiError e = ApiError::fromHttp(400, "Bad Request", body, QUrl(u"https://h/roles"_s));
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.code, u"INVALID_INPUT_METADATA"_s);
        QCOMPARE(e.message, u"Validation Failed"_s);
        QVERIFY(e.description.startsWith(u"One or more inbound fields"_s));
        QCOMPARE(e.fieldErrors.size(), 2);
        QCOMPARE(e.fieldErrors.value(u"ouId"_s),
                 u"The field 'ouId' is missing but is strictly required."_s);
        QCOMPARE(e.fieldErrors.value(u"name"_s), u"too short"_s);
        QVERIFY(e.toString().contains(u"ouId: The field 'ouId' is missing"_s));
        // Not an object, or empty messages: nothing made up.
        const ApiError odd = ApiError::fromHttp(
            400, "Bad Request", R"({"code":"X","message":"m","errors":["a"]})", QUrl());
        QVERIFY(odd.fieldErrors.isEmpty());
    }

    // ThunderID's /applications answers without startIndex and links, and ignores limit: the
    // page still reads as the first one, and nothing more is asked for (issue 14 item 12).
    void listWithoutStartIndexOrLinks()
    {
        QJsonArray items;
        for (int i = 0; i < 3; ++i)
            items.append(QJsonObject{{u"id"_s, u"app-%1"_s.arg(i)}, {u"name"_s, u"A%1"_s.arg(i)}});
        const QJsonObject body{{u"totalResults"_s, 3}, {u"count"_s, 3}, {u"applications"_s, items}};
        QString error;
        const auto page = Page<Application>::fromJson(
            body, QLatin1StringView("applications"),
            [](const QJsonValue &v, QString *e) { return Application::fromJson(v.toObject(), e); },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(page.startIndex, 1);
        QCOMPARE(page.offset(), 0);
        QCOMPARE(page.items.size(), 3);
        QVERIFY(page.links.isEmpty());
        QVERIFY(!page.hasMore()); // all of it arrived, whatever limit was asked
    }

    void oauthErrorAndNonJsonErrorDecoding()
    {
        int n = 0;
        TestHttpServer server([&n](const TestRequest &) {
            if (n++ == 0)
                return TestResponse::json(
                    401,
                    R"({"error":"invalid_client","error_description":"Client authentication failed"})",
                    "Unauthorized");
            TestResponse r;
            r.status = 500;
            r.reason = "Internal Server Error";
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
            r.body = "<html><body>oops</body></html>";
            return r;
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        OAuthApi oauth(&client);
        const auto t = waitFor(oauth.clientCredentials({u"id"_s, u"s3cr+t"_s}, {u"system"_s},
                                                       OAuthApi::SystemResource));
        QCOMPARE(t.error.httpStatus, 401);
        QCOMPARE(t.error.code, u"invalid_client"_s);
        QCOMPARE(t.error.message, u"Client authentication failed"_s);
        QVERIFY(!t.error.toString().contains(u"s3cr"_s));

        const TestRequest &req = server.requests().first();
        QCOMPARE(req.method, "POST"_ba);
        QCOMPARE(req.headers.value("content-type"), "application/x-www-form-urlencoded"_ba);
        QVERIFY(!req.headers.contains("authorization") ||
                !req.headers.value("authorization").startsWith("Bearer"));
        QCOMPARE(req.headers.value("authorization"),
                 "Basic " + QByteArray("id:s3cr%2Bt").toBase64());
        QCOMPARE(
            req.body,
            "grant_type=client_credentials&scope=system&resource=https%3A%2F%2Flocalhost%3A8090%2Fmcp"_ba);

        ApiRequest get;
        get.path = u"/html"_s;
        get.retry = false;
        const ApiResponse r = waitFor(client.send(get));
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(r.error.message, u"Internal Server Error"_s);
        QVERIFY(r.error.description.contains(u"oops"_s));
    }

    void abortInFlight()
    {
        TestHttpServer server([](const TestRequest &) {
            TestResponse r;
            r.hang = true;
            return r;
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        ApiJob *job = client.get(u"/hang"_s);
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE(server.requests().size(), 1);
        job->abort();
        QCOMPARE(finished.size(), 0); // reported from the event loop, not from abort()
        QTRY_COMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<ApiResponse>();
        QCOMPARE(r.error.kind, ApiError::Kind::Aborted);
        QCOMPARE(client.jobsInFlight(), 0);
    }

    void abortDuringBackoff()
    {
        TestHttpServer server([](const TestRequest &) { return TestResponse::json(503, "{}"); });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setRetryPolicy({5, 60000, 60000}); // would wait a minute
        ApiJob *job = client.get(u"/x"_s);
        QSignalSpy retrying(job, &ApiJob::retrying);
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE(retrying.size(), 1);
        job->abort();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Aborted);
        QCOMPARE(server.requests().size(), 1);
    }

    void abortAllAndTypedCallAbort()
    {
        TestHttpServer server([](const TestRequest &) {
            TestResponse r;
            r.hang = true;
            return r;
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        AdminApi admin(&client);
        std::optional<Result<Page<Agent>>> agents;
        std::optional<Result<Role>> role;
        admin.listAgents().then(this, [&agents](const Result<Page<Agent>> &r) { agents = r; });
        const auto roleCall = admin.getRole(u"x"_s);
        roleCall.then(this, [&role](const Result<Role> &r) { role = r; });
        QCOMPARE(client.jobsInFlight(), 2);
        roleCall.abort();
        QTRY_VERIFY(role.has_value());
        QCOMPARE(role->error.kind, ApiError::Kind::Aborted);
        client.abortAll();
        QTRY_VERIFY(agents.has_value());
        QCOMPARE(agents->error.kind, ApiError::Kind::Aborted);
    }

    void noBaseUrlIsAUsageError()
    {
        ApiClient client;
        ApiJob *job = client.get(u"/x"_s);
        bool done = false;
        connect(job, &ApiJob::finished, this, [&done] { done = true; });
        QVERIFY(!done);
        QTRY_VERIFY(done);
    }

    void reauthenticatesOnceOn401()
    {
        TestHttpServer server([](const TestRequest &req) {
            if (req.headers.value("authorization") == "Bearer fresh")
                return TestResponse::json(200, R"({"id":"r1","name":"Role"})");
            return TestResponse::json(
                401, R"({"code":"AUTH-4010","message":{"defaultValue":"Unauthorized"}})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setBearerToken(u"stale"_s);
        TokenAuthenticator auth;
        client.setAuthenticator(&auth);
        AdminApi admin(&client);

        // Two calls fail at once: one re-authentication serves both.
        std::optional<Result<Role>> second;
        admin.getRole(u"r1"_s).then(this, [&second](const Result<Role> &r) { second = r; });
        const auto r1 = waitFor(admin.getRole(u"r1"_s));
        QTRY_VERIFY(second.has_value());
        const auto r2 = *second;
        QVERIFY2(r1.ok(), qPrintable(r1.error.toString()));
        QVERIFY2(r2.ok(), qPrintable(r2.error.toString()));
        QCOMPARE(r1.value.name, u"Role"_s);
        QCOMPARE(auth.calls, 1);
        QCOMPARE(server.requests().size(), 4);

        // When re-authentication fails the call reports it, once, without looping.
        client.setBearerToken(u"stale"_s);
        auth.fail = true;
        const auto r3 = waitFor(admin.getRole(u"r1"_s));
        QCOMPARE(r3.error.kind, ApiError::Kind::Auth);
        QCOMPARE(r3.httpStatus, 401);
        QCOMPARE(auth.calls, 2);
    }

    void authenticatorRenewsBeforeExpiry()
    {
        int issued = 0;
        TestHttpServer server([&issued](const TestRequest &req) {
            if (req.target != "/oauth2/token")
                return TestResponse::json(404, R"({"code":"X","message":"nope"})");
            ++issued;
            const QJsonObject token{{u"access_token"_s, u"t%1"_s.arg(issued)},
                                    {u"token_type"_s, u"Bearer"_s},
                                    {u"expires_in"_s, 1},
                                    {u"scope"_s, u"system"_s}};
            return TestResponse::json(200, QJsonDocument(token).toJson());
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        OAuthApi oauth(&client);
        ClientCredentialsAuthenticator auth(&oauth, {u"id"_s, u"secret"_s}, {u"system"_s},
                                            OAuthApi::SystemResource);
        QSignalSpy tokens(&auth, &Authenticator::authenticated);
        auth.reauthenticate();
        auth.reauthenticate(); // coalesced with the one in flight
        QTRY_COMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().first().toString(), u"t1"_s);
        QCOMPARE(auth.grantedScope(), u"system"_s);
        QVERIFY(auth.expiresAt().isValid());
        // A one-second token is renewed on its own, without any call failing first.
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 2, 10000);
        QCOMPARE(tokens.last().first().toString(), u"t2"_s);
        auth.stop();
    }

    void sessionRefusesATokenWithoutSystemScope()
    {
        TestHttpServer server([](const TestRequest &req) {
            if (req.target == "/.well-known/openid-configuration")
                return TestResponse::json(404, R"({"code":"X","message":"no discovery"})");
            if (req.target == "/oauth2/token")
                return TestResponse::json(
                    200,
                    R"({"access_token":"t","token_type":"Bearer","expires_in":3600,"scope":""})");
            return TestResponse::json(500, "{}");
        });
        Session session;
        QSignalSpy failed(&session, &Session::connectionFailed);
        session.connectWithClientCredentials(QUrl(server.baseUrl()), {u"app"_s, u"secret"_s});
        QCOMPARE(session.state(), Session::State::Connecting);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(session.state(), Session::State::Failed);
        QVERIFY2(session.lastError().toString().contains(u"`system` scope"_s),
                 qPrintable(session.lastError().toString()));
        QVERIFY(!session.client()->hasBearerToken());
        // Without discovery the default token path was used.
        QCOMPARE(server.requests().last().target, "/oauth2/token"_ba);
        const QByteArray body = server.requests().last().body;
        QVERIFY(body.contains("resource=https%3A%2F%2Flocalhost%3A8090%2Fmcp"));
        QVERIFY(body.contains("scope=system"));
    }

    void sessionRejectsBadInputWithoutNetwork()
    {
        Session session;
        session.connectWithClientCredentials(QUrl(u"relative"_s), {u"a"_s, u"b"_s});
        QCOMPARE(session.state(), Session::State::Failed);
        QCOMPARE(session.lastError().kind, ApiError::Kind::Usage);
        session.connectWithClientCredentials(QUrl(u"https://x.example"_s), {u"a"_s, u"b"_s},
                                             u"not-a-pin"_s);
        QCOMPARE(session.state(), Session::State::Failed);
        QVERIFY(session.lastError().toString().contains(u"TLS pin"_s));
    }

    void fingerprintHelpers()
    {
        const QString colons =
            u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"_s;
        const QByteArray hex = ApiClient::normalizeFingerprint(colons);
        QCOMPARE(hex.size(), 64);
        QCOMPARE(hex, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"_ba);
        QCOMPARE(ApiClient::formatFingerprint(hex), colons);
        QCOMPARE(ApiClient::normalizeFingerprint(u"sha256:"_s + QString::fromLatin1(hex)), hex);
        QVERIFY(ApiClient::normalizeFingerprint(u"abc"_s).isEmpty());
        QVERIFY(ApiClient::normalizeFingerprint(u"zz"_s.repeated(32)).isEmpty());
        ApiClient client;
        QVERIFY(!client.setPinnedCertificateSha256(u"not a fingerprint"_s));
        QVERIFY(client.pinnedCertificateSha256().isEmpty());
        QVERIFY(client.setPinnedCertificateSha256(colons));
        QCOMPARE(client.pinnedCertificateSha256(), hex);
        QVERIFY(client.setPinnedCertificateSha256({}));
        QVERIFY(client.pinnedCertificateSha256().isEmpty());
    }

    void retryPolicyDelays()
    {
        const RetryPolicy p{5, 100, 1000};
        QCOMPARE(p.delayForAttempt(1), 100);
        QCOMPARE(p.delayForAttempt(2), 200);
        QCOMPARE(p.delayForAttempt(3), 400);
        QCOMPARE(p.delayForAttempt(4), 800);
        QCOMPARE(p.delayForAttempt(5), 1000);
        QCOMPARE(p.delayForAttempt(30), 1000);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
