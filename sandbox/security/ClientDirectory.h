#pragma once

#include "sandbox/http/FormBody.h"
#include "sandbox/http/Router.h"
#include "sandbox/security/SecretChecks.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace tid::sandbox {

class Database;

// An OAuth client as the token endpoint sees it: an application or an agent with an OAuth
// profile (inboundAuthConfig[0].config, stored without the secret).
struct ClientRecord
{
    QString entityId;
    QString entityType; // "app" or "agent" (the member/assignee type of groups and roles)
    QString clientId;
    QString name;
    QString ouId;
    QJsonObject config; // the stored OAuth config
    QJsonObject entity; // the stored `extra` of the application/agent row

    bool isAgent() const { return entityType == QStringLiteral("agent"); }
    QStringList grantTypes() const;
    QString tokenEndpointAuthMethod() const; // defaults to client_secret_basic
    bool isPublic() const;                   // publicClient or tokenEndpointAuthMethod none
    bool allowsGrant(const QString &grantType) const { return grantTypes().contains(grantType); }
    // The audience of a token issued without a resource: the configured
    // token.accessToken.defaultAudience, else the client id.
    QString defaultAudience() const;
};

// Looks clients up across applications and agents, checks and stores their secrets
// (`client_secrets`, salted PBKDF2 hashes), and authenticates token-endpoint requests.
class ClientDirectory final
{
public:
    explicit ClientDirectory(Database &db);

    std::optional<ClientRecord> findByClientId(const QString &clientId) const;
    std::optional<ClientRecord> findByEntityId(const QString &entityId) const;

    // True if `secret` matches an active (not revoked, not expired) secret of the entity; stamps
    // its last_used_at.
    bool verifySecret(const QString &entityId, const QString &secret) const;
    bool hasActiveSecret(const QString &entityId) const;
    // Revokes every active secret of the entity and stores `secret` (hashed) as the only one:
    // ThunderID's "the old secret stops working immediately".
    void replaceSecret(const QString &entityId, const QString &entityType,
                       const QString &secret) const;
    // Adds `secret` (hashed) as the newest secret; the older active ones keep working until
    // `previousEnd`, but only the newest SecretChecks::ClientSecretSlots of them: any older one
    // ends now (a check reads no more, see activeSecrets).
    void rotateSecret(const QString &entityId, const QString &entityType,
                      const QString &credentialId, const QString &secret, const QString &createdAt,
                      const QString &previousEnd) const;
    // Revokes every active secret of the entity at `at` (default: now); how many it revoked.
    int revokeSecrets(const QString &entityId, const QString &at = {}) const;
    // Removes every secret row of a deleted entity.
    void deleteSecrets(const QString &entityId) const;

    struct Authentication
    {
        std::optional<ClientRecord> client;
        std::optional<Response> error; // set when authentication failed
        QString method;                // client_secret_basic, client_secret_post or none
    };
    // Client authentication of a token-style endpoint (RFC 6749 §2.3): HTTP Basic or
    // client_id/client_secret form parameters; public clients send client_id alone. Failures
    // are 401 invalid_client (with WWW-Authenticate when Basic was tried) or 400
    // invalid_request for several methods at once.
    Authentication authenticate(const Request &request, const FormBody &form) const;

    // The PBKDF2 work a client-authenticated request (form body with client_secret_basic or
    // client_secret_post credentials) will need, for HttpServer's preflight to do on a worker
    // thread; nullopt when none is needed (no secret, a verdict or cached success is known, the
    // client is throttled).
    struct PendingCheck
    {
        QByteArray verdictKey;
        QString candidate;
        QStringList hashes; // empty for an unknown client: a dummy hash costs the same time
        int iterations = 0;
        int slots = 1; // verifications to pay in all (SecretChecks::verifyAny)
    };
    std::optional<PendingCheck> pendingCheck(const Request &request) const;
    SecretChecks &checks() const { return m_checks; }

private:
    std::optional<ClientRecord> find(const QString &column, const QString &value) const;
    // The newest SecretChecks::ClientSecretSlots active secrets of an entity (ids and hashes):
    // the only secrets a check accepts, whether it hashes or finds the secret in m_verified.
    void activeSecrets(const QString &entityId, QVariantList *ids, QStringList *hashes) const;
    static QByteArray cacheKey(const QString &entityId, const QString &secret);
    // m_verified under its lock (token requests are served on worker threads too).
    std::optional<QString> verifiedRow(const QByteArray &key) const;
    // The verdict of `secret` against `hashes` for `who` (the preflight's, else computed here
    // at the cost of SecretChecks::ClientSecretSlots verifications).
    int checkSecret(const QString &who, const QString &secret, const QStringList &hashes) const;

    Database &m_db;
    // SHA-256 of secrets verified in this process (entity id + hash -> secret row id).
    mutable QMutex m_verifiedLock;
    mutable QHash<QByteArray, QString> m_verified;
    mutable QHash<QString, qint64> m_stamped; // secret row id -> when this process stamped it
    mutable SecretChecks m_checks;
};

} // namespace tid::sandbox
