#include "app/InspectCommand.h"

#include "core/models/ClaimsModel.h"
#include "core/token/ChainPolicy.h"
#include "core/token/Jwks.h"
#include "core/token/JwksFetcher.h"
#include "core/token/Jwt.h"
#include "core/token/RelativeTime.h"
#include "core/token/StrictJson.h"
#include "core/token/TokenValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <QThread>

#include <cerrno>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

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

void jsonString(std::string &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    const char *run = p;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, size_t(p - run));
        run = p + 1;
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
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    out.append(run, size_t(end - run));
    out.push_back('"');
}

void jsonString(std::string &out, const QString &s)
{
    // Straight from UTF-16 in one pass (finding messages and references are mostly ASCII, with
    // a "§" in every reference); only a lone surrogate sends the string through toUtf8().
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    static const char hex[] = "0123456789abcdef";
    const size_t start = out.size();
    out.push_back('"');
    qsizetype i = 0;
    while (i < n) {
        // Copy a run of plain ASCII characters in one go.
        qsizetype j = i;
        while (j < n && p[j] >= 0x20 && p[j] < 0x80 && p[j] != u'"' && p[j] != u'\\')
            ++j;
        if (j > i) {
            const size_t at = out.size();
            out.resize(at + size_t(j - i));
            char *dst = out.data() + at;
            for (qsizetype k = i; k < j; ++k)
                *dst++ = char(p[k]);
            i = j;
            continue;
        }
        const char16_t c = p[i++];
        if (c >= 0x80) {
            quint32 cp = c;
            if (c >= 0xd800 && c < 0xe000) {
                if (c >= 0xdc00 || i >= n || p[i] < 0xdc00 || p[i] >= 0xe000) {
                    out.resize(start); // a lone surrogate: as Qt converts it
                    jsonString(out, QByteArrayView(s.toUtf8()));
                    return;
                }
                cp = 0x10000 + ((quint32(c) - 0xd800) << 10) + (quint32(p[i++]) - 0xdc00);
            }
            StrictJson::appendUtf8(out, cp);
            continue;
        }
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    out.push_back('"');
}

// JSON text that StrictJson already accepted, with insignificant whitespace removed so that
// each token stays on one output line. Strings (where a space is content: "scope") are copied
// whole, up to their closing quote; so is each run of structure between whitespace. Compact
// JSON, what issuers send, goes in a few appends.
void compactJson(std::string &out, QByteArrayView json)
{
    const char *p = json.data();
    const size_t n = size_t(json.size());
    out.reserve(out.size() + n);
    auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] != '"' && !space(p[j]))
            ++j;
        out.append(p + i, j - i);
        if (j == n)
            break;
        if (space(p[j])) {
            i = j + 1;
            continue;
        }
        // A string: its closing quote is the first one not escaped by an odd run of backslashes.
        size_t k = j + 1;
        while (k < n) {
            const void *q = std::memchr(p + k, '"', n - k);
            if (!q) {
                k = n;
                break;
            }
            const size_t at = size_t(static_cast<const char *>(q) - p);
            size_t backslashes = 0;
            while (at - backslashes > j + 1 && p[at - backslashes - 1] == '\\')
                ++backslashes;
            k = at + 1;
            if (backslashes % 2 == 0)
                break;
        }
        out.append(p + j, k - j);
        i = k;
    }
}

void writeJsonLine(std::string &out, const Jwt &jwt, const ValidationResult &r,
                   const PolicyResults *policy)
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
    out.push_back(']');
    if (policy) {
        out += ",\"policyPassed\":";
        out += ChainPolicy::allPassed(*policy) ? "true" : "false";
        out += ",\"policy\":[";
        bool firstRule = true;
        for (const PolicyResult &p : *policy) {
            if (!firstRule)
                out.push_back(',');
            firstRule = false;
            out += "{\"rule\":";
            jsonString(out, p.rule);
            out += ",\"passed\":";
            out += p.passed ? "true" : "false";
            out += ",\"reason\":";
            jsonString(out, p.reason);
            out += ",\"line\":";
            out += std::to_string(p.line);
            out.push_back('}');
        }
        out.push_back(']');
    }
    out += "}\n";
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

void writeHuman(std::string &out, const Jwt &jwt, const ValidationResult &r,
                const PolicyResults *policy, qint64 now, qint64 index, bool many)
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
    if (policy) {
        const QStringList failed = ChainPolicy::failedRules(*policy);
        text += failed.isEmpty() ? u"Policy: every rule holds\n"_s
                                 : u"Policy: FAILED %1\n"_s.arg(failed.join(u", "_s));
        for (const PolicyResult &p : *policy)
            text += u"  %1 %2 %3\n"_s.arg(p.passed ? u"PASS"_s : u"FAIL"_s,
                                          p.rule.leftJustified(16), p.reason);
    }
    text += u"\n"_s;
    out += text.toStdString();
}

// One token → one record (a JSON line or a human-readable block).
struct Formatter
{
    bool json = false;
    bool many = false;
    std::optional<qint64> now;
    const ChainPolicy *policy = nullptr; // read-only: shared by the worker threads

    bool format(TokenValidator &validator, QByteArrayView line, qint64 index,
                std::string &out) const
    {
        // Accept surrounding whitespace and a "Bearer " prefix as pasted from logs.
        const Jwt jwt = Jwt::parseLenient(line);
        const ValidationResult r = validator.validate(jwt);
        // No server here: human-initiated is proven by the token's own (verified) evidence.
        std::optional<PolicyResults> results;
        if (policy)
            results = policy->evaluate(jwt, PolicyEvidence{r.signatureVerified, {}});
        const PolicyResults *p = results ? &*results : nullptr;
        if (json)
            writeJsonLine(out, jwt, r, p);
        else
            writeHuman(out, jwt, r, p, now ? *now : QDateTime::currentSecsSinceEpoch(), index,
                       many);
        return r.isValid() && (!p || ChainPolicy::allPassed(*p));
    }
};

// A run of input lines processed as one unit of work; results are written in input order.
struct Batch
{
    std::string text;
    std::vector<std::pair<size_t, size_t>> lines; // offset, length into text
    qint64 firstIndex = 1;
    std::string out;
    bool allValid = true;
    bool done = false;
};

// Verifies stdin in parallel: the main thread reads and splits lines into batches, worker
// threads (each with its own TokenValidator, hence its own OpenSSL contexts) validate and
// format them, and the main thread writes finished batches in input order. With one thread the
// batches are processed inline. A batch is dispatched when full or when the input has nothing
// more to give right now, so `tail -f log | inspect --json -` still answers line by line.
class Pipeline
{
public:
    static constexpr size_t BatchLines = 256;

    Pipeline(int threads, const ValidationOptions &options, const Jwks *jwks, Formatter formatter)
        : m_formatter(formatter)
    {
        auto makeValidator = [&] {
            auto v = std::make_unique<TokenValidator>(options);
            if (jwks)
                v->setJwks(*jwks);
            return v;
        };
        if (threads <= 1) {
            m_inline = makeValidator();
            return;
        }
        for (int i = 0; i < threads; ++i) {
            m_threads.emplace_back([this, v = makeValidator()]() mutable { work(*v); });
        }
    }

    ~Pipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_workCv.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }

    // Returns false when no token was read at all.
    bool run(int fd, bool &allValid, qint64 &count)
    {
        std::vector<char> buf(1 << 16);
        std::string partial;
        bool discarding = false; // inside an over-long line
        auto batch = takeBatch();
        qint64 nextIndex = 1;
        auto addLine = [&](const char *p, size_t n) {
            const QByteArrayView line(p, qsizetype(n));
            if (line.trimmed().isEmpty())
                return;
            batch->lines.emplace_back(batch->text.size(), n);
            batch->text.append(p, n);
            ++nextIndex;
            if (batch->lines.size() >= BatchLines)
                dispatch(batch, nextIndex);
        };
        for (;;) {
            const ssize_t got = ::read(fd, buf.data(), buf.size());
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            const char *p = buf.data();
            const char *end = p + got;
            while (p < end) {
                const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
                const char *stop = nl ? nl : end;
                if (!discarding) {
                    partial.append(p, size_t(stop - p));
                    if (partial.size() > size_t(Jwt::MaxSize) + 16) {
                        // Reported as too large; the rest of the line is skipped.
                        partial.resize(size_t(Jwt::MaxSize) + 1);
                        addLine(partial.data(), partial.size());
                        partial.clear();
                        discarding = !nl;
                    }
                }
                if (!nl)
                    break;
                if (!discarding)
                    addLine(partial.data(), partial.size());
                partial.clear();
                discarding = false;
                p = nl + 1;
            }
            // Nothing more buffered in the pipe right now: don't sit on a partial batch.
            if (size_t(got) < buf.size() && !batch->lines.empty())
                dispatch(batch, nextIndex);
            collect(false);
        }
        if (!discarding && !partial.empty())
            addLine(partial.data(), partial.size());
        if (!batch->lines.empty())
            dispatch(batch, nextIndex);
        collect(true);
        allValid = m_allValid;
        count = m_count;
        return m_count > 0;
    }

private:
    void process(TokenValidator &validator, Batch &b)
    {
        qint64 index = b.firstIndex;
        for (const auto &[offset, length] : b.lines) {
            const QByteArrayView line(b.text.data() + offset, qsizetype(length));
            b.allValid = m_formatter.format(validator, line, index++, b.out) && b.allValid;
        }
    }

    std::unique_ptr<Batch> takeBatch()
    {
        if (m_free.empty())
            return std::make_unique<Batch>();
        std::unique_ptr<Batch> b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }

    void dispatch(std::unique_ptr<Batch> &batch, qint64 nextIndex)
    {
        batch->firstIndex = nextIndex - qint64(batch->lines.size());
        Batch *b = batch.get();
        m_inflight.push_back(std::move(batch));
        batch = takeBatch();
        if (m_inline) {
            process(*m_inline, *b);
            b->done = true;
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(b);
        }
        m_workCv.notify_one();
        // Bound the memory held by finished-but-unwritten and queued batches.
        if (m_inflight.size() >= m_threads.size() * 4)
            collect(true, m_inflight.size() - m_threads.size() * 2);
    }

    // Writes finished batches in order; with `wait`, waits for (up to `atLeast`) batches.
    void collect(bool wait, size_t atLeast = SIZE_MAX)
    {
        size_t written = 0;
        while (!m_inflight.empty()) {
            Batch *b = m_inflight.front().get();
            if (!m_inline) {
                std::unique_lock lock(m_mutex);
                if (!b->done) {
                    if (!wait || written >= atLeast)
                        return;
                    m_doneCv.wait(lock, [b] { return b->done; });
                }
            }
            std::fwrite(b->out.data(), 1, b->out.size(), stdout);
            m_allValid = m_allValid && b->allValid;
            m_count += qint64(b->lines.size());
            // Recycle the batch: its buffers keep their capacity (no page-fault churn).
            b->text.clear();
            b->lines.clear();
            b->out.clear();
            b->allValid = true;
            b->done = false;
            m_free.push_back(std::move(m_inflight.front()));
            m_inflight.pop_front();
            ++written;
        }
        std::fflush(stdout);
    }

    void work(TokenValidator &validator)
    {
        for (;;) {
            Batch *b = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_workCv.wait(lock, [this] { return m_closing || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                b = m_queue.front();
                m_queue.pop_front();
            }
            process(validator, *b);
            {
                std::lock_guard lock(m_mutex);
                b->done = true;
            }
            m_doneCv.notify_all();
        }
    }

    Formatter m_formatter;
    std::unique_ptr<TokenValidator> m_inline;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_workCv;
    std::condition_variable m_doneCv;
    std::deque<Batch *> m_queue;
    bool m_closing = false;
    std::deque<std::unique_ptr<Batch>> m_inflight;
    std::vector<std::unique_ptr<Batch>> m_free;
    bool m_allValid = true;
    qint64 m_count = 0;
};

class Inspector
{
public:
    ValidationOptions options;
    bool json = false;
    bool haveJwks = false;
    int threads = 0; // 0 = one per core
    Jwks jwks;
    std::optional<ChainPolicy> policy;

    int run(const QString &tokenArg)
    {
        Formatter formatter{json, tokenArg == u"-"_s, options.now, policy ? &*policy : nullptr};
        if (tokenArg != u"-"_s) {
            TokenValidator validator(options);
            if (haveJwks)
                validator.setJwks(jwks);
            std::string out;
            const bool valid = formatter.format(validator, tokenArg.toUtf8(), 1, out);
            std::fwrite(out.data(), 1, out.size(), stdout);
            std::fflush(stdout);
            return valid ? ExitValid : ExitInvalid;
        }
        const int n = threads > 0 ? threads : qBound(1, QThread::idealThreadCount(), 16);
        bool allValid = true;
        qint64 count = 0;
        {
            Pipeline pipeline(n, options, haveJwks ? &jwks : nullptr, formatter);
            pipeline.run(STDIN_FILENO, allValid, count);
        }
        if (count == 0) {
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
        "RFC 9068 / RFC 8725 findings.\nExit status: 0 valid (and, with --policy, every rule "
        "holds), 1 invalid or a rule fails, 2 usage error.\n"
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
    const QCommandLineOption threadsOpt(
        u"threads"_s, u"Worker threads for tokens from stdin (default: one per core)."_s, u"N"_s);
    const QCommandLineOption policyOpt(
        u"policy"_s,
        u"Check the token against the chain policy in FILE (docs/policies.md); each failing "
        "rule is named."_s,
        u"FILE"_s);
    const QCommandLineOption pinOpt(
        u"tls-pin"_s,
        u"With an https --jwks: trust only the server certificate with this SHA-256 "
        "fingerprint (a self-signed ThunderID)."_s,
        u"SHA256"_s);
    const QCommandLineOption caOpt(
        u"ca"_s, u"With an https --jwks: also trust the CA certificates in this PEM file."_s,
        u"FILE"_s);
    parser.addOptions({jwksOpt, issuerOpt, audienceOpt, jsonOpt, skewOpt, nowOpt, anyJwtOpt,
                       secretOpt, threadsOpt, policyOpt, pinOpt, caOpt});
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
    if (parser.isSet(threadsOpt)) {
        inspector.threads = parser.value(threadsOpt).toInt(&ok);
        if (!ok || inspector.threads < 1 || inspector.threads > 64) {
            usageError(u"--threads needs a number from 1 to 64"_s, parser);
            return ExitUsage;
        }
    }
    if (parser.isSet(secretOpt)) {
        // A regular file only, read with a cap (a device or a FIFO would never end or block).
        constexpr qint64 MaxSecretBytes = 64 * 1024;
        QFile f(parser.value(secretOpt));
        const QFileInfo info(f.fileName());
        if (info.exists() && !info.isFile()) {
            usageError(u"%1 is not a regular file"_s.arg(f.fileName()), parser);
            return ExitUsage;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            usageError(u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString()), parser);
            return ExitUsage;
        }
        QByteArray secret = f.read(MaxSecretBytes + 1);
        if (secret.size() > MaxSecretBytes) {
            usageError(u"%1 is larger than 64 KiB"_s.arg(f.fileName()), parser);
            return ExitUsage;
        }
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        inspector.options.hmacSecret = secret;
    }
    if (parser.isSet(policyOpt)) {
        QString error;
        const QString path = parser.value(policyOpt);
        ChainPolicy policy = ChainPolicy::fromFile(path, &error);
        if (!policy.isValid()) {
            usageError(u"the policy %1 is not usable: %2"_s.arg(path, error), parser);
            return ExitUsage;
        }
        inspector.policy = std::move(policy);
    }
    const QString tokenArg = positional.first();

    if ((parser.isSet(pinOpt) || parser.isSet(caOpt)) &&
        !parser.value(jwksOpt).startsWith(u"https://"_s)) {
        usageError(u"--tls-pin and --ca apply to an https --jwks URL"_s, parser);
        return ExitUsage;
    }
    if (!parser.isSet(jwksOpt))
        return inspector.run(tokenArg);

    const QString source = parser.value(jwksOpt);
    const QUrl url(source);
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s) {
        JwksFetcher fetcher;
        if (!fetcher.setTlsPin(parser.value(pinOpt))) {
            usageError(u"--tls-pin is not a SHA-256 fingerprint (64 hex digits, colons allowed)"_s,
                       parser);
            return ExitUsage;
        }
        if (parser.isSet(caOpt)) {
            const QList<QSslCertificate> cas =
                QSslCertificate::fromPath(parser.value(caOpt), QSsl::Pem);
            if (cas.isEmpty()) {
                usageError(u"--ca %1 holds no PEM certificate"_s.arg(parser.value(caOpt)), parser);
                return ExitUsage;
            }
            fetcher.setCaCertificates(cas);
        }
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
