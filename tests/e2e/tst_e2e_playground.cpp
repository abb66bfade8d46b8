// The playground's flows end to end against a real sandbox child process (issue 13): client
// credentials, a four-hop exchange chain with act nesting, a widening hop refused, audience
// locking shown through the server's introspection, CIBA approved through the approvals API by
// the user's own token (with slow_down handled), a CIBA request denied, and authorization code
// + on-behalf-of through the browser sign-in seam (the test is the user's browser). Throughout,
// every secret and token stays out of the log and out of the saved scenario.

#include "core/api/ApiClient.h"
#include "core/api/CibaApprovalsApi.h"
#include "core/api/ServerApis.h"
#include "core/models/PlaygroundStepsModel.h"
#include "core/playground/FlowRunner.h"
#include "core/playground/Scenario.h"
#include "core/token/ChainPolicy.h"

#include "../sandbox/FlowFixture.h"
#include "tst_e2e_support.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::FlowFixture;
using tid::test::TestClient;

namespace {

const QString Reports = u"https://reports.example.com/api"_s;
const QString Billing = u"https://billing.example.com/api"_s;

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestE2ePlayground : public QObject
{
    Q_OBJECT

    std::unique_ptr<FlowFixture> m_fx;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ServerApis> m_apis;
    TestClient m_planner; // client credentials, exchange, CIBA; reports:read reports:export
    TestClient m_writer;  // exchange; reports:read reports:export
    TestClient m_auditor; // exchange; reports:read
    QString m_daveId;
    QString m_daveToken; // dave's own session: the approvals API
    QStringList m_secretsSeen;

    Scenario::Hop hop(const TestClient &c, const QStringList &scopes,
                      const QString &audience = Reports)
    {
        return Scenario::Hop{c.clientId, scopes, audience};
    }

    // A runner against the sandbox with every agent's secret, its model under the tester.
    struct Playground
    {
        FlowRunner runner;
        PlaygroundStepsModel model;
        QAbstractItemModelTester tester{&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
        explicit Playground(const TestE2ePlayground &test)
        {
            runner.setServerApis(test.m_apis.get());
            for (const TestClient *c : {&test.m_planner, &test.m_writer, &test.m_auditor})
                runner.setSecret(c->clientId, c->secret);
            model.setRunner(&runner);
        }
    };

    // Runs to the end; remembers every token for the log check.
    bool run(FlowRunner &runner, const Scenario &s, int timeoutMs = 60000)
    {
        QSignalSpy finished(&runner, &FlowRunner::finished);
        QString error;
        if (!runner.start(s, &error)) {
            qWarning("start: %s", qPrintable(error));
            return false;
        }
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return false;
        remember(runner);
        return true;
    }

    void remember(const FlowRunner &runner)
    {
        for (const QString &v : runner.valuesToMask()) {
            if (!m_secretsSeen.contains(v))
                m_secretsSeen << v;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(u"tid.*.debug=true"_s);
        m_fx = std::make_unique<FlowFixture>();
        QString error;
        QVERIFY2(m_fx->start(&error), qPrintable(error));
        const QString reportsId = m_fx->createResourceServer(
            u"Reports"_s, Reports, {u"reports:read"_s, u"reports:export"_s, u"reports:admin"_s});
        const QString billingId =
            m_fx->createResourceServer(u"Billing"_s, Billing, {u"invoices:read"_s});
        QVERIFY(!reportsId.isEmpty() && !billingId.isEmpty());
        m_planner =
            m_fx->createClient(u"Planner"_s, {u"client_credentials"_s, tid::test::GrantExchange,
                                              tid::test::GrantCiba});
        m_writer = m_fx->createClient(u"Writer"_s, {tid::test::GrantExchange});
        m_auditor = m_fx->createClient(u"Auditor"_s, {tid::test::GrantExchange});
        QVERIFY(!m_planner.secret.isEmpty() && !m_writer.secret.isEmpty() &&
                !m_auditor.secret.isEmpty());
        m_daveId = m_fx->createUser(u"dave"_s, u"dave-pw"_s);
        QVERIFY(!m_fx->createRole(u"Report agents"_s, reportsId,
                                  {u"reports:read"_s, u"reports:export"_s},
                                  {{m_planner.id, u"agent"_s}, {m_writer.id, u"agent"_s}})
                     .isEmpty());
        QVERIFY(!m_fx->createRole(u"Report auditors"_s, reportsId, {u"reports:read"_s},
                                  {{m_auditor.id, u"agent"_s}})
                     .isEmpty());
        QVERIFY(!m_fx->createRole(u"Report readers"_s, reportsId,
                                  {u"reports:read"_s, u"reports:export"_s}, {{m_daveId, u"user"_s}})
                     .isEmpty());
        m_daveToken = m_fx->userToken(u"dave"_s, u"dave-pw"_s);
        QVERIFY(!m_daveToken.isEmpty());
        m_secretsSeen << m_planner.secret << m_writer.secret << m_auditor.secret;

        // The console's own connection: the playground copies its server from these.
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_fx->sandbox().baseUrl());
        m_apis = std::make_unique<ServerApis>(m_client.get());
        const auto discovery = tid::test::await(m_apis->oauth().discover());
        QVERIFY2(discovery.ok(), qPrintable(discovery.error.toString()));
        m_apis->oauth().setMetadata(discovery.value);
    }

    void clientCredentials()
    {
        Playground p(*this);
        FlowRunner &runner = p.runner;
        PlaygroundStepsModel &model = p.model;
        Scenario s = Scenario::preset(Scenario::Flow::ClientCredentials);
        s.origin = hop(m_planner, {u"reports:read"_s, u"reports:export"_s});
        QVERIFY(run(runner, s));
        QCOMPARE(runner.steps().size(), 1);
        const PlaygroundStep &step = runner.steps().first();
        QCOMPARE(step.status, PlaygroundStep::Status::Succeeded);
        QCOMPARE(step.claims.value(u"sub"_s).toString(), m_planner.id);
        QCOMPARE(step.claims.value(u"aud"_s).toString(), Reports);
        QVERIFY(m_fx->verifiesAgainstJwks(step.token));
        QVERIFY2(step.summary.contains(u"sub "_s + m_planner.clientId), qPrintable(step.summary));
        QVERIFY(step.summary.contains(u"scope reports:read reports:export"_s));
        QCOMPARE(step.exchanges.size(), 1);
        const HttpExchange &x = step.exchanges.first();
        QCOMPARE(x.status, 200);
        QCOMPARE(x.method, "POST"_ba);
        QCOMPARE(x.url.path(), u"/oauth2/token"_s);
        QVERIFY(x.elapsedMs >= 0);
        QVERIFY(x.startedAt.isValid());
        // The real request went with HTTP Basic; shown masked, revealable.
        QVERIFY(x.requestText(true).contains(QString::fromLatin1(
            ApiClient::basicAuthorization(m_planner.clientId, m_planner.secret))));
        QVERIFY(!x.requestText(false, runner.valuesToMask())
                     .contains(QString::fromLatin1(
                         ApiClient::basicAuthorization(m_planner.clientId, m_planner.secret))));
        QVERIFY(!x.responseText(false, runner.valuesToMask()).contains(step.token));
        QVERIFY(x.responseText(true).contains(step.token));
        QVERIFY(x.responseText(false).contains(u"Cache-Control: no-store"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.stepIndex(0)), 1);

        // Asking for a scope the agent does not hold: issued without it, and explained.
        s.origin.scopes << u"reports:admin"_s;
        QVERIFY(run(runner, s));
        const PlaygroundStep &narrowed = runner.steps().first();
        QCOMPARE(narrowed.status, PlaygroundStep::Status::Narrowed);
        QVERIFY2(narrowed.explanation.contains(u"through its roles"_s),
                 qPrintable(narrowed.explanation));

        // A wrong secret: invalid_client in words.
        runner.setSecret(m_planner.clientId, u"not-the-secret-0123456789"_s);
        QVERIFY(run(runner, s));
        QCOMPARE(runner.steps().first().status, PlaygroundStep::Status::Failed);
        QVERIFY(runner.steps().first().explanation.startsWith(u"invalid_client:"_s));
    }

    void fourHopChainNestsActAndAudienceIsLocked()
    {
        Playground p(*this);
        FlowRunner &runner = p.runner;
        Scenario s = Scenario::preset(Scenario::Flow::TokenExchange);
        s.origin = hop(m_planner, {u"reports:read"_s, u"reports:export"_s});
        s.hops = {hop(m_writer, {u"reports:read"_s, u"reports:export"_s}),
                  hop(m_auditor, {u"reports:read"_s}), hop(m_writer, {u"reports:read"_s}),
                  hop(m_planner, {u"reports:read"_s})};
        s.checkAudience = Billing;
        bool ok = false;
        QSignalSpy finished(&runner, &FlowRunner::finished);
        QVERIFY(runner.start(s));
        QVERIFY(finished.wait(60000));
        remember(runner);
        ok = finished.first().at(0).toBool();
        QVERIFY(ok);
        QCOMPARE(runner.steps().size(), 6);
        const QStringList chain{m_planner.id, m_writer.id, m_auditor.id, m_writer.id, m_planner.id};
        for (int hopIndex = 1; hopIndex <= 4; ++hopIndex) {
            const PlaygroundStep &step = runner.steps().at(hopIndex);
            QCOMPARE(step.status, PlaygroundStep::Status::Succeeded);
            QCOMPARE(step.actDepth, hopIndex);
            // sub stays the planner (its own token started the chain); act nests, newest outside.
            QCOMPARE(step.claims.value(u"sub"_s).toString(), m_planner.id);
            QJsonObject act = step.claims.value(u"act"_s).toObject();
            for (int k = hopIndex; k >= 1; --k) {
                QCOMPARE(act.value(u"sub"_s).toString(), chain.at(k));
                act = act.value(u"act"_s).toObject();
            }
            QVERIFY(m_fx->verifiesAgainstJwks(step.token));
        }
        const PlaygroundStep &last = runner.steps().at(4);
        QVERIFY2(last.summary.contains(u"act %1 ← %2 ← %3 ← %4 (depth 4)"_s.arg(
                     m_planner.clientId, m_writer.clientId, m_auditor.clientId, m_writer.clientId)),
                 qPrintable(last.summary));

        // Audience locking: the Billing API refuses a token meant for the Reports API.
        const PlaygroundStep &check = runner.steps().at(5);
        QCOMPARE(check.status, PlaygroundStep::Status::Refused);
        QVERIFY2(check.summary.contains(u"locked to "_s + Reports), qPrintable(check.summary));
        QCOMPARE(check.exchanges.size(), 1);
        QCOMPARE(check.exchanges.first().url.path(), u"/oauth2/introspect"_s);
        // …and the Reports API takes it.
        s.checkAudience = Reports;
        QVERIFY(run(runner, s));
        QCOMPARE(runner.steps().at(5).status, PlaygroundStep::Status::Succeeded);

        // The saved scenario holds the chain, not one secret or token.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chain.json"_s);
        QString error;
        QVERIFY2(s.save(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        QVERIFY(saved.contains(m_auditor.clientId));
        for (const QString &secret : runner.valuesToMask())
            QVERIFY2(!saved.contains(secret), "a secret or token in the saved scenario");
        for (const QString &secret : {m_planner.secret, m_writer.secret, m_auditor.secret})
            QVERIFY(!saved.contains(secret));
    }

    // The chain policy checks every token a run produces: a two-hop chain holds max-depth 2
    // and fails max-depth 1 from the hop that made it two deep; the allowed actors name who.
    void producedTokensAreCheckedAgainstAChainPolicy()
    {
        Playground p(*this);
        FlowRunner &runner = p.runner;
        QString error;
        const ChainPolicy policy =
            ChainPolicy::fromJson(uR"({"rules": [{"rule": "max-depth", "value": 1},
                           {"rule": "allowed-actors", "value": ["%1", "%2"]},
                           {"rule": "audience-is", "value": "%3"}]})"_s
                                      .arg(m_writer.id, m_auditor.id, Reports)
                                      .toUtf8(),
                                  &error);
        QVERIFY2(policy.isValid(), qPrintable(error));
        runner.setPolicy(policy);
        Scenario s = Scenario::preset(Scenario::Flow::TokenExchange);
        s.origin = hop(m_planner, {u"reports:read"_s, u"reports:export"_s});
        s.hops = {hop(m_writer, {u"reports:read"_s}), hop(m_auditor, {u"reports:read"_s})};
        QVERIFY(run(runner, s));
        QCOMPARE(runner.steps().size(), 3);
        const auto verdict = [&](int step) {
            QStringList failed = ChainPolicy::failedRules(runner.steps().at(step).policy);
            return failed.join(u',');
        };
        QCOMPARE(runner.steps().at(0).policy.size(), 3); // every rule, every token
        QCOMPARE(verdict(0), QString());                 // the planner's own token: depth 0
        QCOMPARE(verdict(1), QString());                 // depth 1, the writer allowed
        QCOMPARE(verdict(2), u"max-depth"_s);            // depth 2
        QVERIFY2(runner.steps().at(2).summary.contains(u"chain policy fails: max-depth"_s),
                 qPrintable(runner.steps().at(2).summary));
        QVERIFY2(runner.steps().at(2).detail.contains(u"✖ max-depth"_s),
                 qPrintable(runner.steps().at(2).detail));
        // Without a policy nothing is checked.
        runner.setPolicy({});
        QVERIFY(run(runner, s));
        QVERIFY(runner.steps().at(2).policy.isEmpty());
        QVERIFY(!runner.steps().at(2).summary.contains(u"chain policy"_s));
    }

    void wideningHopIsRefused()
    {
        Playground p(*this);
        FlowRunner &runner = p.runner;
        Scenario s = Scenario::preset(Scenario::Flow::TokenExchange);
        s.origin = hop(m_planner, {u"reports:read"_s});
        s.hops = {hop(m_writer, {u"reports:read"_s, u"reports:export"_s}),
                  hop(m_auditor, {u"reports:read"_s})};
        bool ok = true;
        QSignalSpy finished(&runner, &FlowRunner::finished);
        QVERIFY(runner.start(s));
        QVERIFY(finished.wait(60000));
        remember(runner);
        ok = finished.first().at(0).toBool();
        QVERIFY(!ok);
        const PlaygroundStep &widening = runner.steps().at(1);
        QCOMPARE(widening.status, PlaygroundStep::Status::Failed);
        QCOMPARE(widening.exchanges.first().oauthError(), u"invalid_scope"_s);
        QVERIFY2(widening.explanation.contains(u"asks for reports:export"_s) &&
                     widening.explanation.contains(u"only narrow"_s),
                 qPrintable(widening.explanation));
        QCOMPARE(runner.steps().at(2).status, PlaygroundStep::Status::Skipped);
        QVERIFY(runner.steps().at(2).exchanges.isEmpty());
    }

    void cibaApprovedThroughTheInboxApiWithSlowDown()
    {
        Playground p(*this);
        FlowRunner &runner = p.runner;
        PlaygroundStepsModel &model = p.model;
        Scenario s = Scenario::preset(Scenario::Flow::Ciba);
        s.origin = hop(m_planner, {u"openid"_s, u"reports:read"_s});
        s.user = u"dave"_s;
        s.bindingMessage = u"Playground test 7731"_s;
        QSignalSpy finished(&runner, &FlowRunner::finished);
        QVERIFY(runner.start(s));
        QTRY_VERIFY_WITH_TIMEOUT(runner.steps().at(0).status == PlaygroundStep::Status::Succeeded,
                                 20000);
        const QString authReqId =
            QJsonDocument::fromJson(runner.steps().at(0).exchanges.first().responseBody)
                .object()
                .value(u"auth_req_id"_s)
                .toString();
        QVERIFY(!authReqId.isEmpty());
        QVERIFY(runner.valuesToMask().contains(authReqId));
        // Another poller of the same request, half an interval before the runner, makes the
        // runner's first poll too early: the server answers slow_down and the runner waits five
        // seconds longer from then on.
        QTest::qWait(2500);
        QCOMPARE(m_fx->token(m_planner, {{u"grant_type"_s, tid::test::GrantCiba},
                                         {u"auth_req_id"_s, authReqId}})
                     .code(),
                 u"authorization_pending"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runner.steps().at(1).summary.contains(u"next poll in"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(runner.steps().at(1).exchanges.size() >= 1, 15000);
        QCOMPARE(runner.steps().at(1).exchanges.first().oauthError(), u"slow_down"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runner.steps().at(1).pollIntervalSeconds, 10, 5000);
        QVERIFY(runner.steps().at(1).explanation.startsWith(u"slow_down:"_s));

        // dave approves in his inbox: the approvals API with his own session's token.
        ApiClient daveClient;
        daveClient.setBaseUrl(m_fx->sandbox().baseUrl());
        daveClient.setBearerToken(m_daveToken);
        CibaApprovalsApi approvals(&daveClient);
        const auto pending = tid::test::await(approvals.listRequests());
        QVERIFY2(pending.ok(), qPrintable(pending.error.toString()));
        QString requestId;
        for (const CibaRequest &r : pending.value.items) {
            if (r.bindingMessage == s.bindingMessage)
                requestId = r.id;
        }
        QVERIFY(!requestId.isEmpty());
        QVERIFY(tid::test::await(approvals.approve(requestId)).ok());

        QVERIFY(finished.wait(30000));
        remember(runner);
        QVERIFY(finished.first().at(0).toBool());
        const PlaygroundStep &poll = runner.steps().at(1);
        QCOMPARE(poll.status, PlaygroundStep::Status::Succeeded);
        QCOMPARE(poll.claims.value(u"sub"_s).toString(), m_daveId);
        QCOMPARE(poll.claims.value(u"act"_s).toObject().value(u"sub"_s).toString(), m_planner.id);
        QVERIFY(poll.exchanges.size() >= 2);
        QCOMPARE(poll.exchanges.last().status, 200);
        QVERIFY2(poll.summary.contains(u"sub dave"_s), qPrintable(poll.summary));
        QCOMPARE(model.rowCount(model.stepIndex(1)), poll.exchanges.size());
        // The auth_req_id is masked in the poll's request.
        QVERIFY(
            !poll.exchanges.first().requestText(false, runner.valuesToMask()).contains(authReqId));
        QVERIFY(poll.exchanges.first().toCurl().contains(u"${AUTH_REQ_ID}"_s));
    }

    void cibaDeniedIsExplained()
    {
        Playground p(*this);
        FlowRunner &runner = p.runner;
        Scenario s = Scenario::preset(Scenario::Flow::Ciba);
        s.origin = hop(m_planner, {u"openid"_s, u"reports:read"_s});
        s.user = u"dave"_s;
        QSignalSpy finished(&runner, &FlowRunner::finished);
        QVERIFY(runner.start(s));
        QTRY_VERIFY_WITH_TIMEOUT(runner.steps().at(0).status == PlaygroundStep::Status::Succeeded,
                                 20000);
        QVERIFY(runner.steps().at(0).summary.contains(u"Playground check "_s));
        ApiClient daveClient;
        daveClient.setBaseUrl(m_fx->sandbox().baseUrl());
        daveClient.setBearerToken(m_daveToken);
        CibaApprovalsApi approvals(&daveClient);
        const auto pending = tid::test::await(approvals.listRequests());
        QVERIFY(pending.ok() && !pending.value.items.isEmpty());
        QVERIFY(tid::test::await(approvals.deny(pending.value.items.first().id)).ok());
        QVERIFY(finished.wait(30000));
        remember(runner);
        QCOMPARE(runner.steps().at(1).status, PlaygroundStep::Status::Failed);
        QVERIFY2(runner.steps().at(1).explanation.startsWith(u"access_denied: dave denied"_s),
                 qPrintable(runner.steps().at(1).explanation));
    }

    void authorizationCodeThenOnBehalfOf()
    {
        Playground p(*this);
        FlowRunner &runner = p.runner;
        Scenario s = Scenario::preset(Scenario::Flow::AuthorizationCode);
        s.origin.scopes = {u"openid"_s, u"reports:read"_s};
        s.origin.audience = Reports;
        s.hops = {hop(m_planner, {u"reports:read"_s})};
        QSignalSpy requested(&runner, &FlowRunner::browserSignInRequested);
        QSignalSpy finished(&runner, &FlowRunner::finished);
        QVERIFY(runner.start(s));
        QVERIFY(!requested.isEmpty() || requested.wait(20000)); // sent from start() itself
        const QUrl url = requested.first().at(0).toUrl();
        QCOMPARE(runner.steps().at(0).status, PlaygroundStep::Status::Waiting);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QVERIFY(
            QUrlQuery(url).queryItemValue(u"redirect_uri"_s).startsWith(u"http://127.0.0.1:"_s));

        // The test is dave's browser: the sign-in form, then the redirect to the loopback.
        QList<QPair<QString, QString>> params;
        for (const auto &[k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            params.append({k, v});
        const tid::test::SignIn signIn = m_fx->submitSignIn(params, u"dave"_s, u"dave-pw"_s);
        QCOMPARE(signIn.status, 302);
        QVERIFY(!signIn.code.isEmpty());
        const QUrl redirect(signIn.location);
        tid::test::TestHttp loopback(redirect.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
        const auto page = loopback.get(redirect.path() + u'?' + redirect.query(QUrl::FullyEncoded));
        QCOMPARE(page.status, 200);

        QVERIFY(finished.wait(30000));
        remember(runner);
        QVERIFY(finished.first().at(0).toBool());
        const PlaygroundStep &user = runner.steps().at(0);
        QCOMPARE(user.status, PlaygroundStep::Status::Succeeded);
        QCOMPARE(user.claims.value(u"sub"_s).toString(), m_daveId);
        QVERIFY(!user.claims.contains(u"act"_s));
        // The code redemption is the step's recorded exchange (code and verifier masked).
        QCOMPARE(user.exchanges.size(), 1);
        const QString redemption = user.exchanges.first().requestText(false);
        QVERIFY2(redemption.contains(u"code="_s + HttpExchange::maskText()) &&
                     redemption.contains(u"code_verifier="_s + HttpExchange::maskText()),
                 qPrintable(redemption));
        QVERIFY(!redemption.contains(signIn.code));
        const PlaygroundStep &obo = runner.steps().at(1);
        QCOMPARE(obo.status, PlaygroundStep::Status::Succeeded);
        QCOMPARE(obo.claims.value(u"sub"_s).toString(), m_daveId);
        QCOMPARE(obo.claims.value(u"act"_s).toObject().value(u"sub"_s).toString(), m_planner.id);
        QCOMPARE(obo.actDepth, 1);
        QVERIFY2(obo.summary.contains(u"sub dave"_s) &&
                     obo.summary.contains(u"act "_s + m_planner.clientId),
                 qPrintable(obo.summary));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules({});
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        bool sawPlayground = false;
        for (const QString &line : std::as_const(g_log)) {
            sawPlayground = sawPlayground || line.startsWith(u"tid.playground"_s);
            for (const QString &secret : std::as_const(m_secretsSeen))
                QVERIFY2(!line.contains(secret),
                         qPrintable(u"a secret or token in the log: "_s + line.left(80)));
        }
        QVERIFY(sawPlayground);
        QVERIFY(m_secretsSeen.size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestE2ePlayground)
#include "tst_e2e_playground.moc"
