#include "sandbox/audit/ObservabilityLog.h"

#include <QMutexLocker>

#include "sandbox/http/Router.h"
#include "sandbox/store/Ids.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

bool ObservabilityLog::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath())) {
            if (error)
                *error = u"cannot create %1"_s.arg(dir.absolutePath());
            return false;
        }
        QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner |
                                                      QFileDevice::ReadGroup |
                                                      QFileDevice::ExeGroup);
    }
    m_file.setFileName(info.absoluteFilePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = u"cannot open events file %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    return true;
}

QByteArray ObservabilityLog::goJsonString(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    // Invalid UTF-16 (lone surrogates) becomes U+FFFD through toUtf8(), as Go replaces invalid
    // UTF-8.
    const QByteArray utf8 = value.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        switch (c) {
        case '"':
            out.append("\\\"");
            continue;
        case '\\':
            out.append("\\\\");
            continue;
        case '\n':
            out.append("\\n");
            continue;
        case '\r':
            out.append("\\r");
            continue;
        case '\t':
            out.append("\\t");
            continue;
        case '\b':
            out.append("\\b");
            continue;
        case '\f':
            out.append("\\f");
            continue;
        case '<':
        case '>':
        case '&':
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8/A9) are escaped by Go for JavaScript safety.
        if (c == 0xe2 && i + 2 < utf8.size() &&
            static_cast<unsigned char>(utf8.at(i + 1)) == 0x80 &&
            (static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8 ||
             static_cast<unsigned char>(utf8.at(i + 2)) == 0xa9)) {
            out.append(static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8 ? "\\u2028" : "\\u2029");
            i += 2;
            continue;
        }
        out.append(char(c));
    }
    out.append('"');
    return out;
}

static QByteArray goJsonValue(const QJsonValue &value);

static QByteArray goJsonObject(const QJsonObject &object)
{
    // QJsonObject iterates its keys in sorted order, as Go sorts map keys.
    QByteArray out("{");
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        out.append(ObservabilityLog::goJsonString(it.key()));
        out.append(':');
        out.append(goJsonValue(it.value()));
    }
    out.append('}');
    return out;
}

static QByteArray goJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return ObservabilityLog::goJsonString(value.toString());
    case QJsonValue::Object:
        return goJsonObject(value.toObject());
    case QJsonValue::Array: {
        QByteArray out("[");
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.append(',');
            out.append(goJsonValue(array.at(i)));
        }
        return out + ']';
    }
    case QJsonValue::Bool:
        return value.toBool() ? "true"_ba : "false"_ba;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    default:
        return "null"_ba;
    }
}

QByteArray ObservabilityLog::formatLine(const QString &traceId, const QString &eventId,
                                        const QString &type, const QString &timestamp,
                                        const QString &component, const QString &status,
                                        const QJsonObject &data)
{
    QByteArray line;
    line.reserve(512);
    line.append("{\"trace_id\":").append(goJsonString(traceId));
    line.append(",\"event_id\":").append(goJsonString(eventId));
    line.append(",\"type\":").append(goJsonString(type));
    line.append(",\"timestamp\":").append(goJsonString(timestamp));
    line.append(",\"component\":").append(goJsonString(component));
    line.append(",\"status\":").append(goJsonString(status));
    if (!data.isEmpty())
        line.append(",\"data\":").append(goJsonObject(data));
    line.append("}\n");
    return line;
}

QString ObservabilityLog::goTimestamp(std::chrono::system_clock::time_point at)
{
    using namespace std::chrono;
    const auto ns = duration_cast<nanoseconds>(at.time_since_epoch()).count();
    qint64 secs = ns / 1000000000;
    qint64 frac = ns % 1000000000;
    if (frac < 0) {
        frac += 1000000000;
        --secs;
    }
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::systemTimeZone());
    const int offset = local.offsetFromUtc();
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(secs + offset, Qt::UTC);
    QString out = wall.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (frac) {
        QString digits = u"%1"_s.arg(frac, 9, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        out += u'.' + digits;
    }
    if (offset == 0) {
        out += u'Z';
    } else {
        const int abs = offset < 0 ? -offset : offset;
        out += u"%1%2:%3"_s.arg(offset < 0 ? u'-' : u'+')
                   .arg(abs / 3600, 2, 10, QLatin1Char('0'))
                   .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return out;
}

QString ObservabilityLog::traceIdFor(const Request &request)
{
    for (const QByteArray &name : {"X-Correlation-ID"_ba, "X-Request-ID"_ba, "X-Trace-ID"_ba}) {
        const QByteArray value = request.header(name);
        if (!value.isEmpty())
            return QString::fromUtf8(value);
    }
    return Ids::uuid4();
}

void ObservabilityLog::write(const QString &traceId, const QString &type, const QString &component,
                             const QString &status, const QJsonObject &data,
                             std::chrono::system_clock::time_point at)
{
    if (!m_file.isOpen())
        return;
    // ThunderID drops events with an empty trace id, event id, type, component or timestamp.
    if (traceId.isEmpty() || type.isEmpty() || component.isEmpty())
        return;
    const qint64 ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
    const QByteArray line =
        formatLine(traceId, Ids::uuid7(ms), type, goTimestamp(at), component, status, data);
    // Token requests are served on worker threads too (issue 15): one line at a time.
    QMutexLocker lock(&m_writeLock);
    m_file.write(line);
    m_file.flush();
}

void ObservabilityLog::tokenIssuanceStarted(const QString &traceId, const QString &clientId,
                                            const QString &grantType, const QString &requestedScope,
                                            std::chrono::system_clock::time_point startedAt)
{
    write(traceId, u"TOKEN_ISSUANCE_STARTED"_s, u"AuthHandler"_s, u"in_progress"_s,
          QJsonObject{{u"client_id"_s, clientId},
                      {u"grant_type"_s, grantType},
                      {u"scope"_s, requestedScope}},
          startedAt);
}

void ObservabilityLog::tokenIssued(const QString &traceId, const QString &clientId,
                                   const QString &grantType, const QString &issuedScope,
                                   qint64 durationMs)
{
    write(traceId, u"TOKEN_ISSUED"_s, u"AuthHandler"_s, u"success"_s,
          QJsonObject{{u"client_id"_s, clientId},
                      {u"duration_ms"_s, QString::number(durationMs)},
                      {u"grant_type"_s, grantType},
                      {u"scope"_s, issuedScope}});
}

void ObservabilityLog::tokenIssuanceFailed(const QString &traceId, const QString &clientId,
                                           const QString &grantType, const QString &requestedScope,
                                           qint64 durationMs, int code, const QString &message,
                                           bool serverError)
{
    write(traceId, u"TOKEN_ISSUANCE_FAILED"_s, u"AuthHandler"_s, u"failure"_s,
          QJsonObject{{u"client_id"_s, clientId},
                      {u"duration_ms"_s, QString::number(durationMs)},
                      {u"error"_s, QJsonObject{{u"code"_s, QString::number(code)},
                                               {u"message"_s, message},
                                               {u"type"_s, serverError ? u"server_error"_s
                                                                       : u"client_error"_s}}},
                      {u"grant_type"_s, grantType},
                      {u"scope"_s, requestedScope}});
}

void ObservabilityLog::tokenRevoked(const QString &traceId, const QString &clientId,
                                    const QString &jti)
{
    write(traceId, u"TOKEN_REVOKED"_s, u"AuthHandler"_s, u"success"_s,
          QJsonObject{{u"client_id"_s, clientId},
                      {u"jti"_s, jti},
                      {u"revocation_reason"_s, u"explicit"_s}});
}

void ObservabilityLog::flowEvent(const QString &traceId, const QString &type, const QString &status,
                                 const QJsonObject &data)
{
    write(traceId, type, u"FlowEngine"_s, status, data);
}

} // namespace tid::sandbox
