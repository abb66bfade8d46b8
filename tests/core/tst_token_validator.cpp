#include "core/token/Jwt.h"
#include "core/token/SigningKey.h"
#include "core/token/TokenValidator.h"
#include "tst_api_testserver.h"
#include "tst_token_support.h"

#include <QJsonArray>
#include <QTest>

#include <openssl/pem.h>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::makeKey;
using tid::test::mint;
using tid::test::mintRaw;
using tid::test::TestKey;

namespace {

constexpr qint64 kNow = 1787307400; // a fixed "now" for every time-dependent case
const QString kIss = u"https://localhost:8090"_s;
const QString kAud = u"https://api.example.com/invoices"_s;

// RFC 7515 Appendix A.2 (RS256) and A.3 (ES256): same payload, exp 1300819380.
constexpr auto kA2 =
    "eyJhbGciOiJSUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlf"
    "Q"
    ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5j"
    "ujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_"
    "nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07"
    "Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-"
    "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUT"
    "I8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
constexpr auto kA3 =
    "eyJhbGciOiJFUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlf"
    "Q"
    ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const QString kA2N = u"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-"
                     u"4qPCJrcS2mJPMEzP1Pt0Bm4d4Q"
                     "lL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-"
                     "bSf63kpaSHSXndS5z5rexMdbBY"
                     "UsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_"
                     "I5IhlJH7aGhyxXFvUK-DWNmo"
                     "udF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"_s;

// RFC 8037 Appendix A.4: Ed25519 over the (non-JSON) payload "Example of Ed25519 signing".
constexpr auto kEdInput = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
constexpr auto kEdSig =
    "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
const QString kEdX = u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s;

// A ThunderID client_credentials access token's claims (REFERENCE §2.3).
QJsonObject accessClaims()
{
    return QJsonObject{
        {u"iss"_s, kIss},
        {u"sub"_s, u"0199c0de-agent-1"_s},
        {u"aud"_s, kAud},
        {u"client_id"_s, u"10CK-aAJp0gKBlH84AHdKA"_s},
        {u"grant_type"_s, u"client_credentials"_s},
        {u"scope"_s, u"invoices:read"_s},
        {u"iat"_s, kNow - 70},
        {u"nbf"_s, kNow - 70},
        {u"exp"_s, kNow + 3530},
        {u"jti"_s, u"01a023d1-8a4f-7e10-9c3a-52b8d1e4f907"_s},
    };
}

QJsonObject atHeader()
{
    return QJsonObject{{u"typ"_s, u"at+jwt"_s}};
}

Jwks jwksOf(std::initializer_list<QJsonObject> jwks)
{
    QJsonArray keys;
    for (const QJsonObject &k : jwks)
        keys.append(k);
    QString error;
    Jwks set = Jwks::fromJsonObject(QJsonObject{{u"keys"_s, keys}}, &error);
    if (set.isEmpty())
        qWarning("jwks: %s", qPrintable(error));
    return set;
}

ValidationOptions strictOptions()
{
    ValidationOptions o;
    o.issuer = kIss;
    o.audiences = {kAud};
    o.now = kNow;
    o.clockSkewSeconds = 60;
    return o;
}

ValidationResult check(const QByteArray &token, const Jwks &jwks,
                       ValidationOptions options = strictOptions())
{
    TokenValidator v(options);
    v.setJwks(jwks);
    return v.validate(Jwt::parse(token));
}

QStringList codes(const ValidationResult &r, Finding::Severity minimum = Finding::Severity::Info)
{
    QStringList out;
    for (const Finding &f : r.findings) {
        if (f.severity >= minimum)
            out << f.code;
    }
    return out;
}

QString dump(const ValidationResult &r)
{
    QStringList lines;
    for (const Finding &f : r.findings)
        lines << Finding::severityName(f.severity) + u" "_s + f.code + u": "_s + f.message;
    return lines.join(u"\n"_s);
}

QByteArray replaceSignature(const QByteArray &token, const QByteArray &rawSignature)
{
    return token.left(token.lastIndexOf('.') + 1) + Base64Url::encode(rawSignature);
}

} // namespace

#define EXPECT_CODE(result, code)                                                                  \
    QVERIFY2((result).hasCode(QStringView(code)),                                                  \
             qPrintable(                                                                           \
                 QString(u"missing "_s + QStringView(code).toString() + u"\n"_s + dump(result))))

class TestTokenValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- RFC vectors ---

    void rfc7515A3Es256()
    {
        const Jwks jwks =
            jwksOf({QJsonObject{{u"kty"_s, u"EC"_s},
                                {u"crv"_s, u"P-256"_s},
                                {u"x"_s, u"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"_s},
                                {u"y"_s, u"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"_s}}});
        ValidationOptions o;
        o.accessToken = false;
        o.now = 1300819000; // before the example's exp
        const ValidationResult r = check(kA3, jwks, o);
        QVERIFY2(r.signatureVerified, qPrintable(dump(r)));
        EXPECT_CODE(r, u"sig.valid");
        // The example has no aud, which RFC 8725 §3.9 flags.
        QCOMPARE(codes(r, Finding::Severity::Error), QStringList{u"aud.missing"_s});
        // One flipped signature bit breaks it.
        QByteArray sig = Jwt::parse(kA3).signature();
        sig[10] = char(sig[10] ^ 1);
        const ValidationResult bad = check(replaceSignature(kA3, sig), jwks, o);
        QVERIFY(!bad.signatureVerified);
        EXPECT_CODE(bad, u"sig.invalid");
    }

    void rfc7515A2Rs256()
    {
        const Jwks jwks =
            jwksOf({QJsonObject{{u"kty"_s, u"RSA"_s}, {u"n"_s, kA2N}, {u"e"_s, u"AQAB"_s}}});
        ValidationOptions o;
        o.accessToken = false;
        o.now = 1300819000;
        const ValidationResult r = check(kA2, jwks, o);
        QVERIFY2(r.signatureVerified, qPrintable(dump(r)));
        // After exp it is expired, with the skew taken into account.
        o.now = 1300819380 + 59;
        QVERIFY(!check(kA2, jwks, o).hasCode(u"exp.expired"_s));
        o.now = 1300819380 + 60;
        EXPECT_CODE(check(kA2, jwks, o), u"exp.expired");
    }

    void rfc8037Ed25519()
    {
        const JsonWebKey key = JsonWebKey::fromJson(
            QJsonObject{{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"Ed25519"_s}, {u"x"_s, kEdX}});
        QVERIFY(!key.isNull());
        QByteArray sig;
        QVERIFY(Base64Url::decode(QByteArrayView(kEdSig), sig));
        SignatureVerifier verifier;
        const auto ok = verifier.verify(JwsAlgorithm::EdDSA, QByteArrayView(kEdInput), sig, key);
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        const auto bad =
            verifier.verify(JwsAlgorithm::EdDSA, QByteArray(QByteArray(kEdInput) + "x"), sig, key);
        QCOMPARE(bad.status, SignatureVerifier::Status::Invalid);
    }

    // --- every algorithm, minted here ---

    void everyAlgorithm_data()
    {
        QTest::addColumn<int>("alg");
        for (JwsAlgorithm a :
             {JwsAlgorithm::RS256, JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256,
              JwsAlgorithm::PS384, JwsAlgorithm::PS512, JwsAlgorithm::ES256, JwsAlgorithm::ES384,
              JwsAlgorithm::ES512, JwsAlgorithm::EdDSA})
            QTest::newRow(qPrintable(SignatureVerifier::algorithmName(a))) << int(a);
    }
    void everyAlgorithm()
    {
        QFETCH(int, alg);
        const TestKey key = makeKey(JwsAlgorithm(alg), u"k"_s);
        const Jwks jwks = jwksOf({key.jwk});
        const QByteArray token = mint(key, atHeader(), accessClaims());
        const ValidationResult r = check(token, jwks);
        QVERIFY2(r.isValid(), qPrintable(dump(r)));
        QCOMPARE(codes(r, Finding::Severity::Warning), QStringList());
        QCOMPARE(r.verifiedKeyId, u"k"_s);
        // Tampered payload.
        QJsonObject claims = accessClaims();
        claims.insert(u"scope"_s, u"invoices:write"_s);
        const QByteArray other = mint(key, atHeader(), claims);
        const QByteArray forged =
            other.left(other.lastIndexOf('.')) + token.mid(token.lastIndexOf('.'));
        const ValidationResult f = check(forged, jwks);
        QVERIFY(!f.isValid());
        EXPECT_CODE(f, u"sig.invalid");
    }

    void sandboxShapedTokenFromSigningKey()
    {
        // The sandbox mints with SigningKey: ES256 and RS256, kid = RFC 7638 thumbprint.
        for (auto type : {SigningKey::Type::EcP256, SigningKey::Type::Rsa2048}) {
            const SigningKey sk = SigningKey::generate(type);
            const QByteArray token = sk.signCompact(atHeader(), accessClaims());
            const ValidationResult r = check(token, jwksOf({sk.publicJwk()}));
            QVERIFY2(r.isValid(), qPrintable(dump(r)));
            QCOMPARE(r.verifiedKeyId, sk.kid());
        }
    }

    void hmacOnlyWithExplicitSecret()
    {
        const QByteArray secret = "a-shared-secret-of-at-least-32-bytes!!";
        const QByteArray token = tid::test::hmacToken(secret, atHeader(), accessClaims());
        ValidationOptions o = strictOptions();
        // No secret: never verified.
        ValidationResult r = check(token, Jwks(), o);
        EXPECT_CODE(r, u"alg.hmac_no_secret");
        QVERIFY(!r.isValid());
        // With the secret: verified, and warned about.
        o.hmacSecret = secret;
        r = check(token, Jwks(), o);
        QVERIFY(r.signatureVerified);
        EXPECT_CODE(r, u"alg.hmac");
        QVERIFY(r.isValid());
        o.hmacSecret = "wrong";
        r = check(token, Jwks(), o);
        EXPECT_CODE(r, u"sig.invalid");
        QVERIFY(r.findings.at(r.findings.size() - 1).severity != Finding::Severity::Error ||
                !r.isValid());
    }

    // --- RFC 8725 attack classes, one case each ---

    void attackAlgNone_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("none") << u"none"_s;
        QTest::newRow("None") << u"None"_s;
        QTest::newRow("NONE") << u"NONE"_s;
    }
    void attackAlgNone()
    {
        QFETCH(QString, alg);
        const TestKey key = makeKey(JwsAlgorithm::ES256);
        QJsonObject h = atHeader();
        h.insert(u"alg"_s, alg);
        const QByteArray token =
            tid::test::encodeSegment(h) + '.' + tid::test::encodeSegment(accessClaims()) + '.';
        const ValidationResult r = check(token, jwksOf({key.jwk}));
        EXPECT_CODE(r, u"alg.none");
        QVERIFY(!r.signatureVerified);
        QVERIFY(!r.isValid());
    }

    void attackAlgConfusionPublicKeyAsHmacSecret()
    {
        // The classic: take the server's RSA public key (PEM) and use it as an HS256 secret.
        const TestKey rsa = makeKey(JwsAlgorithm::RS256, u"rsa"_s);
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, rsa.pkey.get());
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        const QByteArray pem(data, len);
        BIO_free(bio);
        QJsonObject h = atHeader();
        h.insert(u"kid"_s, u"rsa"_s);
        const QByteArray token = tid::test::hmacToken(pem, h, accessClaims());
        const ValidationResult r = check(token, jwksOf({rsa.jwk}));
        EXPECT_CODE(r, u"alg.hmac_no_secret");
        QVERIFY(!r.signatureVerified);
    }

    void attackAlgKeyTypeMismatch_data()
    {
        QTest::addColumn<int>("keyAlg");
        QTest::addColumn<int>("tokenAlg");
        QTest::newRow("ES256 header, RSA key")
            << int(JwsAlgorithm::RS256) << int(JwsAlgorithm::ES256);
        QTest::newRow("RS256 header, EC key")
            << int(JwsAlgorithm::ES256) << int(JwsAlgorithm::RS256);
        QTest::newRow("ES256 header, P-384 key")
            << int(JwsAlgorithm::ES384) << int(JwsAlgorithm::ES256);
        QTest::newRow("EdDSA header, EC key")
            << int(JwsAlgorithm::ES256) << int(JwsAlgorithm::EdDSA);
    }
    void attackAlgKeyTypeMismatch()
    {
        QFETCH(int, keyAlg);
        QFETCH(int, tokenAlg);
        const TestKey key = makeKey(JwsAlgorithm(keyAlg), u"k"_s);
        QJsonObject h = atHeader();
        h.insert(u"alg"_s, SignatureVerifier::algorithmName(JwsAlgorithm(tokenAlg)));
        const QByteArray token =
            tid::test::encodeSegment(h) + '.' + tid::test::encodeSegment(accessClaims()) + ".AAAA";
        QJsonObject jwk = key.jwk;
        const ValidationResult r = check(token, jwksOf({jwk}));
        EXPECT_CODE(r, u"alg.key_mismatch");
        QVERIFY(!r.isValid());
    }

    void attackAlgDiffersFromJwkAlg()
    {
        // The key says RS256; a PS256 signature by the same key is still refused (RFC 7517 §4.4).
        TestKey key = makeKey(JwsAlgorithm::PS256, u"k"_s);
        key.jwk.insert(u"alg"_s, u"RS256"_s);
        const QByteArray token = mint(key, atHeader(), accessClaims(), JwsAlgorithm::PS256);
        const ValidationResult r = check(token, jwksOf({key.jwk}));
        EXPECT_CODE(r, u"alg.key_mismatch");
    }

    void attackUnknownCrit()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        QJsonObject h = atHeader();
        h.insert(u"crit"_s, QJsonArray{u"urn:example:must-understand"_s});
        h.insert(u"urn:example:must-understand"_s, true);
        const ValidationResult r = check(mint(key, h, accessClaims()), jwksOf({key.jwk}));
        EXPECT_CODE(r, u"crit.unknown");
        QVERIFY(!r.signatureVerified); // a valid signature does not save it
        QVERIFY(!r.isValid());

        QJsonObject bad = atHeader();
        bad.insert(u"crit"_s, QJsonArray{u"alg"_s});
        EXPECT_CODE(check(mint(key, bad, accessClaims()), jwksOf({key.jwk})), u"crit.malformed");
        QJsonObject absent = atHeader();
        absent.insert(u"crit"_s, QJsonArray{u"b64"_s});
        EXPECT_CODE(check(mint(key, absent, accessClaims()), jwksOf({key.jwk})), u"crit.malformed");
    }

    void attackKidInjection_data()
    {
        QTest::addColumn<QString>("kid");
        QTest::newRow("path traversal") << u"../../../../dev/null"_s;
        QTest::newRow("absolute path") << u"/etc/passwd"_s;
        QTest::newRow("URL") << u"https://evil.example/key"_s;
        QTest::newRow("SQL") << u"x' UNION SELECT 'secret"_s;
        QTest::newRow("windows path") << u"..\\keys\\k"_s;
        QTest::newRow("NUL") << u"k\u0000"_s;
    }
    void attackKidInjection()
    {
        QFETCH(QString, kid);
        const TestKey key = makeKey(JwsAlgorithm::ES256, kid);
        const ValidationResult r = check(mint(key, atHeader(), accessClaims()), jwksOf({key.jwk}));
        EXPECT_CODE(r, u"kid.unsafe");
        QVERIFY(!r.isValid());
    }

    void attackJkuAndX5uAreNeverFetched()
    {
        int hits = 0;
        TestHttpServer attacker([&hits](const TestRequest &) {
            ++hits;
            return TestResponse::json(200, "{\"keys\":[]}");
        });
        const TestKey own = makeKey(JwsAlgorithm::ES256, u"attacker"_s);
        QJsonObject h = atHeader();
        h.insert(u"jku"_s, QString(attacker.baseUrl() + u"/jwks.json"_s));
        h.insert(u"x5u"_s, QString(attacker.baseUrl() + u"/cert.pem"_s));
        const TestKey server = makeKey(JwsAlgorithm::ES256, u"server"_s);
        const ValidationResult r = check(mint(own, h, accessClaims()), jwksOf({server.jwk}));
        EXPECT_CODE(r, u"jku.not_fetched");
        EXPECT_CODE(r, u"x5u.not_fetched");
        EXPECT_CODE(r, u"sig.no_key");
        QVERIFY(!r.isValid());
        QTest::qWait(50); // give a (wrong) asynchronous fetch a chance to show up
        QCOMPARE(hits, 0);
    }

    void attackEmbeddedJwk()
    {
        // Signed by the attacker's key, which is embedded in the header and has no kid.
        TestKey own = makeKey(JwsAlgorithm::ES256, QString());
        QJsonObject h = atHeader();
        h.insert(u"jwk"_s, own.jwk);
        const TestKey server = makeKey(JwsAlgorithm::ES256, u"server"_s);
        const ValidationResult r = check(mint(own, h, accessClaims()), jwksOf({server.jwk}));
        EXPECT_CODE(r, u"jwk.embedded");
        EXPECT_CODE(r, u"sig.invalid");
        QVERIFY(!r.isValid());
    }

    void attackMissingAudience()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        QJsonObject claims = accessClaims();
        claims.remove(u"aud"_s);
        ValidationOptions o = strictOptions();
        o.audiences.clear(); // even with no expected audience, a missing aud is an error
        const ValidationResult r = check(mint(key, atHeader(), claims), jwksOf({key.jwk}), o);
        EXPECT_CODE(r, u"aud.missing");
        QVERIFY(!r.isValid());
    }

    void attackSignatureStripped()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        QByteArray token = mint(key, atHeader(), accessClaims());
        token.truncate(token.lastIndexOf('.') + 1);
        const ValidationResult r = check(token, jwksOf({key.jwk}));
        EXPECT_CODE(r, u"sig.invalid");
        QVERIFY(!r.isValid());
    }

    void attackPsychicSignature()
    {
        // CVE-2022-21449: r = s = 0 must never verify.
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const QByteArray token =
            replaceSignature(mint(key, atHeader(), accessClaims()), QByteArray(64, '\0'));
        const ValidationResult r = check(token, jwksOf({key.jwk}));
        EXPECT_CODE(r, u"sig.invalid");
        QVERIFY(!r.signatureVerified);
    }

    void attackDerEncodedEcdsaSignature()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const QByteArray token = mint(key, atHeader(), accessClaims());
        // Re-sign the same input in DER form.
        const QByteArray input = token.left(token.lastIndexOf('.'));
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key.pkey.get());
        size_t len = 0;
        EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.data()),
                       size_t(input.size()));
        QByteArray der(qsizetype(len), '\0');
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(der.data()), &len,
                       reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()));
        der.resize(qsizetype(len));
        EVP_MD_CTX_free(ctx);
        const ValidationResult r = check(replaceSignature(token, der), jwksOf({key.jwk}));
        EXPECT_CODE(r, u"sig.invalid");
        QVERIFY2(dump(r).contains(u"DER"_s), qPrintable(dump(r)));
    }

    void attackDuplicateClaims()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const QByteArray token =
            mintRaw(key, "{\"alg\":\"ES256\",\"kid\":\"k\",\"typ\":\"at+jwt\"}",
                    "{\"iss\":\"https://localhost:8090\",\"sub\":\"alice\",\"sub\":\"admin\"}",
                    JwsAlgorithm::ES256);
        const ValidationResult r = check(token, jwksOf({key.jwk}));
        QCOMPARE(codes(r), QStringList{u"parse"_s});
        QVERIFY(r.findings.first().message.contains(u"duplicate member name \"sub\""_s));
    }

    void attackCrossJwtConfusionByTyp()
    {
        // An ID token (typ JWT) presented as an access token.
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const ValidationResult r =
            check(mint(key, QJsonObject{{u"typ"_s, u"JWT"_s}}, accessClaims()), jwksOf({key.jwk}));
        EXPECT_CODE(r, u"typ.unexpected");
        QVERIFY(!r.isValid());
        const ValidationResult m =
            check(mint(key, QJsonObject(), accessClaims()), jwksOf({key.jwk}));
        EXPECT_CODE(m, u"typ.missing");
        // application/at+jwt is the same type.
        const ValidationResult ok =
            check(mint(key, QJsonObject{{u"typ"_s, u"application/AT+JWT"_s}}, accessClaims()),
                  jwksOf({key.jwk}));
        QVERIFY2(ok.isValid(), qPrintable(dump(ok)));
    }

    void attackIssuerAndAudienceSubstitution()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const QByteArray token = mint(key, atHeader(), accessClaims());
        ValidationOptions o = strictOptions();
        o.issuer = kIss + u"/"_s; // exact match: a trailing slash differs
        EXPECT_CODE(check(token, jwksOf({key.jwk}), o), u"iss.mismatch");
        o = strictOptions();
        o.audiences = {u"https://api.example.com/billing"_s};
        EXPECT_CODE(check(token, jwksOf({key.jwk}), o), u"aud.mismatch");
        o.audiences = {u"https://api.example.com/billing"_s, kAud};
        QVERIFY(check(token, jwksOf({key.jwk}), o).isValid());
    }

    void unknownKidAndNoKeys()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const TestKey other = makeKey(JwsAlgorithm::ES256, u"other"_s);
        const QByteArray token = mint(key, atHeader(), accessClaims());
        EXPECT_CODE(check(token, jwksOf({other.jwk})), u"sig.no_key");
        TokenValidator v(strictOptions());
        const ValidationResult r = v.validate(Jwt::parse(token));
        EXPECT_CODE(r, u"sig.unverified");
        QVERIFY(!r.isValid());
    }

    void timeChecks()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const Jwks jwks = jwksOf({key.jwk});
        auto with = [&](const char *name, const QJsonValue &v) {
            QJsonObject c = accessClaims();
            if (v.isUndefined())
                c.remove(QLatin1StringView(name));
            else
                c.insert(QLatin1StringView(name), v);
            return mint(key, atHeader(), c);
        };
        EXPECT_CODE(check(with("exp", QJsonValue::Undefined), jwks), u"exp.missing");
        EXPECT_CODE(check(with("exp", u"tomorrow"_s), jwks), u"exp.invalid");
        EXPECT_CODE(check(with("exp", kNow - 61), jwks), u"exp.expired");
        QVERIFY(check(with("exp", kNow - 59), jwks).isValid()); // within the skew
        EXPECT_CODE(check(with("nbf", kNow + 61), jwks), u"nbf.future");
        QVERIFY(check(with("nbf", kNow + 59), jwks).isValid());
        const ValidationResult iat = check(with("iat", kNow + 600), jwks);
        EXPECT_CODE(iat, u"iat.future");
        ValidationOptions noSkew = strictOptions();
        noSkew.clockSkewSeconds = 0;
        EXPECT_CODE(check(with("exp", kNow - 1), jwks, noSkew), u"exp.expired");
        EXPECT_CODE(check(with("jti", QJsonValue::Undefined), jwks), u"claims.missing");
        // A fractional NumericDate is allowed (RFC 7519 §2).
        QVERIFY(check(with("exp", double(kNow) + 100.5), jwks).isValid());
    }

    void findingsFollowRfc9068Order()
    {
        // Wrong typ, wrong issuer, wrong audience, bad signature, expired: reported in that order.
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        QJsonObject claims = accessClaims();
        claims.insert(u"iss"_s, u"https://evil.example"_s);
        claims.insert(u"aud"_s, QJsonArray{u"https://other.example"_s});
        claims.insert(u"exp"_s, kNow - 3600);
        const QByteArray token = replaceSignature(
            mint(key, QJsonObject{{u"typ"_s, u"JWT"_s}}, claims), QByteArray(64, '\x01'));
        const ValidationResult r = check(token, jwksOf({key.jwk}));
        QCOMPARE(codes(r, Finding::Severity::Error),
                 (QStringList{u"typ.unexpected"_s, u"iss.mismatch"_s, u"aud.mismatch"_s,
                              u"sig.invalid"_s, u"exp.expired"_s}));
        for (const Finding &f : r.findings)
            QVERIFY2(f.reference.startsWith(u"RFC "_s), qPrintable(f.code));
    }

    void parseFailureIsAFinding()
    {
        TokenValidator v(strictOptions());
        const ValidationResult r = v.validate(Jwt::parse("not-a-token"));
        QCOMPARE(codes(r), QStringList{u"parse"_s});
        QVERIFY(!r.isValid());
    }

    // --- delegation (RFC 8693) ---

    void delegationTokenExchangeWithoutAct()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        QJsonObject c = accessClaims();
        c.insert(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:token-exchange"_s);
        const ValidationResult r = check(mint(key, atHeader(), c), jwksOf({key.jwk}));
        EXPECT_CODE(r, u"act.missing_after_exchange");
        QVERIFY(r.isValid()); // a warning, not an error
    }

    void delegationChecks()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        const Jwks jwks = jwksOf({key.jwk});
        auto withAct = [&](const QJsonValue &act,
                           const QJsonValue &mayAct = QJsonValue::Undefined) {
            QJsonObject c = accessClaims();
            c.insert(u"sub"_s, u"user-1"_s);
            c.insert(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:token-exchange"_s);
            c.insert(u"act"_s, act);
            if (!mayAct.isUndefined())
                c.insert(u"may_act"_s, mayAct);
            return mint(key, atHeader(), c);
        };
        auto nest = [](const QStringList &subs) {
            QJsonObject act;
            for (qsizetype i = subs.size() - 1; i >= 0; --i) {
                QJsonObject o{{u"sub"_s, subs[i]}};
                if (!act.isEmpty())
                    o.insert(u"act"_s, act);
                act = o;
            }
            return act;
        };
        EXPECT_CODE(check(withAct(nest({u"a"_s, u"b"_s, u"c"_s, u"d"_s})), jwks), u"act.depth");
        QVERIFY(!check(withAct(nest({u"a"_s, u"b"_s, u"c"_s})), jwks).hasCode(u"act.depth"_s));
        EXPECT_CODE(check(withAct(nest({u"user-1"_s})), jwks), u"act.actor_is_subject");
        // Different issuer: not the same party.
        QVERIFY(
            !check(withAct(QJsonObject{{u"sub"_s, u"user-1"_s}, {u"iss"_s, u"https://other"_s}}),
                   jwks)
                 .hasCode(u"act.actor_is_subject"_s));
        EXPECT_CODE(check(withAct(nest({u"a"_s, u"b"_s, u"a"_s})), jwks), u"act.actor_repeated");
        const ValidationResult mal = check(withAct(u"agent"_s), jwks);
        EXPECT_CODE(mal, u"act.malformed");
        QVERIFY(!mal.isValid());
        EXPECT_CODE(check(withAct(QJsonObject{{u"act"_s, QJsonObject{{u"sub"_s, u"x"_s}}}}), jwks),
                    u"act.malformed");
        EXPECT_CODE(check(withAct(nest({u"a"_s}), QJsonObject{{u"sub"_s, u"b"_s}}), jwks),
                    u"may_act.mismatch");
        QVERIFY(!check(withAct(nest({u"a"_s}), QJsonObject{{u"sub"_s, u"a"_s}}), jwks)
                     .hasCode(u"may_act.mismatch"_s));
    }

    void delegationHumanInitiated()
    {
        const TestKey key = makeKey(JwsAlgorithm::ES256, u"k"_s);
        QJsonObject c = accessClaims();
        c.insert(u"sub"_s, u"user-1"_s);
        c.insert(u"grant_type"_s, u"urn:openid:params:grant-type:ciba"_s);
        c.insert(u"act"_s, QJsonObject{{u"sub"_s, u"agent-1"_s}});
        const QByteArray token = mint(key, atHeader(), c);
        ValidationOptions o = strictOptions();
        EXPECT_CODE(check(token, jwksOf({key.jwk}), o), u"act.subject_unknown");
        QString askedSub, askedIss;
        o.principalKind = [&](const QString &sub, const QString &iss) {
            askedSub = sub;
            askedIss = iss;
            return sub == u"user-1"_s ? PrincipalKind::User : PrincipalKind::Agent;
        };
        EXPECT_CODE(check(token, jwksOf({key.jwk}), o), u"act.human_initiated");
        QCOMPARE(askedSub, u"user-1"_s);
        QCOMPARE(askedIss, kIss);
        c.insert(u"sub"_s, u"agent-0"_s);
        const ValidationResult r = check(mint(key, atHeader(), c), jwksOf({key.jwk}), o);
        EXPECT_CODE(r, u"act.not_human_initiated");
    }

    void validatorIsReusable()
    {
        // One validator, many tokens, two keys: cached contexts must not mix keys up.
        const TestKey a = makeKey(JwsAlgorithm::ES256, u"a"_s);
        const TestKey b = makeKey(JwsAlgorithm::ES256, u"b"_s);
        TokenValidator v(strictOptions());
        v.setJwks(jwksOf({a.jwk, b.jwk}));
        for (int i = 0; i < 20; ++i) {
            const TestKey &k = i % 2 ? a : b;
            QVERIFY(v.validate(Jwt::parse(mint(k, atHeader(), accessClaims()))).isValid());
            QJsonObject h = atHeader();
            h.insert(u"kid"_s, i % 2 ? u"b"_s : u"a"_s); // signed by the other key
            QVERIFY(!v.validate(Jwt::parse(mint(k, h, accessClaims()))).isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_token_validator.moc"
