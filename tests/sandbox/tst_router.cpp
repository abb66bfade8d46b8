#include "sandbox/http/HttpServer.h"
#include "sandbox/http/Router.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Sql.h"

#include <QJsonObject>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::sandbox;

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literalBeatsPlaceholder()
    {
        Router router;
        router.add(u"GET"_s, u"/roles/{id}"_s,
                   [](Request &) { return Response::text("id", "text/plain"); });
        router.add(u"GET"_s, u"/roles/search"_s,
                   [](Request &) { return Response::text("lit", "text/plain"); });
        Request r;
        auto m = router.match(u"GET"_s, u"/roles/search"_s);
        QVERIFY(m.handler);
        QCOMPARE((*m.handler)(r).body, QByteArray("lit"));
        m = router.match(u"GET"_s, u"/roles/abc"_s);
        QVERIFY(m.handler);
        QCOMPARE(m.params.value(u"id"_s), u"abc"_s);
    }

    void wrongMethodListsAllowed()
    {
        Router router;
        router.add(u"GET"_s, u"/agents"_s, [](Request &) { return Response::noContent(); });
        router.add(u"POST"_s, u"/agents"_s, [](Request &) { return Response::noContent(); });
        const auto m = router.match(u"DELETE"_s, u"/agents"_s);
        QVERIFY(!m.handler);
        QCOMPARE(m.allowedMethods, QStringList({u"GET"_s, u"POST"_s}));
        QVERIFY(router.match(u"GET"_s, u"/nothing"_s).allowedMethods.isEmpty());
    }

    // Issue 10: a failed statement (here a real SQLite error about a missing table) is answered
    // with ThunderID's 500 shape naming an error id; the database's text stays in the log.
    void internalErrorsHideDatabaseText()
    {
        Database db(QString{});
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        HttpServer http;
        http.setQuiet(true);
        http.router().add(u"GET"_s, u"/broken"_s, [&db](Request &) {
            Sql::exec(db.db(), u"SELECT secret_column FROM no_such_table"_s);
            return Response::noContent();
        });
        http.router().add(u"POST"_s, u"/broken"_s, [&db](Request &) {
            return WriteTransaction::run(db, [&db] {
                Sql::exec(db.db(), u"INSERT INTO no_such_table VALUES(1)"_s);
                return Response::noContent();
            });
        });
        for (const QString &method : {u"GET"_s, u"POST"_s}) {
            Request r;
            r.method = method;
            r.path = u"/broken"_s;
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"internal error .*no_such_table"_s));
            const Response response = http.dispatch(r);
            QCOMPARE(response.status, 500);
            const QJsonObject body = QJsonDocument::fromJson(response.body).object();
            QCOMPARE(body.value(u"code"_s).toString(), u"SSE-5000"_s);
            QCOMPARE(body.value(u"message"_s).toObject().value(u"key"_s).toString(),
                     u"error.internal_server_error"_s);
            const QString description =
                body.value(u"description"_s).toObject().value(u"defaultValue"_s).toString();
            QVERIFY2(description.contains(u"error id "_s), qPrintable(description));
            QVERIFY(!response.body.contains("no_such_table"));
            QVERIFY(!response.body.contains("secret_column"));
            QVERIFY(!response.body.contains("SELECT"));
        }
    }

    void errorShapeIsThunderIds()
    {
        const Response r = Response::error(404, u"RES-1003"_s, u"Resource server not found"_s,
                                           u"No resource server with that id"_s);
        QCOMPARE(r.status, 404);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(u"code"_s).toString(), u"RES-1003"_s);
        QCOMPARE(o.value(u"message"_s).toObject().value(u"defaultValue"_s).toString(),
                 u"Resource server not found"_s);
        QVERIFY(o.value(u"description"_s).toObject().contains(u"key"_s));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
