// CibaRequestsModel and CibaApprovalsApi against a real sandbox child process: requests come
// from real bc-authorize calls by an agent, under QAbstractItemModelTester. Who sees and who may
// decide: the administrator's token lists every user's requests but cannot decide; a user's
// own token lists only that user's requests.

#include "CibaSeeding.h"

#include "core/api/ApiClient.h"
#include "core/api/CibaApprovalsApi.h"
#include "core/models/CibaRequestsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {
constexpr auto Fail = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr int Patience = 20000;

QString cell(const CibaRequestsModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}
} // namespace

class TestCibaRequestsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(m_seed.seed(m_fx));
        m_seed.connect(m_fx, m_adminClient, m_daveClient, m_erinClient, Patience);
    }

    void aBackchannelRequestAppearsInTheList()
    {
        CibaApprovalsApi api(&m_adminClient);
        CibaRequestsModel model(&api, nullptr, CibaRequestsModel::Start::Later);
        QAbstractItemModelTester tester(&model, Fail);
        model.setPollInterval(0); // refresh() only: the test says when
        model.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), Patience);
        const int before = model.rowCount();

        QVERIFY(!m_seed.bcAuthorize(u"Book flight LH 404"_s).isEmpty());
        QTest::qWait(20); // a later createdAt for the second request
        QVERIFY(!m_seed.bcAuthorize(u"Pay hotel 212 EUR"_s).isEmpty());
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 2, Patience);

        // Newest first.
        QCOMPARE(cell(model, 0, CibaRequestsModel::BindingMessageColumn), u"Pay hotel 212 EUR"_s);
        QCOMPARE(cell(model, 1, CibaRequestsModel::BindingMessageColumn), u"Book flight LH 404"_s);
        QCOMPARE(cell(model, 0, CibaRequestsModel::AgentColumn), u"Travel agent"_s);
        QCOMPARE(cell(model, 0, CibaRequestsModel::AgentColumn, RawRole), m_seed.agent.id);
        QCOMPARE(cell(model, 0, CibaRequestsModel::UserColumn), m_seed.daveId);
        QCOMPARE(model.index(0, CibaRequestsModel::ScopesColumn).data(RawRole).toStringList(),
                 (QStringList{u"openid"_s, u"payments:read"_s, u"payments:send"_s}));
        QVERIFY(cell(model, 0, CibaRequestsModel::ScopesColumn, Qt::ToolTipRole)
                    .contains(u"payments:send — Can send payments"_s));
        QCOMPARE(cell(model, 0, CibaRequestsModel::ResourceColumn), u"Payments"_s);
        QCOMPARE(cell(model, 0, CibaRequestsModel::ResourceColumn, RawRole), m_seed.resource);
        QVERIFY(!cell(model, 0, CibaRequestsModel::RequestedColumn).isEmpty());
        QVERIFY(cell(model, 0, CibaRequestsModel::ExpiresColumn).contains(u"min"_s));
        QCOMPARE(model.index(0, 0).data(CibaRequestsModel::ExpiredRole).toBool(), false);
        QCOMPARE(model.requestAt(0).status, CibaRequest::Status::Pending);

        // A request decided elsewhere leaves the list at the next refresh; the rest stays put.
        const QString hotel = model.requestAt(0).id;
        CibaApprovalsApi dave(&m_daveClient);
        bool denied = false;
        dave.deny(hotel).then(this, [&](const Result<CibaRequest> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QCOMPARE(r.value.status, CibaRequest::Status::Denied);
            denied = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(denied, Patience);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(hotel), -1, Patience);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(cell(model, 0, CibaRequestsModel::BindingMessageColumn), u"Book flight LH 404"_s);
    }

    void polledWithoutBeingAsked()
    {
        CibaApprovalsApi api(&m_daveClient);
        CibaRequestsModel model(&api, nullptr, CibaRequestsModel::Start::Later);
        QAbstractItemModelTester tester(&model, Fail);
        model.setLiveUpdates(false);
        model.setPollInterval(300);
        model.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), Patience);
        QVERIFY(!m_seed.bcAuthorize(u"Rent car 3 days"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 &&
                                     cell(model, 0, CibaRequestsModel::BindingMessageColumn) ==
                                         u"Rent car 3 days"_s,
                                 Patience);
    }

    // The event stream alone (no polling) brings a new request in, and a decision takes it out.
    void followsTheEventStream()
    {
        CibaApprovalsApi api(&m_daveClient);
        CibaRequestsModel model(&api, nullptr, CibaRequestsModel::Start::Later);
        QAbstractItemModelTester tester(&model, Fail);
        model.setPollInterval(0);
        QSignalSpy live(&model, &CibaRequestsModel::liveChanged);
        model.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && model.isLive(), Patience);
        QCOMPARE(live.first().first().toBool(), true);
        QVERIFY(!m_seed.bcAuthorize(u"Streamed: pay parking 4 EUR"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 &&
                                     cell(model, 0, CibaRequestsModel::BindingMessageColumn) ==
                                         u"Streamed: pay parking 4 EUR"_s,
                                 Patience);
        const QString id = model.requestAt(0).id;
        bool denied = false;
        api.deny(id).then(this, [&](const Result<CibaRequest> &r) { denied = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(denied, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(id), -1, Patience);
    }

    void aUserSeesOnlyTheirOwnRequests()
    {
        QVERIFY(!m_seed.bcAuthorize(u"For erin only"_s, u"erin"_s).isEmpty());
        CibaApprovalsApi daveApi(&m_daveClient);
        CibaApprovalsApi erinApi(&m_erinClient);
        CibaRequestsModel dave(&daveApi);
        CibaRequestsModel erin(&erinApi);
        QAbstractItemModelTester t1(&dave, Fail);
        QAbstractItemModelTester t2(&erin, Fail);
        QTRY_VERIFY_WITH_TIMEOUT(dave.isLoaded() && erin.isLoaded(), Patience);
        QCOMPARE(erin.rowCount(), 1);
        QCOMPARE(cell(erin, 0, CibaRequestsModel::BindingMessageColumn), u"For erin only"_s);
        QCOMPARE(cell(erin, 0, CibaRequestsModel::UserColumn), m_seed.erinId);
        for (int row = 0; row < dave.rowCount(); ++row)
            QCOMPARE(cell(dave, row, CibaRequestsModel::UserColumn), m_seed.daveId);
    }

    void onlyTheAddressedUserDecides()
    {
        const QString authReqId = m_seed.bcAuthorize(u"Transfer 90 EUR to Bob"_s);
        QVERIFY(!authReqId.isEmpty());
        CibaApprovalsApi daveApi(&m_daveClient);
        CibaRequestsModel model(&daveApi);
        model.setPollInterval(0);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), Patience);
        QCOMPARE(cell(model, 0, CibaRequestsModel::BindingMessageColumn),
                 u"Transfer 90 EUR to Bob"_s);
        const QString id = model.requestAt(0).id;

        // The administrator sees it but may not decide for dave; erin does not even see it.
        CibaApprovalsApi admin(&m_adminClient);
        CibaApprovalsApi erin(&m_erinClient);
        Result<CibaRequest> byAdmin, byErin, byDave, again;
        int answers = 0;
        admin.approve(id).then(this, [&](const Result<CibaRequest> &r) {
            byAdmin = r;
            ++answers;
        });
        erin.approve(id).then(this, [&](const Result<CibaRequest> &r) {
            byErin = r;
            ++answers;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, Patience);
        QCOMPARE(byAdmin.httpStatus, 403);
        QCOMPARE(byAdmin.error.code, CibaApprovalsApi::NotTheRequestedUser);
        QCOMPARE(byErin.httpStatus, 404);

        daveApi.approve(id).then(this, [&](const Result<CibaRequest> &r) {
            byDave = r;
            ++answers;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 3, Patience);
        QVERIFY2(byDave.ok(), qPrintable(byDave.error.message));
        QCOMPARE(byDave.value.status, CibaRequest::Status::Approved);
        QVERIFY(byDave.value.authorizedScopes.contains(u"payments:send"_s));
        model.removeRequest(id);
        QCOMPARE(model.rowOf(id), -1);

        // Deciding twice: 409.
        daveApi.deny(id).then(this, [&](const Result<CibaRequest> &r) {
            again = r;
            ++answers;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 4, Patience);
        QCOMPARE(again.httpStatus, 409);

        // The agent's poll now gets its tokens.
        const auto polled = m_seed.poll(authReqId);
        QCOMPARE(polled.status, 200);
        QVERIFY(!polled.json().value(u"access_token"_s).toString().isEmpty());
    }

    void remainingTimeIsReadable()
    {
        QCOMPARE(CibaRequestsModel::formatRemaining(0), u"expired"_s);
        QCOMPARE(CibaRequestsModel::formatRemaining(45), u"45 s"_s);
        QCOMPARE(CibaRequestsModel::formatRemaining(80), u"1 min 20 s"_s);
    }

private:
    tid::test::FlowFixture m_fx;
    tid::test::CibaSeed m_seed;
    ApiClient m_adminClient;
    ApiClient m_daveClient;
    ApiClient m_erinClient;
};

QTEST_GUILESS_MAIN(TestCibaRequestsModel)
#include "tst_ciba_requests_model.moc"
