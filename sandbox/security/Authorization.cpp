#include "sandbox/security/Authorization.h"

#include "sandbox/store/Database.h"
#include "sandbox/store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox::authz {

namespace {

std::optional<ResourceServerRef> serverWhere(Database &db, const QString &column,
                                             const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    // Both columns carry a unique index (primary key, UNIQUE identifier).
    Sql::Rows q = Sql::query(
        db.db(),
        u"SELECT id, name, identifier, delimiter FROM resource_servers WHERE %1 = ?"_s.arg(column),
        {value});
    if (!q.next())
        return std::nullopt;
    return ResourceServerRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()};
}

QStringList column(Sql::Rows q)
{
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

std::optional<ResourceServerRef> resourceServerByIdentifier(Database &db, const QString &identifier)
{
    // Read for every token request: remembered until the next write (Database::memo).
    return db.memo<std::optional<ResourceServerRef>>(
        u"rs\u0001"_s + identifier, [&] { return serverWhere(db, u"identifier"_s, identifier); });
}

std::optional<ResourceServerRef> resourceServerById(Database &db, const QString &id)
{
    return serverWhere(db, u"id"_s, id);
}

QStringList definedPermissions(Database &db, const QString &resourceServerId)
{
    // resources_permission and actions_permission index both halves by (server, permission).
    return db.memo<QStringList>(u"defined\u0001"_s + resourceServerId, [&] {
        return column(
            Sql::query(db.db(),
                       u"SELECT permission FROM resources WHERE resource_server_id = ? UNION "
                       "SELECT permission FROM actions WHERE resource_server_id = ? ORDER BY 1"_s,
                       {resourceServerId, resourceServerId}));
    });
}

QStringList grantedPermissions(Database &db, const QString &entityId, const QString &entityType,
                               const QString &resourceServerId)
{
    if (entityId.isEmpty())
        return {};
    // memberships: every group the entity belongs to, directly or through nested groups (a
    // group is a member of another with member_type 'group'). UNION stops at cycles.
    // assignees: the entity itself plus those groups; their roles' permissions on one server.
    static const QString sql = uR"(WITH RECURSIVE memberships(group_id) AS (
    SELECT group_id FROM group_members WHERE member_id = ? AND member_type = ?
    UNION
    SELECT gm.group_id FROM group_members gm
      JOIN memberships m ON gm.member_id = m.group_id AND gm.member_type = 'group'
),
assignees(id, type) AS (
    SELECT ?, ?
    UNION
    SELECT group_id, 'group' FROM memberships
)
SELECT DISTINCT rp.permission
  FROM assignees a
  JOIN role_assignments ra ON ra.assignee_id = a.id AND ra.assignee_type = a.type
  JOIN role_permissions rp ON rp.role_id = ra.role_id AND rp.resource_server_id = ?
 ORDER BY rp.permission)"_s;
    return db.memo<QStringList>(
        u"granted\u0001"_s + entityId + u'\u0001' + entityType + u'\u0001' + resourceServerId, [&] {
            return column(Sql::query(
                db.db(), sql, {entityId, entityType, entityId, entityType, resourceServerId}));
        });
}

} // namespace tid::sandbox::authz
