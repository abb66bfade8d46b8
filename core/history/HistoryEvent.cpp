#include "core/history/HistoryEvent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

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

std::optional<HistoryEvent> HistoryEvent::fromObservabilityLine(QByteArrayView line, QString *error)
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
