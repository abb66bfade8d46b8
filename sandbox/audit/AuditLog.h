#pragma once

#include "sandbox/Module.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QVariantList>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace tid::sandbox {

class Database;
struct Request;
struct Response;

// One audit record. `data` carries the event-specific members (camelCase), e.g. for
// TOKEN_ISSUED: grantType, jti, sub, aud, scope, act, parentJti.
struct AuditEvent
{
    QString type;
    QString clientId;       // OAuth client id of the client involved, if any
    QString subject;        // token subject / user / entity the event is about
    QString resourceServer; // resource server identifier (the audience), if any
    QJsonObject data;
    QString traceId;
    QDateTime at; // invalid => now
};

// The audit module (extension API): table audit_events, GET /audit/events. record() joins the
// caller's transaction, so an event is stored exactly when the change it describes is.
//
// On a worker thread (client_credentials tokens are served there, issue 15) an event outside a
// transaction goes to the audit writer: one thread with a connection of its own that writes
// every event queued so far in one transaction (group commit). record() returns once the
// transaction holding its event committed — or, while a Deferral is active on the thread, at
// once, and the Deferral's owner is told when the events committed (the worker hands the answer
// over then). A token is therefore never sent before its TOKEN_ISSUED record is in the store, as
// on the event-loop thread.
class AuditLog final : public Module
{
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    // Event types (docs/extension-api.yaml).
    static inline const QString TokenIssued = QStringLiteral("TOKEN_ISSUED");
    static inline const QString TokenIssuanceFailed = QStringLiteral("TOKEN_ISSUANCE_FAILED");
    static inline const QString TokenRevoked = QStringLiteral("TOKEN_REVOKED");
    static inline const QString TokenIntrospected = QStringLiteral("TOKEN_INTROSPECTED");
    static inline const QString CredentialIssued = QStringLiteral("CREDENTIAL_ISSUED");
    static inline const QString CredentialRotated = QStringLiteral("CREDENTIAL_ROTATED");
    static inline const QString CredentialRevoked = QStringLiteral("CREDENTIAL_REVOKED");
    static inline const QString ConsentGranted = QStringLiteral("CONSENT_GRANTED");
    static inline const QString ConsentRevoked = QStringLiteral("CONSENT_REVOKED");
    static inline const QString CibaRequested = QStringLiteral("CIBA_REQUESTED");
    static inline const QString CibaApproved = QStringLiteral("CIBA_APPROVED");
    static inline const QString CibaDenied = QStringLiteral("CIBA_DENIED");
    static inline const QString CibaExpired = QStringLiteral("CIBA_EXPIRED");
    static inline const QString AdminChange = QStringLiteral("ADMIN_CHANGE");
    static QStringList types();

    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 1000;

    explicit AuditLog(Database &db);
    ~AuditLog() override;

    QString name() const override { return QStringLiteral("audit"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;

    // Stores one event (inside the caller's transaction when there is one). Returns true; a
    // database error throws SqlError, as every statement of the store does (the transaction
    // rolls back and the request is answered 500). Under a Deferral: see there.
    bool record(const AuditEvent &event);

    // Scoped to one request on a worker thread: the events record() is given meanwhile (outside
    // a transaction) are held instead of waited for; submit() hands them to the audit writer and
    // `then` runs on the writer's thread once the transaction holding them committed (error
    // empty) or failed (the reason) — at once, on the calling thread, when there were none.
    // Events never submitted are written when the Deferral ends, and nobody is told.
    class Deferral
    {
        Q_DISABLE_COPY_MOVE(Deferral)

    public:
        explicit Deferral(AuditLog &log);
        ~Deferral();
        void submit(std::function<void(const QString &error)> then);

    private:
        friend class AuditLog;
        AuditLog &m_log;
        Deferral *m_outer;
        std::vector<QVariantList> m_events;
    };
    // Group commits so far and the events they wrote (worker threads only; for the benchmark).
    qint64 groupCommits() const;
    qint64 groupCommitEvents() const;
    // Total number of stored events of `type` (empty = all).
    qint64 count(const QString &type = {}) const;

    // GET /audit/events, also callable in-process.
    Response list(const Request &request) const;

private:
    // Events written in one transaction by the writer, and who to tell.
    struct Unit
    {
        std::vector<QVariantList> events;
        std::function<void(const QString &error)> then;
    };
    void insert(const QVariantList &values) const;
    void recordInBatch(QVariantList values);
    void enqueue(Unit unit);
    void writerLoop();

    Database &m_db;
    mutable QMutex m_batchLock; // the members below
    QWaitCondition m_wakeWriter;
    std::vector<Unit> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_writer; // started on first use
    qint64 m_commits = 0;
    qint64 m_batchedEvents = 0;
};

} // namespace tid::sandbox
