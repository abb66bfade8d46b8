#include "core/history/HistoryEvent.h"

#include "core/token/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryEvent", text);
}

// A string member, or a number written as one (ThunderID writes numbers as strings, a future
// version may not); anything else is empty.
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

// A message that is either a string or ThunderID's {key, defaultValue}.
QString message(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value("defaultValue"_L1).toString();
    return text(v);
}

int actDepth(const QJsonObject &act)
{
    int depth = 0;
    QJsonObject node = act;
    while (!node.isEmpty() && depth < 64) {
        ++depth;
        node = node.value("act"_L1).toObject();
    }
    return depth;
}

int digits(QStringView s, qsizetype pos, int n, bool *ok)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (pos + i >= s.size() || !s[pos + i].isDigit()) {
            *ok = false;
            return 0;
        }
        value = value * 10 + (s[pos + i].unicode() - '0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

constexpr qint64 NsPerSecond = 1000000000LL;

// The fast path of fromObservabilityLine: a strict JSON scanner (RFC 8259) that reads the
// fields an event needs straight from the bytes. It accepts a line only when it is sure that
// QJsonDocument would read the same values: anything unusual — a number, an error object, a
// repeated key, an escape in a key, deep nesting, a lone surrogate — returns nullopt and the
// caller takes the QJsonDocument path, which also words every error.
class FastLine
{
public:
    explicit FastLine(QByteArrayView line)
        : m_p(line.data())
        , m_end(line.data() + line.size())
    {}

    struct Str
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        bool escaped = false;
        bool present = false;
    };
    enum Top
    {
        EventId,
        Type,
        Timestamp,
        TraceId,
        Status,
        TopCount
    };
    enum Data
    {
        ClientId,
        AppId,
        GrantType,
        Scope,
        Jti,
        UserId,
        DataCount
    };
    Str top[TopCount];
    Str data[DataCount];

    bool scan()
    {
        if (!object(0, true))
            return false;
        ws();
        return m_p == m_end;
    }

    static bool decode(const Str &s, QString *out)
    {
        if (!s.present) {
            out->clear();
            return true;
        }
        if (!s.escaped) {
            *out = QString::fromUtf8(s.begin, s.end - s.begin);
            return true;
        }
        QByteArray bytes;
        bytes.reserve(s.end - s.begin);
        for (const char *p = s.begin; p < s.end; ++p) {
            if (*p != '\\') {
                bytes += *p;
                continue;
            }
            switch (*++p) {
            case 'b':
                bytes += '\b';
                break;
            case 'f':
                bytes += '\f';
                break;
            case 'n':
                bytes += '\n';
                break;
            case 'r':
                bytes += '\r';
                break;
            case 't':
                bytes += '\t';
                break;
            case 'u': {
                uint cp = hex4(p + 1);
                p += 4;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return false; // a lone low surrogate
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (s.end - p < 7 || p[1] != '\\' || p[2] != 'u')
                        return false;
                    const uint low = hex4(p + 3);
                    if (low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
                appendUtf8(bytes, cp);
                break;
            }
            default: // " \ /
                bytes += *p;
                break;
            }
        }
        *out = QString::fromUtf8(bytes);
        return true;
    }

private:
    static constexpr int MaxDepth = 32;

    static bool same(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
    }

    static int hexDigit(char c) { return StrictJson::hexDigit(uchar(c)); }
    static uint hex4(const char *p)
    {
        uint v = 0;
        for (int i = 0; i < 4; ++i)
            v = v * 16 + uint(hexDigit(p[i]));
        return v;
    }
    static void appendUtf8(QByteArray &out, uint cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool eat(char c)
    {
        ws();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // A UTF-8 sequence starting at m_p (a byte >= 0x80), as the token parser checks it.
    bool utf8()
    {
        const int n = StrictJson::utf8SequenceLength(reinterpret_cast<const uchar *>(m_p),
                                                     reinterpret_cast<const uchar *>(m_end));
        if (n <= 0)
            return false;
        m_p += n;
        return true;
    }
    bool string(Str *out)
    {
        ws();
        if (m_p >= m_end || *m_p != '"')
            return false;
        ++m_p;
        const char *begin = m_p;
        bool escaped = false;
        while (m_p < m_end) {
            const auto c = uchar(*m_p);
            if (c == '"') {
                if (out)
                    *out = Str{begin, m_p, escaped, true};
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (m_end - m_p < 2)
                    return false;
                const char e = m_p[1];
                if (e == 'u') {
                    if (m_end - m_p < 6)
                        return false;
                    for (int i = 2; i < 6; ++i)
                        if (hexDigit(m_p[i]) < 0)
                            return false;
                    m_p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                           e == 'r' || e == 't') {
                    m_p += 2;
                } else {
                    return false;
                }
            } else if (c >= 0x80) {
                if (!utf8())
                    return false;
            } else {
                ++m_p;
            }
        }
        return false;
    }
    // A number QJsonDocument reads without a doubt: short, no exponent.
    bool number()
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return false;
        if (*m_p == '0')
            ++m_p;
        else
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return false;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        return m_p - start <= 15;
    }
    bool literal(const char *word, qsizetype n)
    {
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }
    bool value(int depth)
    {
        ws();
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '"':
            return string(nullptr);
        case '{':
            return object(depth + 1, false);
        case '[':
            return array(depth + 1);
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            return number();
        }
    }
    bool array(int depth)
    {
        if (depth > MaxDepth || !eat('['))
            return false;
        if (eat(']'))
            return true;
        do {
            if (!value(depth))
                return false;
        } while (eat(','));
        return eat(']');
    }
    // The top level (its wanted members and "data"), "data" (its wanted members) or any other
    // object (only checked).
    bool object(int depth, bool isTop, bool isData = false)
    {
        if (depth > MaxDepth || !eat('{'))
            return false;
        if (eat('}'))
            return true;
        bool seenData = false;
        do {
            Str key;
            if (!string(&key) || !eat(':'))
                return false;
            Str *slot = nullptr;
            if (isTop || isData) {
                if (key.escaped)
                    return false; // "event\u005fid" is event_id: let QJsonDocument decide
                const QByteArrayView k(key.begin, key.end - key.begin);
                if (isTop) {
                    static constexpr QByteArrayView names[TopCount] = {
                        "event_id", "type", "timestamp", "trace_id", "status"};
                    for (int i = 0; i < TopCount && !slot; ++i)
                        if (same(k, names[i]))
                            slot = &top[i];
                    if (!slot && same(k, "data")) {
                        if (seenData)
                            return false;
                        seenData = true;
                        ws();
                        if (literal("null", 4))
                            continue;
                        if (!object(depth + 1, false, true))
                            return false;
                        continue;
                    }
                } else {
                    static constexpr QByteArrayView names[DataCount] = {
                        "client_id", "app_id", "grant_type", "scope", "jti", "user_id"};
                    for (int i = 0; i < DataCount && !slot; ++i)
                        if (same(k, names[i]))
                            slot = &data[i];
                    if (!slot && same(k, "error"))
                        return false; // its code and message: the reference path
                }
            }
            if (slot) {
                // A wanted member: a string, once.
                if (slot->present || !string(slot))
                    return false;
            } else if (!value(depth)) {
                return false;
            }
        } while (eat(','));
        return eat('}');
    }

    const char *m_p;
    const char *m_end;
};

std::optional<HistoryEvent> fastObservabilityLine(QByteArrayView line)
{
    FastLine f(line);
    if (!f.scan())
        return std::nullopt;
    HistoryEvent e;
    e.source = HistoryEvent::Source::File;
    QString timestamp, status, appId;
    if (!FastLine::decode(f.top[FastLine::EventId], &e.id) ||
        !FastLine::decode(f.top[FastLine::Type], &e.type) ||
        !FastLine::decode(f.top[FastLine::Timestamp], &timestamp) ||
        !FastLine::decode(f.top[FastLine::TraceId], &e.traceId) ||
        !FastLine::decode(f.top[FastLine::Status], &status) ||
        !FastLine::decode(f.data[FastLine::ClientId], &e.clientId) ||
        !FastLine::decode(f.data[FastLine::AppId], &appId) ||
        !FastLine::decode(f.data[FastLine::GrantType], &e.grantType) ||
        !FastLine::decode(f.data[FastLine::Scope], &e.scope) ||
        !FastLine::decode(f.data[FastLine::Jti], &e.jti) ||
        !FastLine::decode(f.data[FastLine::UserId], &e.subject))
        return std::nullopt;
    if (e.id.isEmpty() || e.type.isEmpty())
        return std::nullopt; // the reference path says which
    const auto instant = HistoryEvent::parseInstant(timestamp);
    if (!instant)
        return std::nullopt;
    e.timeNs = *instant;
    e.outcome = HistoryEvent::outcomeFromName(status);
    if (e.clientId.isEmpty())
        e.clientId = appId;
    e.scope = e.scope.simplified();
    e.raw = line.toByteArray();
    return e;
}

} // namespace

QString HistoryEvent::grantShortName(const QString &grantType)
{
    const qsizetype cut = std::max(grantType.lastIndexOf(u':'), grantType.lastIndexOf(u'/'));
    return cut >= 0 ? grantType.mid(cut + 1) : grantType;
}

std::optional<qint64> HistoryEvent::parseInstant(QStringView s)
{
    s = s.trimmed();
    bool ok = true;
    if (s.size() < 19 || s[4] != u'-' || s[7] != u'-' ||
        (s[10] != u'T' && s[10] != u't' && s[10] != u' ') || s[13] != u':' || s[16] != u':')
        return std::nullopt;
    const int year = digits(s, 0, 4, &ok);
    const int month = digits(s, 5, 2, &ok);
    const int day = digits(s, 8, 2, &ok);
    const int hour = digits(s, 11, 2, &ok);
    const int minute = digits(s, 14, 2, &ok);
    const int second = digits(s, 17, 2, &ok);
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 60)
        return std::nullopt;
    qsizetype pos = 19;
    qint64 fraction = 0;
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos].isDigit()) {
            if (n < 9) {
                fraction = fraction * 10 + (s[pos].unicode() - '0');
                ++n;
            }
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 9; ++i)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (pos < s.size() && (s[pos] == u'Z' || s[pos] == u'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == u'+' || s[pos] == u'-')) {
        const int sign = s[pos] == u'-' ? -1 : 1;
        const int oh = digits(s, pos + 1, 2, &ok);
        qsizetype next = pos + 3;
        int om = 0;
        if (next < s.size() && s[next] == u':')
            ++next;
        if (next < s.size())
            om = digits(s, next, 2, &ok), next += 2;
        if (!ok || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = sign * (oh * 3600 + om * 60);
        pos = next;
    } else {
        return std::nullopt; // an instant needs its zone
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    // Nanoseconds in 64 bits reach the years 1678 to 2262; beyond that it is not an event time.
    constexpr qint64 Limit = std::numeric_limits<qint64>::max() / NsPerSecond - 1;
    if (seconds > Limit || seconds < -Limit)
        return std::nullopt;
    return seconds * NsPerSecond + fraction;
}

QString HistoryEvent::formatInstant(qint64 timeNs)
{
    qint64 seconds = timeNs / NsPerSecond;
    qint64 fraction = timeNs % NsPerSecond;
    if (fraction < 0) {
        fraction += NsPerSecond;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 rem = seconds % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, &y, &m, &d);
    QString out = QString::asprintf("%04lld-%02u-%02uT%02lld:%02lld:%02lld", y, m, d, rem / 3600,
                                    (rem / 60) % 60, rem % 60);
    if (fraction) {
        QString f = QString::asprintf("%09lld", fraction);
        while (f.endsWith(u'0'))
            f.chop(1);
        out += u'.' + f;
    }
    return out + u'Z';
}

QString HistoryEvent::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return u"success"_s;
    case Outcome::Failure:
        return u"failure"_s;
    case Outcome::InProgress:
        return u"in_progress"_s;
    case Outcome::Unknown:
        break;
    }
    return {};
}

HistoryEvent::Outcome HistoryEvent::outcomeFromName(QStringView name)
{
    if (name.compare(u"success", Qt::CaseInsensitive) == 0)
        return Outcome::Success;
    if (name.compare(u"failure", Qt::CaseInsensitive) == 0 ||
        name.compare(u"failed", Qt::CaseInsensitive) == 0)
        return Outcome::Failure;
    if (name.compare(u"in_progress", Qt::CaseInsensitive) == 0 ||
        name.compare(u"in-progress", Qt::CaseInsensitive) == 0)
        return Outcome::InProgress;
    return Outcome::Unknown;
}

QString HistoryEvent::sourceName(Source source)
{
    return source == Source::AuditApi ? u"api"_s : u"file"_s;
}

QByteArray HistoryEvent::csvHeader()
{
    return "time,event_id,type,outcome,client_id,subject,audience,scope,grant_type,depth,"
           "trace_id,jti,parent_jti,error,source,twin_id\r\n";
}

QByteArray HistoryEvent::csvLine() const
{
    const QString fields[] = {formatInstant(timeNs),
                              id,
                              type,
                              outcomeName(outcome),
                              clientId,
                              subject,
                              audience,
                              scope,
                              grantType,
                              QString::number(depth),
                              traceId,
                              jti,
                              parentJti,
                              errorCode,
                              twinId.isEmpty() ? sourceName(source) : u"both"_s,
                              twinId};
    QByteArray line;
    for (const QString &field : fields) {
        if (!line.isEmpty())
            line += ',';
        const QByteArray utf8 = field.toUtf8();
        if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') ||
            utf8.contains('\r')) {
            QByteArray quoted = utf8;
            quoted.replace("\"", "\"\"");
            line += '"' + quoted + '"';
        } else {
            line += utf8;
        }
    }
    return line + "\r\n";
}

std::optional<HistoryEvent> HistoryEvent::fromObservabilityLine(QByteArrayView line, QString *error,
                                                                bool fastPath)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' ' ||
                               line.back() == '\t'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    if (line.isEmpty()) {
        setError(error, tr("empty line"));
        return std::nullopt;
    }
    if (line.front() != '{') {
        setError(error, tr("not a JSON object"));
        return std::nullopt;
    }
    if (fastPath)
        if (auto e = fastObservabilityLine(line))
            return e;
    QJsonParseError parseError;
    const QByteArray bytes = line.toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error, tr("invalid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    HistoryEvent e;
    e.source = Source::File;
    e.raw = bytes;
    for (const auto &[key, target] : {std::pair{"event_id"_L1, &e.id}, {"type"_L1, &e.type}}) {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().isEmpty()) {
            setError(error, tr("“%1” is missing or not a string").arg(key));
            return std::nullopt;
        }
        *target = v.toString();
    }
    const QJsonValue ts = o.value("timestamp"_L1);
    const auto instant = ts.isString() ? parseInstant(ts.toString()) : std::nullopt;
    if (!instant) {
        setError(error, tr("“timestamp” is missing or not an RFC 3339 instant"));
        return std::nullopt;
    }
    e.timeNs = *instant;
    e.traceId = text(o.value("trace_id"_L1));
    e.outcome = outcomeFromName(o.value("status"_L1).toString());
    const QJsonValue dataValue = o.value("data"_L1);
    if (!dataValue.isUndefined() && !dataValue.isNull() && !dataValue.isObject()) {
        setError(error, tr("“data” is not an object"));
        return std::nullopt;
    }
    const QJsonObject data = dataValue.toObject();
    e.clientId = text(data.value("client_id"_L1));
    if (e.clientId.isEmpty())
        e.clientId = text(data.value("app_id"_L1));
    e.grantType = text(data.value("grant_type"_L1));
    e.scope = text(data.value("scope"_L1)).simplified();
    e.jti = text(data.value("jti"_L1));
    e.subject = text(data.value("user_id"_L1));
    const QJsonValue err = data.value("error"_L1);
    if (err.isObject()) {
        const QJsonObject eo = err.toObject();
        e.errorCode = text(eo.value("code"_L1));
        e.errorText = message(eo.value("message"_L1));
        if (e.errorText.isEmpty())
            e.errorText = message(eo.value("description"_L1));
    } else if (!err.isUndefined()) {
        e.errorText = text(err);
    }
    return e;
}

std::optional<HistoryEvent> HistoryEvent::fromAuditEvent(const QJsonObject &o,
                                                         const QByteArray &raw, QString *error)
{
    HistoryEvent e;
    e.source = Source::AuditApi;
    e.raw = raw.isEmpty() ? QJsonDocument(o).toJson(QJsonDocument::Compact) : raw;
    e.id = o.value("id"_L1).toString();
    e.type = o.value("type"_L1).toString();
    if (e.id.isEmpty() || e.type.isEmpty()) {
        setError(error, tr("an audit event without “id” or “type”"));
        return std::nullopt;
    }
    const auto instant = parseInstant(o.value("timestamp"_L1).toString());
    if (!instant) {
        setError(error, tr("audit event %1: “timestamp” is not an RFC 3339 instant").arg(e.id));
        return std::nullopt;
    }
    e.timeNs = *instant;
    const QJsonObject data = o.value("data"_L1).toObject();
    e.clientId = o.value("clientId"_L1).toString();
    e.subject = o.value("subject"_L1).toString();
    if (e.subject.isEmpty())
        e.subject = text(data.value("sub"_L1));
    e.audience = o.value("resourceServer"_L1).toString();
    if (e.audience.isEmpty()) {
        const QJsonValue aud = data.value("aud"_L1);
        e.audience = aud.isArray() ? aud.toArray().first().toString() : text(aud);
    }
    e.traceId = o.value("traceId"_L1).toString();
    e.grantType = text(data.value("grantType"_L1));
    e.scope = text(data.value("scope"_L1)).simplified();
    if (e.scope.isEmpty())
        e.scope = text(data.value("requestedScope"_L1)).simplified();
    e.jti = text(data.value("jti"_L1));
    e.parentJti = text(data.value("parentJti"_L1));
    e.act = data.value("act"_L1).toObject();
    e.depth = actDepth(e.act);
    e.errorCode = text(data.value("error"_L1));
    e.errorText = text(data.value("errorDescription"_L1));
    if (e.type == "TOKEN_ISSUANCE_FAILED"_L1 || e.type == "CIBA_DENIED"_L1 ||
        e.type == "CIBA_EXPIRED"_L1)
        e.outcome = Outcome::Failure;
    else if (e.type == "ADMIN_CHANGE"_L1 && data.value("status"_L1).toInt() >= 400)
        e.outcome = Outcome::Failure;
    else if (e.type == "CIBA_REQUESTED"_L1)
        e.outcome = Outcome::InProgress;
    else
        e.outcome = Outcome::Success;
    return e;
}

} // namespace tid::core
