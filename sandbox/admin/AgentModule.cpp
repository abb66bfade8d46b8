#include "sandbox/admin/AgentModule.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/admin/Entities.h"
#include "sandbox/admin/OAuthProfile.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/ListFilter.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

const ServiceErrors agentError(u"agentservice"_s);

const ServiceError InvalidRequest = agentError.invalidRequest(u"AGT-1001"_s);
const ServiceError NotFound =
    agentError(404, u"AGT-1004"_s, u"agent_not_found"_s, u"Agent not found"_s,
               u"The agent with the specified id does not exist"_s);
const ServiceError OuNotFound = agentError.ouNotFound(u"AGT-1005"_s);
const ServiceError InvalidName =
    agentError(400, u"AGT-1009"_s, u"invalid_agent_name"_s, u"Invalid agent name"_s,
               u"The agent name must be provided and non-empty"_s);
const ServiceError InvalidType =
    agentError(400, u"AGT-1010"_s, u"invalid_agent_type"_s, u"Invalid agent type"_s,
               u"The agent type must be provided"_s);
const ServiceError LimitError =
    agentError(400, u"AGT-1011"_s, u"invalid_limit"_s, u"Invalid pagination parameter"_s,
               u"The limit parameter must be between 1 and 100"_s);
const ServiceError OffsetError =
    agentError(400, u"AGT-1012"_s, u"invalid_offset"_s, u"Invalid pagination parameter"_s,
               u"The offset parameter must be a non-negative integer"_s);
const ServiceError NameConflict =
    agentError(409, u"AGT-1013"_s, u"agent_already_exists_with_name"_s, u"Agent already exists"_s,
               u"An agent with the same name already exists"_s);
const ServiceError InvalidFilter =
    agentError(400, u"AGT-1020"_s, u"invalid_filter"_s, u"Invalid filter parameter"_s,
               u"The filter format is invalid"_s);
const ServiceError Declarative =
    agentError(403, u"AGT-1027"_s, u"cannot_modify_declarative_resource"_s,
               u"Cannot modify declarative resource"_s,
               u"Declaratively managed agents cannot be modified via the API"_s);
const ServiceError ClientIdConflict = agentError(
    409, u"AGT-1037"_s, u"agent_already_exists_with_client_id"_s, u"Client ID already in use"_s,
    u"An entity with the same client ID already exists"_s);
const ServiceError OwnerNotFound =
    agentError(400, u"AGT-1039"_s, u"owner_not_found"_s, u"Owner not found"_s,
               u"The specified owner does not match any known user, application, or agent"_s);

const OAuthProfile::Errors ProfileErrors =
    OAuthProfile::errors(agentError, InvalidRequest,
                         {u"AGT-1003"_s, u"AGT-1034"_s, u"AGT-1002"_s, u"AGT-1022"_s, u"AGT-1023"_s,
                          u"AGT-1021"_s, u"AGT-1038"_s},
                         {u"One or more grant types are not supported"_s,
                          u"One or more provided response types are invalid"_s,
                          u"One or more redirect URIs are not valid"_s,
                          u"The provided token endpoint authentication method is not supported"_s,
                          u"The public client configuration is invalid"_s,
                          u"The provided OAuth configuration is invalid"_s,
                          u"An entity may have at most one inbound auth config per protocol"_s});

const QList<QPair<QString, JsonFields::Kind>> ExtraFields = {
    {u"description"_s, JsonFields::Kind::String},
    {u"logoUrl"_s, JsonFields::Kind::String},
    {u"attributes"_s, JsonFields::Kind::Object},
    {u"authFlowId"_s, JsonFields::Kind::String},
    {u"registrationFlowId"_s, JsonFields::Kind::String},
    {u"isRegistrationFlowEnabled"_s, JsonFields::Kind::Bool},
    {u"themeId"_s, JsonFields::Kind::String},
    {u"layoutId"_s, JsonFields::Kind::String},
    {u"assertion"_s, JsonFields::Kind::Object},
    {u"loginConsent"_s, JsonFields::Kind::Object},
    {u"allowedUserTypes"_s, JsonFields::Kind::StringArray},
};

// The members of the Agent summary used in lists.
const QStringList SummaryFields = {u"id"_s,    u"ouId"_s,        u"ouHandle"_s,  u"type"_s,
                                   u"name"_s,  u"description"_s, u"logoUrl"_s,   u"clientId"_s,
                                   u"owner"_s, u"attributes"_s,  u"isReadOnly"_s};

const QString Columns = u"id, ou_id, name, type, owner, client_id, extra, is_read_only"_s;
const QString Select = QString(u"SELECT "_s + Columns + u" FROM agents"_s);

QJsonObject agentJson(const QSqlQuery &q, const QSqlDatabase &db, bool display)
{
    QJsonObject o = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    o.insert(u"id"_s, q.value(0).toString());
    o.insert(u"ouId"_s, q.value(1).toString());
    o.insert(u"name"_s, q.value(2).toString());
    o.insert(u"type"_s, q.value(3).toString());
    if (!q.value(4).isNull())
        o.insert(u"owner"_s, q.value(4).toString());
    if (!q.value(5).isNull())
        o.insert(u"clientId"_s, q.value(5).toString());
    if (!o.contains(u"attributes"_s))
        o.insert(u"attributes"_s, QJsonObject());
    o.insert(u"isReadOnly"_s, q.value(7).toInt() != 0);
    if (display)
        o.insert(u"ouHandle"_s, Entities::ouHandlePath(db, q.value(1).toString()));
    return o;
}

// The collection as EntityCrud serves it.
const EntityCrud::Spec Crud{u"agents"_s,    u"agents"_s, u"agent"_s,  NotFound,     Declarative,
                            InvalidRequest, LimitError,  OffsetError, InvalidFilter};

} // namespace

AgentModule::AgentModule(SandboxContext &context)
    : m_context(context)
    , m_clients(*context.db)
    , m_crud(*context.db, Crud,
             [this](const QString &id, bool display) { return load(id, display); })
{}

void AgentModule::registerRoutes(Router &router)
{
    m_crud.registerRoutes(
        router, [this](Request &r) { return list(r); },
        EntityCrud::Save([this](Request &r, const auto &existing) { return save(r, existing); }),
        OAuthProfile::secretsCleanup(m_clients));
    m_crud.registerSubList(router, u"groups"_s, [this](const QString &id, bool) {
        return Entities::directGroups(m_context.db->db(), id, u"agent"_s);
    });
    m_crud.registerSubList(router, u"roles"_s, [this](const QString &id, bool) {
        return QJsonArray::fromStringList(Entities::roleNames(m_context.db->db(), id, u"agent"_s));
    });
}

std::optional<QJsonObject> AgentModule::load(const QString &id, bool display) const
{
    const QSqlDatabase db = m_context.db->db();
    QSqlQuery q = Sql::exec(db, QString(Select + u" WHERE id = ?"_s), {id});
    if (!q.next())
        return std::nullopt;
    return agentJson(q, db, display);
}

Response AgentModule::list(Request &request)
{
    // ThunderID filters agents only on keys inside `attributes` (REFERENCE §2.1).
    EntityCrud::ListQuery query;
    if (auto error = m_crud.parseList(
            request, &query, [](const ListFilter &filter) { return filter.value.isString(); })) {
        return *error;
    }
    const QSqlDatabase db = m_context.db->db();
    const auto summaryOf = [](const QJsonObject &agent) {
        QJsonObject summary;
        for (const QString &field : SummaryFields) {
            if (agent.contains(field))
                summary.insert(field, agent.value(field));
        }
        return summary;
    };
    // Lists page in SQL, filtered too: a store with 100,000 agents answers one page in
    // milliseconds, not by parsing every row. The filter (a string value: see the rule above)
    // is matched on the stored attributes; the segments of its path are
    // [A-Za-z_][A-Za-z0-9_-]* (ListFilter), safe inside a quoted JSON path label.
    QString from = u" FROM agents"_s;
    QVariantList binds;
    if (query.filter) {
        QString path = u"$.attributes"_s;
        for (const QString &segment : query.filter->attribute.split(u'.'))
            path += u".\""_s + segment + u'"';
        from += u" WHERE json_type(extra, ?) = 'text' AND json_extract(extra, ?) = ?"_s;
        binds = {path, path, query.filter->value.toString()};
    }
    auto [total, q] = Sql::page(db, Columns, from, u"ORDER BY created_at, id"_s, binds,
                                query.page.limit, query.page.offset);
    QJsonArray items;
    while (q.next())
        items.append(summaryOf(agentJson(q, db, query.display)));
    return Response::json(
        listEnvelope(total, query.page, u"agents"_s, items, u"agents"_s, query.extraQuery()));
}

Response AgentModule::save(Request &request, const std::optional<QJsonObject> &existing)
{
    QJsonObject object;
    if (auto error = m_crud.parseBody(request, &object))
        return *error;
    JsonFields f(object);
    const QString name = f.name(u"name"_s, false).trimmed();
    const QString type = f.string(u"type"_s).trimmed();
    QString ouId = f.string(u"ouId"_s).trimmed();
    QString owner = f.string(u"owner"_s).trimmed();
    QJsonObject extra;
    for (const auto &[key, kind] : ExtraFields)
        f.copy(key, kind, &extra);
    if (!f.ok())
        return InvalidRequest.response(f.error());
    if (name.isEmpty())
        return InvalidName.response();
    if (type.isEmpty())
        return InvalidType.response();
    if (ouId.isEmpty()) {
        if (!existing)
            return OuNotFound.response(u"ouId: is required"_s);
        ouId = existing->value(u"ouId"_s).toString();
    }
    if (owner.isEmpty()) {
        // Defaults to the creator (the authenticated principal); an update keeps the owner.
        owner = existing ? existing->value(u"owner"_s).toString()
                         : request.principal.value(u"sub"_s).toString();
    }
    OAuthProfile profile;
    if (auto error = OAuthProfile::parse(object, ProfileErrors, &profile))
        return *error;
    if (!extra.contains(u"attributes"_s))
        extra.insert(u"attributes"_s, QJsonObject());

    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        const QString id = existing ? existing->value(u"id"_s).toString() : Ids::uuid7();
        if (!Ids::isUuid(ouId) || !Entities::ouExists(db, ouId))
            return OuNotFound.response();
        if (!owner.isEmpty() && !Entities::exists(db, u"user"_s, owner) &&
            !Entities::exists(db, u"app"_s, owner) && !Entities::exists(db, u"agent"_s, owner) &&
            owner != id) {
            return OwnerNotFound.response();
        }
        if (m_crud.nameTaken(name, id))
            return NameConflict.response();
        QString secret;
        if (auto error = profile.storeFor(m_clients, db, id, u"agent"_s, existing, ClientIdConflict,
                                          &extra, &secret)) {
            return *error;
        }
        m_crud.writeRow(id, !existing,
                        {{u"ou_id"_s, ouId},
                         {u"name"_s, name},
                         {u"type"_s, type},
                         {u"owner"_s, Sql::nullable(owner)},
                         {u"client_id"_s, profile.clientIdColumn()},
                         {u"extra"_s, Sql::jsonText(extra)}});
        QJsonObject body = *load(id);
        profile.reveal(&body, secret);
        return m_crud.saved(body, id, !existing);
    });
}

} // namespace tid::sandbox
