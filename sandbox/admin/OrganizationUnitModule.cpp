#include "sandbox/admin/OrganizationUnitModule.h"

#include "sandbox/Bootstrap.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/admin/Entities.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

const ServiceErrors ouError(u"ouservice"_s);

const ServiceError InvalidRequest =
    ouError(400, u"OU-1001"_s, u"invalid_request_format"_s, u"Invalid request format"_s,
            u"The request body is malformed, contains invalid data, or required fields are "
            "missing/empty"_s);
const ServiceError NotFound =
    ouError(404, u"OU-1003"_s, u"organization_unit_not_found"_s, u"Organization unit not found"_s,
            u"The organization unit with the specified id does not exist"_s);
const ServiceError NameConflict = ouError(
    409, u"OU-1004"_s, u"organization_unit_name_conflict"_s, u"Organization unit name conflict"_s,
    u"An organization unit with the same name exists under the same parent"_s);
const ServiceError ParentNotFound =
    ouError(400, u"OU-1005"_s, u"parent_organization_unit_not_found"_s,
            u"Parent organization unit not found"_s, u"Parent organization unit not found"_s);
const ServiceError HasChildren = ouError(
    400, u"OU-1006"_s, u"organization_unit_has_children"_s, u"Organization unit has children"_s,
    u"Cannot delete organization unit with children or users/groups"_s);
const ServiceError Circular =
    ouError(400, u"OU-1007"_s, u"circular_dependency_detected"_s, u"Circular dependency detected"_s,
            u"Setting this parent would create a circular dependency"_s);
const ServiceError HandleConflict =
    ouError(409, u"OU-1008"_s, u"organization_unit_handle_conflict"_s,
            u"Organization unit handle conflict"_s,
            u"An organization unit with the same handle already exists under the same parent"_s);
const ServiceError Declarative =
    ouError(400, u"OU-1012"_s, u"cannot_modify_declarative_resource"_s,
            u"Cannot modify declarative resource"_s,
            u"The organization unit is declarative and cannot be modified or deleted"_s);
const ServiceError InvalidFilter =
    ouError(400, u"OU-1014"_s, u"invalid_filter"_s, u"Invalid filter parameter"_s,
            u"The filter parameter is invalid. Use format: attribute (eq|gt|lt) \"value\""_s);
const PagingErrors Paging{u"OU-1010"_s, u"OU-1011"_s, u"error.ouservice"_s};

const QString Columns =
    u"o.id, o.handle, o.name, o.description, o.parent_id, o.is_read_only, o.created_at, "
    "IFNULL(d.updated_at, o.created_at), IFNULL(d.extra, '{}')"_s;
const QString From = u"FROM organization_units o LEFT JOIN ou_details d ON d.ou_id = o.id"_s;

// Optional members beyond handle/name/description/parent, kept verbatim.
const QList<QPair<QString, JsonFields::Kind>> ExtraFields = {
    {u"themeId"_s, JsonFields::Kind::String},
    {u"layoutId"_s, JsonFields::Kind::String},
    {u"authFlowId"_s, JsonFields::Kind::String},
    {u"registrationFlowId"_s, JsonFields::Kind::String},
    {u"isRegistrationFlowEnabled"_s, JsonFields::Kind::Bool},
    {u"recoveryFlowId"_s, JsonFields::Kind::String},
    {u"isRecoveryFlowEnabled"_s, JsonFields::Kind::Bool},
    {u"signOutFlowId"_s, JsonFields::Kind::String},
    {u"logoUrl"_s, JsonFields::Kind::String},
    {u"tosUri"_s, JsonFields::Kind::String},
    {u"policyUri"_s, JsonFields::Kind::String},
    {u"cookiePolicyUri"_s, JsonFields::Kind::String},
};

struct OuInput
{
    QString handle;
    QString name;
    QString description;
    QString parent;
    QJsonObject extra;
};

std::optional<Response> parseInput(const QByteArray &body, OuInput *in)
{
    QString parseError;
    const auto object = JsonFields::parseObject(body, &parseError);
    if (!object)
        return InvalidRequest.response(parseError);
    JsonFields f(*object);
    in->handle = f.name(u"handle"_s).trimmed();
    in->name = f.name(u"name"_s).trimmed();
    in->description = f.string(u"description"_s);
    in->parent = f.string(u"parent"_s);
    for (const auto &[key, kind] : ExtraFields)
        f.copy(key, kind, &in->extra);
    if (!f.ok())
        return InvalidRequest.response(f.error());
    if (!in->parent.isEmpty() && !Ids::isUuid(in->parent))
        return ParentNotFound.response(u"parent: not an organization unit id"_s);
    return std::nullopt;
}

// The collection as EntityCrud serves it.
const EntityCrud::Spec Crud{u"organization-units"_s,
                            u"organization_units"_s,
                            QString(),
                            NotFound,
                            Declarative,
                            InvalidRequest,
                            Paging.limitError(),
                            Paging.offsetError(),
                            InvalidFilter,
                            u"organizationUnits"_s};

} // namespace

OrganizationUnitModule::OrganizationUnitModule(SandboxContext &context)
    : m_context(context)
    , m_crud(*context.db, Crud, [this](const QString &id, bool) { return load(id); })
{}

QStringList OrganizationUnitModule::migrations() const
{
    // The OU fields beyond the shared organization_units columns.
    return {
        uR"(CREATE TABLE ou_details (
    ou_id TEXT PRIMARY KEY REFERENCES organization_units(id) ON DELETE CASCADE,
    extra TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT
))"_s,
    };
}

void OrganizationUnitModule::registerRoutes(Router &router)
{
    m_crud.registerRoutes(
        router, [this](Request &r) { return list(r, {}); },
        [this](Request &r) { return create(r); }, [this](Request &r) { return update(r); },
        [this](const QString &id) { return removeDetails(id); });
    router.add(u"GET"_s, u"/organization-units/{id}/ous"_s, [this](Request &r) {
        if (!load(r.param(u"id"_s)))
            return NotFound.response();
        return list(r, r.param(u"id"_s));
    });
    m_crud.registerSubList(
        router, u"users"_s, [this](const QString &id, bool display) { return users(id, display); },
        true);
    m_crud.registerSubList(router, u"groups"_s,
                           [this](const QString &id, bool) { return groups(id); });
    m_crud.registerSubList(router, u"roles"_s,
                           [this](const QString &id, bool) { return roles(id); });
}

bool OrganizationUnitModule::bootstrap(QString *error)
{
    Q_UNUSED(error);
    Sql::exec(m_context.db->db(),
              u"INSERT OR IGNORE INTO organization_units(id, handle, name, description, parent_id, "
              "is_read_only, created_at) VALUES(?, 'default', 'Default', "
              "'Default organization unit', NULL, 0, ?)"_s,
              {bootstrap::DefaultOuId, Ids::now()});
    return true;
}

QJsonObject OrganizationUnitModule::toJson(const QSqlQuery &row, bool basic) const
{
    QJsonObject o;
    const QJsonObject extra = QJsonDocument::fromJson(row.value(8).toByteArray()).object();
    if (!basic) {
        o = extra;
    } else if (extra.contains(u"logoUrl"_s)) {
        o.insert(u"logoUrl"_s, extra.value(u"logoUrl"_s));
    }
    o.insert(u"id"_s, row.value(0).toString());
    o.insert(u"handle"_s, row.value(1).toString());
    o.insert(u"name"_s, row.value(2).toString());
    if (!row.value(3).isNull())
        o.insert(u"description"_s, row.value(3).toString());
    if (!basic) {
        o.insert(u"parent"_s, row.value(4).isNull() ? QJsonValue() : row.value(4).toString());
    }
    o.insert(u"isReadOnly"_s, row.value(5).toInt() != 0);
    o.insert(u"createdAt"_s, row.value(6).toString());
    o.insert(u"updatedAt"_s, row.value(7).toString());
    return o;
}

std::optional<QJsonObject> OrganizationUnitModule::load(const QString &id) const
{
    QSqlQuery q =
        Sql::exec(m_context.db->db(),
                  QString(u"SELECT "_s + Columns + u" "_s + From + u" WHERE o.id = ?"_s), {id});
    if (!q.next())
        return std::nullopt;
    return toJson(q, false);
}

Response OrganizationUnitModule::list(Request &request, const QString &parentId)
{
    EntityCrud::ListQuery query;
    if (auto error = m_crud.parseList(request, &query,
                                      [](const ListFilter &filter) {
                                          static const QStringList attributes = {
                                              u"name"_s, u"handle"_s, u"description"_s,
                                              u"createdAt"_s, u"updatedAt"_s};
                                          return attributes.contains(filter.attribute);
                                      },
                                      {u"eq"_s, u"gt"_s, u"lt"_s})) {
        return *error;
    }
    QSqlQuery q = Sql::exec(m_context.db->db(),
                            QString(u"SELECT "_s + Columns + u" "_s + From +
                                    (parentId.isEmpty() ? u" WHERE o.parent_id IS NULL"_s
                                                        : u" WHERE o.parent_id = ?"_s) +
                                    u" ORDER BY o.created_at, o.id"_s),
                            parentId.isEmpty() ? QVariantList() : QVariantList{parentId});
    QJsonArray all;
    while (q.next()) {
        const QJsonObject item = toJson(q, true);
        if (query.accepts(item))
            all.append(item);
    }
    const QString base =
        parentId.isEmpty() ? u"organization-units"_s : u"organization-units/%1/ous"_s.arg(parentId);
    // The links of ThunderID's OU list carry neither the filter nor include.
    return Response::json(listPage(all, query.page, u"organizationUnits"_s, base));
}

Response OrganizationUnitModule::create(Request &request)
{
    OuInput in;
    if (auto error = parseInput(request.body, &in))
        return *error;
    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        if (!in.parent.isEmpty() && !Entities::ouExists(db, in.parent))
            return ParentNotFound.response();
        const QString parentKey = in.parent;
        if (Sql::exists(db,
                        u"SELECT 1 FROM organization_units WHERE IFNULL(parent_id, '') = ? AND "
                        "handle = ?"_s,
                        {parentKey, in.handle})) {
            return HandleConflict.response();
        }
        if (Sql::exists(db,
                        u"SELECT 1 FROM organization_units WHERE IFNULL(parent_id, '') = ? AND "
                        "name = ?"_s,
                        {parentKey, in.name})) {
            return NameConflict.response();
        }
        const QString id = Ids::uuid7();
        const QString now = Ids::now();
        Sql::exec(
            db,
            u"INSERT INTO organization_units(id, handle, name, description, parent_id, "
            "is_read_only, created_at) VALUES(?, ?, ?, ?, ?, 0, ?)"_s,
            {id, in.handle, in.name, Sql::nullable(in.description), Sql::nullable(in.parent), now});
        Sql::exec(
            db, u"INSERT INTO ou_details(ou_id, extra, updated_at) VALUES(?, ?, ?)"_s,
            {id, QString::fromUtf8(QJsonDocument(in.extra).toJson(QJsonDocument::Compact)), now});
        return m_crud.saved(*load(id), id, true);
    });
}

Response OrganizationUnitModule::update(Request &request)
{
    const QString id = request.param(u"id"_s);
    const QSqlDatabase db = m_context.db->db();
    OuInput in;
    if (auto error = parseInput(request.body, &in))
        return *error;
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        if (!in.parent.isEmpty()) {
            if (!Entities::ouExists(db, in.parent))
                return ParentNotFound.response();
            // The new parent may not be this OU or one of its descendants.
            QString current = in.parent;
            QSet<QString> seen;
            while (!current.isEmpty() && !seen.contains(current)) {
                if (current == id)
                    return Circular.response();
                seen.insert(current);
                current =
                    Sql::scalar(db, u"SELECT parent_id FROM organization_units WHERE id = ?"_s,
                                {current})
                        .toString();
            }
        }
        if (Sql::exists(db,
                        u"SELECT 1 FROM organization_units WHERE IFNULL(parent_id, '') = ? AND "
                        "handle = ? AND id <> ?"_s,
                        {in.parent, in.handle, id})) {
            return HandleConflict.response();
        }
        if (Sql::exists(db,
                        u"SELECT 1 FROM organization_units WHERE IFNULL(parent_id, '') = ? AND "
                        "name = ? AND id <> ?"_s,
                        {in.parent, in.name, id})) {
            return NameConflict.response();
        }
        const QString now = Ids::now();
        Sql::exec(
            db,
            u"UPDATE organization_units SET handle = ?, name = ?, description = ?, "
            "parent_id = ? WHERE id = ?"_s,
            {in.handle, in.name, Sql::nullable(in.description), Sql::nullable(in.parent), id});
        Sql::exec(
            db,
            u"INSERT INTO ou_details(ou_id, extra, updated_at) VALUES(?, ?, ?) "
            "ON CONFLICT(ou_id) DO UPDATE SET extra = excluded.extra, "
            "updated_at = excluded.updated_at"_s,
            {id, QString::fromUtf8(QJsonDocument(in.extra).toJson(QJsonDocument::Compact)), now});
        return Response::json(*load(id));
    });
}

std::optional<Response> OrganizationUnitModule::removeDetails(const QString &id)
{
    // Only an empty OU goes: no child OU and nothing placed in it.
    static const QStringList dependents = {
        u"SELECT 1 FROM organization_units WHERE parent_id = ?"_s,
        u"SELECT 1 FROM users WHERE ou_id = ?"_s,
        u"SELECT 1 FROM groups WHERE ou_id = ?"_s,
        u"SELECT 1 FROM applications WHERE ou_id = ?"_s,
        u"SELECT 1 FROM agents WHERE ou_id = ?"_s,
        u"SELECT 1 FROM roles WHERE ou_id = ?"_s,
        u"SELECT 1 FROM resource_servers WHERE ou_id = ?"_s,
    };
    const QSqlDatabase db = m_context.db->db();
    for (const QString &sql : dependents) {
        if (Sql::exists(db, sql, {id}))
            return HasChildren.response();
    }
    Sql::exec(db, u"DELETE FROM ou_details WHERE ou_id = ?"_s, {id});
    return std::nullopt;
}

QJsonArray OrganizationUnitModule::users(const QString &id, bool display) const
{
    QSqlQuery q = Sql::exec(m_context.db->db(),
                            u"SELECT id, type, attributes FROM users WHERE ou_id = ? "
                            "ORDER BY created_at, id"_s,
                            {id});
    QJsonArray all;
    while (q.next()) {
        QJsonObject u{{u"id"_s, q.value(0).toString()}, {u"type"_s, q.value(1).toString()}};
        if (display) {
            const QJsonObject attrs = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
            const QString name = attrs.value(u"username"_s).toString();
            u.insert(u"display"_s, name.isEmpty() ? q.value(0).toString() : name);
        }
        all.append(u);
    }
    return all;
}

QJsonArray OrganizationUnitModule::groups(const QString &id) const
{
    QSqlQuery q =
        Sql::exec(m_context.db->db(),
                  u"SELECT id, name FROM groups WHERE ou_id = ? ORDER BY created_at, id"_s, {id});
    QJsonArray all;
    while (q.next())
        all.append(
            QJsonObject{{u"id"_s, q.value(0).toString()}, {u"name"_s, q.value(1).toString()}});
    return all;
}

QJsonArray OrganizationUnitModule::roles(const QString &id) const
{
    QSqlQuery q =
        Sql::exec(m_context.db->db(),
                  u"SELECT id, name, description, is_read_only FROM roles WHERE ou_id = ? "
                  "ORDER BY created_at, id"_s,
                  {id});
    QJsonArray all;
    while (q.next()) {
        QJsonObject r{{u"id"_s, q.value(0).toString()},
                      {u"name"_s, q.value(1).toString()},
                      {u"isReadOnly"_s, q.value(3).toInt() != 0}};
        if (!q.value(2).isNull())
            r.insert(u"description"_s, q.value(2).toString());
        all.append(r);
    }
    return all;
}

} // namespace tid::sandbox
