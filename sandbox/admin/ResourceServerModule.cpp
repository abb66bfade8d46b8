#include "sandbox/admin/ResourceServerModule.h"

#include "core/domain/FormRules.h"
#include "sandbox/Bootstrap.h"
#include "sandbox/Logging.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

// Error templates of api/resource.yaml (codes, keys and default texts verbatim).
const ServiceErrors resourceError(u"resourceservice"_s);

const ServiceError InvalidRequest = resourceError.invalidRequest(u"RES-1001"_s);
const ServiceError ServerNotFound = resourceError(
    404, u"RES-1003"_s, u"resource_server_not_found"_s, u"Resource server not found"_s,
    u"The resource server with the specified id does not exist"_s);
const ServiceError NameConflict =
    resourceError(409, u"RES-1004"_s, u"name_conflict"_s, u"Name conflict"_s,
                  u"A resource server with the same name already exists"_s);
const ServiceError ParentNotFound = resourceError(
    400, u"RES-1005"_s, u"parent_resource_not_found"_s, u"Parent resource not found"_s,
    u"The specified parent resource does not exist"_s);
const ServiceError CannotDeleteServer =
    resourceError(400, u"RES-1006"_s, u"cannot_delete"_s, u"Cannot delete resource server"_s,
                  u"Cannot delete resource server that has resources or actions"_s);
const ServiceError CannotDeleteResource =
    resourceError(400, u"RES-1006"_s, u"cannot_delete"_s, u"Cannot delete resource"_s,
                  u"Cannot delete resource that has sub-resources or actions"_s);
const ServiceError ResourceNotFound =
    resourceError(404, u"RES-1008"_s, u"resource_not_found"_s, u"Resource not found"_s,
                  u"The resource with the specified id does not exist"_s);
const ServiceError ActionNotFound =
    resourceError(404, u"RES-1009"_s, u"action_not_found"_s, u"Action not found"_s,
                  u"The action with the specified id does not exist"_s);
const ServiceError OuNotFound = resourceError.ouNotFound(u"RES-1010"_s);
const ServiceError IdentifierConflict =
    resourceError(409, u"RES-1013"_s, u"identifier_conflict"_s, u"Identifier conflict"_s,
                  u"A resource server with the same identifier already exists"_s);
const ServiceError HandleConflict =
    resourceError(409, u"RES-1014"_s, u"handle_conflict"_s, u"Handle conflict"_s,
                  u"The same handle already exists within the specified resource"_s);
const ServiceError InvalidDelimiter =
    resourceError(400, u"RES-1015"_s, u"invalid_delimiter"_s, u"Invalid delimiter"_s,
                  u"Delimiter must be a single character from: a-z A-Z 0-9 . _ : - /"_s);
const ServiceError InvalidHandle = resourceError(
    400, u"RES-1016"_s, u"invalid_handle"_s, u"Invalid handle"_s,
    u"Handle length must be less than 100 characters and contain only valid characters: a-z A-Z "_s
    u"0-9 . _ : - /"_s);
const ServiceError DelimiterInHandle = resourceError(
    400, u"RES-1017"_s, u"delimiter_conflict_in_handle"_s, u"Delimiter conflict in handle"_s,
    u"Handle cannot contain the delimiter character"_s);
const ServiceError ReadOnlyServer = resourceError(
    400, u"RES-1018"_s, u"cannot_modify_declarative_resource_server"_s,
    u"Cannot modify declarative resource server"_s,
    u"Resource server is defined in declarative configuration and cannot be modified"_s);
const ServiceError ReadOnlyResource =
    resourceError(400, u"RES-1019"_s, u"cannot_modify_declarative_resource"_s,
                  u"Cannot modify declarative resource"_s,
                  u"Resource is defined in declarative configuration and cannot be modified"_s);
const ServiceError ReadOnlyAction =
    resourceError(400, u"RES-1020"_s, u"cannot_modify_declarative_action"_s,
                  u"Cannot modify declarative action"_s,
                  u"Action is defined in declarative configuration and cannot be modified"_s);

const PagingErrors Paging{u"RES-1011"_s, u"RES-1012"_s, u"error.resourceservice"_s};

bool isPermissionChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'.' || u == u'_' || u == u':' || u == u'-' || u == u'/';
}

// ThunderID's handle rule: at most 100 characters from the permission alphabet, and never the
// server's delimiter (it would make the derived permission ambiguous).
std::optional<Response> validateHandle(const QString &handle, const QString &delimiter)
{
    if (handle.size() > 100)
        return InvalidHandle.response();
    for (const QChar c : handle) {
        if (!isPermissionChar(c))
            return InvalidHandle.response();
        if (QString(c) == delimiter)
            return DelimiterInHandle.response();
    }
    return std::nullopt;
}

// RFC 8707 §2: the resource indicator is an absolute URI without a fragment (the rule the console
// checks its forms with).
using core::FormRules::isAbsoluteUri;

// The body of a resource's or an action's update: only name and description change.
bool readRename(const Request &request, QString *name, QString *description)
{
    const auto body = JsonFields::parseObject(request.body, nullptr);
    return body && JsonFields::optionalString(*body, u"name"_s, name) &&
           JsonFields::optionalString(*body, u"description"_s, description) &&
           !name->trimmed().isEmpty() && JsonFields::nameProblem(*name).isEmpty();
}

// The members a resource and an action share on create (strings when present).
bool readNamed(const QJsonObject &body, QString *name, QString *handle, QString *description)
{
    return JsonFields::optionalString(body, u"name"_s, name) &&
           JsonFields::optionalString(body, u"handle"_s, handle) &&
           JsonFields::optionalString(body, u"description"_s, description);
}

// Their rules: a name, and a handle valid for the server's delimiter.
std::optional<Response> checkNamed(const QString &name, const QString &handle,
                                   const QString &delimiter)
{
    if (name.trimmed().isEmpty() || handle.isEmpty() || !JsonFields::nameProblem(name).isEmpty())
        return InvalidRequest.response();
    return validateHandle(handle, delimiter);
}

Response created(const QJsonObject &body, const QString &location)
{
    return Response::json(body, 201).withHeader("Location", location.toUtf8());
}

} // namespace

ResourceServerModule::ResourceServerModule(Database &db)
    : m_db(db)
{}

QStringList ResourceServerModule::migrations() const
{
    return {
        // 1: lookups the API and the authorization read model run on every call
        uR"(CREATE INDEX IF NOT EXISTS resources_parent ON resources(parent_id);
CREATE INDEX IF NOT EXISTS resources_permission ON resources(resource_server_id, permission);
CREATE INDEX IF NOT EXISTS actions_resource ON actions(resource_id);
CREATE INDEX IF NOT EXISTS resource_servers_created ON resource_servers(created_at, id))"_s,
    };
}

bool ResourceServerModule::bootstrap(QString *error)
{
    Q_UNUSED(error); // a failed statement throws SqlError; SandboxServer reports it
    // The default OU is another module's bootstrap row; checking the foreign keys at commit keeps
    // the modules independent of their bootstrap order.
    const QSqlDatabase db = m_db.db();
    Sql::exec(db, u"PRAGMA defer_foreign_keys = ON"_s);
    const QString now = Ids::now();
    Sql::exec(db,
              u"INSERT OR IGNORE INTO resource_servers(id, ou_id, name, description, identifier, "
              "type, delimiter, is_read_only, created_at) VALUES(?, ?, 'System', 'System "
              "resource server', ?, 'CUSTOM', ':', 0, ?)"_s,
              {bootstrap::SystemResourceServerId, bootstrap::DefaultOuId,
               bootstrap::SystemResourceServerIdentifier, now});
    Sql::exec(db,
              u"INSERT OR IGNORE INTO resources(id, resource_server_id, parent_id, name, handle, "
              "description, permission, created_at) VALUES(?, ?, NULL, 'System', ?, 'System "
              "resource', ?, ?)"_s,
              {SystemResourceId, bootstrap::SystemResourceServerId, bootstrap::SystemPermission,
               bootstrap::SystemPermission, now});
    return true;
}

void ResourceServerModule::registerRoutes(Router &router)
{
    auto bind = [this](Response (ResourceServerModule::*fn)(Request &)) {
        return [this, fn](Request &r) { return (this->*fn)(r); };
    };
    auto bindLevel = [this](Response (ResourceServerModule::*fn)(Request &, bool), bool level) {
        return [this, fn, level](Request &r) { return (this->*fn)(r, level); };
    };
    const QString rs = u"/resource-servers"_s;
    const QString one = u"/resource-servers/{id}"_s;
    const QString res = u"/resource-servers/{rsId}/resources"_s;
    const QString resOne = u"/resource-servers/{rsId}/resources/{id}"_s;
    const QString act = u"/resource-servers/{rsId}/actions"_s;
    const QString actOne = u"/resource-servers/{rsId}/actions/{id}"_s;
    const QString resAct = u"/resource-servers/{rsId}/resources/{resourceId}/actions"_s;
    const QString resActOne = u"/resource-servers/{rsId}/resources/{resourceId}/actions/{id}"_s;

    router.add(u"GET"_s, rs, bind(&ResourceServerModule::listServers));
    router.add(u"POST"_s, rs, bind(&ResourceServerModule::createServer));
    router.add(u"GET"_s, one, bind(&ResourceServerModule::getServer));
    router.add(u"PUT"_s, one, bind(&ResourceServerModule::updateServer));
    router.add(u"DELETE"_s, one, bind(&ResourceServerModule::deleteServer));

    router.add(u"GET"_s, res, bind(&ResourceServerModule::listResources));
    router.add(u"POST"_s, res, bind(&ResourceServerModule::createResource));
    router.add(u"GET"_s, resOne, bind(&ResourceServerModule::getResource));
    router.add(u"PUT"_s, resOne, bind(&ResourceServerModule::updateResource));
    router.add(u"DELETE"_s, resOne, bind(&ResourceServerModule::deleteResource));

    for (const bool level : {false, true}) {
        const QString &list = level ? resAct : act;
        const QString &item = level ? resActOne : actOne;
        router.add(u"GET"_s, list, bindLevel(&ResourceServerModule::listActions, level));
        router.add(u"POST"_s, list, bindLevel(&ResourceServerModule::createAction, level));
        router.add(u"GET"_s, item, bindLevel(&ResourceServerModule::getAction, level));
        router.add(u"PUT"_s, item, bindLevel(&ResourceServerModule::updateAction, level));
        router.add(u"DELETE"_s, item, bindLevel(&ResourceServerModule::deleteAction, level));
    }
}

// ---- rows and JSON ---------------------------------------------------------------------------

const QString ResourceServerModule::ServerColumns =
    u"id, ou_id, name, description, identifier, type, delimiter, is_read_only"_s;
const QString ResourceServerModule::ResourceColumns =
    u"id, resource_server_id, parent_id, name, handle, description, permission"_s;
const QString ResourceServerModule::ActionColumns =
    u"id, resource_server_id, resource_id, name, handle, description, permission, extra"_s;

ResourceServerModule::Server ResourceServerModule::readServer(const QSqlQuery &q)
{
    return Server{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                  q.value(6).toString(), q.value(7).toBool()};
}

ResourceServerModule::Resource ResourceServerModule::readResource(const QSqlQuery &q)
{
    return Resource{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString()};
}

ResourceServerModule::Action ResourceServerModule::readAction(const QSqlQuery &q)
{
    const QString kind =
        QJsonDocument::fromJson(q.value(7).toByteArray()).object().value(u"kind"_s).toString();
    return Action{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), kind};
}

std::optional<ResourceServerModule::Server>
ResourceServerModule::loadServer(const QString &id) const
{
    QSqlQuery q = Sql::exec(
        m_db.db(), QString(u"SELECT "_s + ServerColumns + u" FROM resource_servers WHERE id = ?"_s),
        {id});
    if (!q.next())
        return std::nullopt;
    return readServer(q);
}

std::optional<ResourceServerModule::Resource>
ResourceServerModule::loadResource(const QString &serverId, const QString &id) const
{
    QSqlQuery q = Sql::exec(m_db.db(),
                            QString(u"SELECT "_s + ResourceColumns +
                                    u" FROM resources WHERE id = ? AND resource_server_id = ?"_s),
                            {id, serverId});
    if (!q.next())
        return std::nullopt;
    return readResource(q);
}

std::optional<ResourceServerModule::Action>
ResourceServerModule::loadAction(const QString &serverId, const QString &resourceId,
                                 const QString &id) const
{
    QSqlQuery q = Sql::exec(m_db.db(),
                            QString(u"SELECT "_s + ActionColumns +
                                    u" FROM actions WHERE id = ? AND resource_server_id = ? AND "
                                    "IFNULL(resource_id, '') = ?"_s),
                            {id, serverId, resourceId.isEmpty() ? u""_s : resourceId});
    if (!q.next())
        return std::nullopt;
    return readAction(q);
}

QJsonObject ResourceServerModule::toJson(const Server &s)
{
    QJsonObject o{{u"id"_s, s.id},
                  {u"name"_s, s.name},
                  {u"identifier"_s, s.identifier},
                  {u"type"_s, s.type},
                  {u"ouId"_s, s.ouId},
                  {u"delimiter"_s, s.delimiter},
                  {u"isReadOnly"_s, s.readOnly}};
    if (!s.description.isEmpty())
        o.insert(u"description"_s, s.description);
    return o;
}

// What a resource and an action show alike.
static QJsonObject namedJson(const QString &id, const QString &name, const QString &handle,
                             const QString &permission, const QString &description)
{
    QJsonObject o{
        {u"id"_s, id}, {u"name"_s, name}, {u"handle"_s, handle}, {u"permission"_s, permission}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return o;
}

QJsonObject ResourceServerModule::toJson(const Resource &r)
{
    QJsonObject o = namedJson(r.id, r.name, r.handle, r.permission, r.description);
    if (!r.parentId.isEmpty())
        o.insert(u"parent"_s, r.parentId);
    return o;
}

QJsonObject ResourceServerModule::toJson(const Action &a)
{
    QJsonObject o = namedJson(a.id, a.name, a.handle, a.permission, a.description);
    if (!a.kind.isEmpty())
        o.insert(u"kind"_s, a.kind);
    return o;
}

void ResourceServerModule::forgetPermissionIfUnused(const QString &serverId,
                                                    const QString &permission)
{
    const bool stillDefined = Sql::exists(
        m_db.db(),
        u"SELECT 1 FROM resources WHERE resource_server_id = ? AND permission = ? UNION ALL "
        "SELECT 1 FROM actions WHERE resource_server_id = ? AND permission = ? LIMIT 1"_s,
        {serverId, permission, serverId, permission});
    if (stillDefined)
        return;
    const QSqlQuery q =
        Sql::exec(m_db.db(),
                  u"DELETE FROM role_permissions WHERE resource_server_id = ? AND permission = ?"_s,
                  {serverId, permission});
    if (q.numRowsAffected() > 0) {
        qCDebug(lcAdmin) << "permission" << permission << "left" << q.numRowsAffected()
                         << "role(s): no resource or action defines it any more";
    }
}

template<typename Load>
Response ResourceServerModule::rename(const Request &request, const QString &table,
                                      const ServiceError &notFound, Load load)
{
    QString name, description;
    if (!readRename(request, &name, &description))
        return InvalidRequest.response();
    return WriteTransaction::run(m_db, [&]() -> Response {
        auto item = load();
        if (!item)
            return notFound.response();
        item->name = name;
        item->description = description;
        Sql::exec(m_db.db(), u"UPDATE %1 SET name = ?, description = ? WHERE id = ?"_s.arg(table),
                  {item->name, Sql::nullable(item->description), item->id});
        return Response::json(toJson(*item));
    });
}

// ---- resource servers ------------------------------------------------------------------------

Response ResourceServerModule::listServers(Request &request)
{
    Page page;
    if (auto err = parsePage(request, Paging, &page))
        return *err;
    auto [total, q] = Sql::page(m_db.db(), ServerColumns, u" FROM resource_servers"_s,
                                u"ORDER BY created_at, rowid"_s, {}, page.limit, page.offset);
    QJsonArray items;
    while (q.next()) {
        items.append(toJson(readServer(q)));
    }
    return Response::json(
        listEnvelope(total, page, u"resourceServers"_s, items, u"resource-servers"_s));
}

Response ResourceServerModule::createServer(Request &request)
{
    const auto body = JsonFields::parseObject(request.body, nullptr);
    if (!body)
        return InvalidRequest.response();
    Server s;
    QString type;
    bool hasType = false, hasDelimiter = false;
    if (!JsonFields::optionalString(*body, u"name"_s, &s.name) ||
        !JsonFields::optionalString(*body, u"description"_s, &s.description) ||
        !JsonFields::optionalString(*body, u"identifier"_s, &s.identifier) ||
        !JsonFields::optionalString(*body, u"type"_s, &type, &hasType) ||
        !JsonFields::optionalString(*body, u"ouId"_s, &s.ouId) ||
        !JsonFields::optionalString(*body, u"delimiter"_s, &s.delimiter, &hasDelimiter)) {
        return InvalidRequest.response();
    }
    if (s.ouId.isEmpty())
        return missingField(u"ouId"_s); // ThunderID's input-validation shape
    if (s.name.trimmed().isEmpty() || s.identifier.isEmpty() ||
        !JsonFields::nameProblem(s.name).isEmpty())
        return InvalidRequest.response();
    if (!isAbsoluteUri(s.identifier)) {
        return InvalidRequest.response(u"The identifier must be an absolute URI (RFC 8707 resource "
                                       "indicator), e.g. https://api.example.com/orders"_s);
    }
    s.type = (hasType && !type.isEmpty()) ? type : u"CUSTOM"_s;
    if (s.type != u"API"_s && s.type != u"MCP"_s && s.type != u"CUSTOM"_s)
        return InvalidRequest.response();
    if (!hasDelimiter || s.delimiter.isEmpty())
        s.delimiter = u":"_s;
    if (s.delimiter.size() != 1 || !isPermissionChar(s.delimiter.at(0)))
        return InvalidDelimiter.response();
    s.id = Ids::uuid7();

    return WriteTransaction::run(m_db, [&]() -> Response {
        if (!Sql::exists(m_db.db(), u"SELECT 1 FROM organization_units WHERE id = ?"_s, {s.ouId})) {
            return OuNotFound.response();
        }
        if (Sql::exists(m_db.db(), u"SELECT 1 FROM resource_servers WHERE name = ?"_s, {s.name})) {
            return NameConflict.response();
        }
        if (Sql::exists(m_db.db(), u"SELECT 1 FROM resource_servers WHERE identifier = ?"_s,
                        {s.identifier})) {
            return IdentifierConflict.response();
        }
        Sql::exec(m_db.db(),
                  u"INSERT INTO resource_servers(id, ou_id, name, description, identifier, type, "
                  "delimiter, is_read_only, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
                  {QVariant(s.id), QVariant(s.ouId), QVariant(s.name), Sql::nullable(s.description),
                   QVariant(s.identifier), QVariant(s.type), QVariant(s.delimiter),
                   QVariant(Ids::now())});
        return created(toJson(s), u"/resource-servers/"_s + s.id);
    });
}

Response ResourceServerModule::getServer(Request &request)
{
    const auto s = loadServer(request.param(u"id"_s));
    if (!s)
        return ServerNotFound.response();
    return Response::json(toJson(*s));
}

Response ResourceServerModule::updateServer(Request &request)
{
    const auto body = JsonFields::parseObject(request.body, nullptr);
    if (!body)
        return InvalidRequest.response();
    QString name, description, identifier, ouId;
    bool hasIdentifier = false;
    if (!JsonFields::optionalString(*body, u"name"_s, &name) ||
        !JsonFields::optionalString(*body, u"description"_s, &description) ||
        !JsonFields::optionalString(*body, u"identifier"_s, &identifier, &hasIdentifier) ||
        !JsonFields::optionalString(*body, u"ouId"_s, &ouId)) {
        return InvalidRequest.response();
    }
    if (ouId.isEmpty())
        return missingField(u"ouId"_s);
    if (name.trimmed().isEmpty() || !JsonFields::nameProblem(name).isEmpty())
        return InvalidRequest.response();

    Server s;
    return WriteTransaction::run(m_db, [&]() -> Response {
        const auto current = loadServer(request.param(u"id"_s));
        if (!current) {
            return ServerNotFound.response();
        }
        if (current->readOnly) {
            return ReadOnlyServer.response();
        }
        s = *current;
        // Identifier: kept when omitted (ThunderID), checked when changed. Type and delimiter
        // are immutable and never read from the body.
        if (hasIdentifier && !identifier.isEmpty() && identifier != current->identifier) {
            if (!isAbsoluteUri(identifier)) {
                return InvalidRequest.response(
                    u"The identifier must be an absolute URI (RFC 8707 "
                    "resource indicator), e.g. https://api.example.com/orders"_s);
            }
            if (Sql::exists(m_db.db(),
                            u"SELECT 1 FROM resource_servers WHERE identifier = ? AND id <> ?"_s,
                            {identifier, s.id})) {
                return IdentifierConflict.response();
            }
            s.identifier = identifier;
        }
        if (!Sql::exists(m_db.db(), u"SELECT 1 FROM organization_units WHERE id = ?"_s, {ouId})) {
            return OuNotFound.response();
        }
        if (name != current->name &&
            Sql::exists(m_db.db(), u"SELECT 1 FROM resource_servers WHERE name = ? AND id <> ?"_s,
                        {name, s.id})) {
            return NameConflict.response();
        }
        s.name = name;
        s.description = description;
        s.ouId = ouId;
        QSqlQuery q =
            Sql::exec(m_db.db(),
                      u"UPDATE resource_servers SET name = ?, description = ?, identifier = ?, "
                      "ou_id = ? WHERE id = ?"_s,
                      {QVariant(s.name), Sql::nullable(s.description), QVariant(s.identifier),
                       QVariant(s.ouId), QVariant(s.id)});
        return Response::json(toJson(s));
    });
}

Response ResourceServerModule::deleteServer(Request &request)
{
    const QString id = request.param(u"id"_s);
    return WriteTransaction::run(m_db, [&]() -> Response {
        const auto s = loadServer(id);
        if (!s)
            return Response::noContent(); // idempotent, as ThunderID (the spec lists no 404 here)
        if (s->readOnly) {
            return ReadOnlyServer.response();
        }
        if (Sql::exists(m_db.db(),
                        u"SELECT 1 FROM resources WHERE resource_server_id = ? UNION ALL "
                        "SELECT 1 FROM actions WHERE resource_server_id = ? LIMIT 1"_s,
                        {id, id})) {
            return CannotDeleteServer.response();
        }
        Sql::exec(m_db.db(), u"DELETE FROM resource_servers WHERE id = ?"_s, {id});
        return Response::noContent();
    });
}

// ---- resources -------------------------------------------------------------------------------

Response ResourceServerModule::listResources(Request &request)
{
    Page page;
    if (auto err = parsePage(request, Paging, &page))
        return *err;
    const QString serverId = request.param(u"rsId"_s);
    if (!loadServer(serverId))
        return ServerNotFound.response();
    const QString parentId = request.queryValue(u"parentId"_s);
    if (!parentId.isEmpty() && !loadResource(serverId, parentId))
        return ResourceNotFound.response();

    const QString where = u" FROM resources WHERE resource_server_id = ? AND "_s +
                          (parentId.isEmpty() ? u"parent_id IS NULL"_s : u"parent_id = ?"_s);
    QVariantList binds{serverId};
    if (!parentId.isEmpty())
        binds.append(parentId);
    auto [total, q] = Sql::page(m_db.db(), ResourceColumns, where, u"ORDER BY created_at, rowid"_s,
                                binds, page.limit, page.offset);
    QJsonArray items;
    while (q.next()) {
        items.append(toJson(readResource(q)));
    }
    const QString extra =
        parentId.isEmpty()
            ? QString()
            : QString(u"parentId="_s + QString::fromUtf8(QUrl::toPercentEncoding(parentId)));
    return Response::json(listEnvelope(total, page, u"resources"_s, items,
                                       u"resource-servers/"_s + serverId + u"/resources"_s, extra));
}

Response ResourceServerModule::createResource(Request &request)
{
    const QString serverId = request.param(u"rsId"_s);
    const auto server = loadServer(serverId);
    if (!server)
        return ServerNotFound.response();
    if (server->readOnly)
        return ReadOnlyResource.response();
    const auto body = JsonFields::parseObject(request.body, nullptr);
    if (!body)
        return InvalidRequest.response();
    Resource r;
    r.serverId = serverId;
    bool hasParent = false;
    if (!readNamed(*body, &r.name, &r.handle, &r.description) ||
        !JsonFields::optionalString(*body, u"parent"_s, &r.parentId, &hasParent)) {
        return InvalidRequest.response();
    }
    // `parent` is the spec's field; `parentId` (the list filter's name) is accepted as an alias.
    if (!hasParent && !JsonFields::optionalString(*body, u"parentId"_s, &r.parentId))
        return InvalidRequest.response();
    if (auto err = checkNamed(r.name, r.handle, server->delimiter))
        return *err;

    return WriteTransaction::run(m_db, [&]() -> Response {
        QString parentPermission;
        if (!r.parentId.isEmpty()) {
            const auto parent = loadResource(serverId, r.parentId);
            if (!parent) {
                return ParentNotFound.response();
            }
            parentPermission = parent->permission;
        }
        if (Sql::exists(m_db.db(),
                        u"SELECT 1 FROM resources WHERE resource_server_id = ? AND "
                        "IFNULL(parent_id, '') = ? AND handle = ?"_s,
                        {serverId, r.parentId.isEmpty() ? u""_s : r.parentId, r.handle})) {
            return HandleConflict.response();
        }
        r.permission = parentPermission.isEmpty()
                           ? r.handle
                           : QString(parentPermission + server->delimiter + r.handle);
        r.id = Ids::uuid7();
        QSqlQuery q =
            Sql::exec(m_db.db(),
                      u"INSERT INTO resources(id, resource_server_id, parent_id, name, handle, "
                      "description, permission, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {QVariant(r.id), QVariant(serverId), Sql::nullable(r.parentId),
                       QVariant(r.name), QVariant(r.handle), Sql::nullable(r.description),
                       QVariant(r.permission), QVariant(Ids::now())});
        return created(toJson(r), u"/resource-servers/"_s + serverId + u"/resources/"_s + r.id);
    });
}

Response ResourceServerModule::getResource(Request &request)
{
    const QString serverId = request.param(u"rsId"_s);
    if (!loadServer(serverId))
        return ServerNotFound.response();
    const auto r = loadResource(serverId, request.param(u"id"_s));
    if (!r)
        return ResourceNotFound.response();
    return Response::json(toJson(*r));
}

Response ResourceServerModule::updateResource(Request &request)
{
    const QString serverId = request.param(u"rsId"_s);
    const auto server = loadServer(serverId);
    if (!server)
        return ServerNotFound.response();
    if (server->readOnly)
        return ReadOnlyResource.response();
    // Handle and parent are immutable.
    return rename(request, u"resources"_s, ResourceNotFound,
                  [&] { return loadResource(serverId, request.param(u"id"_s)); });
}

Response ResourceServerModule::deleteResource(Request &request)
{
    const QString serverId = request.param(u"rsId"_s);
    const QString id = request.param(u"id"_s);
    return WriteTransaction::run(m_db, [&]() -> Response {
        const auto server = loadServer(serverId);
        if (server && server->readOnly) {
            return ReadOnlyResource.response();
        }
        const auto r = server ? loadResource(serverId, id) : std::nullopt;
        if (!r)
            return Response::noContent(); // idempotent, as ThunderID
        if (Sql::exists(m_db.db(),
                        u"SELECT 1 FROM resources WHERE parent_id = ? UNION ALL "
                        "SELECT 1 FROM actions WHERE resource_id = ? LIMIT 1"_s,
                        {id, id})) {
            return CannotDeleteResource.response();
        }
        Sql::exec(m_db.db(), u"DELETE FROM resources WHERE id = ?"_s, {id});
        forgetPermissionIfUnused(serverId, r->permission);
        return Response::noContent();
    });
}

// ---- actions ---------------------------------------------------------------------------------

Response ResourceServerModule::listActions(Request &request, bool resourceLevel)
{
    Page page;
    if (auto err = parsePage(request, Paging, &page))
        return *err;
    const QString serverId = request.param(u"rsId"_s);
    const QString resourceId = resourceLevel ? request.param(u"resourceId"_s) : QString();
    if (!loadServer(serverId))
        return ServerNotFound.response();
    if (resourceLevel && !loadResource(serverId, resourceId))
        return ResourceNotFound.response();
    const bool hasKind = request.hasQuery(u"kind"_s);
    const QString kind = request.queryValue(u"kind"_s);
    if (hasKind && kind != u"tool"_s && kind != u"resource"_s)
        return InvalidRequest.response();

    QString where = u" FROM actions WHERE resource_server_id = ? AND IFNULL(resource_id, '') = ?"_s;
    QVariantList binds{serverId, resourceId.isEmpty() ? u""_s : resourceId};
    if (hasKind) {
        where += u" AND json_extract(extra, '$.kind') = ?"_s;
        binds.append(kind);
    }
    auto [total, q] = Sql::page(m_db.db(), ActionColumns, where, u"ORDER BY created_at, rowid"_s,
                                binds, page.limit, page.offset);
    QJsonArray items;
    while (q.next()) {
        items.append(toJson(readAction(q)));
    }
    const QString base = resourceLevel ? QString(u"resource-servers/"_s + serverId +
                                                 u"/resources/"_s + resourceId + u"/actions"_s)
                                       : QString(u"resource-servers/"_s + serverId + u"/actions"_s);
    return Response::json(listEnvelope(total, page, u"actions"_s, items, base,
                                       hasKind ? QString(u"kind="_s + kind) : QString()));
}

Response ResourceServerModule::createAction(Request &request, bool resourceLevel)
{
    const QString serverId = request.param(u"rsId"_s);
    const QString resourceId = resourceLevel ? request.param(u"resourceId"_s) : QString();
    const auto server = loadServer(serverId);
    if (!server)
        return ServerNotFound.response();
    std::optional<Resource> resource;
    if (resourceLevel) {
        resource = loadResource(serverId, resourceId);
        if (!resource)
            return ResourceNotFound.response();
    }
    if (server->readOnly)
        return ReadOnlyAction.response();
    const auto body = JsonFields::parseObject(request.body, nullptr);
    if (!body)
        return InvalidRequest.response();
    Action a;
    a.serverId = serverId;
    a.resourceId = resourceId;
    if (!readNamed(*body, &a.name, &a.handle, &a.description) ||
        !JsonFields::optionalString(*body, u"kind"_s, &a.kind)) {
        return InvalidRequest.response();
    }
    if (auto err = checkNamed(a.name, a.handle, server->delimiter))
        return *err;
    if (!a.kind.isEmpty() && a.kind != u"tool"_s && a.kind != u"resource"_s)
        return InvalidRequest.response();
    if (a.kind.isEmpty() && server->type == u"MCP"_s)
        a.kind = u"tool"_s;

    return WriteTransaction::run(m_db, [&]() -> Response {
        if (Sql::exists(m_db.db(),
                        u"SELECT 1 FROM actions WHERE resource_server_id = ? AND "
                        "IFNULL(resource_id, '') = ? AND handle = ?"_s,
                        {serverId, resourceId.isEmpty() ? u""_s : resourceId, a.handle})) {
            return HandleConflict.response();
        }
        a.permission =
            resource ? QString(resource->permission + server->delimiter + a.handle) : a.handle;
        a.id = Ids::uuid7();
        QJsonObject extra;
        if (!a.kind.isEmpty())
            extra.insert(u"kind"_s, a.kind);
        Sql::exec(m_db.db(),
                  u"INSERT INTO actions(id, resource_server_id, resource_id, name, handle, "
                  "description, permission, extra, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {a.id, serverId, Sql::nullable(resourceId), a.name, a.handle,
                   Sql::nullable(a.description), a.permission, Sql::jsonText(extra), Ids::now()});
        const QString location =
            resourceLevel ? QString(u"/resource-servers/"_s + serverId + u"/resources/"_s +
                                    resourceId + u"/actions/"_s + a.id)
                          : QString(u"/resource-servers/"_s + serverId + u"/actions/"_s + a.id);
        return created(toJson(a), location);
    });
}

Response ResourceServerModule::getAction(Request &request, bool resourceLevel)
{
    const QString serverId = request.param(u"rsId"_s);
    const QString resourceId = resourceLevel ? request.param(u"resourceId"_s) : QString();
    if (!loadServer(serverId))
        return ServerNotFound.response();
    if (resourceLevel && !loadResource(serverId, resourceId))
        return ResourceNotFound.response();
    const auto a = loadAction(serverId, resourceId, request.param(u"id"_s));
    if (!a)
        return ActionNotFound.response();
    return Response::json(toJson(*a));
}

Response ResourceServerModule::updateAction(Request &request, bool resourceLevel)
{
    const QString serverId = request.param(u"rsId"_s);
    const QString resourceId = resourceLevel ? request.param(u"resourceId"_s) : QString();
    const auto server = loadServer(serverId);
    if (!server)
        return ServerNotFound.response();
    if (server->readOnly)
        return ReadOnlyAction.response();
    if (resourceLevel && !loadResource(serverId, resourceId))
        return ResourceNotFound.response();
    // Handle and kind are immutable.
    return rename(request, u"actions"_s, ActionNotFound,
                  [&] { return loadAction(serverId, resourceId, request.param(u"id"_s)); });
}

Response ResourceServerModule::deleteAction(Request &request, bool resourceLevel)
{
    const QString serverId = request.param(u"rsId"_s);
    const QString resourceId = resourceLevel ? request.param(u"resourceId"_s) : QString();
    const QString id = request.param(u"id"_s);
    return WriteTransaction::run(m_db, [&]() -> Response {
        const auto server = loadServer(serverId);
        if (server && server->readOnly) {
            return ReadOnlyAction.response();
        }
        if (!server || (resourceLevel && !loadResource(serverId, resourceId)))
            return Response::noContent(); // idempotent, as ThunderID
        const auto a = loadAction(serverId, resourceId, id);
        if (!a)
            return Response::noContent();
        Sql::exec(m_db.db(), u"DELETE FROM actions WHERE id = ?"_s, {id});
        forgetPermissionIfUnused(serverId, a->permission);
        return Response::noContent();
    });
}

} // namespace tid::sandbox
