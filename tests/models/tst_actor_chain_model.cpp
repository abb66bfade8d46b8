#include "core/models/ActorChainModel.h"
#include "core/token/ActorNameResolver.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

QJsonObject exchanged()
{
    return QJsonDocument::fromJson(
               "{\"sub\":\"user-1\",\"iss\":\"https://"
               "localhost:8090\",\"grant_type\":\"urn:ietf:params:oauth:grant-type:token-"
               "exchange\",\"act\":{\"sub\":\"worker-2\",\"iss\":\"https://"
               "localhost:8090\",\"client_id\":\"w2\",\"act\":{\"sub\":\"primary-agent\"}}}")
        .object();
}

// Walks subject → current actor → prior actors, reading column `column`.
QStringList walk(const QAbstractItemModel &model, int column = 0, int role = Qt::DisplayRole)
{
    QStringList out;
    QModelIndex parent;
    while (model.rowCount(parent) > 0) {
        const QModelIndex i = model.index(0, 0, parent);
        out << i.siblingAtColumn(column).data(role).toString();
        parent = i;
    }
    return out;
}

} // namespace

class TestActorChainModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        ActorChainModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClaims(exchanged());
        ActorNameResolver resolver;
        resolver.setLookup([](const QString &sub, const QString &, ActorNameResolver::Done done) {
            done({sub.toUpper(),
                  sub.startsWith(u"user"_s) ? PrincipalKind::User : PrincipalKind::Agent});
        });
        model.setResolver(&resolver);
        walk(model); // triggers lookups and dataChanged while the tester watches
        model.setClaims(QJsonObject{{u"sub"_s, u"only"_s}});
        model.clear();
        model.setResolver(nullptr);
    }

    void subjectThenCurrentThenPrior()
    {
        ActorChainModel model;
        QCOMPARE(model.rowCount(), 0);
        model.setClaims(exchanged());
        QCOMPARE(model.nodeCount(), 3);
        QCOMPARE(walk(model), (QStringList{u"user-1"_s, u"worker-2"_s, u"primary-agent"_s}));
        QCOMPARE(walk(model, ActorChainModel::RoleColumn),
                 (QStringList{u"Subject"_s, u"Current actor"_s, u"Prior actor 1"_s}));
        QCOMPARE(walk(model, 0, ActorChainModel::PositionRole),
                 (QStringList{u"0"_s, u"1"_s, u"2"_s}));
        // The prior actor has no iss: it shares the token's issuer, and says so.
        QCOMPARE(walk(model, ActorChainModel::IssuerColumn).last(),
                 u"https://localhost:8090 (token issuer)"_s);
        const QModelIndex current = model.indexForPosition(1);
        QCOMPARE(current.data(ActorChainModel::SubjectIdRole).toString(), u"worker-2"_s);
        QCOMPARE(current.data(ActorChainModel::ClaimsRole).toMap().value(u"client_id"_s).toString(),
                 u"w2"_s);
        QVERIFY(current.data(Qt::ToolTipRole).toString().contains(u"client_id: w2"_s));
        QVERIFY(current.data(Qt::ToolTipRole).toString().contains(u"Current actor"_s));
        // Without a resolver: unknown, except an actor with client_id is a client (agent).
        QCOMPARE(model.indexForPosition(0).data(ActorChainModel::KindRole).toInt(),
                 int(PrincipalKind::Unknown));
        QCOMPARE(current.data(ActorChainModel::KindRole).toInt(), int(PrincipalKind::Agent));
    }

    void noDelegation()
    {
        ActorChainModel model;
        model.setClaims(
            QJsonObject{{u"sub"_s, u"agent-1"_s}, {u"grant_type"_s, u"client_credentials"_s}});
        QCOMPARE(model.nodeCount(), 1);
        QCOMPARE(walk(model, ActorChainModel::RoleColumn),
                 QStringList{u"Subject (no delegation)"_s});
        QCOMPARE(model.indexForPosition(0).data(ActorChainModel::KindRole).toInt(),
                 int(PrincipalKind::Agent));
    }

    void namesResolvedLaterUpdateTheView()
    {
        ActorChainModel model;
        ActorNameResolver resolver;
        QList<std::pair<QString, ActorNameResolver::Done>> pending;
        resolver.setLookup([&](const QString &sub, const QString &, ActorNameResolver::Done done) {
            pending.append({sub, std::move(done)});
        });
        model.setResolver(&resolver);
        model.setClaims(exchanged());
        QCOMPARE(walk(model), (QStringList{u"user-1"_s, u"worker-2"_s, u"primary-agent"_s}));
        QCOMPARE(pending.size(), 3);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (auto &[sub, done] : pending)
            done({sub == u"user-1"_s ? u"Alice"_s : u"Bot "_s + sub,
                  sub == u"user-1"_s ? PrincipalKind::User : PrincipalKind::Agent});
        QCOMPARE(changed.size(), 3);
        QCOMPARE(walk(model), (QStringList{u"Alice (user-1)"_s, u"Bot worker-2 (worker-2)"_s,
                                           u"Bot primary-agent (primary-agent)"_s}));
        QCOMPARE(model.indexForPosition(0).data(ActorChainModel::KindRole).toInt(),
                 int(PrincipalKind::User));
    }
};

QTEST_GUILESS_MAIN(TestActorChainModel)
#include "tst_actor_chain_model.moc"
