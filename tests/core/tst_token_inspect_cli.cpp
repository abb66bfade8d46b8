// `thunderid-console inspect` as a script uses it: the built binary, real processes, exit codes
// (0 valid, 1 invalid, 2 usage) and one JSON line per token from stdin; plus a key set fetched
// from a real thunderid-sandbox's discovery document.

#include "core/token/SigningKey.h"

#include "tests/common/SandboxProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::core::SigningKey;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run inspect(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProgram(QString::fromUtf8(TID_CONSOLE_BIN));
    p.setArguments(QStringList{u"inspect"_s} + args);
    // No display: the inspect path must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject jsonLine(const QByteArray &line)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(line, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", line.constData());
    return d.object();
}

QStringList codes(const QJsonObject &o)
{
    QStringList out;
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    for (const QJsonValue &f : findings)
        out << f.toObject().value(u"code"_s).toString();
    return out;
}

} // namespace

class TestTokenInspectCli : public QObject
{
    Q_OBJECT

    SigningKey m_key = SigningKey::generate(SigningKey::Type::EcP256);
    QTemporaryDir m_dir;
    QString m_jwks;
    qint64 m_now = QDateTime::currentSecsSinceEpoch();

    QJsonObject claims(int i = 0) const
    {
        QJsonObject c{
            {u"iss"_s, u"https://localhost:8090"_s},
            {u"sub"_s, u"user-%1"_s.arg(i)},
            {u"aud"_s, u"https://api.example.com/invoices"_s},
            {u"client_id"_s, u"c1"_s},
            {u"iat"_s, m_now},
            {u"exp"_s, m_now + 600},
            {u"jti"_s, u"jti-%1"_s.arg(i)},
        };
        if (i % 3 == 0)
            c.insert(u"act"_s, QJsonObject{{u"sub"_s, u"agent-%1"_s.arg(i)},
                                           {u"act"_s, QJsonObject{{u"sub"_s, u"primary"_s}}}});
        return c;
    }
    QByteArray token(const QJsonObject &c) const
    {
        return m_key.signCompact(QJsonObject{{u"typ"_s, u"at+jwt"_s}}, c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QString::fromUtf8(TID_CONSOLE_BIN)));
        m_jwks = m_dir.filePath(u"jwks.json"_s);
        QFile f(m_jwks);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk()}}}).toJson());
    }

    void validTokenHumanReadable()
    {
        const Run r = inspect({u"--jwks"_s, m_jwks, QString::fromLatin1(token(claims(0)))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Token: VALID"), r.out.constData());
        QVERIFY(r.out.contains("Actor chain"));
        QVERIFY(r.out.contains("current actor agent-0"));
        QVERIFY(r.out.contains("prior actor 1 primary"));
        QVERIFY(r.out.contains("exp (Expiration Time)"));
        QVERIFY(r.out.contains("sig.valid"));
    }

    void validTokenJson()
    {
        const Run r =
            inspect({u"--jwks"_s, m_jwks, u"--json"_s, QString::fromLatin1(token(claims(3)))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject o = jsonLine(r.out.trimmed());
        QCOMPARE(o.value(u"valid"_s).toBool(), true);
        QCOMPARE(o.value(u"signatureVerified"_s).toBool(), true);
        QCOMPARE(o.value(u"verifiedKid"_s).toString(), m_key.kid());
        QCOMPARE(o.value(u"claims"_s).toObject().value(u"sub"_s).toString(), u"user-3"_s);
        QCOMPARE(o.value(u"header"_s).toObject().value(u"typ"_s).toString(), u"at+jwt"_s);
        const QJsonArray chain = o.value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).toObject().value(u"sub"_s).toString(), u"agent-3"_s);
        QCOMPARE(chain.at(1).toObject().value(u"position"_s).toInt(), 2);
    }

    // Text beyond ASCII in the findings and the chain (a "§" in every reference, a subject with
    // an accent and a character outside the BMP, a lone surrogate) is UTF-8 in the JSON line.
    void nonAsciiTextInTheJsonLine()
    {
        QJsonObject c = claims(1);
        const QString sub = u"usér-\U0001F600 ü"_s;
        c.insert(u"sub"_s, sub);
        c.insert(u"act"_s, QJsonObject{{u"sub"_s, u"agent-\U0001F916"_s}});
        QJsonObject lone = claims(2);
        lone.insert(u"sub"_s, QString(QString(QChar(char16_t(0xd800))) + u"x"_s));
        lone.insert(u"act"_s, QJsonObject{{u"sub"_s, u"a"_s}});
        const Run r = inspect({u"--jwks"_s, m_jwks, u"--json"_s, u"--threads"_s, u"1"_s, u"-"_s},
                              token(c) + '\n' + token(lone) + '\n');
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject o = jsonLine(lines.at(0));
        QVERIFY2(o.value(u"valid"_s).toBool(), lines.at(0).constData());
        QVERIFY(lines.at(0).contains("RFC 7515 \xc2\xa7"
                                     "5.2")); // raw UTF-8, not \u escapes
        QCOMPARE(o.value(u"chain"_s).toArray().at(0).toObject().value(u"sub"_s).toString(),
                 u"agent-\U0001F916"_s);
        bool found = false;
        for (const QJsonValue &f : o.value(u"findings"_s).toArray()) {
            const QJsonObject finding = f.toObject();
            if (finding.value(u"code"_s).toString() == u"act.subject_unknown"_s) {
                found = true;
                QVERIFY2(finding.value(u"message"_s).toString().contains(u"\"%1\""_s.arg(sub)),
                         qPrintable(finding.value(u"message"_s).toString()));
            }
            QVERIFY(finding.value(u"reference"_s).toString().contains(u"RFC"_s));
        }
        QVERIFY(found);
        // A lone surrogate cannot be UTF-8: the line is still JSON, and the token still valid.
        const QJsonObject o2 = jsonLine(lines.at(1));
        QVERIFY2(o2.value(u"valid"_s).toBool(), lines.at(1).constData());
    }

    // A payload written with whitespace around its structure and inside its strings (a space in
    // "scope", escaped quotes and backslashes before a closing quote, an escaped newline): the
    // JSON line stays one line, and its claims are the token's, byte for byte in their values.
    void prettyPrintedPayloadStaysOneLine()
    {
        const QByteArray payload =
            "{\n  \"iss\" : \"https://localhost:8090\",\n\t\"sub\": \"user \\\"quoted\\\" "
            "\\\\\",\r\n"
            "  \"aud\": [ \"https://api.example.com/invoices\" , \"x y\" ],\n"
            "  \"scope\": \"invoices:read   invoices:write\",\n  \"note\": \"a\\nb\\\\\\\"c\",\n"
            "  \"iat\": " +
            QByteArray::number(m_now) + " , \"exp\": " + QByteArray::number(m_now + 600) +
            ",\n  \"client_id\": \"c1\", \"jti\": \"j-pretty\"\n}\n";
        QJsonParseError pe;
        const QJsonObject expected = QJsonDocument::fromJson(payload, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(expected.value(u"sub"_s).toString(), u"user \"quoted\" \\"_s);
        const QByteArray header = QJsonDocument(QJsonObject{{u"alg"_s, u"ES256"_s},
                                                            {u"typ"_s, u"at+jwt"_s},
                                                            {u"kid"_s, m_key.kid()}})
                                      .toJson(QJsonDocument::Compact);
        const QByteArray input =
            header.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '.' +
            payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray jws = input + '.' +
                               m_key.sign(input).toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals);
        const Run r = inspect({u"--jwks"_s, m_jwks, u"--json"_s, u"-"_s}, jws + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject o = jsonLine(r.out.trimmed());
        QVERIFY2(o.value(u"valid"_s).toBool(), r.out.constData());
        QCOMPARE(o.value(u"claims"_s).toObject(), expected);
        // Whitespace inside strings is content and stays; outside them it is gone.
        QVERIFY(r.out.contains("\"scope\":\"invoices:read   invoices:write\""));
        QVERIFY(r.out.contains("\"aud\":[\"https://api.example.com/invoices\",\"x y\"]"));
        QVERIFY(r.out.contains("\"note\":\"a\\nb\\\\\\\"c\""));
    }

    void invalidTokens()
    {
        QByteArray forged = token(claims(1));
        forged[forged.size() - 5] = forged[forged.size() - 5] == 'A' ? 'B' : 'A';
        Run r = inspect({u"--jwks"_s, m_jwks, u"--json"_s, QString::fromLatin1(forged)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(codes(jsonLine(r.out)).contains(u"sig.invalid"_s));
        // Without keys a signature is never taken on trust.
        r = inspect({u"--json"_s, QString::fromLatin1(token(claims(1)))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(codes(jsonLine(r.out)).contains(u"sig.unverified"_s));
        // Issuer and audience.
        r = inspect({u"--jwks"_s, m_jwks, u"--issuer"_s, u"https://evil.example"_s,
                     QString::fromLatin1(token(claims(1)))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("iss.mismatch"));
        r = inspect({u"--jwks"_s, m_jwks, u"--issuer"_s, u"https://localhost:8090"_s,
                     u"--audience"_s, u"https://other"_s, u"--audience"_s,
                     u"https://api.example.com/invoices"_s, QString::fromLatin1(token(claims(1)))});
        QCOMPARE(r.exitCode, 0);
        // Expired, then validated "as of" an earlier time.
        QJsonObject old = claims(1);
        old.insert(u"exp"_s, m_now - 3600);
        r = inspect({u"--jwks"_s, m_jwks, QString::fromLatin1(token(old))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("exp.expired"));
        r = inspect({u"--jwks"_s, m_jwks, u"--now"_s, QString::number(m_now - 4000),
                     QString::fromLatin1(token(old))});
        QCOMPARE(r.exitCode, 0);
        r = inspect({u"--json"_s, u"garbage"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(codes(jsonLine(r.out)).contains(u"parse"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no token") << QStringList();
        QTest::newRow("two tokens") << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"a"_s};
        QTest::newRow("bad skew") << QStringList{u"--skew"_s, u"soon"_s, u"a"_s};
        QTest::newRow("missing jwks file")
            << QStringList{u"--jwks"_s, u"/nonexistent/jwks.json"_s, u"a"_s};
        QTest::newRow("jwks option without value") << QStringList{u"a"_s, u"--jwks"_s};
        QTest::newRow("missing secret file")
            << QStringList{u"--hmac-secret-file"_s, u"/nonexistent"_s, u"a"_s};
        // Issue 11, finding 7: device files are refused at once instead of read without end.
        QTest::newRow("jwks device file") << QStringList{u"--jwks"_s, u"/dev/zero"_s, u"a"_s};
        QTest::newRow("jwks directory") << QStringList{u"--jwks"_s, u"/tmp"_s, u"a"_s};
        QTest::newRow("secret device file")
            << QStringList{u"--hmac-secret-file"_s, u"/dev/zero"_s, u"a"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = inspect(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void helpExitsZero()
    {
        const Run r = inspect({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--jwks"));
    }

    void bulkFromStdin()
    {
        QByteArray input;
        for (int i = 0; i < 40; ++i) {
            input += token(claims(i));
            input += i == 7 ? "\r\n" : "\n"; // CRLF tolerated
            if (i == 10)
                input += "\n   \n"; // blank lines skipped
            if (i == 20)
                input += "not-a-token\n";
        }
        input.chop(1); // last line without newline
        Run r = inspect({u"--jwks"_s, m_jwks, u"--json"_s, u"-"_s}, input);
        QCOMPARE(r.exitCode, 1); // one line is garbage
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 41);
        int valid = 0;
        int tokenIndex = 0;
        for (int l = 0; l < lines.size(); ++l) {
            const QJsonObject o = jsonLine(lines[l]);
            if (l == 21) {
                QCOMPARE(o.value(u"valid"_s).toBool(), false);
                QVERIFY(codes(o).contains(u"parse"_s));
                continue;
            }
            // Order is preserved.
            QCOMPARE(o.value(u"claims"_s).toObject().value(u"sub"_s).toString(),
                     u"user-%1"_s.arg(tokenIndex++));
            valid += o.value(u"valid"_s).toBool() ? 1 : 0;
        }
        QCOMPARE(valid, 40);
        // All good: 0.
        input.clear();
        for (int i = 0; i < 5; ++i)
            input += token(claims(i)) + '\n';
        r = inspect({u"--jwks"_s, m_jwks, u"--json"_s, u"-"_s}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 5);
        // Nothing on stdin is a usage error.
        QCOMPARE(inspect({u"-"_s}, "\n").exitCode, 2);
    }

    void threadsGiveTheSameOrderedOutput()
    {
        // More lines than one batch, with invalid ones sprinkled in.
        QByteArray input;
        for (int i = 0; i < 700; ++i) {
            QJsonObject c = claims(i);
            if (i % 97 == 0)
                c.insert(u"exp"_s, m_now - 7200);
            input += token(c) + '\n';
        }
        const Run one =
            inspect({u"--jwks"_s, m_jwks, u"--json"_s, u"--threads"_s, u"1"_s, u"-"_s}, input);
        const Run four =
            inspect({u"--jwks"_s, m_jwks, u"--json"_s, u"--threads"_s, u"4"_s, u"-"_s}, input);
        QCOMPARE(one.exitCode, 1);
        QCOMPARE(four.exitCode, 1);
        QCOMPARE(one.out.count('\n'), 700);
        QCOMPARE(four.out, one.out);
        QCOMPARE(inspect({u"--threads"_s, u"0"_s, u"-"_s}, input).exitCode, 2);
    }

    void hmacOnlyWithSecretFile()
    {
        const QByteArray secret = "0123456789abcdef0123456789abcdef";
        const QString secretFile = m_dir.filePath(u"secret"_s);
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(secret + "\n");
        f.close();
        const QByteArray header =
            QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"at+jwt"_s}})
                .toJson(QJsonDocument::Compact);
        const QByteArray input =
            tid::core::base64UrlEncode(header) + '.' +
            tid::core::base64UrlEncode(QJsonDocument(claims(2)).toJson(QJsonDocument::Compact));
        const QByteArray mac =
            QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
        const QString tok = QString::fromLatin1(input + '.' + tid::core::base64UrlEncode(mac));
        Run r = inspect({u"--json"_s, tok});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(codes(jsonLine(r.out)).contains(u"alg.hmac_no_secret"_s));
        r = inspect({u"--json"_s, u"--hmac-secret-file"_s, secretFile, tok});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(codes(jsonLine(r.out)).contains(u"alg.hmac"_s));
    }

    // --policy (issue 13): exit 0 only when the token is valid and every rule holds, 1 when a
    // rule fails (named on stdout), 2 for a policy file that cannot be used (line and reason).
    void policy()
    {
        auto writePolicy = [this](const QString &name, const QByteArray &json) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(json);
            return path;
        };
        const QString strict = writePolicy(
            u"strict.json"_s,
            "{\"rules\": [\n"
            "  {\"rule\": \"human-initiated\"},\n"
            "  {\"rule\": \"max-depth\", \"value\": 2},\n"
            "  {\"rule\": \"allowed-actors\", \"value\": [\"agent-3\", \"primary\"]},\n"
            "  {\"rule\": \"audience-is\", \"value\": \"https://api.example.com/invoices\"},\n"
            "  {\"rule\": \"scopes-within\", \"value\": [\"invoices:read\"]}\n"
            "]}\n");
        const QString oneHop = writePolicy(
            u"one-hop.json"_s, "{\"rules\": [{\"rule\": \"max-depth\", \"value\": 1}]}");
        QJsonObject c = claims(3); // two actors: agent-3, then primary
        c.insert(u"grant_type"_s, u"authorization_code"_s);
        c.insert(u"scope"_s, u"invoices:read"_s);
        const QString good = QString::fromLatin1(token(c));

        Run r = inspect({u"--jwks"_s, m_jwks, u"--policy"_s, strict, good});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Policy: every rule holds"), r.out.constData());
        QVERIFY(r.out.contains("PASS human-initiated"));

        r = inspect({u"--jwks"_s, m_jwks, u"--policy"_s, oneHop, good});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Token: VALID"), r.out.constData());
        QVERIFY(r.out.contains("Policy: FAILED max-depth"));
        QVERIFY(r.out.contains("FAIL max-depth"));
        QVERIFY(r.out.contains("2 actors; at most 1 allowed"));

        // --json: a policy array of {rule, passed, reason, line}.
        QJsonObject wider = c;
        wider.insert(u"scope"_s, u"invoices:read invoices:write"_s);
        r = inspect({u"--jwks"_s, m_jwks, u"--policy"_s, strict, u"--json"_s,
                     QString::fromLatin1(token(wider))});
        QCOMPARE(r.exitCode, 1);
        QJsonObject o = jsonLine(r.out.trimmed());
        QCOMPARE(o.value(u"valid"_s).toBool(), true);
        QCOMPARE(o.value(u"policyPassed"_s).toBool(), false);
        const QJsonArray policy = o.value(u"policy"_s).toArray();
        QCOMPARE(policy.size(), 5);
        QStringList failed;
        for (const QJsonValue &v : policy) {
            const QJsonObject rule = v.toObject();
            QVERIFY(!rule.value(u"reason"_s).toString().isEmpty());
            if (!rule.value(u"passed"_s).toBool())
                failed << rule.value(u"rule"_s).toString();
        }
        QCOMPARE(failed, QStringList{u"scopes-within"_s});
        QCOMPARE(policy.at(4).toObject().value(u"line"_s).toInt(), 6);
        QVERIFY(
            policy.at(4).toObject().value(u"reason"_s).toString().contains(u"invoices:write"_s));

        // Without keys the token is not valid, and its grant proves nothing: exit 1.
        r = inspect({u"--policy"_s, strict, u"--json"_s, good});
        QCOMPARE(r.exitCode, 1);
        o = jsonLine(r.out.trimmed());
        QVERIFY(o.value(u"policy"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"reason"_s)
                    .toString()
                    .contains(u"signature is not verified"_s));

        // Tokens from stdin: one failing rule anywhere → 1.
        r = inspect({u"--jwks"_s, m_jwks, u"--policy"_s, oneHop, u"--json"_s, u"-"_s},
                    token(claims(1)) + '\n' + good.toLatin1() + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count('\n'), 2);
        QCOMPARE(jsonLine(r.out.split('\n').at(0)).value(u"policyPassed"_s).toBool(), true);
        QCOMPARE(jsonLine(r.out.split('\n').at(1)).value(u"policyPassed"_s).toBool(), false);

        // An unusable policy is a usage error, with the line and the reason.
        const QString typo = writePolicy(
            u"typo.json"_s, "{\"rules\": [\n  {\"rule\": \"max-dept\", \"value\": 2}\n]}");
        r = inspect({u"--jwks"_s, m_jwks, u"--policy"_s, typo, good});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 2, column 12: unknown rule \"max-dept\""), r.err.constData());
        const QString badJson = writePolicy(u"bad.json"_s, "{\"rules\": [\n\n  {\"rule\": }]}");
        r = inspect({u"--policy"_s, badJson, good});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 3, column 12: not valid JSON"), r.err.constData());
        r = inspect({u"--policy"_s, m_dir.filePath(u"missing.json"_s), good});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot read"), r.err.constData());
    }

    void keysFromTheSandboxDiscovery()
    {
        tid::test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString adminToken = sandbox.adminToken();
        QVERIFY2(!adminToken.isEmpty(), qPrintable(sandbox.errorString()));
        const QString discovery = sandbox.baseUrl().toString(QUrl::StripTrailingSlash) +
                                  u"/.well-known/openid-configuration"_s;
        Run r = inspect(
            {u"--jwks"_s, discovery, u"--issuer"_s, sandbox.issuer(), u"--json"_s, adminToken});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonLine(r.out);
        QCOMPARE(o.value(u"verifiedKid"_s).toString(),
                 o.value(u"header"_s).toObject().value(u"kid"_s).toString());
        // A token signed by some other key is refused with the sandbox's keys.
        r = inspect({u"--jwks"_s, discovery, u"--json"_s, QString::fromLatin1(token(claims(1)))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(codes(jsonLine(r.out)).contains(u"sig.no_key"_s));
        // An unreachable key set is a usage error, not an invalid token.
        sandbox.stop();
        r = inspect({u"--jwks"_s, discovery, adminToken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Could not fetch"));
    }

    // A self-signed ThunderID serves its keys over TLS: --tls-pin trusts exactly its
    // certificate; without it (or with another pin) the fetch is refused and says why.
    void keysOverTlsWithAPinnedCertificate()
    {
        QTemporaryDir data; // the certificate the test's own client trusts is written there
        tid::test::SandboxProcess::Options options;
        options.tls = true;
        options.dataDir = data.path();
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString adminToken = sandbox.adminToken();
        QVERIFY2(!adminToken.isEmpty(), qPrintable(sandbox.errorString()));
        const QString pin = sandbox.tlsFingerprint();
        QVERIFY(!pin.isEmpty());
        const QString discovery = sandbox.baseUrl().toString(QUrl::StripTrailingSlash) +
                                  u"/.well-known/openid-configuration"_s;
        QVERIFY(discovery.startsWith(u"https://"_s));
        Run r = inspect({u"--jwks"_s, discovery, u"--tls-pin"_s, pin, u"--json"_s, adminToken});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(jsonLine(r.out).value(u"signatureVerified"_s).toBool());

        r = inspect({u"--jwks"_s, discovery, adminToken});
        QCOMPARE(r.exitCode, 2);
        // The message names the certificate's fingerprint, to pin it if it is the right one.
        const QString said = QString::fromUtf8(r.err).remove(u':').toLower();
        QVERIFY2(r.err.contains("not trusted") &&
                     said.contains(QString(pin).remove(u':').toLower()),
                 r.err.constData());
        const QString otherPin = QString(64, u'a');
        r = inspect({u"--jwks"_s, discovery, u"--tls-pin"_s, otherPin, adminToken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("fingerprint mismatch"), r.err.constData());
        // Usage errors: not a fingerprint, a CA file without a certificate, a pin without https.
        QCOMPARE(inspect({u"--jwks"_s, discovery, u"--tls-pin"_s, u"xyz"_s, adminToken}).exitCode,
                 2);
        QTemporaryDir dir;
        QFile empty(dir.filePath(u"empty.pem"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        r = inspect({u"--jwks"_s, discovery, u"--ca"_s, empty.fileName(), adminToken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no PEM certificate"), r.err.constData());
        r = inspect({u"--tls-pin"_s, pin, adminToken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("https --jwks"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTokenInspectCli)
#include "tst_token_inspect_cli.moc"
