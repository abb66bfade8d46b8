#include "sandbox/admin/GroupModule.h"

#include "sandbox/Bootstrap.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/admin/Entities.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

const ServiceErrors groupError(u"groupservice"_s);

const ServiceError InvalidRequest = groupError.invalidRequest(u"GRP-1001"_s);
const ServiceError NotFound =
    groupError(404, u"GRP-1003"_s, u"group_not_found"_s, u"Group not found"_s,
               u"The group with the specified id does not exist"_s);
const ServiceError NameConflict =
    groupError(409, u"GRP-1004"_s, u"group_name_conflict"_s, u"Group name conflict"_s,
               u"A group with the same name exists under the same parent"_s);
const ServiceError InvalidOu =
    groupError(400, u"GRP-1005"_s, u"invalid_ou_id"_s, u"Invalid OU ID"_s,
               u"Organization unit does not exists"_s);
const ServiceError InvalidMemberId =
    groupError(400, u"GRP-1007"_s, u"invalid_member_id"_s, u"Invalid member ID"_s,
               u"One or more user or app member IDs in the request do not exist or do not match "
               "the claimed type"_s);
const ServiceError InvalidGroupMemberId =
    groupError(400, u"GRP-1008"_s, u"invalid_group_member_id"_s, u"Invalid group member ID"_s,
               u"One or more group member IDs in the request do not exist"_s);
const ServiceError LimitError =
    groupError(400, u"GRP-1011"_s, u"invalid_limit_parameter"_s, u"Invalid limit parameter"_s,
               u"The limit parameter must be a positive integer"_s);
const ServiceError OffsetError =
    groupError(400, u"GRP-1012"_s, u"invalid_offset_parameter"_s, u"Invalid offset parameter"_s,
               u"The offset parameter must be a non-negative integer"_s);
const ServiceError EmptyMembers =
    groupError(400, u"GRP-1013"_s, u"empty_members_list"_s, u"Empty members list"_s,
               u"The members list cannot be empty"_s);
const ServiceError InvalidMemberType =
    groupError(400, u"GRP-1014"_s, u"invalid_member_type"_s, u"Invalid member type"_s,
               u"The member type must be 'user', 'group', 'app' or 'agent'"_s);
const ServiceError Declarative = groupError(
    400, u"GRP-1015"_s, u"cannot_modify_declarative_group"_s, u"Cannot modify declarative group"_s,
    u"The group is defined in declarative configuration and cannot be modified"_s);

// ThunderID's group list has no documented filter; the sandbox reads the one every other list
// reads (`attribute eq "value"` on the group's own fields), with the users' error shape.
const ServiceError InvalidFilter =
    groupError(400, u"GRP-1016"_s, u"invalid_filter_parameter"_s, u"Invalid filter parameter"_s,
               u"The filter format is invalid. Use format: attribute eq \"value\" on id, name, "
               "description or ouId"_s);

const QStringList MemberTypes = {u"user"_s, u"group"_s, u"app"_s, u"agent"_s};

QString displayOf(const QSqlDatabase &db, const QString &id, const QString &type)
{
    if (type == u"user"_s) {
        const QJsonObject attrs =
            QJsonDocument::fromJson(
                Sql::scalar(db, u"SELECT attributes FROM users WHERE id = ?"_s, {id}).toByteArray())
                .object();
        const QString name = attrs.value(u"username"_s).toString();
        return name.isEmpty() ? id : name;
    }
    const QString table = type == u"group"_s ? u"groups"_s
                          : type == u"app"_s ? u"applications"_s
                                             : u"agents"_s;
    const QString name =
        Sql::scalar(db, u"SELECT name FROM %1 WHERE id = ?"_s.arg(table), {id}).toString();
    return name.isEmpty() ? id : name;
}

// The collection as EntityCrud serves it.
const EntityCrud::Spec Crud{u"groups"_s,    u"groups"_s, u"group"_s,  NotFound,     Declarative,
                            InvalidRequest, LimitError,  OffsetError, InvalidFilter};

} // namespace

GroupModule::GroupModule(SandboxContext &context)
    : m_context(context)
    , m_crud(*context.db, Crud,
             [this](const QString &id, bool display) { return load(id, display); })
{}

void GroupModule::registerRoutes(Router &router)
{
    m_crud.registerRoutes(
        router, [this](Request &r) { return list(r); }, [this](Request &r) { return create(r); },
        [this](Request &r) { return update(r); },
        [this](const QString &id) -> std::optional<Response> {
            Sql::exec(m_context.db->db(), u"DELETE FROM group_members WHERE group_id = ?"_s, {id});
            return std::nullopt;
        });
    m_crud.registerSubList(
        router, u"members"_s,
        [this](const QString &id, bool display) { return members(id, display); }, true);
    router.add(u"POST"_s, u"/groups/{id}/members/add"_s,
               [this](Request &r) { return changeMembers(r, true); });
    router.add(u"POST"_s, u"/groups/{id}/members/remove"_s,
               [this](Request &r) { return changeMembers(r, false); });
}

bool GroupModule::bootstrap(QString *error)
{
    Q_UNUSED(error);
    const QSqlDatabase db = m_context.db->db();
    Sql::exec(db,
              u"INSERT OR IGNORE INTO groups(id, ou_id, name, description, is_read_only, "
              "created_at) VALUES(?, ?, 'Administrators', 'Administrators of this server', 0, ?)"_s,
              {bootstrap::AdministratorsGroupId, bootstrap::DefaultOuId, Ids::now()});
    // Only on the first start: an administrator may later change the group's membership.
    if (!Sql::exists(db, u"SELECT 1 FROM group_members WHERE group_id = ?"_s,
                     {bootstrap::AdministratorsGroupId})) {
        Sql::exec(db,
                  u"INSERT OR IGNORE INTO group_members(group_id, member_id, member_type) "
                  "VALUES(?, ?, 'user'), (?, ?, 'app')"_s,
                  {bootstrap::AdministratorsGroupId, bootstrap::AdminUserId,
                   bootstrap::AdministratorsGroupId, bootstrap::AdminAppId});
    }
    return true;
}

std::optional<QJsonObject> GroupModule::load(const QString &id, bool display) const
{
    const QSqlDatabase db = m_context.db->db();
    QSqlQuery q =
        Sql::exec(db, u"SELECT id, name, description, ou_id FROM groups WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    QJsonObject g{{u"id"_s, q.value(0).toString()},
                  {u"name"_s, q.value(1).toString()},
                  {u"ouId"_s, q.value(3).toString()}};
    if (!q.value(2).isNull())
        g.insert(u"description"_s, q.value(2).toString());
    if (display)
        g.insert(u"ouHandle"_s, Entities::ouHandlePath(db, q.value(3).toString()));
    return g;
}

Response GroupModule::list(Request &request)
{
    EntityCrud::ListQuery query;
    if (auto error = m_crud.parseList(request, &query, [](const ListFilter &filter) {
            static const QStringList attributes = {u"id"_s, u"name"_s, u"description"_s, u"ouId"_s};
            return attributes.contains(filter.attribute);
        })) {
        return *error;
    }
    QSqlQuery q = Sql::exec(m_context.db->db(), u"SELECT id FROM groups ORDER BY created_at, id"_s);
    QJsonArray all;
    while (q.next()) {
        const QJsonObject group = *load(q.value(0).toString(), query.display);
        if (query.accepts(group))
            all.append(group);
    }
    return m_crud.listPage(all, query);
}

std::optional<Response> GroupModule::parseMembers(const QJsonArray &members, const QString &groupId,
                                                  bool checkExistence,
                                                  QList<QPair<QString, QString>> *out) const
{
    const QSqlDatabase db = m_context.db->db();
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (!members.at(i).isObject())
            return InvalidRequest.response(u"members[%1]: must be an object"_s.arg(i));
        const QJsonObject m = members.at(i).toObject();
        if (!m.value(u"id"_s).isString() || m.value(u"id"_s).toString().isEmpty())
            return InvalidRequest.response(u"members[%1].id: must be a non-empty string"_s.arg(i));
        if (!m.value(u"type"_s).isString())
            return InvalidRequest.response(u"members[%1].type: must be a string"_s.arg(i));
        const QString id = m.value(u"id"_s).toString();
        const QString type = m.value(u"type"_s).toString();
        if (!MemberTypes.contains(type))
            return InvalidMemberType.response();
        if (checkExistence) {
            if (type == u"group"_s) {
                if (!Entities::exists(db, type, id))
                    return InvalidGroupMemberId.response();
                if (!groupId.isEmpty() &&
                    (id == groupId ||
                     Entities::groupClosure(db, groupId, u"group"_s).contains(id))) {
                    return InvalidGroupMemberId.response(
                        u"Adding group %1 would make the membership circular"_s.arg(id));
                }
            } else if (!Entities::exists(db, type, id)) {
                return InvalidMemberId.response();
            }
        }
        if (!out->contains({id, type}))
            out->append({id, type});
    }
    return std::nullopt;
}

std::optional<Response> GroupModule::parseGroup(const Request &request, bool withMembers,
                                                GroupInput *in) const
{
    QJsonObject object;
    if (auto error = m_crud.parseBody(request, &object))
        return error;
    JsonFields f(object);
    in->name = f.name(u"name"_s).trimmed();
    in->ouId = f.string(u"ouId"_s, true).trimmed();
    in->description = f.string(u"description"_s);
    if (withMembers)
        in->members = f.array(u"members"_s);
    if (!f.ok())
        return InvalidRequest.response(f.error());
    return std::nullopt;
}

Response GroupModule::create(Request &request)
{
    GroupInput in;
    if (auto error = parseGroup(request, true, &in))
        return *error;
    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        if (!Ids::isUuid(in.ouId) || !Entities::ouExists(db, in.ouId))
            return InvalidOu.response();
        QList<QPair<QString, QString>> parsed;
        if (auto error = parseMembers(in.members, QString(), true, &parsed))
            return *error;
        if (Sql::exists(db, u"SELECT 1 FROM groups WHERE ou_id = ? AND name = ?"_s,
                        {in.ouId, in.name}))
            return NameConflict.response();
        const QString id = Ids::uuid7();
        Sql::exec(db,
                  u"INSERT INTO groups(id, ou_id, name, description, is_read_only, created_at) "
                  "VALUES(?, ?, ?, ?, 0, ?)"_s,
                  {id, in.ouId, in.name, Sql::nullable(in.description), Ids::now()});
        QJsonArray memberJson;
        for (const auto &[memberId, type] : parsed) {
            Sql::exec(db,
                      u"INSERT INTO group_members(group_id, member_id, member_type) "
                      "VALUES(?, ?, ?)"_s,
                      {id, memberId, type});
            memberJson.append(QJsonObject{{u"id"_s, memberId}, {u"type"_s, type}});
        }
        QJsonObject group = *load(id);
        if (!memberJson.isEmpty())
            group.insert(u"members"_s, memberJson);
        return m_crud.saved(group, id, true);
    });
}

Response GroupModule::update(Request &request)
{
    const QString id = request.param(u"id"_s);
    GroupInput in;
    if (auto error = parseGroup(request, false, &in))
        return *error;
    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        if (!Ids::isUuid(in.ouId) || !Entities::ouExists(db, in.ouId))
            return InvalidOu.response();
        if (Sql::exists(db, u"SELECT 1 FROM groups WHERE ou_id = ? AND name = ? AND id <> ?"_s,
                        {in.ouId, in.name, id})) {
            return NameConflict.response();
        }
        Sql::exec(db, u"UPDATE groups SET name = ?, ou_id = ?, description = ? WHERE id = ?"_s,
                  {in.name, in.ouId, Sql::nullable(in.description), id});
        return Response::json(*load(id));
    });
}

QJsonArray GroupModule::members(const QString &id, bool display) const
{
    const QSqlDatabase db = m_context.db->db();
    QSqlQuery q = Sql::exec(db,
                            u"SELECT member_id, member_type FROM group_members WHERE group_id = ? "
                            "ORDER BY rowid"_s,
                            {id});
    QJsonArray all;
    while (q.next()) {
        QJsonObject m{{u"id"_s, q.value(0).toString()}, {u"type"_s, q.value(1).toString()}};
        if (display)
            m.insert(u"display"_s, displayOf(db, q.value(0).toString(), q.value(1).toString()));
        all.append(m);
    }
    return all;
}

Response GroupModule::changeMembers(Request &request, bool add)
{
    const QString id = request.param(u"id"_s);
    if (auto refused = m_crud.checkWritable(id))
        return *refused;
    QJsonObject object;
    if (auto error = m_crud.parseBody(request, &object))
        return *error;
    JsonFields f(object);
    const QJsonArray members = f.array(u"members"_s, true);
    if (!f.ok())
        return InvalidRequest.response(f.error());
    if (members.isEmpty())
        return EmptyMembers.response();
    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        QList<QPair<QString, QString>> parsed;
        if (auto error = parseMembers(members, id, add, &parsed))
            return *error;
        for (const auto &[memberId, type] : parsed) {
            Sql::exec(
                db,
                add ? u"INSERT OR IGNORE INTO group_members(group_id, member_id, member_type) "
                      "VALUES(?, ?, ?)"_s
                    : u"DELETE FROM group_members WHERE group_id = ? AND member_id = ? AND "
                      "member_type = ?"_s,
                {id, memberId, type});
        }
        return Response::json(*load(id));
    });
}

} // namespace tid::sandbox
