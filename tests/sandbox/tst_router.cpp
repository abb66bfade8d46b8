#include "sandbox/http/Router.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::sandbox;

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void literalBeatsPlaceholder()
    {
        Router router;
        router.add(u"GET"_s, u"/roles/{id}"_s, [](Request &) { return Response::text("id", "text/plain"); });
        router.add(u"GET"_s, u"/roles/search"_s, [](Request &) { return Response::text("lit", "text/plain"); });
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
