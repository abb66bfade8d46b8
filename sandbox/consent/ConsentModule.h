#pragma once

#include "sandbox/Module.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tid::sandbox {

class AuditLog;
class Database;
struct Request;
struct Response;

// A user's consent to one client (agent or application) acting on one resource server with a
// set of scopes. Recorded by the sign-in/consent page and reused until revoked or expired.
struct Consent
{
    QString id;
    QString userId;
    QString clientId;         // OAuth client id
    QString clientEntityId;   // agent or application id
    QString clientType;       // "agent" or "app"
    QString resourceServerId; // empty: OIDC scopes only, no resource server
    QStringList scopes;
    QString status; // ACTIVE, REVOKED, EXPIRED
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QDateTime revokedAt;

    bool isActive() const;
    bool covers(const QStringList &requested) const;
};

// The consents module (extension API): table consents, GET /consents, GET /consents/{id},
// POST /consents/{id}/revoke. An administrator (token with `system`) sees every consent; any
// other token sees only the consents of its own subject.
class ConsentModule final : public Module
{
    Q_DISABLE_COPY_MOVE(ConsentModule)

public:
    static constexpr int DefaultLifetimeDays = 90;

    ConsentModule(Database &db, AuditLog &audit);

    QString name() const override { return QStringLiteral("consent"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;

    // The live consent for (user, client entity, resource server), if any.
    std::optional<Consent> findActive(const QString &userId, const QString &clientEntityId,
                                      const QString &resourceServerId) const;
    std::optional<Consent> find(const QString &id) const;
    bool isActive(const QString &id) const;

    // Records consent for `scopes` (merged into a live consent for the same triple, which keeps
    // its id) and writes CONSENT_GRANTED. Joins the caller's transaction. Returns the consent id.
    // `at` invalid => now (the demo history passes past times).
    QString grant(const QString &userId, const QString &clientId, const QString &clientEntityId,
                  const QString &clientType, const QString &resourceServerId,
                  const QStringList &scopes, const QDateTime &at = {});
    // Marks the consent REVOKED and writes CONSENT_REVOKED; false when it is not active.
    bool revoke(const QString &id, const QJsonObject &actor, const QDateTime &at = {});

    Response list(const Request &request) const;
    Response get(const Request &request) const;
    Response revokeRoute(const Request &request);

    QJsonObject toJson(const Consent &consent) const;

    // Called inside the revoking transaction, so that whatever was granted under the consent
    // (refresh-token families) dies with it.
    void setRevokedHook(std::function<void(const QString &consentId)> hook)
    {
        m_revokedHook = std::move(hook);
    }

private:
    std::optional<Response> visibleConsent(const Request &request, const QString &id,
                                           std::optional<Consent> *out) const;
    Database &m_db;
    AuditLog &m_audit;
    std::function<void(const QString &)> m_revokedHook;
};

} // namespace tid::sandbox
