#include "sandbox/admin/Entities.h"

#include "sandbox/store/Sql.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

bool Entities::exists(const QSqlDatabase &db, const QString &type, const QString &id)
{
    QString table;
    if (type == u"user"_s)
        table = u"users"_s;
    else if (type == u"group"_s)
        table = u"groups"_s;
    else if (type == u"app"_s)
        table = u"applications"_s;
    else if (type == u"agent"_s)
        table = u"agents"_s;
    else
        return false;
    return Sql::exists(db, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {id});
}

bool Entities::ouExists(const QSqlDatabase &db, const QString &id)
{
    return Sql::exists(db, u"SELECT 1 FROM organization_units WHERE id = ?"_s, {id});
}

QString Entities::ouHandlePath(const QSqlDatabase &db, const QString &id)
{
    QStringList handles;
    QString current = id;
    QSet<QString> seen;
    while (!current.isEmpty() && !seen.contains(current)) {
        seen.insert(current);
        QSqlQuery q = Sql::exec(
            db, u"SELECT handle, parent_id FROM organization_units WHERE id = ?"_s, {current});
        if (!q.next())
            break;
        handles.prepend(q.value(0).toString());
        current = q.value(1).toString();
    }
    return handles.join(u'/');
}

bool Entities::clientIdTaken(const QSqlDatabase &db, const QString &clientId,
                             const QString &exceptEntityId)
{
    return Sql::exists(db,
                       u"SELECT 1 FROM applications WHERE client_id = ? AND id <> ? "
                       "UNION ALL SELECT 1 FROM agents WHERE client_id = ? AND id <> ?"_s,
                       {clientId, exceptEntityId, clientId, exceptEntityId});
}

QJsonArray Entities::directGroups(const QSqlDatabase &db, const QString &memberId,
                                  const QString &memberType)
{
    QJsonArray out;
    QSqlQuery q = Sql::exec(db,
                            u"SELECT g.id, g.name, g.ou_id FROM groups g JOIN group_members m "
                            "ON m.group_id = g.id WHERE m.member_id = ? AND m.member_type = ? "
                            "ORDER BY g.name, g.id"_s,
                            {memberId, memberType});
    while (q.next()) {
        out.append(QJsonObject{{u"id"_s, q.value(0).toString()},
                               {u"name"_s, q.value(1).toString()},
                               {u"ouId"_s, q.value(2).toString()}});
    }
    return out;
}

QStringList Entities::groupClosure(const QSqlDatabase &db, const QString &memberId,
                                   const QString &memberType)
{
    QSqlQuery q =
        Sql::exec(db,
                  u"WITH RECURSIVE closure(id) AS ("
                  " SELECT group_id FROM group_members WHERE member_id = ? AND member_type = ?"
                  " UNION"
                  " SELECT m.group_id FROM group_members m JOIN closure c"
                  "  ON m.member_id = c.id AND m.member_type = 'group')"
                  " SELECT id FROM closure"_s,
                  {memberId, memberType});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList Entities::roleNames(const QSqlDatabase &db, const QString &entityId,
                                const QString &entityType)
{
    QSet<QString> names;
    auto collect = [&](const QString &id, const QString &type) {
        QSqlQuery q =
            Sql::exec(db,
                      u"SELECT r.name FROM roles r JOIN role_assignments a ON a.role_id = r.id "
                      "WHERE a.assignee_id = ? AND a.assignee_type = ?"_s,
                      {id, type});
        while (q.next())
            names.insert(q.value(0).toString());
    };
    collect(entityId, entityType);
    for (const QString &group : groupClosure(db, entityId, entityType))
        collect(group, u"group"_s);
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

void Entities::removeReferences(const QSqlDatabase &db, const QString &id, const QString &type)
{
    Sql::exec(db, u"DELETE FROM group_members WHERE member_id = ? AND member_type = ?"_s,
              {id, type});
    Sql::exec(db, u"DELETE FROM role_assignments WHERE assignee_id = ? AND assignee_type = ?"_s,
              {id, type});
}

} // namespace tid::sandbox
