#include "core/token/Base64Url.h"
#include "core/token/Jwt.h"
#include "core/token/StrictJson.h"
#include "tests/common/JsonViewOracle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::core::Base64Url;
using tid::core::JsonView;
using tid::core::Jwt;
using tid::core::StrictJson;

namespace {

// RFC 7515 Appendix A.3 (ES256) compact serialization.
constexpr auto kRfc7515A3 =
    "eyJhbGciOiJFUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlf"
    "Q"
    ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

QByteArray seg(const QByteArray &json)
{
    return Base64Url::encode(json);
}

QByteArray token(const QByteArray &header, const QByteArray &payload,
                 const QByteArray &sig = "c2ln")
{
    return seg(header) + '.' + seg(payload) + '.' + sig;
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64UrlRoundTrip()
    {
        for (int n = 0; n < 70; ++n) {
            QByteArray data;
            for (int i = 0; i < n; ++i)
                data.append(char((i * 37 + n) & 0xff));
            const QByteArray enc = Base64Url::encode(data);
            QCOMPARE(enc,
                     data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            QByteArray dec;
            QVERIFY(Base64Url::decode(enc, dec));
            QCOMPARE(dec, data);
        }
    }

    void base64UrlIsStrict_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("padding") << "YQ=="_ba << u"padding"_s;
        QTest::newRow("standard alphabet +") << "a+b/"_ba << u"'+' at offset 1"_s;
        QTest::newRow("whitespace") << "YW JjYQ"_ba << u"at offset 2"_s;
        QTest::newRow("length 1 mod 4") << "YWJjZ"_ba << u"length 5"_s;
        QTest::newRow("non-zero trailing bits 2") << "YR"_ba << u"trailing bits"_s;
        QTest::newRow("non-zero trailing bits 3") << "YWF"_ba << u"trailing bits"_s;
        QTest::newRow("NUL byte") << QByteArray("YW\0j", 4) << u"byte 0x00"_s;
    }
    void base64UrlIsStrict()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        QByteArray out;
        QString why;
        QVERIFY(!Base64Url::decode(input, out, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void rfc7515A3Parses()
    {
        const Jwt jwt = Jwt::parse(kRfc7515A3);
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(jwt.algorithm(), u"ES256"_s);
        QCOMPARE(jwt.payload().value(u"iss"_s).toString(), u"joe"_s);
        QCOMPARE(jwt.payload().value(u"exp"_s).toInteger(), 1300819380);
        QCOMPARE(jwt.payload().value(u"http://example.com/is_root"_s).toBool(), true);
        QCOMPARE(jwt.signature().size(), 64);
        // The payload JSON contains CR LF between members, exactly as signed.
        QVERIFY(jwt.payloadJson().contains("\r\n"));
        QCOMPARE(QByteArray(jwt.signingInput().toByteArray()),
                 QByteArray(kRfc7515A3).left(QByteArray(kRfc7515A3).lastIndexOf('.')));
    }

    void lenientAcceptsBearerAndWhitespace()
    {
        const Jwt jwt = Jwt::parseLenient(QByteArray("  Bearer "_ba + kRfc7515A3 + "\n"_ba));
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QVERIFY(!Jwt::parse(QByteArray(" "_ba + kRfc7515A3)).isValid());
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("reason");
        using E = Jwt::Error;
        QTest::newRow("empty") << QByteArray() << int(E::Empty) << u"empty"_s;
        QTest::newRow("one segment") << "abc"_ba << int(E::SegmentCount) << u"has 1"_s;
        QTest::newRow("two segments") << "abc.def"_ba << int(E::SegmentCount) << u"has 2"_s;
        QTest::newRow("four segments") << "a.b.c.d"_ba << int(E::SegmentCount) << u"has 4"_s;
        QTest::newRow("JWE") << "a.b.c.d.e"_ba << int(E::Encrypted) << u"JWE"_s;
        QTest::newRow("empty header") << ".e30.c2ln"_ba << int(E::HeaderBase64) << u"empty"_s;
        QTest::newRow("padded header")
            << "eyJhbGciOiJFUzI1NiJ9==.e30.c2ln"_ba << int(E::HeaderBase64) << u"padding"_s;
        QTest::newRow("header not JSON")
            << token("not json", "{}") << int(E::HeaderJson) << u"Header JSON"_s;
        QTest::newRow("header is array")
            << token("[1]", "{}") << int(E::HeaderJson) << u"not a JSON object"_s;
        QTest::newRow("duplicate alg") << token("{\"alg\":\"ES256\",\"alg\":\"none\"}", "{}")
                                       << int(E::HeaderJson) << u"duplicate member name \"alg\""_s;
        QTest::newRow("duplicate sub")
            << token("{\"alg\":\"ES256\"}", "{\"sub\":\"alice\",\"x\":1,\"sub\":\"admin\"}")
            << int(E::PayloadJson) << u"duplicate member name \"sub\""_s;
        QTest::newRow("duplicate via escape")
            << token("{\"alg\":\"ES256\"}", "{\"sub\":\"alice\",\"\\u0073ub\":\"admin\"}")
            << int(E::PayloadJson) << u"duplicate member name \"sub\""_s;
        QTest::newRow("duplicate nested")
            << token("{\"alg\":\"ES256\"}", "{\"act\":{\"sub\":\"a\",\"sub\":\"b\"}}")
            << int(E::PayloadJson) << u"duplicate member name \"sub\""_s;
        QTest::newRow("invalid UTF-8") << token("{\"alg\":\"ES256\"}", "{\"sub\":\"\xff\"}")
                                       << int(E::PayloadJson) << u"UTF-8"_s;
        QTest::newRow("overlong UTF-8") << token("{\"alg\":\"ES256\"}", "{\"sub\":\"\xc0\xaf\"}")
                                        << int(E::PayloadJson) << u"UTF-8"_s;
        QTest::newRow("trailing garbage") << token("{\"alg\":\"ES256\"}", "{\"sub\":\"a\"} x")
                                          << int(E::PayloadJson) << u"trailing"_s;
        QTest::newRow("trailing comma") << token("{\"alg\":\"ES256\"}", "{\"sub\":\"a\",}")
                                        << int(E::PayloadJson) << u"member name"_s;
        QTest::newRow("leading zero")
            << token("{\"alg\":\"ES256\"}", "{\"exp\":01}") << int(E::PayloadJson) << u"offset"_s;
        QTest::newRow("payload empty") << QByteArray(seg("{\"alg\":\"ES256\"}") + "..c2ln")
                                       << int(E::PayloadJson) << u"empty"_s;
        QTest::newRow("payload not JSON (RFC 8037 A.4 signs a sentence)")
            << "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_"
               "MGCjP0JzlnLWG1PPOt7-"
               "09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"_ba
            << int(E::PayloadJson) << u"Payload JSON"_s;
        QTest::newRow("signature bad base64") << token("{\"alg\":\"ES256\"}", "{}", "sig!")
                                              << int(E::SignatureBase64) << u"'!' at offset 3"_s;
    }
    void failures()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, error);
        QFETCH(QString, reason);
        const Jwt jwt = Jwt::parse(input);
        QVERIFY(!jwt.isValid());
        QCOMPARE(int(jwt.error()), error);
        QVERIFY2(jwt.errorString().contains(reason), qPrintable(jwt.errorString()));
        QVERIFY(jwt.header().isEmpty());
        QVERIFY(jwt.payload().isEmpty());
    }

    void sizeLimit()
    {
        const QByteArray prefix = seg("{\"alg\":\"ES256\"}") + '.';
        QByteArray big = prefix + QByteArray(Jwt::MaxSize - prefix.size() - 5, 'A') + ".c2ln";
        QCOMPARE(big.size(), Jwt::MaxSize);
        QVERIFY(Jwt::parse(big).error() != Jwt::Error::TooLarge);
        big.insert(prefix.size(), "AAAA");
        const Jwt jwt = Jwt::parse(big);
        QCOMPARE(jwt.error(), Jwt::Error::TooLarge);
        QVERIFY(jwt.errorString().contains(u"1 MiB"_s));
    }

    void strictJsonNestingLimit()
    {
        QByteArray deep;
        for (int i = 0; i < StrictJson::MaxDepth + 1; ++i)
            deep += "[";
        QString why;
        QVERIFY(!StrictJson::check(deep, &why));
        QVERIFY2(why.contains(u"nesting"_s), qPrintable(why));
        QByteArray ok = QByteArray(100, '[') + QByteArray(100, ']');
        QVERIFY(StrictJson::check(ok, &why));
    }

    void strictJsonManyMembersStaysFast()
    {
        // 40 000 distinct members (hash path), then one duplicate at the very end.
        QByteArray json = "{";
        for (int i = 0; i < 40000; ++i)
            json += "\"m" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
        QByteArray good = json;
        good.chop(1);
        good += '}';
        QVERIFY(StrictJson::check(good));
        json += "\"m17\":0}";
        QString why;
        QVERIFY(!StrictJson::check(json, &why));
        QVERIFY2(why.contains(u"\"m17\""_s), qPrintable(why));
    }

    void strictJsonAcceptsValidDocuments()
    {
        QVERIFY(StrictJson::check(
            "{\"a\":[1,-2.5e+3,true,false,null,{\"a\":1}],\"b\":\"\\ud83d\\ude00\"}"));
        QVERIFY(StrictJson::check("{\"snow\":\"\xe2\x98\x83\",\"emoji\":\"\xf0\x9f\x98\x80\"}"));
        // Same name in sibling objects is fine.
        QVERIFY(StrictJson::check("{\"x\":{\"sub\":1},\"y\":{\"sub\":2}}"));
        QVERIFY(!StrictJson::check("{\"a\":\"\\x\"}"));
        QVERIFY(!StrictJson::check("{\"a\":\"tab\there\"}"));
        // Beyond a double: QJsonDocument refuses it, so must the strict check (fuzz_jwt found
        // [5e+331] accepted here and refused there).
        for (const char *outside : {"[5e+331]", "{\"exp\":-1e999}", "[1e-400]", "[1.8e308]"}) {
            QVERIFY2(!StrictJson::check(outside), outside);
            QJsonParseError e;
            QJsonDocument::fromJson(outside, &e);
            QVERIFY(e.error != QJsonParseError::NoError); // the same verdict as Qt's parser
        }
        QVERIFY(StrictJson::check("{\"exp\":1.7976931348623157e308,\"small\":2.2e-308}"));
        // Integers: short ones skip the conversion (always finite), long ones do not.
        const QByteArray huge = "{\"exp\":1" + QByteArray(400, '0') + "}";
        QVERIFY(!StrictJson::check(huge));
        QJsonParseError e;
        QJsonDocument::fromJson(huge, &e);
        QVERIFY(e.error != QJsonParseError::NoError);
        const QByteArray big = "{\"exp\":1" + QByteArray(300, '0') + ",\"n\":-9999999999999999}";
        QVERIFY(StrictJson::check(big));
        QVERIFY(StrictJson::check("{\"iat\":1796240808,\"neg\":-0,\"zero\":0}"));
        QVERIFY(!StrictJson::check("{\"exp\":01}"));
        QVERIFY(!StrictJson::check("{\"exp\":-}"));
    }

    // The validator reads claims through JsonView: it must read what QJsonDocument reads.
    void jsonViewReadsLikeQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("claims") << QByteArray(
            R"({"iss":"https://id.example","aud":["a","b"],"exp":1796240808,"nbf":-0,)"
            R"("scope":"read write","act":{"sub":"agent","act":{"sub":"first"}},"n":null})");
        QTest::newRow("escapes") << QByteArray(
            "{\"q\":\"say "
            "\\\"hi\\\"\",\"bs\":\"a\\\\\",\"bs2\":\"a\\\\\\\\\",\"u\":\"\\u00e9\\ud83d\\ude00\","
            R"("lone":"\ud800x","ctl":"\b\f\n\r\t\/","na\u006de":"escaped name"})");
        QTest::newRow("whitespace")
            << QByteArray(" \n{ \"a\" : [ 1 , 2.5e-3 ,-7E+2, true,false , null , { } , [ ] ] "
                          ",\t\"b\":{ \"c\" : \"}\" } }\r\n");
        QTest::newRow("utf8") << QByteArray(
            "{\"snow\":\"\xe2\x98\x83\",\"\xc3\xa9\":\"\xf0\x9f\x98\x80\"}");
        QTest::newRow("brackets in strings")
            << QByteArray("{\"a\":\"[{\",\"b\":[\"]}\\\"\",{\"c\":\"\\\\\"}],\"d\":1}");
        QTest::newRow("array top") << QByteArray(R"([1,"x",[2,[3]],{"k":[]}])");
        QTest::newRow("numbers") << QByteArray(
            R"({"big":12345678901234567890,"exact":9007199254740993,"tiny":2.2e-308,)"
            R"("max":1.7976931348623157e308,"neg":-12.75,"frac":0.1})");
    }
    void jsonViewReadsLikeQJsonDocument()
    {
        QFETCH(QByteArray, json);
        QVERIFY(StrictJson::check(json));
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(!doc.isNull());
        const JsonView v = JsonView::of(json);
        QVERIFY(tid::test::sameJson(v, doc.isObject() ? QJsonValue(doc.object())
                                                      : QJsonValue(doc.array())));
        // What is not there, or not asked of an object, is Undefined.
        QVERIFY(v.member("missing").isUndefined());
        QVERIFY(JsonView().member("a").isUndefined());
        QCOMPARE(JsonView().toString(), QString());
    }

    void jsonViewSpecifics()
    {
        const QByteArray json = "{\"s\":\"a\\\"b\",\"n\":42,\"na\\u006de\":\"x\",\"arr\":[1,2,3]}";
        const JsonView v = JsonView::of(json);
        QCOMPARE(v.member("s").toString(), u"a\"b"_s);
        QVERIFY(v.member("s").equals("a\"b"));
        QVERIFY(!v.member("s").equals("a\\\"b"));
        QCOMPARE(v.member("s").raw(), QByteArrayView("\"a\\\"b\""));
        QCOMPARE(v.member("n").toDouble(), 42.0);
        QCOMPARE(v.member("n").toString(), QString()); // not a string, like QJsonValue
        QCOMPARE(v.member("s").toDouble(), 0.0);
        QVERIFY(v.member("s").member("x").isUndefined()); // a string has no members
        QCOMPARE(v.member("name").toString(), u"x"_s);    // an escaped member name is decoded
        QCOMPARE(v.member("arr").size(), 3);
        QCOMPARE(v.size(), 4);
        int seen = 0;
        v.member("arr").forEachElement([&](const JsonView &e) {
            ++seen;
            return e.toDouble() < 2; // stops at the second element
        });
        QCOMPARE(seen, 2);
        // A token's QJsonObject is built on first use, is the whole payload, and copies share it.
        const Jwt jwt = Jwt::parse(token(R"({"alg":"ES256"})", json));
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        const Jwt copy = jwt;
        QCOMPARE(copy.payload().value(u"name"_s).toString(), u"x"_s);
        QCOMPARE(&copy.payload(), &jwt.payload());
        QVERIFY(tid::test::sameJson(jwt.claims(), QJsonValue(jwt.payload())));
        QVERIFY(Jwt().payload().isEmpty());
        // A payload that is JSON but not an object is refused, as before.
        const Jwt array = Jwt::parse(token(R"({"alg":"ES256"})", "[1]"));
        QCOMPARE(array.error(), Jwt::Error::PayloadJson);
        QCOMPARE(array.errorString(), u"Payload JSON: not a JSON object."_s);
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
