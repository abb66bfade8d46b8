// ConsentsModel and ConsentFilterProxy against a real sandbox whose consents come from real
// sign-ins (authorization code + PKCE), under QAbstractItemModelTester.

#include "ConsentSeeding.h"

#include "core/api/AdminApi.h"
#include "core/api/AdminExtensionsApi.h"
#include "core/api/ApiClient.h"
#include "core/models/ConsentsModel.h"
#include "core/models/EntityNames.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {
constexpr auto Fail = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestConsentsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_seeded =
            tid::test::seedConsents(m_fx, u"Consent Test Agent"_s,
                                    {u"amara.okafor"_s, u"lukas.becker"_s, u"priya.raman"_s});
        QCOMPARE(m_seeded.count, 3);
        m_client.setBaseUrl(m_fx.sandbox().baseUrl());
        m_client.setBearerToken(m_fx.adminToken());
        m_admin = std::make_unique<AdminApi>(&m_client);
        m_api = std::make_unique<AdminExtensionsApi>(&m_client);
    }

    void listFilterAndRevoke()
    {
        ConsentsModel model(m_api.get());
        ConsentFilterProxy proxy;
        proxy.setSourceModel(&model);
        EntityNames names(m_admin.get());
        model.setEntityNames(&names);
        QAbstractItemModelTester t1(&model, Fail);
        QAbstractItemModelTester t2(&proxy, Fail);
        model.setPageSize(2);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QVERIFY(model.totalCount() >= 3); // the demo data may bring consents of its own
        // The model tester may already have asked for further pages; once nothing is in
        // flight, more is fetchable exactly while rows are missing.
        QTRY_VERIFY(!model.isFetching());
        QVERIFY(model.rowCount() <= model.totalCount());
        QCOMPARE(model.canFetchMore({}), model.rowCount() < model.totalCount());
        const ConsentQuery ours{{}, m_seeded.agent.clientId, {}, Consent::Status::Unknown};
        model.setQuery(ours);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.totalCount(), 3);
        model.fetchAll();
        QTRY_COMPARE(model.rowCount(), 3);

        const Consent c = model.consentAt(0);
        QCOMPARE(c.status, Consent::Status::Active);
        QCOMPARE(c.clientEntityId, m_seeded.agent.id);
        QCOMPARE(model.index(0, ConsentsModel::ClientColumn).data().toString(),
                 u"Consent Test Agent"_s);
        QCOMPARE(model.index(0, ConsentsModel::ResourceServerColumn).data().toString(),
                 u"Analytics API"_s);
        QVERIFY(model.index(0, ConsentsModel::ScopesColumn)
                    .data(RawRole)
                    .toStringList()
                    .contains(u"openid"_s));
        QCOMPARE(model.index(0, ConsentsModel::StatusColumn).data().toString(), u"Active"_s);
        // The user is shown by name once looked up.
        QTRY_VERIFY(model.index(0, ConsentsModel::UserColumn).data().toString() != c.userId);

        // Server-side filter: one user.
        model.setQuery(
            ConsentQuery{c.userId, m_seeded.agent.clientId, {}, Consent::Status::Unknown});
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.consentAt(0).id, c.id);

        // Revoke it; the model shows the server's answer.
        bool done = false;
        m_api->revokeConsent(c.id).then(this, [&](const Result<Consent> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            model.updateConsent(r.value);
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(model.index(0, ConsentsModel::StatusColumn).data().toString(), u"Revoked"_s);
        // Revoking again is a 409 the pane can explain.
        done = false;
        m_api->revokeConsent(c.id).then(this, [&](const Result<Consent> &r) {
            QVERIFY(r.error.isConflict());
            QCOMPARE(r.error.code, u"CNS-1005"_s);
            done = true;
        });
        QTRY_VERIFY(done);

        model.setQuery(ours);
        QTRY_VERIFY(model.isLoaded());
        model.fetchAll();
        QTRY_COMPARE(model.rowCount(), 3);
        proxy.setStatus(Consent::Status::Active);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatus(Consent::Status::Revoked);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatus(Consent::Status::Unknown);
        proxy.setClientType(u"agent"_s);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setClientType(u"app"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setClientType({});
        proxy.setText(u"Consent Test"_s);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setText(u"nothing like this"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});

        // Server-side status filter.
        model.setQuery(ConsentQuery{{}, m_seeded.agent.id, {}, Consent::Status::Revoked});
        QTRY_VERIFY(model.isLoaded()); // the agent's id works as well as its client id
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(ConsentQuery{{}, m_seeded.agent.clientId, {}, Consent::Status::Active});
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 2);
    }

private:
    tid::test::FlowFixture m_fx{{u"--seed"_s, u"demo"_s}};
    tid::test::SeededConsents m_seeded;
    ApiClient m_client;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<AdminExtensionsApi> m_api;
};

QTEST_GUILESS_MAIN(TestConsentsModel)
#include "tst_consents_model.moc"
