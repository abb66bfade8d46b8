// The playground pane (issue 13) against a sandbox child process: a chain set up by typing, run
// with Run, its steps in the tree (model under QAbstractItemModelTester), the exchange shown
// masked and revealed, "Copy as curl" with shell variables, "Open in Inspector", scenarios saved
// without secrets and opened again, a run stopped, secrets kept in the keychain, and a
// screenshot of the pane after the chain (docs/screenshots/playground.png with
// TID_SCREENSHOT_DIR).

#include "core/api/ApiClient.h"
#include "core/api/ServerApis.h"
#include "core/models/PlaygroundStepsModel.h"
#include "core/playground/FlowRunner.h"
#include "core/secrets/Keychain.h"
#include "ui/playground/PlaygroundPane.h"

#include "../e2e/tst_e2e_support.h"
#include "../sandbox/FlowFixture.h"
#include "PaneTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using core::PlaygroundStep;
using core::PlaygroundStepsModel;
using core::Scenario;
using test::TestClient;

namespace {

const QString Reports = u"https://reports.example.com/api"_s;
const QString Billing = u"https://billing.example.com/api"_s;

} // namespace

class TestPlaygroundPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::FlowFixture> m_fx;
    std::unique_ptr<core::ApiClient> m_client;
    std::unique_ptr<core::ServerApis> m_apis;
    TestClient m_planner;
    TestClient m_writer;
    TestClient m_auditor;
    TestClient m_concierge; // CIBA
    QTemporaryDir m_dir;

    void typeChain(ui::PlaygroundPane &pane)
    {
        auto *flow = test::child<QComboBox>(&pane, u"flowCombo"_s);
        flow->setCurrentIndex(flow->findData(int(Scenario::Flow::TokenExchange)));
        Q_EMIT flow->activated(flow->currentIndex());
        auto *agent = test::child<QComboBox>(&pane, u"originAgent"_s);
        test::typeInto(agent->lineEdit(), m_planner.clientId);
        test::typeInto(test::child<QLineEdit>(&pane, u"originScopes"_s),
                       u"reports:read reports:export"_s);
        test::typeInto(test::child<QComboBox>(&pane, u"originAudience"_s)->lineEdit(), Reports);
        auto *hops = test::child<QTableWidget>(&pane, u"hopsTable"_s);
        QCOMPARE(hops->rowCount(), 1);
        hops->item(0, 0)->setText(m_writer.clientId);
        hops->item(0, 1)->setText(u"reports:read reports:export"_s);
        hops->item(0, 2)->setText(Reports);
        test::click(test::child<QPushButton>(&pane, u"addHopButton"_s));
        QCOMPARE(hops->rowCount(), 2);
        hops->item(1, 0)->setText(m_auditor.clientId);
        hops->item(1, 1)->setText(u"reports:read"_s);
        test::click(test::child<QPushButton>(&pane, u"addHopButton"_s));
        hops->item(2, 0)->setText(m_writer.clientId);
        test::typeInto(test::child<QComboBox>(&pane, u"checkAudience"_s)->lineEdit(), Billing);
        for (const TestClient *c : {&m_planner, &m_writer, &m_auditor}) {
            auto *edit = test::child<QLineEdit>(&pane, u"secret:"_s + c->clientId);
            QVERIFY(edit);
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            test::typeInto(edit, c->secret);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = std::make_unique<test::FlowFixture>();
        QString error;
        QVERIFY2(m_fx->start(&error), qPrintable(error));
        const QString reportsId = m_fx->createResourceServer(
            u"Reports"_s, Reports, {u"reports:read"_s, u"reports:export"_s});
        QVERIFY(!m_fx->createResourceServer(u"Billing"_s, Billing, {u"invoices:read"_s}).isEmpty());
        // Readable client ids, as an administrator would pick them (the screenshot shows them).
        m_planner =
            m_fx->createClient(u"Nightly planner"_s, {u"client_credentials"_s, test::GrantExchange},
                               {}, false, false, u"nightly-planner"_s);
        m_writer = m_fx->createClient(u"Report writer"_s, {test::GrantExchange}, {}, false, false,
                                      u"report-writer"_s);
        m_auditor = m_fx->createClient(u"Report auditor"_s, {test::GrantExchange}, {}, false, false,
                                       u"report-auditor"_s);
        m_concierge = m_fx->createClient(u"Approval concierge"_s, {test::GrantCiba}, {}, false,
                                         false, u"approval-concierge"_s);
        QVERIFY(!m_concierge.secret.isEmpty());
        QVERIFY(!m_fx->createRole(u"Report agents"_s, reportsId,
                                  {u"reports:read"_s, u"reports:export"_s},
                                  {{m_planner.id, u"agent"_s},
                                   {m_writer.id, u"agent"_s},
                                   {m_auditor.id, u"agent"_s}})
                     .isEmpty());
        m_client = std::make_unique<core::ApiClient>();
        m_client->setBaseUrl(m_fx->sandbox().baseUrl());
        m_client->setBearerToken(m_fx->adminToken());
        m_apis = std::make_unique<core::ServerApis>(m_client.get());
        const auto discovery = test::await(m_apis->oauth().discover());
        QVERIFY(discovery.ok());
        m_apis->oauth().setMetadata(discovery.value);
    }

    void chainRunsFromThePane()
    {
        ui::PlaygroundPane pane(m_apis.get());
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setAdministrator(true); // the agents and resource servers to pick from
        auto *agent = test::child<QComboBox>(&pane, u"originAgent"_s);
        QTRY_VERIFY_WITH_TIMEOUT(agent->findText(m_planner.clientId) >= 0, 15000);
        QTRY_VERIFY(test::child<QComboBox>(&pane, u"originAudience"_s)->findText(Reports) >= 0);
        typeChain(pane);

        QSignalSpy finished(pane.runner(), &core::FlowRunner::finished);
        auto *run = test::child<QPushButton>(&pane, u"runButton"_s);
        test::click(run);
        QVERIFY(!run->isEnabled());
        QVERIFY(test::child<QPushButton>(&pane, u"stopButton"_s)->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(run->isEnabled());
        QCOMPARE(test::messageType(&pane), ui::MessageWidget::Type::Positive);

        QTreeView *view = pane.stepsView();
        QCOMPARE(view->model()->rowCount(), 5); // origin, 3 hops, the audience check
        QCOMPARE(view->model()->index(4, PlaygroundStepsModel::StatusColumn).data().toString(),
                 PlaygroundStep::statusName(PlaygroundStep::Status::Refused));
        const QModelIndex lastHop = view->model()->index(3, 0);
        QVERIFY(view->model()
                    ->index(3, PlaygroundStepsModel::ResultColumn)
                    .data()
                    .toString()
                    .contains(u"(depth 3)"_s));
        // The row expands to its exchange.
        QCOMPARE(view->model()->rowCount(lastHop), 1);
        view->expand(lastHop);
        view->setCurrentIndex(view->model()->index(0, 0, lastHop));
        auto *detail = test::child<QTextBrowser>(&pane, u"exchangeView"_s);
        const QString token = pane.model()->step(3).token;
        QVERIFY(!token.isEmpty());
        QString shown = detail->toPlainText();
        QVERIFY2(shown.contains(u"POST /oauth2/token HTTP/1.1"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"subject_token=••••••••"_s));
        QVERIFY(!shown.contains(token));
        QVERIFY(!shown.contains(m_writer.secret));
        auto *reveal = test::child<QCheckBox>(&pane, u"revealCheck"_s);
        test::click(reveal);
        QVERIFY(detail->toPlainText().contains(token));
        test::click(reveal);
        QVERIFY(!detail->toPlainText().contains(token));

        // Copy as curl: secrets are shell variables.
        auto *copy = test::child<QPushButton>(&pane, u"copyCurlButton"_s);
        QVERIFY(copy->isEnabled());
        test::click(copy);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"-u \"%1:${CLIENT_SECRET}\""_s.arg(m_writer.clientId)),
                 qPrintable(curl));
        QVERIFY(curl.contains(u"${SUBJECT_TOKEN}"_s));
        QVERIFY(!curl.contains(m_writer.secret));
        for (const QString &v : pane.runner()->valuesToMask())
            QVERIFY(!curl.contains(v));

        // Open in Inspector: the step's token.
        view->setCurrentIndex(lastHop);
        auto *inspect = test::child<QPushButton>(&pane, u"inspectButton"_s);
        QVERIFY(inspect->isEnabled());
        QSignalSpy opened(&pane, &ui::PlaygroundPane::openInInspector);
        test::click(inspect);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), token);

        // The pane as a user sees it after a chain.
        view->expandAll();
        view->setCurrentIndex(lastHop);
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("TID_SCREENSHOT_DIR");
        const QString shot = QDir(dir.isEmpty() ? m_dir.path() : dir).filePath(u"playground.png"_s);
        QVERIFY(pane.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        // Save: the scenario without secrets; open it in a fresh pane: the same set-up.
        const QString path = m_dir.filePath(u"chain.json"_s);
        QVERIFY(pane.saveScenario(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(m_auditor.clientId.toUtf8()));
        for (const TestClient *c : {&m_planner, &m_writer, &m_auditor})
            QVERIFY(!saved.contains(c->secret.toUtf8()));
        for (const QString &v : pane.runner()->valuesToMask())
            QVERIFY(!saved.contains(v.toUtf8()));
        ui::PlaygroundPane other(m_apis.get());
        QVERIFY(other.openScenario(path));
        QCOMPARE(other.scenario(), pane.scenario());
        QVERIFY(test::child<QLineEdit>(&other, u"secret:"_s + m_writer.clientId)->text().isEmpty());
        // A file that is no scenario is refused in the message bar.
        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"({"thunderidPlayground":1,"flow":"ciba","origin":{"agent":"a","clientSecret":"x"}})");
        bad.close();
        QVERIFY(!other.openScenario(bad.fileName()));
        QVERIFY(other.messageWidget()->text().contains(u"clientSecret"_s));
    }

    void missingSecretIsSaidAndStopWorks()
    {
        ui::PlaygroundPane pane(m_apis.get());
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        Scenario s = Scenario::preset(Scenario::Flow::ClientCredentials);
        s.origin = {m_planner.clientId, {u"reports:read"_s}, Reports};
        pane.setScenario(s);
        test::click(test::child<QPushButton>(&pane, u"runButton"_s));
        QVERIFY2(test::messageText(&pane).contains(m_planner.clientId),
                 qPrintable(test::messageText(&pane)));
        QCOMPARE(pane.model()->rowCount(), 0);

        // A CIBA run waits for the user; Stop ends it.
        Scenario ciba = Scenario::preset(Scenario::Flow::Ciba);
        ciba.origin = {m_planner.clientId, {u"openid"_s}, {}};
        ciba.user = u"admin"_s;
        pane.setScenario(ciba);
        QVERIFY(test::child<QLineEdit>(&pane, u"cibaUser"_s)->isVisibleTo(&pane));
        pane.setSecretText(m_planner.clientId, m_planner.secret);
        QSignalSpy finished(pane.runner(), &core::FlowRunner::finished);
        test::click(test::child<QPushButton>(&pane, u"runButton"_s));
        // The planner lacks the CIBA grant: unauthorized_client, explained.
        QVERIFY(finished.wait(30000));
        QCOMPARE(pane.model()->step(0).status, PlaygroundStep::Status::Failed);
        QVERIFY(pane.model()->step(0).explanation.startsWith(u"unauthorized_client:"_s));
        QCOMPARE(pane.model()->step(1).status, PlaygroundStep::Status::Skipped);

        // Stop in the middle of a run.
        Scenario cc = s;
        pane.setScenario(cc);
        pane.setSecretText(m_planner.clientId, m_planner.secret);
        finished.clear();
        test::click(test::child<QPushButton>(&pane, u"runButton"_s));
        test::click(test::child<QPushButton>(&pane, u"stopButton"_s));
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(pane.model()->step(0).status, PlaygroundStep::Status::Stopped);
        QVERIFY(test::child<QPushButton>(&pane, u"runButton"_s)->isEnabled());
    }

    void cibaWaitsWithACountdownUntilStopped()
    {
        ui::PlaygroundPane pane(m_apis.get());
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *flow = test::child<QComboBox>(&pane, u"flowCombo"_s);
        flow->setCurrentIndex(flow->findData(int(Scenario::Flow::Ciba)));
        Q_EMIT flow->activated(flow->currentIndex());
        test::typeInto(test::child<QComboBox>(&pane, u"originAgent"_s)->lineEdit(),
                       m_concierge.clientId);
        test::typeInto(test::child<QLineEdit>(&pane, u"cibaUser"_s), u"admin"_s);
        test::typeInto(test::child<QLineEdit>(&pane, u"bindingMessage"_s), u"Pay invoice 4471"_s);
        QCOMPARE(pane.scenario().origin.scopes, QStringList{u"openid"_s});
        pane.setSecretText(m_concierge.clientId, m_concierge.secret);
        test::click(test::child<QPushButton>(&pane, u"runButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(pane.model()->stepCount() == 2 &&
                                     pane.model()->step(1).summary.contains(u"next poll in"_s),
                                 20000);
        const QString waiting = pane.model()->step(1).summary;
        QVERIFY2(waiting.contains(u"“Pay invoice 4471”"_s) && waiting.contains(u"expires in"_s),
                 qPrintable(waiting));
        QCOMPARE(pane.model()->step(1).status, PlaygroundStep::Status::Waiting);
        QTreeView *view = pane.stepsView();
        view->expandAll();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::qWait(2200); // the countdown moves on
        QVERIFY2(pane.model()->step(1).summary != waiting,
                 qPrintable(waiting + u" / "_s + pane.runner()->steps().at(1).summary));
        const QString dir = qEnvironmentVariable("TID_SCREENSHOT_DIR");
        const QString shot =
            QDir(dir.isEmpty() ? m_dir.path() : dir).filePath(u"playground-ciba.png"_s);
        QVERIFY(pane.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        // The auth_req_id never shows masked.
        const QString authReqId =
            QJsonDocument::fromJson(pane.model()->step(0).exchanges.first().responseBody)
                .object()
                .value(u"auth_req_id"_s)
                .toString();
        QVERIFY(!authReqId.isEmpty());
        QVERIFY(!test::child<QTextBrowser>(&pane, u"exchangeView"_s)
                     ->toPlainText()
                     .contains(authReqId));
        test::click(test::child<QPushButton>(&pane, u"stopButton"_s));
        QCOMPARE(pane.model()->step(1).status, PlaygroundStep::Status::Stopped);
        QVERIFY(pane.model()->step(1).nextPollAt.isNull());
    }

    void secretsKeptInTheKeychain()
    {
        core::Keychain keychain(u"thunderid-console-test-"_s + QUuid::createUuid().toString());
        const QString profile = u"playground-test"_s;
        {
            ui::PlaygroundPane pane(m_apis.get());
            pane.setKeychain(&keychain, [profile] { return profile; });
            Scenario s = Scenario::preset(Scenario::Flow::ClientCredentials);
            s.origin = {m_planner.clientId, {u"reports:read"_s}, Reports};
            pane.setScenario(s);
            auto *keep = test::child<QCheckBox>(&pane, u"keep:"_s + m_planner.clientId);
            QVERIFY(keep && keep->isVisibleTo(&pane));
            pane.setSecretText(m_planner.clientId, m_planner.secret);
            keep->setChecked(true);
            QSignalSpy finished(pane.runner(), &core::FlowRunner::finished);
            test::click(test::child<QPushButton>(&pane, u"runButton"_s));
            QVERIFY(finished.wait(30000));
            QTRY_COMPARE_WITH_TIMEOUT(keychain.pendingJobs(), 0, 30000);
            std::optional<core::KeychainResult> stored;
            keychain.read(profile, ui::PlaygroundPane::secretPurpose(m_planner.clientId), this,
                          [&stored](const core::KeychainResult &r) { stored = r; });
            QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
            if (!stored->ok)
                QSKIP(qPrintable(u"no Secret Service here: "_s + stored->error));
            QCOMPARE(stored->secret, m_planner.secret);
        }
        // A new pane finds the secret without typing it.
        ui::PlaygroundPane pane(m_apis.get());
        pane.setKeychain(&keychain, [profile] { return profile; });
        Scenario s = Scenario::preset(Scenario::Flow::ClientCredentials);
        s.origin = {m_planner.clientId, {u"reports:read"_s}, Reports};
        pane.setScenario(s);
        auto *edit = test::child<QLineEdit>(&pane, u"secret:"_s + m_planner.clientId);
        QTRY_COMPARE_WITH_TIMEOUT(edit->placeholderText(), u"kept in the keychain"_s, 30000);
        QVERIFY(edit->text().isEmpty());
        QSignalSpy finished(pane.runner(), &core::FlowRunner::finished);
        test::click(test::child<QPushButton>(&pane, u"runButton"_s));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        keychain.remove(profile, ui::PlaygroundPane::secretPurpose(m_planner.clientId));
    }
};

QTEST_MAIN(TestPlaygroundPane)
#include "tst_playground_pane.moc"
