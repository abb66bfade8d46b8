#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace tid::core {

// One event of the token history, from either source:
// - a line of ThunderID's observability file (REFERENCE §1.2): no subject, audience or act;
// - an event of the audit-events extension (`GET /audit/events`, docs/extension-api.yaml).
// When both sources describe the same occurrence (a TOKEN_ISSUED line and its audit event share
// trace id, type and client), the store merges them into one row that keeps both ids and both
// original texts (`twinId`, `twinRaw`).
struct HistoryEvent
{
    enum class Source : quint8
    {
        File = 1,
        AuditApi = 2,
    };
    enum class Outcome : quint8
    {
        Unknown = 0,
        Success = 1,
        Failure = 2,
        InProgress = 3,
    };

    qint64 rowId = 0; // the store's key (read side only)
    QString id;       // event_id (file) or audit `id` (API); unique in a store
    Source source = Source::File;
    QString type;      // TOKEN_ISSUED, FLOW_COMPLETED, CIBA_APPROVED, …
    qint64 timeNs = 0; // the instant, nanoseconds since the Unix epoch (UTC)
    Outcome outcome = Outcome::Unknown;
    QString clientId;
    QString
        grantType; // as sent: client_credentials, urn:ietf:params:oauth:grant-type:token-exchange
    QString scope; // space separated; may be empty
    QString subject;
    QString audience;
    QString traceId;
    QString jti;
    QString parentJti;  // token exchange: the subject token's jti
    QJsonObject act;    // the outermost `act` (nested ones inside), empty when none
    int depth = 0;      // number of actors in `act`
    QString errorCode;  // file: data.error.code ("400"); API: data.error ("invalid_scope")
    QString errorText;  // file: data.error.message; API: data.errorDescription
    QByteArray raw;     // the original JSON text, byte for byte
    QString twinId;     // read side: the other source's id of a merged row
    QByteArray twinRaw; // read side: the other source's original text
    QByteArray packed;  // `raw` as the store keeps it (RawCodec), when computed already — the
                        // importer does it on its parse thread, off the writer's

    bool isValid() const { return !id.isEmpty() && !type.isEmpty() && timeNs != 0; }
    // "token-exchange" for the URN, "client_credentials" as is.
    QString grantShortName() const { return grantShortName(grantType); }
    static QString grantShortName(const QString &grantType);

    // Parses one line of a ThunderID observability file. Tolerates what a real server writes
    // (OBSERVED.md): 0–9 fraction digits and any zone, numbers as strings, empty scope, non-UUID
    // trace ids, unknown types and extra keys. nullopt with `error` for anything else.
    // A line of the usual shape is read by a validating scanner without building a
    // QJsonDocument (several times faster); any other line — and `fastPath` false, for tests —
    // takes QJsonDocument, whose answer is the reference.
    static std::optional<HistoryEvent>
    fromObservabilityLine(QByteArrayView line, QString *error = nullptr, bool fastPath = true);
    // Parses one event of GET /audit/events; `raw` is kept as its original text.
    static std::optional<HistoryEvent>
    fromAuditEvent(const QJsonObject &event, const QByteArray &raw, QString *error = nullptr);

    // RFC 3339 / ISO 8601 instant ("2026-12-01T20:32:52.412168198Z", "+05:30" offsets, 0–9
    // fraction digits) → ns since the epoch. nullopt when it is not one.
    static std::optional<qint64> parseInstant(QStringView text);
    // The instant as RFC 3339 UTC with the fraction digits it needs (up to 9).
    static QString formatInstant(qint64 timeNs);

    static QString outcomeName(Outcome outcome); // "success", "failure", "in_progress", ""
    static Outcome outcomeFromName(QStringView name);
    static QString sourceName(Source source); // "file", "api"

    // One CSV row (RFC 4180, CRLF) for export and the command line, and its header.
    static QByteArray csvHeader();
    QByteArray csvLine() const;
};

} // namespace tid::core

Q_DECLARE_METATYPE(tid::core::HistoryEvent)
