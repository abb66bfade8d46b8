// The approval inbox end to end against a sandbox child process: an agent's real bc-authorize
// shows up with its binding message; Approve lets the agent's token poll succeed, Deny makes it
// access_denied; a request that arrives while the pane is open appears; an expired request is
// greyed and cannot be approved; an administrator's token cannot decide for a user and the pane
// says so; a server without the extension is told apart.

#include "../models/CibaSeeding.h"
#include "PaneTestSupport.h"

#include "core/api/ApiClient.h"
#include "core/api/OAuthApi.h"
#include "core/api/ServerApis.h"
#include "core/models/CibaDecisionsModel.h"
#include "core/models/CibaRequestsModel.h"
#include "ui/inbox/InboxPane.h"
#include "ui/widgets/MessageWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using core::CibaRequestsModel;
using ui::InboxPane;

namespace {
constexpr int Patience = 20000;
}

class TestInboxPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(m_seed.seed(m_fx));
        m_seed.connect(m_fx, m_adminClient, m_daveClient, m_erinClient, Patience);
        m_admin = std::make_unique<core::ServerApis>(&m_adminClient);
        m_dave = std::make_unique<core::ServerApis>(&m_daveClient);
        m_erin = std::make_unique<core::ServerApis>(&m_erinClient);
        core::OAuthApi oauth(&m_adminClient);
        bool done = false;
        oauth.discover().then(this, [&](const core::Result<core::ServerMetadata> &r) {
            m_metadata = r.value;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Patience);
        QVERIFY(m_metadata.hasExtension(u"ciba-approvals"_s));
    }

    void withoutTheExtensionThePaneSaysSo()
    {
        InboxPane pane(m_dave.get());
        pane.resize(1100, 600);
        pane.show();
        core::ServerMetadata plain = m_metadata;
        plain.extensions.clear();
        pane.setServerMetadata(plain);
        QVERIFY(!pane.isAvailable());
        QVERIFY(pane.unavailableLabel()->isVisible());
        QVERIFY(pane.unavailableLabel()->text().contains(u"no CIBA approval API"_s));
        QVERIFY(!pane.approveButton()->isEnabled());
        pane.refresh();
        QTest::qWait(100);
        QVERIFY(!pane.messageWidget()->isVisible());
        QCOMPARE(pane.model()->rowCount(), 0);
    }

    // A pane built while the sign-in is still in flight (the server known, no token yet) asks
    // nothing: no request that can only fail, no error.
    void nothingIsAskedBeforeTheSignIn()
    {
        core::ApiClient client;
        client.setBaseUrl(m_fx.sandbox().baseUrl());
        core::ServerApis apis(&client);
        InboxPane pane(&apis);
        pane.resize(1100, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showDecisions(); // the view asks its model for rows
        QTest::qWait(300);
        QVERIFY(!pane.decisionsModel()->canFetchMore({}));
        QVERIFY(!pane.decisionsModel()->isBusy());
        QCOMPARE(pane.decisionsModel()->lastError().httpStatus, 0);
        QVERIFY(!pane.messageWidget()->isVisible());
        // Signed in: the same pane loads.
        client.setBearerToken(m_seed.daveToken);
        pane.setServerMetadata(m_metadata);
        pane.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(pane.decisionsModel()->isLoaded(), Patience);
        QCOMPARE(pane.decisionsModel()->lastError().httpStatus, 0);
    }

    // With TID_SCREENSHOT_DIR set, the pane with a few requests goes to <dir>/inbox.png
    // (docs/screenshots); otherwise into a temporary directory.
    void look()
    {
        for (const QString &m : {u"Share calendar with Travel agent"_s, u"Code: 7KQ2-M9XD-4T"_s})
            QVERIFY(!m_seed.bcAuthorize(m).isEmpty());
        // The one shown: the travel agent books for the concierge agent that delegated to it.
        QVERIFY(!m_seed
                     .bcAuthorize(u"Book flight LH 404 to Lisbon, 612 EUR"_s, u"dave"_s, 0,
                                  m_seed.delegatedToken(u"Concierge"_s))
                     .isEmpty());
        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() >= 3, Patience);
        QTRY_VERIFY(!pane.isBusy());
        // Earlier tests may have left requests of their own in the list: find the one to show.
        const QString wanted = u"Book flight LH 404 to Lisbon, 612 EUR"_s;
        for (int row = 0; row < pane.model()->rowCount(); ++row) {
            test::clickRow(pane.listView(), row);
            if (pane.bindingMessageLabel()->text() == wanted)
                break;
        }
        QCOMPARE(pane.bindingMessageLabel()->text(), wanted);
        QTest::qWait(50);
        QTemporaryDir tmp;
        const QString env = qEnvironmentVariable("TID_SCREENSHOT_DIR");
        const QString dir = env.isEmpty() ? tmp.path() : env;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(pane.grab().toImage().save(dir + u"/inbox.png"_s));
    }

    // On a narrow list the scopes column gives way, so that the binding message keeps its room;
    // on a wide one every column shows.
    void theBindingMessageKeepsItsRoom()
    {
        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTableView *list = pane.listView();
        const int message = CibaRequestsModel::BindingMessageColumn;
        const int scopes = CibaRequestsModel::ScopesColumn;
        pane.resize(1400, 700);
        QTRY_VERIFY(!list->isColumnHidden(scopes));
        QVERIFY(list->columnWidth(message) >= 160);
        // The window at 1,180 px: the list is about 560 px wide.
        pane.resize(930, 700);
        QTRY_VERIFY(list->isColumnHidden(scopes));
        QVERIFY2(list->columnWidth(message) >= 160,
                 qPrintable(QString::number(list->columnWidth(message))));
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        pane.resize(1400, 700);
        QTRY_VERIFY(!list->isColumnHidden(scopes));
        QVERIFY(list->columnWidth(scopes) > 0);
    }

    void emptyThenARequestArrives()
    {
        auto owned = open(m_erin.get(), 500);
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QVERIFY(pane.listView()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(pane.model()->isLoaded(), Patience);
        QCOMPARE(pane.model()->rowCount(), 0);
        auto *empty = pane.listView()->viewport()->findChild<QLabel *>(u"emptyState"_s);
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No requests waiting for approval"_s);

        // The agent asks while the pane is open: it appears without a click.
        QVERIFY(!m_seed.bcAuthorize(u"Erin: book train to Lyon"_s, u"erin"_s).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 1, Patience);
        QTRY_VERIFY(!empty->isVisible());
        test::clickRow(pane.listView(), 0);
        QCOMPARE(pane.bindingMessageLabel()->text(), u"Erin: book train to Lyon"_s);
        QVERIFY(pane.bindingMessageLabel()->isVisible());
        auto *agent = test::child<QLabel>(&pane, u"requestAgent"_s);
        QVERIFY(agent->text().contains(u"Travel agent"_s));
        // Who is accountable for the agent, by name (here: the application that created it).
        const QString ownerId =
            m_fx.admin.get(u"/agents/"_s + m_seed.agent.id).json().value(u"owner"_s).toString();
        QVERIFY(!ownerId.isEmpty());
        const QString ownerName =
            m_fx.admin.get(u"/applications/"_s + ownerId).json().value(u"name"_s).toString();
        QVERIFY(!ownerName.isEmpty());
        QVERIFY2(agent->text().contains(u"owned by "_s + ownerName), qPrintable(agent->text()));
        auto *resource = test::child<QLabel>(&pane, u"requestResource"_s);
        QVERIFY(resource->text().contains(u"Payments"_s));
        QVERIFY(resource->text().contains(m_seed.resource));
        QStringList scopeTexts;
        for (int i = 0; i < pane.scopeList()->count(); ++i)
            scopeTexts << pane.scopeList()->item(i)->text();
        QVERIFY2(scopeTexts.join(u'\n').contains(u"payments:send — Can send payments"_s),
                 qPrintable(scopeTexts.join(u'\n')));
        QVERIFY(pane.approveButton()->isEnabled());
        QVERIFY(pane.denyButton()->isEnabled());
        // Approve is a deliberate click: never a default button.
        QVERIFY(!pane.approveButton()->isDefault());
        QVERIFY(!pane.approveButton()->autoDefault());
        QVERIFY(!pane.approveButton()->accessibleName().isEmpty());
        QVERIFY(!pane.denyButton()->accessibleName().isEmpty());
    }

    // An agent that acts for another agent: the approver sees for whom, and through which chain.
    void actingForShowsTheChain()
    {
        const QString delegated = m_seed.delegatedToken(u"Trip planner"_s);
        QVERIFY(!delegated.isEmpty());
        QVERIFY(!m_seed.bcAuthorize(u"Planner asks: hotel in Porto"_s, u"dave"_s, 0, delegated)
                     .isEmpty());
        QVERIFY(!m_seed.bcAuthorize(u"Own request: seat 12A"_s).isEmpty());
        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(!rowId(pane, u"Own request: seat 12A"_s).isEmpty(), Patience);
        auto *actingFor = test::child<QLabel>(&pane, u"requestActingFor"_s);

        const int row = pane.model()->rowOf(rowId(pane, u"Planner asks: hotel in Porto"_s));
        QCOMPARE(pane.model()->index(row, CibaRequestsModel::AgentColumn).data().toString(),
                 u"Travel agent for Trip planner"_s);
        QVERIFY(pane.selectRequest(rowId(pane, u"Planner asks: hotel in Porto"_s)));
        QCOMPARE(pane.bindingMessageLabel()->text(), u"Planner asks: hotel in Porto"_s);
        QVERIFY(actingFor->isVisible());
        QVERIFY2(actingFor->text().startsWith(u"Trip planner (agent)"_s),
                 qPrintable(actingFor->text()));
        QVERIFY2(actingFor->text().contains(u"through Trip planner (agent) → Travel agent"_s),
                 qPrintable(actingFor->text()));

        // A request the agent makes for itself has no such row.
        QVERIFY(pane.selectRequest(rowId(pane, u"Own request: seat 12A"_s)));
        QVERIFY(!actingFor->isVisible());
        test::TestHttp dave(m_fx.sandbox().baseUrl());
        dave.setBearer(m_seed.daveToken);
        for (const QString &m : {u"Planner asks: hotel in Porto"_s, u"Own request: seat 12A"_s})
            QCOMPARE(
                dave.post(u"/ciba/requests/%1/deny"_s.arg(rowId(pane, m)), QJsonObject{}).status,
                200);
    }

    void approveLetsTheAgentPollItsTokens()
    {
        const QString authReqId = m_seed.bcAuthorize(u"Pay invoice INV-1042"_s);
        QVERIFY(!authReqId.isEmpty());

        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(test::rowWithText(pane.listView(), u"Pay invoice INV-1042"_s,
                                                   CibaRequestsModel::BindingMessageColumn) >= 0,
                                 Patience);
        const int row = test::rowWithText(pane.listView(), u"Pay invoice INV-1042"_s,
                                          CibaRequestsModel::BindingMessageColumn);
        test::clickRow(pane.listView(), row);
        QCOMPARE(pane.bindingMessageLabel()->text(), u"Pay invoice INV-1042"_s);
        const QString id = pane.currentRequest().id;
        QSignalSpy approved(&pane, &InboxPane::approved);
        test::click(pane.approveButton());
        // In flight: no second click.
        QVERIFY(!pane.approveButton()->isEnabled());
        QVERIFY(!pane.denyButton()->isEnabled());
        QVERIFY(approved.wait(Patience));
        QCOMPARE(approved.at(0).at(0).toString(), id);
        QCOMPARE(pane.model()->rowOf(id), -1);
        QVERIFY(test::messageText(&pane).contains(u"Approved"_s));
        QCOMPARE(test::messageType(&pane), ui::MessageWidget::Type::Positive);

        // The agent's next poll gets the tokens.
        const auto polled = m_seed.poll(authReqId);
        QCOMPARE(polled.status, 200);
        QVERIFY(!polled.json().value(u"access_token"_s).toString().isEmpty());
        // And the row stays gone.
        pane.refresh();
        QTest::qWait(300);
        QCOMPARE(pane.model()->rowOf(id), -1);
    }

    void denyMakesThePollAccessDenied()
    {
        const QString authReqId = m_seed.bcAuthorize(u"Delete all mail"_s);
        QVERIFY(!authReqId.isEmpty());
        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Delete all mail"_s)), Patience);
        QCOMPARE(pane.bindingMessageLabel()->text(), u"Delete all mail"_s);
        const QString id = pane.currentRequest().id;
        QSignalSpy denied(&pane, &InboxPane::denied);
        test::click(pane.denyButton()); // asks nothing
        QVERIFY(denied.wait(Patience));
        QCOMPARE(pane.model()->rowOf(id), -1);
        const auto polled = m_seed.poll(authReqId);
        QCOMPARE(polled.status, 400);
        QCOMPARE(polled.code(), u"access_denied"_s);
    }

    void anAdministratorCannotDecideForAUser()
    {
        const QString authReqId = m_seed.bcAuthorize(u"Admin must not approve this"_s);
        QVERIFY(!authReqId.isEmpty());
        auto owned = open(m_admin.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Admin must not approve this"_s)),
                                 Patience);
        QVERIFY(pane.approveButton()->isEnabled());
        test::click(pane.approveButton());
        QTRY_VERIFY_WITH_TIMEOUT(pane.isReadOnly(), Patience);
        QVERIFY(pane.readOnlyLabel()->isVisible());
        QCOMPARE(test::messageType(&pane), ui::MessageWidget::Type::Error);
        QVERIFY(test::messageText(&pane).contains(m_seed.daveId));
        QVERIFY(!pane.approveButton()->isEnabled());
        QVERIFY(!pane.denyButton()->isEnabled());
        // Still pending for the agent.
        QCOMPARE(m_seed.poll(authReqId).code(), u"authorization_pending"_s);
    }

    void approveFewerScopesGivesATokenWithOnlyThose()
    {
        const QString authReqId = m_seed.bcAuthorize(u"Read my payments only"_s);
        QVERIFY(!authReqId.isEmpty());
        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Read my payments only"_s)),
                                 Patience);
        QListWidget *scopes = pane.scopeList();
        QCOMPARE(scopes->count(), 3);
        QCOMPARE(pane.checkedScopes(),
                 (QStringList{u"openid"_s, u"payments:read"_s, u"payments:send"_s}));
        // The scope that moves money is highlighted; reading is not.
        QListWidgetItem *send = nullptr;
        for (int i = 0; i < scopes->count(); ++i) {
            QListWidgetItem *item = scopes->item(i);
            const QString name = item->data(Qt::UserRole).toString();
            QCOMPARE(item->font().bold(), name == u"payments:send"_s);
            if (name == u"payments:send"_s)
                send = item;
        }
        QVERIFY(send);
        send->setCheckState(Qt::Unchecked);
        QCOMPARE(pane.checkedScopes(), (QStringList{u"openid"_s, u"payments:read"_s}));
        // A poll or the clock redraws the detail: the untick stays.
        pane.model()->refresh();
        QTest::qWait(300);
        QCOMPARE(send->checkState(), Qt::Unchecked);
        QSignalSpy approved(&pane, &InboxPane::approved);
        test::click(pane.approveButton());
        QVERIFY(approved.wait(Patience));
        QVERIFY(test::messageText(&pane).contains(u"payments:read"_s));
        const auto polled = m_seed.poll(authReqId);
        QCOMPARE(polled.status, 200);
        const QStringList granted =
            polled.json().value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(granted.contains(u"payments:read"_s), qPrintable(granted.join(u' ')));
        QVERIFY2(!granted.contains(u"payments:send"_s), qPrintable(granted.join(u' ')));
    }

    void untickingEveryScopeLeavesOnlyDeny()
    {
        QVERIFY(!m_seed.bcAuthorize(u"Nothing ticked"_s).isEmpty());
        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Nothing ticked"_s)), Patience);
        QVERIFY(pane.approveButton()->isEnabled());
        for (int i = 0; i < pane.scopeList()->count(); ++i)
            pane.scopeList()->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(!pane.approveButton()->isEnabled());
        QVERIFY(pane.denyButton()->isEnabled());
        pane.scopeList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(pane.approveButton()->isEnabled());
    }

    void anAdministratorSeesTheInboxReadOnlyFromTheStart()
    {
        QVERIFY(!m_seed.bcAuthorize(u"Monitored by the admin"_s).isEmpty());
        auto owned = open(m_admin.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        pane.setViewer(InboxPane::Viewer::Administrator);
        pane.setUserNames(
            [this](const QString &id) { return id == m_seed.daveId ? u"Dave Demo"_s : QString(); });
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Monitored by the admin"_s)),
                                 Patience);
        // No button that would fail when pressed: hidden, with the reason on one line.
        QVERIFY(pane.isReadOnly());
        QVERIFY(!pane.approveButton()->isVisible());
        QVERIFY(!pane.denyButton()->isVisible());
        QVERIFY(!pane.approveButton()->isEnabled());
        QVERIFY(pane.readOnlyLabel()->isVisible());
        QVERIFY(pane.findChild<QLabel *>(u"requestUser"_s)->text().contains(u"Dave Demo"_s));
        // The same window signed in as the user again: the buttons come back.
        pane.setViewer(InboxPane::Viewer::User);
        QVERIFY(!pane.isReadOnly());
        QVERIFY(!pane.readOnlyLabel()->isVisible());
        QVERIFY(pane.approveButton()->isVisible());
        QVERIFY(pane.approveButton()->isEnabled());
    }

    void myDecisionsListWhatWasDecidedWithTheGrantedScopes()
    {
        const QString approvedId = m_seed.bcAuthorize(u"Decision log: approve"_s);
        const QString deniedId = m_seed.bcAuthorize(u"Decision log: deny"_s);
        QVERIFY(!approvedId.isEmpty() && !deniedId.isEmpty());
        auto owned = open(m_dave.get());
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QAbstractItemModelTester tester(pane.decisionsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Decision log: approve"_s)),
                                 Patience);
        for (int i = 0; i < pane.scopeList()->count(); ++i) {
            if (pane.scopeList()->item(i)->data(Qt::UserRole).toString() == u"payments:send"_s)
                pane.scopeList()->item(i)->setCheckState(Qt::Unchecked);
        }
        QSignalSpy approved(&pane, &InboxPane::approved);
        test::click(pane.approveButton());
        QVERIFY(approved.wait(Patience));
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Decision log: deny"_s)),
                                 Patience);
        QSignalSpy denied(&pane, &InboxPane::denied);
        test::click(pane.denyButton());
        QVERIFY(denied.wait(Patience));

        pane.showDecisions();
        QVERIFY(pane.decisionsView()->isVisible());
        core::CibaDecisionsModel *decisions = pane.decisionsModel();
        QTRY_VERIFY_WITH_TIMEOUT(decisions->isLoaded(), Patience);
        decisions->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(!decisions->hasMore() && !decisions->isBusy(), Patience);
        auto rowFor = [&](const QString &message) {
            for (int row = 0; row < decisions->rowCount(); ++row) {
                if (decisions->requestAt(row).bindingMessage == message)
                    return row;
            }
            return -1;
        };
        const int a = rowFor(u"Decision log: approve"_s);
        const int d = rowFor(u"Decision log: deny"_s);
        QVERIFY(a >= 0 && d >= 0);
        using M = core::CibaDecisionsModel;
        QCOMPARE(decisions->index(a, M::OutcomeColumn).data().toString(), u"approved"_s);
        const QStringList granted =
            decisions->index(a, M::GrantedColumn).data(core::RawRole).toStringList();
        QVERIFY2(granted.contains(u"payments:read"_s), qPrintable(granted.join(u' ')));
        QVERIFY2(!granted.contains(u"payments:send"_s), qPrintable(granted.join(u' ')));
        QCOMPARE(decisions->index(d, M::OutcomeColumn).data().toString(), u"denied"_s);
        QCOMPARE(decisions->index(d, M::GrantedColumn).data().toString(), u"—"_s);
        if (const QString dir = qEnvironmentVariable("TID_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(pane.grab().save(dir + u"/inbox-decisions.png"_s));
        // The view lists what was decided; the waiting requests are the other tab.
        QAbstractItemModel *shown = pane.decisionsView()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, M::OutcomeColumn).data().toString() != u"waiting"_s);
        QVERIFY(shown->rowCount() >= 2);
        // Only this user's requests: Erin's never appear in Dave's decisions.
        for (int row = 0; row < decisions->rowCount(); ++row)
            QCOMPARE(decisions->requestAt(row).userId, m_seed.daveId);
    }

    void anExpiredRequestIsGreyedAndNotApprovable()
    {
        QVERIFY(!m_seed.bcAuthorize(u"Short-lived request"_s, u"dave"_s, 8).isEmpty());
        auto owned = open(m_dave.get(), 300);
        QVERIFY(owned);
        InboxPane &pane = *owned;
        QTRY_VERIFY_WITH_TIMEOUT(pane.selectRequest(rowId(pane, u"Short-lived request"_s)),
                                 Patience);
        // Keep the row on screen after the server expires it: no more polls, no stream.
        pane.model()->setPollInterval(0);
        pane.model()->setLiveUpdates(false);
        QVERIFY(pane.approveButton()->isEnabled());
        const int row = pane.model()->rowOf(pane.currentRequest().id);
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.model()->index(row, 0).data(CibaRequestsModel::ExpiredRole).toBool(), Patience);
        QTRY_VERIFY(!pane.approveButton()->isEnabled());
        QVERIFY(!pane.denyButton()->isEnabled());
        QVERIFY(!pane.bindingMessageLabel()->isEnabled());
        const QModelIndex shown = pane.listView()->model()->index(
            test::rowWithText(pane.listView(), u"Short-lived request"_s,
                              CibaRequestsModel::BindingMessageColumn),
            0);
        QCOMPARE(shown.data(Qt::ForegroundRole).value<QBrush>(),
                 pane.palette().brush(QPalette::Disabled, QPalette::Text));
        QCOMPARE(pane.model()->index(row, CibaRequestsModel::ExpiresColumn).data().toString(),
                 u"expired"_s);
    }

private:
    // A pane shown at a usual size, connected to the sandbox's discovery (extension listed).
    std::unique_ptr<InboxPane> open(const core::ServerApis *api,
                                    int pollMs = CibaRequestsModel::DefaultPollIntervalMs)
    {
        auto pane = std::make_unique<InboxPane>(api);
        pane->model()->setPollInterval(pollMs);
        pane->resize(1280, 560);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()))
            return nullptr;
        pane->setServerMetadata(m_metadata);
        return pane;
    }

    static QString rowId(InboxPane &pane, const QString &bindingMessage)
    {
        for (int row = 0; row < pane.model()->rowCount(); ++row) {
            if (pane.model()->requestAt(row).bindingMessage == bindingMessage)
                return pane.model()->requestAt(row).id;
        }
        return {};
    }

    test::FlowFixture m_fx;
    test::CibaSeed m_seed;
    core::ApiClient m_adminClient;
    core::ApiClient m_daveClient;
    core::ApiClient m_erinClient;
    std::unique_ptr<core::ServerApis> m_admin;
    std::unique_ptr<core::ServerApis> m_dave;
    std::unique_ptr<core::ServerApis> m_erin;
    core::ServerMetadata m_metadata;
};

QTEST_MAIN(TestInboxPane)
#include "tst_inbox_pane.moc"
