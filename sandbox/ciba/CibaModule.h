#pragma once

#include "sandbox/Module.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace tid::sandbox {

class AuditLog;
class ConsentModule;
class Database;
struct Request;
struct Response;

// One backchannel authentication request (CIBA Core 1.0, poll mode). `id` is the public id the
// approving user sees; the `auth_req_id` handed to the client is stored only as a SHA-256 hash.
struct CibaRequest
{
    QString id;
    QString clientId;
    QString clientEntityId;
    QString clientType; // agent or app
    QString userId;
    QStringList scopes; // as requested (always contains openid)
    QString resourceServerId;
    QString resource; // the bound resource server identifier, empty when none
    QString bindingMessage;
    QString status; // PENDING, APPROVED, DENIED, EXPIRED, CONSUMED
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastPolledAt;
    QDateTime decidedAt;
    QString decidedBy;
    QStringList authorizedScopes;
    QString consentId;
    int interval = 5;
    // When the requesting agent acts for another party (sandbox extension: bc-authorize's
    // `actor_token`): that party as `sub` and the earlier actors nested in `act`, the shape of
    // an RFC 8693 `act` claim. Empty when the agent asks for itself.
    QJsonObject delegation;
};

// The CIBA module: the request store (used by the bc-authorize endpoint and the CIBA grant) and
// the approval side that ThunderID lacks: GET /ciba/requests, GET /ciba/requests/{id},
// POST /ciba/requests/{id}/approve|deny and GET /ciba/requests/stream (text/event-stream with
// events `created`, `decided` and `expired`). A user's own token sees only requests addressed to
// that user; an administrator's token sees all but cannot decide for a user.
class CibaModule final : public Module
{
    Q_DISABLE_COPY_MOVE(CibaModule)

public:
    static constexpr int DefaultExpirySeconds = 120;
    static constexpr int MaxExpirySeconds = 600;
    static constexpr int DefaultIntervalSeconds = 5;
    static constexpr int SlowDownStepSeconds = 5;

    CibaModule(Database &db, AuditLog &audit);
    ~CibaModule() override;

    QString name() const override { return QStringLiteral("ciba"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;

    struct NewRequest
    {
        QString clientId;
        QString clientEntityId;
        QString clientType;
        QString userId;
        QStringList scopes;
        QString resourceServerId;
        QString resource;
        QString bindingMessage; // empty => a unique code is generated
        QJsonObject delegation;
        int expirySeconds = DefaultExpirySeconds;
        QString traceId;
        QDateTime at; // invalid => now (the demo history passes past times)
    };
    struct Created
    {
        CibaRequest request;
        QString authReqId; // the client's secret, returned once
    };
    // Stores a PENDING request, writes CIBA_REQUESTED and notifies the stream.
    Created create(const NewRequest &request);
    // True when a pending request for `userId` already shows `message`.
    bool bindingMessageInUse(const QString &userId, const QString &message) const;

    std::optional<CibaRequest> find(const QString &id) const;
    std::optional<CibaRequest> findByAuthReqId(const QString &authReqId) const;

    enum class PollState
    {
        Unknown,
        Pending,
        SlowDown,
        Expired,
        Denied,
        Consumed,
        Approved
    };
    struct PollResult
    {
        PollState state = PollState::Unknown;
        CibaRequest request;
    };
    // The poll side of the CIBA grant: expiry first; PENDING => authorization_pending or
    // slow_down (which adds SlowDownStepSeconds to the interval for good); APPROVED => the
    // request, now CONSUMED (one time only).
    PollResult poll(const QString &authReqId, const QString &clientId);

    // The user's decision. `scopes` (optional) narrows the approval to a subset of the request.
    // Returns an error response or nullopt. Joins/opens a transaction.
    std::optional<Response> approve(const QString &id, const QJsonObject &principal,
                                    const std::optional<QStringList> &scopes,
                                    const QDateTime &at = {});
    std::optional<Response> deny(const QString &id, const QJsonObject &principal,
                                 const QDateTime &at = {});
    void setConsentId(const QString &id, const QString &consentId);
    // When set, an approval records the user's consent (user, client, resource server, approved
    // scopes) in the same transaction, so that refresh tokens of the grant follow the consent.
    void setConsentModule(ConsentModule *consents) { m_consents = consents; }

    // Moves every PENDING or APPROVED request past its expiry to EXPIRED (CIBA_EXPIRED, stream
    // `expired`). Runs every second on a timer.
    int expireDue();

    // Computes the scopes a user may approve: OIDC scopes as requested, permission scopes the
    // resource server defines and the user holds through roles.
    QStringList approvableScopes(const CibaRequest &request) const;

    QJsonObject toJson(const CibaRequest &request) const;
    int streamSubscribers() const { return int(m_subscribers.size()); }
    // Asked every second for each open event stream: true when the token that opened it has been
    // revoked (the stream is then closed). Expiry is checked from the token's `exp`.
    using RevocationCheck = std::function<bool(const QJsonObject &claims)>;
    void setRevocationCheck(RevocationCheck check) { m_isRevoked = std::move(check); }

private:
    std::optional<Response> finishDecision(bool stored, const QString &id, const QDateTime &at);
    std::optional<Response> pendingForDecision(const QString &id, const QJsonObject &claims,
                                               const QDateTime &now,
                                               std::optional<CibaRequest> *out);
    Response listRoute(const Request &request) const;
    Response getRoute(const Request &request) const;
    Response approveRoute(const Request &request);
    Response denyRoute(const Request &request);
    void openStream(Request &request, QTcpSocket *socket);
    void publish(const QString &event, const CibaRequest &request);
    void heartbeat();
    // Closes the streams whose token expired or was revoked.
    void closeStaleStreams();
    bool setStatus(const CibaRequest &request, const QString &from, const QString &to,
                   const QDateTime &at, const QString &decidedBy,
                   const QStringList &authorizedScopes);

    struct Subscriber
    {
        QPointer<QTcpSocket> socket;
        QString userId;     // empty => administrator, sees all
        QJsonObject claims; // of the token that opened the stream
    };

    Database &m_db;
    AuditLog &m_audit;
    ConsentModule *m_consents = nullptr;
    RevocationCheck m_isRevoked;
    QList<Subscriber> m_subscribers;
    QTimer m_expiryTimer;
    QTimer m_heartbeatTimer;
    qint64 m_eventSeq = 0;
};

} // namespace tid::sandbox
