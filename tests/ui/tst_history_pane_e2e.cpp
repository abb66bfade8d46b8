// The History pane wired to a real sandbox child process (--seed demo): on connect the
// HistoryConnector opens the profile's store, syncs the sandbox's demo week of audit events
// (several thousand) and the pane shows them with agent names from the management API; a new
// token request arrives through the sync's polling; a token exchange's chain is drawn; the
// Agents pane's "Show history" asks for the agent's client id; a server that goes away pauses
// the sync and the status line says so. Also takes docs/screenshots/history.png when
// TID_SCREENSHOT_DIR is set.

#include "PaneTestSupport.h"

#include "core/Settings.h"
#include "core/api/AuditEventsApi.h"
#include "core/api/Session.h"
#include "core/history/AuditSync.h"
#include "core/history/HistoryStore.h"
#include "core/models/ActorChainModel.h"
#include "core/models/AgentsModel.h"
#include "core/models/HistoryEventsModel.h"
#include "core/models/HistoryFacetsModel.h"
#include "core/secrets/Keychain.h"
#include "tests/common/PostgresServer.h"
#include "tests/common/SandboxProcess.h"
#include "tests/e2e/tst_e2e_support.h"
#include "ui/agents/AgentsPane.h"
#include "ui/history/DelegationView.h"
#include "ui/history/HistoryConnector.h"
#include "ui/history/HistoryEventDetail.h"
#include "ui/history/HistoryPane.h"
#include "ui/history/HistoryTimeline.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using core::AuditSync;
using core::HistoryEventsModel;
using core::HistoryFacetsModel;
using ui::HistoryConnector;
using ui::HistoryPane;

namespace {
constexpr int Patience = 120000;

// DemoHistory::MinimumEvents: the demo week has at least this many audit events.
constexpr int DemoMinimum = 5000;
} // namespace

class TestHistoryPaneE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<HistoryPane> m_pane;
    std::unique_ptr<HistoryConnector> m_connector;

    bool countKnown(qint64 n) const
    {
        return m_pane->model()->isCountKnown() && m_pane->model()->totalCount() == n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        test::SandboxProcess::Options options;
        options.seed = u"demo"_s;
        m_sandbox = std::make_unique<test::SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_settings = std::make_unique<core::Settings>(m_dir.filePath(u"console.conf"_s));
        m_session = std::make_unique<core::Session>();
        m_pane = std::make_unique<HistoryPane>(m_settings.get());
        m_pane->resize(1440, 860);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_connector =
            std::make_unique<HistoryConnector>(m_session.get(), m_pane.get(), m_settings.get());
        m_connector->setProfileResolver([] {
            return HistoryConnector::Profile{u"e2e-sandbox"_s, true, {}};
        });
        m_connector->setSyncPollInterval(1000);
    }

    void cleanupTestCase()
    {
        m_connector.reset();
        m_pane.reset();
        m_session.reset();
    }

    void connectingSyncsTheDemoWeek()
    {
        QSignalSpy opened(m_connector.get(), &HistoryConnector::storeOpened);
        QSignalSpy names(m_connector.get(), &HistoryConnector::clientNamesLoaded);
        m_session->connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        QVERIFY2(test::connectAndWait(*m_session), qPrintable(m_session->lastError().toString()));
        QVERIFY(m_session->hasExtension(core::AuditEventsApi::Extension));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), Patience);
        QCOMPARE(m_connector->profileName(), u"e2e-sandbox"_s);
        QCOMPARE(m_pane->store(), m_connector->store());
        QCOMPARE(m_connector->store()->location(),
                 core::HistoryStore::defaultPath(u"e2e-sandbox"_s));
        QVERIFY(m_connector->sync());
        QTRY_VERIFY_WITH_TIMEOUT(m_connector->sync()->state() == AuditSync::State::UpToDate,
                                 Patience);
        const qint64 total = m_connector->sync()->total();
        QVERIFY2(total >= DemoMinimum, qPrintable(QString::number(total)));
        QCOMPARE(m_connector->sync()->stored(), total);
        QTRY_VERIFY_WITH_TIMEOUT(countKnown(total), Patience);
        QTRY_VERIFY(m_pane->syncLabel()->text().contains(u"up to date"_s));
        QVERIFY(m_pane->syncLabel()->isVisible());

        // The last row (the oldest of the week) arrives and shows data.
        QTableView *table = m_pane->tableView();
        test::clickRow(table, 0, HistoryEventsModel::Type);
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        const QModelIndex last = m_pane->model()->index(int(total - 1), HistoryEventsModel::Type);
        QTRY_VERIFY_WITH_TIMEOUT(last.data(HistoryEventsModel::LoadedRole).toBool(), Patience);
        QVERIFY(!last.data().toString().isEmpty());

        // Agents by name (the administrator's management API).
        QTRY_VERIFY_WITH_TIMEOUT(!names.isEmpty(), Patience);
        QVERIFY(m_connector->clientNames().size() >= 10);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetsModel()->facets().total == total, Patience);
        const QModelIndex clients =
            m_pane->facetsModel()->index(HistoryFacetsModel::ClientGroup, 0);
        QVERIFY(m_pane->facetsModel()->rowCount(clients) > 0);
        const QModelIndex top = m_pane->facetsModel()->index(0, 0, clients);
        const QString topId = top.data(HistoryFacetsModel::ValueRole).toString();
        if (m_connector->clientNames().contains(topId))
            QVERIFY(top.data().toString().contains(m_connector->clientNames().value(topId)));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->timeline()->totalEvents() == total, Patience);
    }

    void aNewTokenArrivesThroughTheSync()
    {
        const qint64 before = m_pane->model()->totalCount();
        QVERIFY(!m_sandbox->adminToken().isEmpty()); // a real client_credentials request
        QTRY_VERIFY_WITH_TIMEOUT(
            m_pane->model()->isCountKnown() && m_pane->model()->totalCount() > before, Patience);
    }

    void aTokenExchangeShowsItsChain()
    {
        test::typeInto(m_pane->filterEdit(), u"type:TOKEN_ISSUED grant:token-exchange depth>=2"_s);
        QTest::keyClick(m_pane->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->isCountKnown() &&
                                     m_pane->filter().text().contains(u"depth>=2"_s),
                                 Patience);
        QVERIFY2(m_pane->model()->totalCount() > 0, "the demo week has exchange chains");
        QTRY_VERIFY_WITH_TIMEOUT(
            m_pane->model()->index(0, 0).data(HistoryEventsModel::LoadedRole).toBool(), Patience);
        test::clickRow(m_pane->tableView(), 0, HistoryEventsModel::Type);
        QTRY_VERIFY(m_pane->currentEvent());
        const auto event = *m_pane->currentEvent();
        QVERIFY(event.depth >= 2);
        QCOMPARE(m_pane->detail()->chainModel()->nodeCount(), event.depth + 1);
        QVERIFY(m_pane->detail()->inspectorButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->detail()->isLinkedLoading(), Patience);
        QVERIFY(m_pane->detail()->linkedView()->topLevelItemCount() > 0);

        // The delegation view of the same filter.
        m_pane->tabs()->setCurrentWidget(m_pane->delegationView());
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->delegationView()->isLoading() &&
                                     !m_pane->delegationView()->chains().isEmpty(),
                                 Patience);
        QVERIFY(m_pane->delegationView()->tree()->topLevelItemCount() > 0);
        m_pane->tabs()->setCurrentIndex(0);
    }

    void showHistoryFromTheAgentsPane()
    {
        ui::AgentsPane agents(&m_session->apis());
        agents.resize(1100, 600);
        agents.show();
        agents.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(agents.model()->isLoaded() && agents.model()->rowCount() > 0,
                                 Patience);
        const QString clientId = u"invoice-generator"_s;
        const int row =
            test::rowWithText(agents.listView(), clientId, core::AgentsModel::ClientIdColumn);
        QVERIFY(row >= 0);
        test::clickRow(agents.listView(), row);
        QTRY_VERIFY(agents.historyButton()->isEnabled());
        QSignalSpy asked(&agents, &ui::AgentsPane::historyRequested);
        test::click(agents.historyButton());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), clientId);
        // What app/Panes.cpp does with it.
        m_pane->showClient(clientId);
        QCOMPARE(m_pane->filterText(), u"client:invoice-generator"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->isCountKnown() &&
                                     m_pane->filter().text() == m_pane->filterText(),
                                 Patience);
        QVERIFY(m_pane->model()->totalCount() > 0);
    }

    // With TID_SCREENSHOT_DIR set, the pane over the demo week goes to <dir>/history.png.
    void look()
    {
        test::typeInto(m_pane->filterEdit(), QString());
        QTest::keyClick(m_pane->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->isCountKnown() && m_pane->filter().isEmpty(),
                                 Patience);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_pane->model()->index(0, 0).data(HistoryEventsModel::LoadedRole).toBool(), Patience);
        // A delegated token in the detail: the chain is the point of the pane.
        int row = -1;
        for (int r = 0; r < 200 && r < m_pane->model()->rowCount(); ++r) {
            const auto e = m_pane->model()->eventAt(r);
            if (e && e->depth >= 2) {
                row = r;
                break;
            }
        }
        test::clickRow(m_pane->tableView(), row >= 0 ? row : 0, HistoryEventsModel::Type);
        QTRY_VERIFY(m_pane->currentEvent());
        m_pane->detail()->tabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->timeline()->totalEvents() > 0, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->detail()->isLinkedLoading(), Patience);
        QTest::qWait(100);
        QTemporaryDir tmp;
        const QString env = qEnvironmentVariable("TID_SCREENSHOT_DIR");
        const QString dir = env.isEmpty() ? tmp.path() : env;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(m_pane->grab().toImage().save(dir + u"/history.png"_s));
        // And in a dark palette: the state colours and the JSON follow it.
        QApplication::setPalette(ui::Theme::darkPalette());
        QTest::qWait(50);
        QVERIFY(m_pane->grab().toImage().save(dir + u"/history-dark.png"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        QTest::qWait(50);

        // The delegation chains of the week, and a filter with a mistake in it.
        m_pane->tabs()->setCurrentWidget(m_pane->delegationView());
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->delegationView()->isLoading() &&
                                     !m_pane->delegationView()->chains().isEmpty(),
                                 Patience);
        test::typeInto(m_pane->filterEdit(), u"grant:token-exchange agnt:refund"_s);
        QTest::keyClick(m_pane->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(m_pane->filterErrorLabel()->isVisible());
        // A deep chain selected: drawn as a graph under the list.
        QTreeWidget *chains = m_pane->delegationView()->tree();
        for (int i = 0; i < chains->topLevelItemCount(); ++i) {
            if (chains->topLevelItem(i)->childCount() > 0 &&
                m_pane->delegationView()->chains().at(i).depth() >= 3) {
                chains->setCurrentItem(chains->topLevelItem(i));
                break;
            }
        }
        QTest::qWait(50);
        QVERIFY(m_pane->grab().toImage().save(dir + u"/history-delegation.png"_s));
        m_pane->tabs()->setCurrentIndex(0);
    }

    void aProfileOnATeamStore()
    {
        // A profile whose history is a team's PostgreSQL: the connector reads the password from
        // the keychain, opens the team store, and the pane shows what the sync stores there.
        test::PostgresServer pg;
        if (!pg.available())
            QSKIP(qPrintable(u"SKIP team history store: "_s + pg.unavailableReason()));
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        core::Keychain keychain(u"thunderid-console-test-"_s +
                                QUuid::createUuid().toString(QUuid::WithoutBraces));
        bool written = false;
        keychain.write(u"e2e-team"_s, core::Keychain::HistoryDatabasePassword, pg.password(), this,
                       [&](const core::KeychainResult &r) { written = r.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, Patience);
        m_session->setKeychain(&keychain);
        const QString url = pg.url(pg.superuser(), u"postgres"_s);
        m_connector->setProfileResolver([url] {
            return HistoryConnector::Profile{u"e2e-team"_s, false, url};
        });
        QSignalSpy opened(m_connector.get(), &HistoryConnector::storeOpened);
        m_session->disconnectFromServer();
        m_session->connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        QVERIFY2(test::connectAndWait(*m_session), qPrintable(m_session->lastError().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), Patience);
        QCOMPARE(m_connector->store()->location(), url);
        QCOMPARE(m_pane->store(), m_connector->store());
        QTRY_VERIFY_WITH_TIMEOUT(m_connector->sync() &&
                                     m_connector->sync()->state() == AuditSync::State::UpToDate,
                                 Patience);
        const qint64 total = m_connector->sync()->total();
        QVERIFY(total >= DemoMinimum);
        QCOMPARE(pg.value(u"SELECT count(*) FROM events"_s).toLongLong(), total);
        QTRY_VERIFY_WITH_TIMEOUT(countKnown(total), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetsModel()->facets().total == total, Patience);
        // Back to the local store for what follows; the team store closes before its server.
        m_connector->setProfileResolver([] {
            return HistoryConnector::Profile{u"e2e-sandbox"_s, true, {}};
        });
        QSignalSpy back(m_connector.get(), &HistoryConnector::storeOpened);
        m_session->disconnectFromServer();
        m_session->connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        QVERIFY2(test::connectAndWait(*m_session), qPrintable(m_session->lastError().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_connector->store() && m_connector->store()->location() != url,
                                 Patience);
        m_session->setKeychain(nullptr);
    }

    void aServerThatGoesAwayPausesTheSync()
    {
        m_sandbox->stop();
        QTRY_VERIFY_WITH_TIMEOUT(m_connector->sync()->state() == AuditSync::State::Paused,
                                 Patience);
        QTRY_VERIFY(m_pane->syncLabel()->text().contains(u"paused"_s));
        QCOMPARE(m_pane->syncLabel()->text().count(u"paused"_s), 1);
        QVERIFY(m_pane->syncLabel()->text().contains(u"retrying"_s));
        // What was stored stays readable.
        QVERIFY(m_pane->model()->rowCount() > 0);
    }
};

QTEST_MAIN(TestHistoryPaneE2e)
#include "tst_history_pane_e2e.moc"
