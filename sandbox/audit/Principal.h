#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::sandbox {
class Database;
}

namespace tid::sandbox::principal {

// Helpers over Request::principal (the verified claims of the caller's bearer token), shared by
// the extension modules (audit, consents, CIBA approvals, credentials).

// ThunderID's hierarchical scope match (REFERENCE.md §6.3): `system` satisfies `system:user:view`.
bool hasScope(const QJsonObject &claims, const QString &scope);
// Administrator: the token carries `system`.
inline bool isAdmin(const QJsonObject &claims)
{
    return hasScope(claims, QStringLiteral("system"));
}
// The subject (`sub`): a user id for a user's own token.
inline QString subject(const QJsonObject &claims)
{
    return claims.value(QStringLiteral("sub")).toString();
}
// The user's own session (docs/extension-api.yaml): a token that carries no `act` (nobody acts
// for the subject) and was not obtained by an agent client. Only such a token decides a CIBA
// request or manages the user's consents; an agent's on-behalf-of token (authorization code
// through the agent, CIBA, token exchange) never does, even though its `sub` is the user.
bool isUserSession(const Database &db, const QJsonObject &claims);
// Who did it, for ADMIN_CHANGE and decidedBy/revokedBy fields: {sub, clientId}.
QJsonObject actor(const QJsonObject &claims);

} // namespace tid::sandbox::principal
