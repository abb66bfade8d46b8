#include "app/InspectCommand.h"

#include "core/models/ClaimsModel.h"
#include "core/token/Jwks.h"
#include "core/token/JwksFetcher.h"
#include "core/token/Jwt.h"
#include "core/token/RelativeTime.h"
#include "core/token/TokenValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace tid::app {

namespace {

enum ExitCode
{
    ExitValid = 0,
    ExitInvalid = 1,
    ExitUsage = 2
};

// Buffered stdout: one fwrite per 64 KiB instead of per line.
class Out
{
public:
    ~Out() { flush(); }
    void append(const char *s, size_t n)
    {
        m_buf.append(s, n);
        maybeFlush();
    }
    void append(QByteArrayView v) { append(v.data(), size_t(v.size())); }
    void append(char c) { m_buf.push_back(c); }
    void append(const QString &s) { append(QByteArrayView(s.toUtf8())); }
    void maybeFlush()
    {
        if (m_buf.size() >= 64 * 1024)
            flush();
    }
    void flush()
    {
        if (!m_buf.empty()) {
            std::fwrite(m_buf.data(), 1, m_buf.size(), stdout);
            m_buf.clear();
        }
        std::fflush(stdout);
    }
    std::string &raw() { return m_buf; }

private:
    std::string m_buf;
};

void jsonString(std::string &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 15]);
            } else {
                out.push_back(char(c));
            }
        }
    }
    out.push_back('"');
}

void jsonString(std::string &out, const QString &s)
{
    jsonString(out, QByteArrayView(s.toUtf8()));
}

// JSON text that StrictJson already accepted, with insignificant whitespace removed so that
// each token stays on one output line. Most tokens carry compact JSON: copied as is.
void compactJson(std::string &out, QByteArrayView json)
{
    bool needs = false;
    for (const char c : json) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            needs = true;
            break;
        }
    }
    if (!needs) {
        out.append(json.data(), size_t(json.size()));
        return;
    }
    bool inString = false;
    bool escape = false;
    for (const char c : json) {
        if (inString) {
            out.push_back(c);
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '"')
            inString = true;
        out.push_back(c);
    }
}

void writeJsonLine(std::string &out, const Jwt &jwt, const ValidationResult &r)
{
    out += "{\"valid\":";
    out += r.isValid() ? "true" : "false";
    out += ",\"signatureVerified\":";
    out += r.signatureVerified ? "true" : "false";
    if (!jwt.isValid()) {
        out += ",\"error\":";
        jsonString(out, jwt.errorString());
    } else {
        if (!r.verifiedKeyId.isEmpty()) {
            out += ",\"verifiedKid\":";
            jsonString(out, r.verifiedKeyId);
        }
        out += ",\"header\":";
        compactJson(out, jwt.headerJson());
        out += ",\"claims\":";
        compactJson(out, jwt.payloadJson());
        out += ",\"chain\":[";
        bool first = true;
        for (const ActorNode &n : r.chain.actors()) {
            if (!first)
                out.push_back(',');
            first = false;
            out += "{\"position\":";
            out += std::to_string(n.position);
            out += ",\"sub\":";
            jsonString(out, n.sub);
            if (!n.iss.isEmpty()) {
                out += ",\"iss\":";
                jsonString(out, n.iss);
            }
            out.push_back('}');
        }
        out.push_back(']');
    }
    out += ",\"findings\":[";
    bool first = true;
    for (const Finding &f : r.findings) {
        if (!first)
            out.push_back(',');
        first = false;
        out += "{\"severity\":\"";
        out += f.severity == Finding::Severity::Error     ? "error"
               : f.severity == Finding::Severity::Warning ? "warning"
                                                          : "info";
        out += "\",\"code\":";
        jsonString(out, f.code);
        out += ",\"message\":";
        jsonString(out, f.message);
        out += ",\"reference\":";
        jsonString(out, f.reference);
        out.push_back('}');
    }
    out += "]}\n";
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

void writeHuman(Out &out, const Jwt &jwt, const ValidationResult &r, qint64 now, int index,
                bool many)
{
    QString text;
    if (many)
        text += u"Token %1: "_s.arg(index);
    else
        text += u"Token: "_s;
    text += r.isValid() ? u"VALID\n"_s : u"INVALID\n"_s;
    if (jwt.isValid()) {
        auto section = [&](const QString &title, const QJsonObject &o, bool header) {
            text += title + u"\n"_s;
            QStringList keys = o.keys();
            for (const QString &k : std::as_const(keys)) {
                const QString label = ClaimsModel::claimLabel(k, header);
                QString value = valueText(o.value(k));
                if (!header && ClaimsModel::isNumericDateClaim(k) && o.value(k).isDouble()) {
                    const qint64 t = qint64(std::floor(o.value(k).toDouble()));
                    value += u"  (%1, %2)"_s.arg(RelativeTime::utc(t),
                                                 k == u"exp"_s ? RelativeTime::expiry(t, now)
                                                               : RelativeTime::relative(t, now));
                }
                text += u"  %1%2: %3\n"_s.arg(
                    k, label.isEmpty() ? QString() : u" ("_s + label + u")"_s, value);
            }
        };
        section(u"Header"_s, jwt.header(), true);
        section(u"Claims"_s, jwt.payload(), false);
        text += u"Actor chain\n"_s;
        text += u"  subject        %1\n"_s.arg(r.chain.subject());
        QString indent = u"  "_s;
        for (const ActorNode &n : r.chain.actors()) {
            indent += u"  "_s;
            text += u"%1└ %2 %3%4\n"_s.arg(
                indent,
                n.position == 1 ? u"current actor"_s : u"prior actor %1"_s.arg(n.position - 1),
                n.sub, n.iss.isEmpty() ? QString() : u"  (iss %1)"_s.arg(n.iss));
        }
        if (r.chain.isEmpty())
            text += u"  (no delegation: no act claim)\n"_s;
    }
    text += u"Findings\n"_s;
    for (const Finding &f : r.findings) {
        text += u"  %1 %2 %3 [%4]\n"_s.arg(Finding::severityName(f.severity).toUpper(), -7)
                    .arg(f.code, -24)
                    .arg(f.message, f.reference);
    }
    text += u"\n"_s;
    out.append(text);
}

class Inspector
{
public:
    ValidationOptions options;
    bool json = false;
    bool haveJwks = false;
    Jwks jwks;

    int run(const QString &tokenArg)
    {
        TokenValidator validator(options);
        if (haveJwks)
            validator.setJwks(jwks);
        Out out;
        bool allValid = true;
        int index = 0;
        auto one = [&](QByteArrayView line) {
            // Accept surrounding whitespace and a "Bearer " prefix as pasted from logs.
            const Jwt jwt = Jwt::parseLenient(line);
            const ValidationResult r = validator.validate(jwt);
            allValid = allValid && r.isValid();
            ++index;
            if (json) {
                writeJsonLine(out.raw(), jwt, r);
                out.maybeFlush();
            } else {
                writeHuman(out, jwt, r,
                           options.now ? *options.now : QDateTime::currentSecsSinceEpoch(), index,
                           tokenArg == u"-"_s);
            }
        };
        if (tokenArg != u"-"_s) {
            one(tokenArg.toUtf8());
            return allValid ? ExitValid : ExitInvalid;
        }
        // Tokens one per line from stdin, read in large blocks.
        std::vector<char> buf(1 << 20);
        std::string carry;
        size_t n;
        while ((n = std::fread(buf.data(), 1, buf.size(), stdin)) > 0) {
            const char *p = buf.data();
            const char *end = p + n;
            while (p < end) {
                const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
                if (!nl) {
                    carry.append(p, size_t(end - p));
                    if (carry.size() > size_t(Jwt::MaxSize) + 16) {
                        // A runaway line: report it as too large and skip to the next newline.
                        one(QByteArrayView(carry.data(), qsizetype(carry.size())));
                        carry.clear();
                        carry.push_back('\x01'); // marker: discard until newline
                    }
                    break;
                }
                if (!carry.empty()) {
                    const bool discard = carry.front() == '\x01';
                    carry.append(p, size_t(nl - p));
                    if (!discard) {
                        const QByteArrayView line(carry.data(), qsizetype(carry.size()));
                        if (!line.trimmed().isEmpty())
                            one(line);
                    }
                    carry.clear();
                } else {
                    const QByteArrayView line(p, qsizetype(nl - p));
                    if (!line.trimmed().isEmpty())
                        one(line);
                }
                p = nl + 1;
            }
        }
        if (!carry.empty() && carry.front() != '\x01') {
            const QByteArrayView line(carry.data(), qsizetype(carry.size()));
            if (!line.trimmed().isEmpty())
                one(line);
        }
        if (index == 0) {
            std::fputs("thunderid-console inspect: no token on standard input\n", stderr);
            return ExitUsage;
        }
        return allValid ? ExitValid : ExitInvalid;
    }
};

void usageError(const QString &message, const QCommandLineParser &parser)
{
    std::fprintf(stderr, "thunderid-console inspect: %s\n\n%s", qPrintable(message),
                 qPrintable(parser.helpText()));
}

} // namespace

int runInspectCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"thunderid-console"_s);
    QCoreApplication::setOrganizationName(u"ThunderID"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Decode, verify and explain a JWT access token: claims, RFC 8693 actor chain and "
        "RFC 9068 / RFC 8725 findings.\nExit status: 0 valid, 1 invalid, 2 usage error.\n"
        "With TOKEN '-', tokens are read one per line from standard input; with --json each "
        "gives one JSON line."_s);
    parser.addHelpOption();
    const QCommandLineOption jwksOpt(u"jwks"_s,
                                     u"Key set to verify with: a JWKS file, a jwks_uri, or a "
                                     "discovery document URL."_s,
                                     u"FILE|URL"_s);
    const QCommandLineOption issuerOpt(u"issuer"_s, u"Expected issuer (exact match)."_s, u"ISS"_s);
    const QCommandLineOption audienceOpt(
        u"audience"_s, u"Expected audience; repeat to accept several."_s, u"AUD"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"One JSON object per token, one per line."_s);
    const QCommandLineOption skewOpt(u"skew"_s, u"Clock skew in seconds (default 60)."_s,
                                     u"SECONDS"_s, u"60"_s);
    const QCommandLineOption nowOpt(
        u"now"_s, u"Validate as of this time (seconds since the epoch)."_s, u"SECONDS"_s);
    const QCommandLineOption anyJwtOpt(
        u"any-jwt"_s, u"Do not require an access token (typ at+jwt, RFC 9068 claims)."_s);
    const QCommandLineOption secretOpt(
        u"hmac-secret-file"_s,
        u"Verify HS256/384/512 with the shared secret in FILE (never on the command line)."_s,
        u"FILE"_s);
    parser.addOptions(
        {jwksOpt, issuerOpt, audienceOpt, jsonOpt, skewOpt, nowOpt, anyJwtOpt, secretOpt});
    parser.addPositionalArgument(u"TOKEN"_s, u"The token, or '-' to read tokens from stdin."_s);

    // argv[1] is "inspect": drop it so the parser sees only our options.
    QStringList args = QCoreApplication::arguments();
    if (args.size() > 1)
        args.removeAt(1);
    if (!parser.parse(args)) {
        usageError(parser.errorText(), parser);
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitValid;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty() ? u"missing TOKEN (or '-')"_s
                                        : u"exactly one TOKEN (or '-') is expected"_s,
                   parser);
        return ExitUsage;
    }

    Inspector inspector;
    inspector.json = parser.isSet(jsonOpt);
    inspector.options.issuer = parser.value(issuerOpt);
    inspector.options.audiences = parser.values(audienceOpt);
    inspector.options.accessToken = !parser.isSet(anyJwtOpt);
    bool ok = false;
    inspector.options.clockSkewSeconds = parser.value(skewOpt).toLongLong(&ok);
    if (!ok || inspector.options.clockSkewSeconds < 0) {
        usageError(u"--skew needs a non-negative number of seconds"_s, parser);
        return ExitUsage;
    }
    if (parser.isSet(nowOpt)) {
        const qint64 now = parser.value(nowOpt).toLongLong(&ok);
        if (!ok || now < 0) {
            usageError(u"--now needs seconds since the epoch"_s, parser);
            return ExitUsage;
        }
        inspector.options.now = now;
    }
    if (parser.isSet(secretOpt)) {
        QFile f(parser.value(secretOpt));
        if (!f.open(QIODevice::ReadOnly)) {
            usageError(u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString()), parser);
            return ExitUsage;
        }
        QByteArray secret = f.readAll();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        inspector.options.hmacSecret = secret;
    }
    const QString tokenArg = positional.first();

    if (!parser.isSet(jwksOpt))
        return inspector.run(tokenArg);

    const QString source = parser.value(jwksOpt);
    const QUrl url(source);
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s) {
        JwksFetcher fetcher;
        int exitCode = ExitUsage;
        QObject::connect(&fetcher, &JwksFetcher::finished, &app,
                         [&](const Jwks &jwks, const QUrl &, bool) {
                             inspector.jwks = jwks;
                             inspector.haveJwks = true;
                             exitCode = inspector.run(tokenArg);
                             QCoreApplication::exit(exitCode);
                         });
        QObject::connect(&fetcher, &JwksFetcher::failed, &app, [&](const QString &message) {
            std::fprintf(stderr, "thunderid-console inspect: %s\n", qPrintable(message));
            exitCode = ExitUsage;
            QCoreApplication::exit(exitCode);
        });
        fetcher.fetch(url);
        QCoreApplication::exec();
        return exitCode;
    }
    QString error;
    inspector.jwks = Jwks::fromFile(source, &error);
    if (inspector.jwks.isEmpty()) {
        std::fprintf(stderr, "thunderid-console inspect: %s\n", qPrintable(error));
        return ExitUsage;
    }
    for (const QString &s : inspector.jwks.skipped())
        std::fprintf(stderr, "thunderid-console inspect: skipped %s\n", qPrintable(s));
    inspector.haveJwks = true;
    return inspector.run(tokenArg);
}

} // namespace tid::app
