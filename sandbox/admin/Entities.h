#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tid::sandbox {

// Queries over the shared entity tables that several identity modules need: existence checks,
// client-id uniqueness across applications and agents, group membership and role names.
class Entities final
{
public:
    // type: user, group, app or agent (the member/assignee types of groups and roles).
    static bool exists(const QSqlDatabase &db, const QString &type, const QString &id);
    static bool ouExists(const QSqlDatabase &db, const QString &id);
    // The OU's handle path from the root, e.g. "platform/automations".
    static QString ouHandlePath(const QSqlDatabase &db, const QString &id);
    // True when another application or agent (not `exceptEntityId`) already uses the client id.
    static bool clientIdTaken(const QSqlDatabase &db, const QString &clientId,
                              const QString &exceptEntityId = {});
    // Groups the entity is a direct member of: [{id, name, ouId}] in name order.
    static QJsonArray directGroups(const QSqlDatabase &db, const QString &memberId,
                                   const QString &memberType);
    // Every group containing the entity, directly or through nested groups.
    static QStringList groupClosure(const QSqlDatabase &db, const QString &memberId,
                                    const QString &memberType);
    // Names of the roles assigned to the entity directly or through its groups, sorted.
    static QStringList roleNames(const QSqlDatabase &db, const QString &entityId,
                                 const QString &entityType);
    // Deletes the entity's group memberships and role assignments (cascade on delete).
    static void removeReferences(const QSqlDatabase &db, const QString &id, const QString &type);
};

} // namespace tid::sandbox
