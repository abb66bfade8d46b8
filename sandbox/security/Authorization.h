#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tid::sandbox {

class Database;

// Read side of the authorization model (resource servers, actions, roles, assignments, group
// membership), used by the OAuth modules to compute token scopes.
namespace authz {

struct ResourceServerRef
{
    QString id;
    QString name;
    QString identifier; // the audience
    QString delimiter;
};

std::optional<ResourceServerRef> resourceServerByIdentifier(Database &db,
                                                            const QString &identifier);
std::optional<ResourceServerRef> resourceServerById(Database &db, const QString &id);

// Every permission string the resource server defines (resources and actions).
QStringList definedPermissions(Database &db, const QString &resourceServerId);

// Permissions on one resource server granted to an entity through roles assigned to it directly
// or to any group it belongs to (transitively). entityType: user, app, agent or group.
QStringList grantedPermissions(Database &db, const QString &entityId, const QString &entityType,
                               const QString &resourceServerId);

} // namespace authz
} // namespace tid::sandbox
