// The playground's core without a sandbox: a scripted server that behaves as a real ThunderID
// does where the sandbox differs (an exchange narrowed silently, a grant it does not know, no
// CIBA endpoint), the masking of exchanges, "Copy as curl", scenario files, and the steps
// model under QAbstractItemModelTester.

#include "core/models/PlaygroundStepsModel.h"
#include "core/playground/FlowRunner.h"
#include "core/playground/HttpExchange.h"
#include "core/playground/OAuthErrorText.h"
#include "core/playground/Scenario.h"

#include "tst_api_testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

const QString Secret = u"s3cr3t-Playground+/=value"_s;

QUrlQuery formOf(const TestRequest &r)
{
    QByteArray body = r.body;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(body));
}

QString field(const TestRequest &r, const QString &name)
{
    return formOf(r).queryItemValue(name, QUrl::FullyDecoded);
}

TestResponse tokenAnswer(const QString &token, const QString &scope)
{
    const QJsonObject o{{u"access_token"_s, token},
                        {u"token_type"_s, u"Bearer"_s},
                        {u"expires_in"_s, 600},
                        {u"scope"_s, scope}};
    return TestResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TestResponse oauthError(int status, const QString &error, const QString &description)
{
    const QJsonObject o{{u"error"_s, error}, {u"error_description"_s, description}};
    return TestResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What ThunderID does on token exchange: issues what it can and drops the rest silently.
TestResponse thunderLike(const TestRequest &r)
{
    if (!r.target.startsWith("/oauth2/token"))
        return oauthError(404, u"not_found"_s, u"no such path"_s);
    const QString grant = field(r, u"grant_type"_s);
    if (grant == "client_credentials"_L1)
        return tokenAnswer(u"opaque-origin-token-0001"_s, u"reports:read"_s);
    if (grant == OAuthApi::GrantTokenExchange)
        return tokenAnswer(u"opaque-exchanged-token-0002"_s, u"reports:read"_s);
    return oauthError(400, u"unsupported_grant_type"_s, u"grant type not supported"_s);
}

ServerMetadata metadataFor(const TestHttpServer &server, bool ciba)
{
    ServerMetadata m;
    m.issuer = server.baseUrl();
    m.tokenEndpoint = QUrl(server.baseUrl() + u"/oauth2/token"_s);
    m.introspectionEndpoint = QUrl(server.baseUrl() + u"/oauth2/introspect"_s);
    m.authorizationEndpoint = QUrl(server.baseUrl() + u"/oauth2/authorize"_s);
    if (ciba)
        m.backchannelAuthenticationEndpoint = QUrl(server.baseUrl() + u"/oauth2/bc-authorize"_s);
    return m;
}

bool runToEnd(FlowRunner &runner, const Scenario &scenario, bool *ok = nullptr)
{
    QSignalSpy finished(&runner, &FlowRunner::finished);
    QString error;
    if (!runner.start(scenario, &error)) {
        qWarning("start: %s", qPrintable(error));
        return false;
    }
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    if (ok)
        *ok = finished.first().at(0).toBool();
    return true;
}

} // namespace

class TestPlayground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silentNarrowingIsDetected()
    {
        TestHttpServer server(thunderLike);
        FlowRunner runner;
        runner.setServer(QUrl(server.baseUrl()), {}, metadataFor(server, true));
        runner.setSecret(u"planner"_s, Secret);
        runner.setSecret(u"writer"_s, Secret);
        PlaygroundStepsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunner(&runner);

        Scenario s = Scenario::preset(Scenario::Flow::TokenExchange);
        s.origin = {u"planner"_s, {u"reports:read"_s}, u"https://reports.example.com"_s};
        s.hops = {{u"writer"_s,
                   {u"reports:read"_s, u"reports:export"_s},
                   u"https://reports.example.com"_s}};
        bool ok = false;
        QVERIFY(runToEnd(runner, s, &ok));
        QVERIFY(ok); // narrowing is a success, explained
        QCOMPARE(runner.steps().size(), 2);
        const PlaygroundStep &hop = runner.steps().at(1);
        QCOMPARE(hop.status, PlaygroundStep::Status::Narrowed);
        QCOMPARE(hop.grantedScopes, QStringList{u"reports:read"_s});
        QVERIFY2(hop.explanation.contains(u"narrowed silently"_s), qPrintable(hop.explanation));
        QVERIFY2(hop.explanation.contains(u"reports:export"_s), qPrintable(hop.explanation));

        // The model mirrors the run: two steps, one exchange each, tokens only through TokenRole.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.stepIndex(1)), 1);
        QCOMPARE(model.data(model.stepIndex(1, PlaygroundStepsModel::StatusColumn)).toString(),
                 PlaygroundStep::statusName(PlaygroundStep::Status::Narrowed));
        QCOMPARE(model.data(model.stepIndex(1), PlaygroundStepsModel::TokenRole).toString(),
                 u"opaque-exchanged-token-0002"_s);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int c = 0; c < PlaygroundStepsModel::ColumnCount; ++c) {
                const QString shown =
                    model.data(model.stepIndex(row, c)).toString() +
                    model.data(model.stepIndex(row, c), Qt::ToolTipRole).toString();
                QVERIFY(!shown.contains(u"opaque-"_s));
                QVERIFY(!shown.contains(Secret));
            }
        }
        const QModelIndex exchangeRow = model.index(0, 0, model.stepIndex(1));
        QCOMPARE(model.data(exchangeRow).toString(), u"POST /oauth2/token"_s);
        QCOMPARE(
            model.data(exchangeRow.siblingAtColumn(PlaygroundStepsModel::StatusColumn)).toString(),
            u"200 OK"_s);

        // A new run resets the model (the tester watches the reset).
        QVERIFY(runToEnd(runner, s));
        QCOMPARE(model.rowCount(), 2);
    }

    void unsupportedGrantAndMissingCibaSaySo()
    {
        TestHttpServer server(thunderLike);
        FlowRunner runner;
        // A discovery document without a backchannel endpoint: CIBA is not offered.
        runner.setServer(QUrl(server.baseUrl()), {}, metadataFor(server, false));
        runner.setSecret(u"planner"_s, Secret);
        Scenario ciba = Scenario::preset(Scenario::Flow::Ciba);
        ciba.origin.agent = u"planner"_s;
        ciba.user = u"dave"_s;
        bool ok = true;
        QVERIFY(runToEnd(runner, ciba, &ok));
        QVERIFY(!ok);
        QCOMPARE(runner.steps().at(0).status, PlaygroundStep::Status::Unsupported);
        QVERIFY(runner.steps().at(0).summary.contains(u"backchannel_authentication_endpoint"_s));
        QCOMPARE(runner.steps().at(0).exchanges.size(), 0); // nothing was sent
        QCOMPARE(runner.steps().at(1).status, PlaygroundStep::Status::Skipped);

        // The endpoint is announced but the server does not know the grant.
        runner.setServer(QUrl(server.baseUrl()), {}, metadataFor(server, true));
        server.setHandler([](const TestRequest &r) {
            if (r.target.startsWith("/oauth2/bc-authorize"))
                return TestResponse::json(
                    200, R"({"auth_req_id":"req-id-0123456789","expires_in":60,"interval":1})");
            return oauthError(400, u"unsupported_grant_type"_s, u"unknown grant"_s);
        });
        QVERIFY(runToEnd(runner, ciba, &ok));
        QVERIFY(!ok);
        QCOMPARE(runner.steps().at(0).status, PlaygroundStep::Status::Succeeded);
        const PlaygroundStep &poll = runner.steps().at(1);
        QCOMPARE(poll.status, PlaygroundStep::Status::Unsupported);
        QVERIFY2(poll.explanation.contains(u"does not support the grant"_s),
                 qPrintable(poll.explanation));
    }

    void exchangesAreMaskedAndCurlUsesVariables()
    {
        TestHttpServer server(thunderLike);
        FlowRunner runner;
        runner.setServer(QUrl(server.baseUrl()), {}, metadataFor(server, true));
        runner.setSecret(u"planner"_s, Secret);
        runner.setSecret(u"writer"_s, Secret);
        Scenario s = Scenario::preset(Scenario::Flow::TokenExchange);
        s.origin = {u"planner"_s, {u"reports:read"_s}, u"https://reports.example.com"_s};
        s.hops = {{u"writer"_s, {u"reports:read"_s}, u"https://reports.example.com"_s}};
        QVERIFY(runToEnd(runner, s));
        const HttpExchange &x = runner.steps().at(1).exchanges.at(0);
        const QStringList mask = runner.valuesToMask();
        const QString request = x.requestText(false, mask);
        const QString response = x.responseText(false, mask);
        QVERIFY2(request.contains(u"subject_token="_s + HttpExchange::maskText()),
                 qPrintable(request));
        QVERIFY(!request.contains(u"opaque-origin-token"_s));
        QVERIFY2(request.contains(u"Authorization: Basic "_s + HttpExchange::maskText()),
                 qPrintable(request));
        QVERIFY(request.contains(u"client id writer"_s));
        QVERIFY(!request.contains(QString::fromLatin1(
            QByteArray("writer:" + QUrl::toPercentEncoding(Secret)).toBase64())));
        QVERIFY(request.contains(u"Accept: application/json"_s));
        QVERIFY(!response.contains(u"opaque-exchanged-token"_s));
        QVERIFY(response.contains(u"\"access_token\": \""_s + HttpExchange::maskText()));
        // Revealed: exactly what went over the wire.
        QVERIFY(x.requestText(true).contains(u"subject_token=opaque-origin-token-0001"_s));
        QVERIFY(x.responseText(true).contains(u"opaque-exchanged-token-0002"_s));

        const QString curl = x.toCurl(mask);
        QVERIFY2(curl.contains(u"-u \"writer:${CLIENT_SECRET}\""_s), qPrintable(curl));
        QVERIFY2(curl.contains(u"--data-urlencode \"subject_token=${SUBJECT_TOKEN}\""_s),
                 qPrintable(curl));
        QVERIFY(curl.contains(u"# $CLIENT_SECRET: the client secret of writer"_s));
        QVERIFY(curl.contains(u"--data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:"
                              "token-exchange'"_s));
        QVERIFY(!curl.contains(Secret));
        QVERIFY(!curl.contains(u"opaque-"_s));
        QVERIFY(curl.startsWith(u"# "_s));
    }

    void scenarioFilesHoldNoSecrets()
    {
        Scenario s = Scenario::preset(Scenario::Flow::Ciba);
        s.origin = {u"planner"_s, {u"openid"_s, u"reports:read"_s}, u"https://r.example.com"_s};
        s.user = u"dave"_s;
        s.bindingMessage = u"Check 42"_s;
        s.hops = {{u"writer"_s, {u"reports:read"_s}, u"https://r.example.com"_s}};
        s.checkAudience = u"https://other.example.com"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QString error;
        QVERIFY2(s.save(path, &error), qPrintable(error));
        const Scenario back = Scenario::load(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, s);

        // A file carrying a secret is refused, and says why.
        QJsonObject o = s.toJson();
        QJsonObject origin = o.value(u"origin"_s).toObject();
        origin.insert(u"clientSecret"_s, Secret);
        o.insert(u"origin"_s, origin);
        Scenario::fromJson(o, &error);
        QVERIFY2(error.contains(u"clientSecret"_s), qPrintable(error));
        o = s.toJson();
        o.insert(u"subject_token"_s, u"x"_s);
        Scenario::fromJson(o, &error);
        QVERIFY(error.contains(u"subject_token"_s));
        // Wrong shapes and versions.
        Scenario::fromJson(QJsonObject{{u"flow"_s, u"ciba"_s}}, &error);
        QVERIFY(!error.isEmpty());
        o = s.toJson();
        o.insert(u"flow"_s, u"implicit"_s);
        Scenario::fromJson(o, &error);
        QVERIFY(error.contains(u"implicit"_s));
        o = s.toJson();
        o.insert(u"hops"_s, 3);
        Scenario::fromJson(o, &error);
        QVERIFY(!error.isEmpty());
    }

    void errorsAreExplained()
    {
        OAuthErrorContext c;
        c.request = OAuthErrorContext::Request::TokenExchange;
        c.clientId = u"writer"_s;
        c.resource = u"https://r.example.com"_s;
        c.requestedScopes = {u"a"_s, u"b"_s};
        c.parentScopes = {u"a"_s};
        QVERIFY(OAuthErrorText::explain(u"invalid_scope"_s, {}, c).contains(u"asks for b"_s));
        QVERIFY(OAuthErrorText::explain(u"invalid_target"_s, {}, c)
                    .contains(u"not one this agent may reach"_s));
        for (const QString &e : {u"invalid_client"_s, u"unauthorized_client"_s,
                                 u"authorization_pending"_s, u"slow_down"_s, u"access_denied"_s,
                                 u"expired_token"_s, u"unsupported_grant_type"_s}) {
            const QString text = OAuthErrorText::explain(e, u"desc"_s, c);
            QVERIFY2(text.startsWith(e + u':') && text.size() > e.size() + 20, qPrintable(text));
            QVERIFY(text.contains(u"“desc”"_s));
        }
        QVERIFY(OAuthErrorText::meansUnsupported(u"unsupported_grant_type"_s, 400));
        QVERIFY(OAuthErrorText::meansUnsupported({}, 404));
        QVERIFY(!OAuthErrorText::meansUnsupported(u"invalid_scope"_s, 400));
    }
};

QTEST_GUILESS_MAIN(TestPlayground)
#include "tst_playground.moc"
