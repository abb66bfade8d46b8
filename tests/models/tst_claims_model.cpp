#include "core/models/ClaimsModel.h"
#include "core/token/Base64Url.h"
#include "core/token/Jwt.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

constexpr qint64 kNow = 1787307400;

QJsonObject payload()
{
    return QJsonObject{
        {u"iss"_s, u"https://localhost:8090"_s},
        {u"sub"_s, u"user-1"_s},
        {u"aud"_s, QJsonArray{u"https://api.example.com"_s, u"https://billing.example.com"_s}},
        {u"exp"_s, kNow + 4 * 60},
        {u"iat"_s, kNow - 2 * 3600},
        {u"scope"_s, u"openid invoices:read"_s},
        {u"zz_custom"_s, QJsonObject{{u"nested"_s, true}}},
        {u"act"_s,
         QJsonObject{{u"sub"_s, u"agent-1"_s}, {u"act"_s, QJsonObject{{u"sub"_s, u"agent-0"_s}}}}},
    };
}

QJsonObject header()
{
    return QJsonObject{{u"alg"_s, u"ES256"_s}, {u"typ"_s, u"at+jwt"_s}, {u"kid"_s, u"k1"_s}};
}

} // namespace

class TestClaimsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        ClaimsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClaims(header(), payload());
        model.setReferenceTime(kNow);
        model.refreshTimes();
        model.setClaims({}, {});
        model.clear();
        model.setClaims(header(), payload());
    }

    void sectionsAndLabels()
    {
        ClaimsModel model;
        model.setClaims(header(), payload());
        model.setReferenceTime(kNow);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Header"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"Payload"_s);
        const QModelIndex alg = model.indexForPath(u"header.alg"_s);
        QVERIFY(alg.isValid());
        QCOMPARE(alg.data().toString(), u"Algorithm (alg)"_s);
        QCOMPARE(alg.siblingAtColumn(ClaimsModel::ValueColumn).data().toString(), u"ES256"_s);
        const QModelIndex exp = model.indexForPath(u"payload.exp"_s);
        QCOMPARE(exp.data().toString(), u"Expiration Time (exp)"_s);
        QCOMPARE(model.indexForPath(u"payload.client_id"_s), QModelIndex());
        // Unregistered claims show their raw name.
        QCOMPARE(model.indexForPath(u"payload.zz_custom"_s).data().toString(), u"zz_custom"_s);
        // Registered claims come first in registry order: iss, sub, aud, exp, iat, ...
        const QModelIndex p = model.index(1, 0);
        QStringList keys;
        for (int r = 0; r < model.rowCount(p); ++r)
            keys << model.index(r, 0, p).data(ClaimsModel::KeyRole).toString();
        QCOMPARE(keys, (QStringList{u"iss"_s, u"sub"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"scope"_s,
                                    u"act"_s, u"zz_custom"_s}));
    }

    void numericDatesAreLocalTimeAndRelative()
    {
        ClaimsModel model;
        model.setClaims(header(), payload());
        model.setReferenceTime(kNow);
        const QModelIndex exp =
            model.indexForPath(u"payload.exp"_s).siblingAtColumn(ClaimsModel::ValueColumn);
        const QString local =
            QDateTime::fromSecsSinceEpoch(kNow + 240).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY2(exp.data().toString().startsWith(local), qPrintable(exp.data().toString()));
        QVERIFY2(exp.data().toString().endsWith(u"(in 4 min)"_s),
                 qPrintable(exp.data().toString()));
        QCOMPARE(exp.data(ClaimsModel::RawRole).toLongLong(), kNow + 240);
        QCOMPARE(exp.data(ClaimsModel::IsNumericDateRole).toBool(), true);
        const QModelIndex iat =
            model.indexForPath(u"payload.iat"_s).siblingAtColumn(ClaimsModel::ValueColumn);
        QVERIFY(iat.data().toString().endsWith(u"(2 h ago)"_s));
        // Time moves on: the view refreshes and exp reads as expired.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReferenceTime(kNow + 240 + 2 * 3600);
        QVERIFY(changed.size() >= 2);
        QVERIFY2(exp.data().toString().endsWith(u"(expired 2 h ago)"_s),
                 qPrintable(exp.data().toString()));
        // Tooltips carry the registry description and UTC.
        QVERIFY(exp.data(Qt::ToolTipRole).toString().contains(u"RFC 7519 §4.1.4"_s));
        QVERIFY(exp.data(Qt::ToolTipRole).toString().contains(u"UTC"_s));
    }

    void nestedValuesAndRawRoles()
    {
        ClaimsModel model;
        model.setClaims(header(), payload());
        const QModelIndex aud = model.indexForPath(u"payload.aud"_s);
        QCOMPARE(model.rowCount(aud), 2);
        QCOMPARE(model.index(1, 0, aud).data().toString(), u"[1]"_s);
        QCOMPARE(model.index(1, 1, aud).data().toString(), u"https://billing.example.com"_s);
        QCOMPARE(aud.siblingAtColumn(1).data().toString(),
                 u"[\"https://api.example.com\",\"https://billing.example.com\"]"_s);
        QCOMPARE(aud.siblingAtColumn(1).data(ClaimsModel::RawRole).toList().size(), 2);
        const QModelIndex act = model.indexForPath(u"payload.act"_s);
        QCOMPARE(act.siblingAtColumn(1).data().toString(), u"{2 members}"_s);
        const QModelIndex inner = model.indexForPath(u"payload.act.act.sub"_s);
        QVERIFY(inner.isValid());
        QCOMPARE(inner.siblingAtColumn(1).data().toString(), u"agent-0"_s);
        QCOMPARE(inner.data(ClaimsModel::PathRole).toString(), u"payload.act.act.sub"_s);
        // A nested "exp" is not a top-level NumericDate and stays a number.
        QCOMPARE(model.indexForPath(u"payload.zz_custom.nested"_s)
                     .siblingAtColumn(1)
                     .data(ClaimsModel::RawJsonRole)
                     .toString(),
                 u"true"_s);
    }

    void fromParsedToken()
    {
        const QByteArray token =
            Base64Url::encode(QJsonDocument(header()).toJson(QJsonDocument::Compact)) + '.' +
            Base64Url::encode(QJsonDocument(payload()).toJson(QJsonDocument::Compact)) + ".c2ln";
        ClaimsModel model;
        model.setToken(Jwt::parse(token));
        QCOMPARE(model.indexForPath(u"payload.sub"_s).siblingAtColumn(1).data().toString(),
                 u"user-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestClaimsModel)
#include "tst_claims_model.moc"
