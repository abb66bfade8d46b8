// The demo seed's week of history (--seed demo), read back over HTTP through the extension APIs.
#include "FlowFixture.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using namespace tid::test;

class TestHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> sandbox;
    TestHttp admin;
    QJsonArray events; // every audit event, ascending

private Q_SLOTS:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.seed = u"demo"_s;
        options.extraArgs = {u"--quiet"_s};
        sandbox = std::make_unique<SandboxProcess>(options);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));
        qInfo("demo sandbox ready in %lld ms", timer.elapsed());
        admin.setBaseUrl(sandbox->baseUrl());
        admin.setBearer(sandbox->adminToken());
        QString after;
        for (;;) {
            const auto r = admin.get(u"/audit/events?limit=1000"_s +
                                     (after.isEmpty() ? QString() : u"&after="_s + after));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &e : r.json().value(u"events"_s).toArray())
                events.append(e);
            after = r.json().value(u"nextCursor"_s).toString();
            if (after.isEmpty())
                break;
        }
    }

    void atLeastFiveThousandEventsOverAWeek()
    {
        QVERIFY2(events.size() >= 5000, qPrintable(QString::number(events.size())));
        const QDateTime first = QDateTime::fromString(
            events.first().toObject().value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(first.daysTo(now) >= 6);
        QVERIFY(first.daysTo(now) <= 7);
        // Ascending by time.
        QString previous;
        for (const QJsonValue &e : std::as_const(events)) {
            const QString t = e.toObject().value(u"timestamp"_s).toString();
            QVERIFY2(t >= previous, qPrintable(t));
            previous = t;
        }
    }

    void everyKindOfEventIsThere()
    {
        QHash<QString, int> byType;
        for (const QJsonValue &e : std::as_const(events))
            ++byType[e.toObject().value(u"type"_s).toString()];
        for (const QString &type :
             {u"TOKEN_ISSUED"_s, u"TOKEN_ISSUANCE_FAILED"_s, u"TOKEN_REVOKED"_s,
              u"TOKEN_INTROSPECTED"_s, u"CONSENT_GRANTED"_s, u"CONSENT_REVOKED"_s,
              u"CIBA_REQUESTED"_s, u"CIBA_APPROVED"_s, u"CIBA_DENIED"_s, u"CIBA_EXPIRED"_s,
              u"CREDENTIAL_ROTATED"_s, u"CREDENTIAL_REVOKED"_s, u"ADMIN_CHANGE"_s})
            QVERIFY2(byType.value(type) > 0, qPrintable(type));
        QCOMPARE(byType.value(u"CREDENTIAL_ROTATED"_s), 1);
        QCOMPARE(byType.value(u"CREDENTIAL_REVOKED"_s), 1);
    }

    void exchangeChainsOfDepthOneToFour()
    {
        QHash<QString, QJsonObject> byJti;
        QHash<QString, int> hops; // jti -> exchanges since the chain's root
        QSet<int> depths;
        for (const QJsonValue &v : std::as_const(events)) {
            const QJsonObject e = v.toObject();
            if (e.value(u"type"_s).toString() != u"TOKEN_ISSUED"_s)
                continue;
            const QJsonObject d = e.value(u"data"_s).toObject();
            const QString jti = d.value(u"jti"_s).toString();
            byJti.insert(jti, d);
            if (d.value(u"grantType"_s).toString() != GrantExchange) {
                hops.insert(jti, 0);
                continue;
            }
            const QString parent = d.value(u"parentJti"_s).toString();
            QVERIFY2(byJti.contains(parent), "a parent is issued before its child");
            const QJsonObject p = byJti.value(parent);
            hops.insert(jti, hops.value(parent) + 1);
            depths.insert(hops.value(jti));
            // The act chain nests the parent's, most recent outermost; scope only narrows.
            QCOMPARE(d.value(u"act"_s).toObject().value(u"sub"_s).toString(),
                     d.value(u"clientEntityId"_s).toString());
            QCOMPARE(d.value(u"act"_s).toObject().value(u"act"_s).toObject(),
                     p.value(u"act"_s).toObject());
            QCOMPARE(d.value(u"sub"_s), p.value(u"sub"_s));
            const QStringList parentScopes =
                p.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
            for (const QString &s : d.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts))
                QVERIFY(parentScopes.contains(s));
        }
        QCOMPARE(depths, QSet<int>({1, 2, 3, 4}));
    }

    void cibaOutcomesAreVisibleInTheApprovalApi()
    {
        for (const QString &status : {u"consumed"_s, u"denied"_s, u"expired"_s}) {
            const auto r = admin.get(u"/ciba/requests?status="_s + status);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.json().value(u"totalResults"_s).toInt() > 0, qPrintable(status));
        }
        QCOMPARE(
            admin.get(u"/ciba/requests?status=pending"_s).json().value(u"totalResults"_s).toInt(),
            0);
    }

    void revokedConsentsAreListed()
    {
        const auto revoked = admin.get(u"/consents?status=REVOKED"_s);
        QVERIFY(revoked.json().value(u"totalResults"_s).toInt() > 0);
        QVERIFY(admin.get(u"/consents?status=ACTIVE"_s).json().value(u"totalResults"_s).toInt() >
                0);
    }

    void rotatedAndRevokedCredentials()
    {
        TestHttp http(sandbox->baseUrl());
        auto ownToken = [&](const QString &clientId) {
            return http.postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"client_credentials"_s}},
                                 clientId, u"demo-agent-secret"_s);
        };
        const auto agents = admin.get(u"/agents?limit=100"_s).json().value(u"agents"_s).toArray();
        QString rotatedId;
        QString revokedId;
        for (const QJsonValue &a : agents) {
            if (a.toObject().value(u"clientId"_s).toString() == u"invoice-generator"_s)
                rotatedId = a.toObject().value(u"id"_s).toString();
            if (a.toObject().value(u"clientId"_s).toString() == u"crm-hygiene-bot"_s)
                revokedId = a.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!rotatedId.isEmpty() && !revokedId.isEmpty());
        const QJsonArray rotated = admin.get(u"/agents/%1/credentials"_s.arg(rotatedId))
                                       .json()
                                       .value(u"credentials"_s)
                                       .toArray();
        QCOMPARE(rotated.size(), 2);
        QCOMPARE(rotated.at(0).toObject().value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(rotated.at(1).toObject().value(u"status"_s).toString(), u"EXPIRED"_s);
        QCOMPARE(ownToken(u"invoice-generator"_s).status, 200);
        const QJsonArray revoked = admin.get(u"/agents/%1/credentials"_s.arg(revokedId))
                                       .json()
                                       .value(u"credentials"_s)
                                       .toArray();
        QCOMPARE(revoked.at(0).toObject().value(u"status"_s).toString(), u"REVOKED"_s);
        QCOMPARE(ownToken(u"crm-hygiene-bot"_s).code(), u"invalid_client"_s);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_sandbox_history.moc"
