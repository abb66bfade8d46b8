#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <chrono>

namespace tid::sandbox {

struct Request;

// Writes ThunderID's own observability file format (REFERENCE.md §1.2): JSON Lines with the
// top-level fields in the order trace_id, event_id, type, timestamp, component, status, data;
// keys inside `data` sorted; Go's encoding/json escaping (<, >, & as \u003c …); numbers that
// ThunderID emits as strings (duration_ms, error.code) as strings; UUIDv7 event ids; RFC 3339
// timestamps with up to nine fractional digits in the process's local zone.
//
// Unlike ThunderID, each line is flushed at once and lines are written in event order, so a
// reader never sees a half line and tests need not wait 5 s.
class ObservabilityLog final
{
    Q_DISABLE_COPY_MOVE(ObservabilityLog)

public:
    ObservabilityLog() = default;

    // Opens `path` for appending (directory 0750 when created, file 0600).
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    // One event line. `data` values must be strings or objects of strings (as ThunderID's).
    void write(const QString &traceId, const QString &type, const QString &component,
               const QString &status, const QJsonObject &data,
               std::chrono::system_clock::time_point at = std::chrono::system_clock::now());

    // The four token events ThunderID's AuthHandler emits (REFERENCE.md §1.5).
    // `startedAt`: when the request arrived (the line is written once it is answered).
    void tokenIssuanceStarted(
        const QString &traceId, const QString &clientId, const QString &grantType,
        const QString &requestedScope,
        std::chrono::system_clock::time_point startedAt = std::chrono::system_clock::now());
    void tokenIssued(const QString &traceId, const QString &clientId, const QString &grantType,
                     const QString &issuedScope, qint64 durationMs);
    void tokenIssuanceFailed(const QString &traceId, const QString &clientId,
                             const QString &grantType, const QString &requestedScope,
                             qint64 durationMs, int code, const QString &message, bool serverError);
    void tokenRevoked(const QString &traceId, const QString &clientId, const QString &jti);
    // The sign-in page as a FlowEngine AUTHENTICATION flow (FLOW_STARTED / FLOW_COMPLETED).
    void flowEvent(const QString &traceId, const QString &type, const QString &status,
                   const QJsonObject &data);

    // The line (with trailing \n) for an event; public for tests.
    static QByteArray formatLine(const QString &traceId, const QString &eventId,
                                 const QString &type, const QString &timestamp,
                                 const QString &component, const QString &status,
                                 const QJsonObject &data);
    // Go's time.RFC3339Nano in the local zone: trailing zeros of the fraction dropped, "Z" at
    // offset zero.
    static QString goTimestamp(std::chrono::system_clock::time_point at);
    // X-Correlation-ID, X-Request-ID, X-Trace-ID (first present, verbatim), else a UUIDv4.
    static QString traceIdFor(const Request &request);
    // A JSON string encoded as Go's encoding/json does (HTML-safe escaping).
    static QByteArray goJsonString(const QString &value);

private:
    QMutex m_writeLock;
    QFile m_file;
};

} // namespace tid::sandbox
