#include "sandbox/admin/RoleModule.h"

#include "sandbox/Bootstrap.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

// Error templates of api/role.yaml (codes, keys and default texts verbatim).
const ServiceErrors roleError(u"roleservice"_s);

const ServiceError InvalidRequest = roleError.invalidRequest(u"ROL-1001"_s);
const ServiceError RoleNotFound =
    roleError(404, u"ROL-1003"_s, u"role_not_found"_s, u"Role not found"_s,
              u"The role with the specified id does not exist"_s);
const ServiceError NameConflict =
    roleError(409, u"ROL-1004"_s, u"role_name_conflict"_s, u"Role name conflict"_s,
              u"A role with the same name exists under the same organization unit"_s);
const ServiceError OuNotFound =
    roleError(400, u"ROL-1005"_s, u"organization_unit_not_found"_s,
              u"Organization unit not found"_s, u"Organization unit not found"_s);
const ServiceError InvalidAssignmentId = roleError(
    400, u"ROL-1007"_s, u"invalid_assignment_id"_s, u"Invalid assignment ID"_s,
    u"One or more assignment IDs in the request do not exist or do not match the claimed type"_s);
const ServiceError EmptyAssignments =
    roleError(400, u"ROL-1010"_s, u"empty_assignments_list"_s, u"Empty assignments list"_s,
              u"At least one assignment must be provided"_s);
const ServiceError InvalidPermissions =
    roleError(400, u"ROL-1012"_s, u"invalid_permissions"_s, u"Invalid permissions"_s,
              u"One or more permissions do not exist in the resource management system"_s);
const ServiceError ReadOnlyRole = roleError(
    400, u"ROL-1013"_s, u"cannot_modify_declarative_role"_s, u"Cannot modify declarative role"_s,
    u"The role is defined in declarative configuration and cannot be modified"_s);
const ServiceError InvalidAssigneeType =
    roleError(400, u"ROL-1016"_s, u"invalid_assignee_type"_s, u"Invalid assignee type"_s,
              u"The type parameter must be 'user', 'group', or 'app'"_s);

const PagingErrors Paging{u"ROL-1008"_s, u"ROL-1009"_s, u"error.roleservice"_s};

bool isAssigneeType(const QString &type)
{
    return type == u"user"_s || type == u"group"_s || type == u"app"_s || type == u"agent"_s;
}

// permissions: [{resourceServerId, permissions:[...]}]; groups of the same server are merged and
// duplicates dropped, keeping first-seen order.
bool parsePermissions(const QJsonValue &value, QList<QPair<QString, QStringList>> *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isObject())
            return false;
        const QJsonObject o = entry.toObject();
        QString serverId;
        if (!JsonFields::optionalString(o, u"resourceServerId"_s, &serverId))
            return false;
        const QJsonValue perms = o.value(u"permissions"_s);
        if (!perms.isUndefined() && !perms.isNull() && !perms.isArray())
            return false;
        qsizetype index = -1;
        for (qsizetype i = 0; i < out->size(); ++i) {
            if (out->at(i).first == serverId)
                index = i;
        }
        if (index < 0) {
            out->append({serverId, {}});
            index = out->size() - 1;
        }
        for (const QJsonValue &p : perms.toArray()) {
            if (!p.isString())
                return false;
            if (!(*out)[index].second.contains(p.toString()))
                (*out)[index].second.append(p.toString());
        }
    }
    return true;
}

} // namespace

RoleModule::RoleModule(Database &db)
    : m_db(db)
{}

QStringList RoleModule::migrations() const
{
    return {
        // 1: permission clean-up by (server, permission) and the role list order
        uR"(CREATE INDEX IF NOT EXISTS role_permissions_server ON role_permissions(resource_server_id, permission);
CREATE INDEX IF NOT EXISTS roles_created ON roles(created_at, id))"_s,
    };
}

bool RoleModule::bootstrap(QString *error)
{
    Q_UNUSED(error); // a failed statement throws SqlError; SandboxServer reports it
    // ThunderID's bootstrap: role Administrator holding `system` on the System resource server,
    // assigned to group Administrators. The OU and group rows belong to other modules; foreign keys
    // are checked at commit so the bootstrap order of modules does not matter.
    const QSqlDatabase db = m_db.db();
    Sql::exec(db, u"PRAGMA defer_foreign_keys = ON"_s);
    Sql::exec(db,
              u"INSERT OR IGNORE INTO roles(id, ou_id, name, description, is_read_only, "
              "created_at) VALUES(?, ?, 'Administrator', 'Administrator role with the system "
              "permission', 0, ?)"_s,
              {bootstrap::AdministratorRoleId, bootstrap::DefaultOuId, Ids::now()});
    Sql::exec(db,
              u"INSERT OR IGNORE INTO role_permissions(role_id, resource_server_id, permission) "
              "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM roles WHERE id = ?)"_s,
              {bootstrap::AdministratorRoleId, bootstrap::SystemResourceServerId,
               bootstrap::SystemPermission, bootstrap::AdministratorRoleId});
    Sql::exec(db,
              u"INSERT OR IGNORE INTO role_assignments(role_id, assignee_id, assignee_type) "
              "SELECT ?, ?, 'group' WHERE EXISTS (SELECT 1 FROM roles WHERE id = ?)"_s,
              {bootstrap::AdministratorRoleId, bootstrap::AdministratorsGroupId,
               bootstrap::AdministratorRoleId});
    return true;
}

void RoleModule::registerRoutes(Router &router)
{
    auto bind = [this](Response (RoleModule::*fn)(Request &)) {
        return [this, fn](Request &r) { return (this->*fn)(r); };
    };
    router.add(u"GET"_s, u"/roles"_s, bind(&RoleModule::listRoles));
    router.add(u"POST"_s, u"/roles"_s, bind(&RoleModule::createRole));
    router.add(u"GET"_s, u"/roles/{id}"_s, bind(&RoleModule::getRole));
    router.add(u"PUT"_s, u"/roles/{id}"_s, bind(&RoleModule::updateRole));
    router.add(u"DELETE"_s, u"/roles/{id}"_s, bind(&RoleModule::deleteRole));
    router.add(u"GET"_s, u"/roles/{id}/assignments"_s, bind(&RoleModule::listAssignments));
    router.add(u"POST"_s, u"/roles/{id}/assignments/add"_s,
               [this](Request &r) { return changeAssignments(r, true); });
    router.add(u"POST"_s, u"/roles/{id}/assignments/remove"_s,
               [this](Request &r) { return changeAssignments(r, false); });
}

// ---- rows and JSON ---------------------------------------------------------------------------

std::optional<RoleModule::Role> RoleModule::loadRole(const QString &id) const
{
    QSqlQuery q = Sql::exec(
        m_db.db(),
        u"SELECT r.id, r.ou_id, o.handle, r.name, r.description, r.is_read_only FROM roles r "
        "LEFT JOIN organization_units o ON o.id = r.ou_id WHERE r.id = ?"_s,
        {id});
    if (!q.next())
        return std::nullopt;
    return Role{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
}

QJsonObject RoleModule::summaryJson(const Role &r)
{
    QJsonObject o{
        {u"id"_s, r.id}, {u"name"_s, r.name}, {u"ouId"_s, r.ouId}, {u"isReadOnly"_s, r.readOnly}};
    if (!r.description.isEmpty())
        o.insert(u"description"_s, r.description);
    if (!r.ouHandle.isEmpty())
        o.insert(u"ouHandle"_s, r.ouHandle);
    return o;
}

QJsonArray RoleModule::permissionsJson(const QString &roleId) const
{
    QSqlQuery q =
        Sql::exec(m_db.db(),
                  u"SELECT resource_server_id, permission FROM role_permissions WHERE role_id = ? "
                  "ORDER BY rowid"_s,
                  {roleId});
    QList<QPair<QString, QJsonArray>> groups;
    while (q.next()) {
        const QString server = q.value(0).toString();
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == server; });
        if (it == groups.end()) {
            groups.append({server, {}});
            it = groups.end() - 1;
        }
        it->second.append(q.value(1).toString());
    }
    QJsonArray out;
    for (const auto &[server, permissions] : groups) {
        out.append(QJsonObject{{u"resourceServerId"_s, server}, {u"permissions"_s, permissions}});
    }
    return out;
}

bool RoleModule::readPermissionGroups(const QJsonValue &value, QList<PermissionGroup> *out)
{
    QList<QPair<QString, QStringList>> parsed;
    if (!parsePermissions(value, &parsed))
        return false;
    for (const auto &[server, permissions] : parsed)
        out->append({server, permissions});
    return true;
}

std::optional<Response> RoleModule::validatePermissions(const QList<PermissionGroup> &groups) const
{
    QStringList invalid;
    for (const PermissionGroup &g : groups) {
        if (g.resourceServerId.isEmpty())
            return InvalidPermissions.response();
        if (g.permissions.isEmpty())
            continue;
        if (!Sql::exists(m_db.db(), u"SELECT 1 FROM resource_servers WHERE id = ?"_s,
                         {g.resourceServerId}))
            return InvalidPermissions.response(
                u"Resource server %1 does not exist"_s.arg(g.resourceServerId));
        for (const QString &p : g.permissions) {
            if (!Sql::exists(m_db.db(),
                             u"SELECT 1 FROM resources WHERE resource_server_id = ? AND "
                             "permission = ? UNION ALL SELECT 1 FROM actions WHERE "
                             "resource_server_id = ? AND permission = ? LIMIT 1"_s,
                             {g.resourceServerId, p, g.resourceServerId, p}))
                invalid.append(p);
        }
    }
    if (!invalid.isEmpty()) {
        return InvalidPermissions.response(
            u"One or more permissions do not exist in the resource management "
            "system: %1"_s.arg(invalid.join(u", "_s)));
    }
    return std::nullopt;
}

void RoleModule::writePermissions(const QString &roleId, const QList<PermissionGroup> &groups)
{
    Sql::exec(m_db.db(), u"DELETE FROM role_permissions WHERE role_id = ?"_s, {roleId});
    for (const PermissionGroup &g : groups) {
        for (const QString &p : g.permissions) {
            Sql::exec(m_db.db(),
                      u"INSERT OR IGNORE INTO role_permissions(role_id, resource_server_id, "
                      "permission) VALUES(?, ?, ?)"_s,
                      {roleId, g.resourceServerId, p});
        }
    }
}

bool RoleModule::assigneeExists(const Assignment &a) const
{
    static const QHash<QString, QString> tables{{u"user"_s, u"users"_s},
                                                {u"group"_s, u"groups"_s},
                                                {u"app"_s, u"applications"_s},
                                                {u"agent"_s, u"agents"_s}};
    const QString table = tables.value(a.type);
    if (table.isEmpty())
        return false;
    return Sql::exists(m_db.db(), u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {a.id});
}

QString RoleModule::displayOf(const Assignment &a) const
{
    // Users show their display attribute (username for the Person type), groups their name;
    // apps and agents their name. Falls back to the id, as ThunderID.
    QString sql;
    if (a.type == u"user"_s)
        sql = u"SELECT username FROM users WHERE id = ?"_s;
    else if (a.type == u"group"_s)
        sql = u"SELECT name FROM groups WHERE id = ?"_s;
    else if (a.type == u"app"_s)
        sql = u"SELECT name FROM applications WHERE id = ?"_s;
    else
        sql = u"SELECT name FROM agents WHERE id = ?"_s;
    QSqlQuery q = Sql::exec(m_db.db(), sql, {a.id});
    const QString display = q.next() ? q.value(0).toString() : QString();
    return display.isEmpty() ? a.id : display;
}

// ---- roles -----------------------------------------------------------------------------------

Response RoleModule::listRoles(Request &request)
{
    Page page;
    if (auto err = parsePage(request, Paging, &page))
        return *err;
    auto [total, q] =
        Sql::page(m_db.db(), u"r.id, r.ou_id, o.handle, r.name, r.description, r.is_read_only"_s,
                  u" FROM roles r LEFT JOIN organization_units o ON o.id = r.ou_id"_s,
                  u"ORDER BY r.created_at, r.rowid"_s, {}, page.limit, page.offset);
    QJsonArray items;
    while (q.next()) {
        items.append(
            summaryJson(Role{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()}));
    }
    return Response::json(listEnvelope(total, page, u"roles"_s, items, u"roles"_s));
}

static bool parseAssignments(const QJsonValue &value, QList<QPair<QString, QString>> *out,
                             std::optional<Response> *error)
{
    if (!value.isArray()) {
        *error = InvalidRequest.response();
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        QString id, type;
        if (!entry.isObject() || !JsonFields::optionalString(entry.toObject(), u"id"_s, &id) ||
            !JsonFields::optionalString(entry.toObject(), u"type"_s, &type)) {
            *error = InvalidRequest.response();
            return false;
        }
        if (!isAssigneeType(type)) {
            *error = InvalidAssigneeType.response();
            return false;
        }
        if (id.isEmpty()) {
            *error = InvalidRequest.response();
            return false;
        }
        if (!out->contains({id, type}))
            out->append({id, type});
    }
    return true;
}

Response RoleModule::createRole(Request &request)
{
    const auto body = JsonFields::parseObject(request.body, nullptr);
    if (!body)
        return InvalidRequest.response();
    Role role;
    if (!JsonFields::optionalString(*body, u"name"_s, &role.name) ||
        !JsonFields::optionalString(*body, u"description"_s, &role.description) ||
        !JsonFields::optionalString(*body, u"ouId"_s, &role.ouId)) {
        return InvalidRequest.response();
    }
    if (role.ouId.isEmpty())
        return missingField(u"ouId"_s); // ThunderID's input-validation shape
    if (role.name.trimmed().size() < 3 || role.name.size() > 64 ||
        !JsonFields::nameProblem(role.name).isEmpty())
        return InvalidRequest.response();
    QList<PermissionGroup> groups;
    if (!readPermissionGroups(body->value(u"permissions"_s), &groups))
        return InvalidRequest.response();
    QList<QPair<QString, QString>> assignments;
    const QJsonValue assignValue = body->value(u"assignments"_s);
    if (!assignValue.isUndefined() && !assignValue.isNull()) {
        std::optional<Response> err;
        if (!parseAssignments(assignValue, &assignments, &err))
            return *err;
    }

    role.id = Ids::uuid7();
    return WriteTransaction::run(m_db, [&]() -> Response {
        QSqlQuery q = Sql::exec(m_db.db(), u"SELECT handle FROM organization_units WHERE id = ?"_s,
                                {role.ouId});
        if (!q.next()) {
            return OuNotFound.response();
        }
        role.ouHandle = q.value(0).toString();
        if (auto invalid = validatePermissions(groups))
            return *invalid;
        for (const auto &[id, type] : assignments) {
            if (!assigneeExists({id, type})) {
                return InvalidAssignmentId.response();
            }
        }
        if (Sql::exists(m_db.db(), u"SELECT 1 FROM roles WHERE ou_id = ? AND name = ?"_s,
                        {role.ouId, role.name})) {
            return NameConflict.response();
        }
        Sql::exec(m_db.db(),
                  u"INSERT INTO roles(id, ou_id, name, description, is_read_only, created_at) "
                  "VALUES(?, ?, ?, ?, 0, ?)"_s,
                  {role.id, role.ouId, role.name, Sql::nullable(role.description), Ids::now()});
        writePermissions(role.id, groups);
        for (const auto &[id, type] : assignments) {
            Sql::exec(m_db.db(),
                      u"INSERT OR IGNORE INTO role_assignments(role_id, assignee_id, "
                      "assignee_type) VALUES(?, ?, ?)"_s,
                      {role.id, id, type});
        }
        QJsonObject out = summaryJson(role);
        out.remove(u"isReadOnly"_s);
        out.insert(u"permissions"_s, permissionsJson(role.id));
        if (!assignments.isEmpty()) {
            QJsonArray list;
            for (const auto &[id, type] : assignments)
                list.append(QJsonObject{{u"id"_s, id}, {u"type"_s, type}});
            out.insert(u"assignments"_s, list);
        }
        return Response::json(out, 201).withHeader("Location",
                                                   QByteArray("/roles/" + role.id.toUtf8()));
    });
}

Response RoleModule::getRole(Request &request)
{
    const auto role = loadRole(request.param(u"id"_s));
    if (!role)
        return RoleNotFound.response();
    QJsonObject out = summaryJson(*role);
    out.insert(u"permissions"_s, permissionsJson(role->id));
    return Response::json(out);
}

Response RoleModule::updateRole(Request &request)
{
    const auto body = JsonFields::parseObject(request.body, nullptr);
    if (!body)
        return InvalidRequest.response();
    QString name, description, ouId;
    if (!JsonFields::optionalString(*body, u"name"_s, &name) ||
        !JsonFields::optionalString(*body, u"description"_s, &description) ||
        !JsonFields::optionalString(*body, u"ouId"_s, &ouId)) {
        return InvalidRequest.response();
    }
    if (ouId.isEmpty())
        return missingField(u"ouId"_s);
    if (name.trimmed().size() < 3 || name.size() > 64 || !JsonFields::nameProblem(name).isEmpty())
        return InvalidRequest.response();
    // Full replacement: the spec requires permissions on PUT.
    if (!body->value(u"permissions"_s).isArray())
        return InvalidRequest.response();
    QList<PermissionGroup> groups;
    if (!readPermissionGroups(body->value(u"permissions"_s), &groups))
        return InvalidRequest.response();

    Role role;
    return WriteTransaction::run(m_db, [&]() -> Response {
        const auto current = loadRole(request.param(u"id"_s));
        if (!current) {
            return RoleNotFound.response();
        }
        if (current->readOnly) {
            return ReadOnlyRole.response();
        }
        if (auto invalid = validatePermissions(groups))
            return *invalid;
        QSqlQuery q =
            Sql::exec(m_db.db(), u"SELECT handle FROM organization_units WHERE id = ?"_s, {ouId});
        if (!q.next()) {
            return OuNotFound.response();
        }
        role = *current;
        role.ouHandle = q.value(0).toString();
        if (Sql::exists(m_db.db(),
                        u"SELECT 1 FROM roles WHERE ou_id = ? AND name = ? AND id <> ?"_s,
                        {ouId, name, role.id})) {
            return NameConflict.response();
        }
        role.name = name;
        role.description = description;
        role.ouId = ouId;
        q = Sql::exec(
            m_db.db(), u"UPDATE roles SET name = ?, description = ?, ou_id = ? WHERE id = ?"_s,
            {role.name, role.description.isEmpty() ? QVariant() : QVariant(role.description),
             role.ouId, role.id});
        writePermissions(role.id, groups);
        QJsonObject out = summaryJson(role);
        out.insert(u"permissions"_s, permissionsJson(role.id));
        return Response::json(out);
    });
}

Response RoleModule::deleteRole(Request &request)
{
    return WriteTransaction::run(m_db, [&]() -> Response {
        const auto role = loadRole(request.param(u"id"_s));
        if (!role) {
            return RoleNotFound.response();
        }
        if (role->readOnly) {
            return ReadOnlyRole.response();
        }
        // role_permissions and role_assignments go with it (ON DELETE CASCADE).
        Sql::exec(m_db.db(), u"DELETE FROM roles WHERE id = ?"_s, {role->id});
        return Response::noContent();
    });
}

// ---- assignments -----------------------------------------------------------------------------

Response RoleModule::listAssignments(Request &request)
{
    Page page;
    if (auto err = parsePage(request, Paging, &page))
        return *err;
    const auto role = loadRole(request.param(u"id"_s));
    if (!role)
        return RoleNotFound.response();
    const bool hasType = request.hasQuery(u"type"_s);
    const QString type = request.queryValue(u"type"_s);
    if (hasType && !isAssigneeType(type))
        return InvalidAssigneeType.response();
    const bool display = request.queryValue(u"include"_s) == u"display"_s;

    const QString where = u" FROM role_assignments WHERE role_id = ?"_s +
                          (hasType ? u" AND assignee_type = ?"_s : QString());
    QVariantList binds{role->id};
    if (hasType)
        binds << type;
    auto [total, q] = Sql::page(m_db.db(), u"assignee_id, assignee_type"_s, where,
                                u"ORDER BY rowid"_s, binds, page.limit, page.offset);
    QList<Assignment> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString()});
    QJsonArray items;
    for (const Assignment &a : rows) {
        QJsonObject o{{u"id"_s, a.id}, {u"type"_s, a.type}};
        if (display)
            o.insert(u"display"_s, displayOf(a));
        items.append(o);
    }
    QStringList extra;
    if (display)
        extra.append(u"include=display"_s);
    if (hasType)
        extra.append(u"type="_s + type);
    return Response::json(listEnvelope(total, page, u"assignments"_s, items,
                                       u"roles/"_s + role->id + u"/assignments"_s,
                                       extra.join(u'&')));
}

Response RoleModule::changeAssignments(Request &request, bool add)
{
    const auto body = JsonFields::parseObject(request.body, nullptr);
    if (!body)
        return InvalidRequest.response();
    const QJsonValue value = body->value(u"assignments"_s);
    if (!value.isArray())
        return InvalidRequest.response();
    if (value.toArray().isEmpty())
        return EmptyAssignments.response();
    QList<QPair<QString, QString>> assignments;
    std::optional<Response> failure;
    if (!parseAssignments(value, &assignments, &failure))
        return *failure;

    return WriteTransaction::run(m_db, [&]() -> Response {
        const auto role = loadRole(request.param(u"id"_s));
        if (!role) {
            return RoleNotFound.response();
        }
        // Assignments may change on read-only roles too (ThunderID allows it for declarative
        // roles). A removal also accepts an assignee that no longer exists but is still assigned.
        for (const auto &[id, type] : assignments) {
            const bool known =
                assigneeExists({id, type}) ||
                (!add && Sql::exists(m_db.db(),
                                     u"SELECT 1 FROM role_assignments WHERE role_id = ? AND "
                                     "assignee_id = ? AND assignee_type = ?"_s,
                                     {role->id, id, type}));
            if (!known) {
                return InvalidAssignmentId.response();
            }
        }
        const QString change = add ? u"INSERT OR IGNORE INTO role_assignments(role_id, "
                                     "assignee_id, assignee_type) VALUES(?, ?, ?)"_s
                                   : u"DELETE FROM role_assignments WHERE role_id = ? AND "
                                     "assignee_id = ? AND assignee_type = ?"_s;
        for (const auto &[id, type] : assignments)
            Sql::exec(m_db.db(), change, {role->id, id, type});
        return Response::noContent();
    });
}

} // namespace tid::sandbox
