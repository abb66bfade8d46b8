#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::sandbox::principal {

// Helpers over Request::principal (the verified claims of the caller's bearer token), shared by
// the extension rooms (audit, consents, CIBA approvals, credentials).

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
// Who did it, for ADMIN_CHANGE and decidedBy/revokedBy fields: {sub, clientId}.
QJsonObject actor(const QJsonObject &claims);

} // namespace tid::sandbox::principal
