#include "core/api/AdminApi.h"

#include "core/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

template<typename T> using FromJson = T (*)(const QJsonObject &, QString *);

template<typename T> Call<T> objectCall(ApiJob *job, FromJson<T> fromJson)
{
    return {job, [fromJson](const ApiResponse &r, ApiError *e) {
                if (!r.json.isObject()) {
                    *e = ApiError::make(ApiError::Kind::Decode,
                                        r.body.isEmpty()
                                            ? u"the server sent an empty body where an object "
                                              "was expected"_s
                                            : u"expected a JSON object"_s,
                                        r.url);
                    return T{};
                }
                QString problem;
                T value = fromJson(r.json.object(), &problem);
                if (!problem.isEmpty())
                    *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
                return value;
            }};
}

template<typename T>
Page<T> parsePage(const ApiResponse &r, ApiError *e, QLatin1StringView itemsKey,
                  FromJson<T> fromJson)
{
    if (!r.json.isObject()) {
        *e = ApiError::make(ApiError::Kind::Decode, u"expected a JSON list envelope"_s, r.url);
        return {};
    }
    QString problem;
    Page<T> page = Page<T>::fromJson(
        r.json.object(), itemsKey,
        [fromJson](const QJsonValue &v, QString *err) {
            if (!v.isObject()) {
                *err = u"list item is not an object"_s;
                return T{};
            }
            return fromJson(v.toObject(), err);
        },
        &problem);
    if (!problem.isEmpty())
        *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
    return page;
}

template<typename T>
Call<Page<T>> pageCall(ApiJob *job, QLatin1StringView itemsKey, FromJson<T> fromJson)
{
    return {job, [itemsKey, fromJson](const ApiResponse &r, ApiError *e) {
                return parsePage<T>(r, e, itemsKey, fromJson);
            }};
}

Call<NoContent> noContentCall(ApiJob *job)
{
    return {job, [](const ApiResponse &, ApiError *) { return NoContent{}; }};
}

QUrlQuery pageQuery(const PageRequest &page)
{
    QUrlQuery q;
    page.addTo(q);
    return q;
}

QJsonDocument refsBody(QLatin1StringView key, const QList<EntityRef> &refs)
{
    QJsonArray arr;
    for (const EntityRef &r : refs)
        arr.append(r.toJson());
    return QJsonDocument(QJsonObject{{key, arr}});
}

} // namespace

AdminApi::AdminApi(ApiClient *client)
    : m_client(client)
{}

QString AdminApi::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// --- organization units ---------------------------------------------------------------------

Call<Page<OrganizationUnit>> AdminApi::listOrganizationUnits(const PageRequest &page) const
{
    return pageCall<OrganizationUnit>(m_client->get(u"/organization-units"_s, pageQuery(page)),
                                      "organizationUnits"_L1, &OrganizationUnit::fromJson);
}

Call<OrganizationUnit> AdminApi::getOrganizationUnit(const QString &id) const
{
    return objectCall<OrganizationUnit>(m_client->get(u"/organization-units/"_s + segment(id)),
                                        &OrganizationUnit::fromJson);
}

// --- resource servers -----------------------------------------------------------------------

Call<Page<ResourceServer>> AdminApi::listResourceServers(const PageRequest &page) const
{
    return pageCall<ResourceServer>(m_client->get(u"/resource-servers"_s, pageQuery(page)),
                                    "resourceServers"_L1, &ResourceServer::fromJson);
}

Call<ResourceServer> AdminApi::getResourceServer(const QString &id) const
{
    return objectCall<ResourceServer>(m_client->get(u"/resource-servers/"_s + segment(id)),
                                      &ResourceServer::fromJson);
}

Call<ResourceServer> AdminApi::createResourceServer(const ResourceServer &rs) const
{
    return objectCall<ResourceServer>(
        m_client->post(u"/resource-servers"_s, QJsonDocument(rs.toJson())),
        &ResourceServer::fromJson);
}

Call<ResourceServer> AdminApi::updateResourceServer(const ResourceServer &rs) const
{
    return objectCall<ResourceServer>(
        m_client->put(u"/resource-servers/"_s + segment(rs.id), QJsonDocument(rs.toUpdateJson())),
        &ResourceServer::fromJson);
}

Call<NoContent> AdminApi::deleteResourceServer(const QString &id) const
{
    return noContentCall(m_client->deleteResource(u"/resource-servers/"_s + segment(id)));
}

Call<Page<Resource>> AdminApi::listResources(const QString &rsId, const PageRequest &page,
                                             const QString &parentId) const
{
    QUrlQuery q = pageQuery(page);
    if (!parentId.isEmpty())
        q.addQueryItem(u"parentId"_s, parentId);
    return pageCall<Resource>(
        m_client->get(u"/resource-servers/"_s + segment(rsId) + u"/resources"_s, q), "resources"_L1,
        &Resource::fromJson);
}

Call<Resource> AdminApi::getResource(const QString &rsId, const QString &id) const
{
    return objectCall<Resource>(
        m_client->get(u"/resource-servers/"_s + segment(rsId) + u"/resources/"_s + segment(id)),
        &Resource::fromJson);
}

Call<Resource> AdminApi::createResource(const QString &rsId, const Resource &resource) const
{
    return objectCall<Resource>(
        m_client->post(u"/resource-servers/"_s + segment(rsId) + u"/resources"_s,
                       QJsonDocument(resource.toJson())),
        &Resource::fromJson);
}

Call<Resource> AdminApi::updateResource(const QString &rsId, const Resource &resource) const
{
    return objectCall<Resource>(m_client->put(u"/resource-servers/"_s + segment(rsId) +
                                                  u"/resources/"_s + segment(resource.id),
                                              QJsonDocument(resource.toUpdateJson())),
                                &Resource::fromJson);
}

Call<NoContent> AdminApi::deleteResource(const QString &rsId, const QString &id) const
{
    return noContentCall(m_client->deleteResource(u"/resource-servers/"_s + segment(rsId) +
                                                  u"/resources/"_s + segment(id)));
}

namespace {
QString actionsPath(const QString &rsId, const QString &resourceId)
{
    QString p = u"/resource-servers/"_s + AdminApi::segment(rsId);
    if (!resourceId.isEmpty())
        p += u"/resources/"_s + AdminApi::segment(resourceId);
    return p + u"/actions"_s;
}

Call<Action> withResource(const Call<Action> &call, const QString &resourceId)
{
    // Same job, a parser that also records which resource the action belongs to.
    return {call.job(), [resourceId](const ApiResponse &r, ApiError *e) {
                if (!r.json.isObject()) {
                    *e = ApiError::make(ApiError::Kind::Decode, u"expected a JSON object"_s, r.url);
                    return Action{};
                }
                QString problem;
                Action a = Action::fromJson(r.json.object(), &problem);
                if (!problem.isEmpty())
                    *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
                a.resourceId = resourceId;
                return a;
            }};
}
} // namespace

Call<Page<Action>> AdminApi::listActions(const QString &rsId, const QString &resourceId,
                                         const PageRequest &page) const
{
    return {m_client->get(actionsPath(rsId, resourceId), pageQuery(page)),
            [resourceId](const ApiResponse &r, ApiError *e) {
                Page<Action> page = parsePage<Action>(r, e, "actions"_L1, &Action::fromJson);
                for (Action &a : page.items)
                    a.resourceId = resourceId;
                return page;
            }};
}

Call<Action> AdminApi::getAction(const QString &rsId, const QString &resourceId,
                                 const QString &id) const
{
    return withResource(
        objectCall<Action>(m_client->get(actionsPath(rsId, resourceId) + u'/' + segment(id)),
                           &Action::fromJson),
        resourceId);
}

Call<Action> AdminApi::createAction(const QString &rsId, const QString &resourceId,
                                    const Action &action) const
{
    return withResource(objectCall<Action>(m_client->post(actionsPath(rsId, resourceId),
                                                          QJsonDocument(action.toJson())),
                                           &Action::fromJson),
                        resourceId);
}

Call<Action> AdminApi::updateAction(const QString &rsId, const QString &resourceId,
                                    const Action &action) const
{
    return withResource(
        objectCall<Action>(m_client->put(actionsPath(rsId, resourceId) + u'/' + segment(action.id),
                                         QJsonDocument(action.toUpdateJson())),
                           &Action::fromJson),
        resourceId);
}

Call<NoContent> AdminApi::deleteAction(const QString &rsId, const QString &resourceId,
                                       const QString &id) const
{
    return noContentCall(
        m_client->deleteResource(actionsPath(rsId, resourceId) + u'/' + segment(id)));
}

// --- roles ----------------------------------------------------------------------------------

Call<Page<Role>> AdminApi::listRoles(const PageRequest &page) const
{
    return pageCall<Role>(m_client->get(u"/roles"_s, pageQuery(page)), "roles"_L1, &Role::fromJson);
}

Call<Role> AdminApi::getRole(const QString &id) const
{
    return objectCall<Role>(m_client->get(u"/roles/"_s + segment(id)), &Role::fromJson);
}

Call<Role> AdminApi::createRole(const Role &role) const
{
    return objectCall<Role>(m_client->post(u"/roles"_s, QJsonDocument(role.toJson())),
                            &Role::fromJson);
}

Call<Role> AdminApi::updateRole(const Role &role) const
{
    return objectCall<Role>(
        m_client->put(u"/roles/"_s + segment(role.id), QJsonDocument(role.toUpdateJson())),
        &Role::fromJson);
}

Call<NoContent> AdminApi::deleteRole(const QString &id) const
{
    return noContentCall(m_client->deleteResource(u"/roles/"_s + segment(id)));
}

Call<Page<Assignment>> AdminApi::listRoleAssignments(const QString &roleId, const PageRequest &page,
                                                     EntityRef::Type type) const
{
    QUrlQuery q = pageQuery(page);
    if (type != EntityRef::Type::Unknown)
        q.addQueryItem(u"type"_s, EntityRef::typeName(type));
    return pageCall<Assignment>(
        m_client->get(u"/roles/"_s + segment(roleId) + u"/assignments"_s, q), "assignments"_L1,
        &EntityRef::fromJson);
}

Call<NoContent> AdminApi::addRoleAssignments(const QString &roleId,
                                             const QList<Assignment> &assignments) const
{
    return noContentCall(m_client->post(u"/roles/"_s + segment(roleId) + u"/assignments/add"_s,
                                        refsBody("assignments"_L1, assignments)));
}

Call<NoContent> AdminApi::removeRoleAssignments(const QString &roleId,
                                                const QList<Assignment> &assignments) const
{
    return noContentCall(m_client->post(u"/roles/"_s + segment(roleId) + u"/assignments/remove"_s,
                                        refsBody("assignments"_L1, assignments)));
}

// --- agents ---------------------------------------------------------------------------------

Call<Page<Agent>> AdminApi::listAgents(const PageRequest &page) const
{
    return pageCall<Agent>(m_client->get(u"/agents"_s, pageQuery(page)), "agents"_L1,
                           &Agent::fromJson);
}

Call<Agent> AdminApi::getAgent(const QString &id) const
{
    return objectCall<Agent>(m_client->get(u"/agents/"_s + segment(id)), &Agent::fromJson);
}

Call<Agent> AdminApi::createAgent(const Agent &agent) const
{
    return objectCall<Agent>(m_client->post(u"/agents"_s, QJsonDocument(agent.toJson())),
                             &Agent::fromJson);
}

Call<Agent> AdminApi::updateAgent(const Agent &agent) const
{
    return objectCall<Agent>(
        m_client->put(u"/agents/"_s + segment(agent.id), QJsonDocument(agent.toJson())),
        &Agent::fromJson);
}

Call<NoContent> AdminApi::deleteAgent(const QString &id) const
{
    return noContentCall(m_client->deleteResource(u"/agents/"_s + segment(id)));
}

Call<Page<Group>> AdminApi::listAgentGroups(const QString &agentId, const PageRequest &page) const
{
    return pageCall<Group>(
        m_client->get(u"/agents/"_s + segment(agentId) + u"/groups"_s, pageQuery(page)),
        "groups"_L1, &Group::fromJson);
}

Call<Page<QString>> AdminApi::listAgentRoles(const QString &agentId, const PageRequest &page) const
{
    return {m_client->get(u"/agents/"_s + segment(agentId) + u"/roles"_s, pageQuery(page)),
            [](const ApiResponse &r, ApiError *e) {
                if (!r.json.isObject()) {
                    *e = ApiError::make(ApiError::Kind::Decode, u"expected a JSON list envelope"_s,
                                        r.url);
                    return Page<QString>{};
                }
                QString problem;
                // Strings per agent.yaml; tolerate role objects too (their id).
                Page<QString> page = Page<QString>::fromJson(
                    r.json.object(), "roles"_L1,
                    [](const QJsonValue &v, QString *err) {
                        if (v.isString())
                            return v.toString();
                        const QString id = v.toObject().value("id"_L1).toString();
                        if (id.isEmpty())
                            *err = u"role list item is neither a string nor a role"_s;
                        return id;
                    },
                    &problem);
                if (!problem.isEmpty())
                    *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
                return page;
            }};
}

// --- applications ---------------------------------------------------------------------------

Call<Page<Application>> AdminApi::listApplications(const PageRequest &page) const
{
    return pageCall<Application>(m_client->get(u"/applications"_s, pageQuery(page)),
                                 "applications"_L1, &Application::fromJson);
}

Call<Application> AdminApi::getApplication(const QString &id) const
{
    return objectCall<Application>(m_client->get(u"/applications/"_s + segment(id)),
                                   &Application::fromJson);
}

Call<Application> AdminApi::createApplication(const Application &app) const
{
    return objectCall<Application>(m_client->post(u"/applications"_s, QJsonDocument(app.toJson())),
                                   &Application::fromJson);
}

Call<Application> AdminApi::updateApplication(const Application &app) const
{
    return objectCall<Application>(
        m_client->put(u"/applications/"_s + segment(app.id), QJsonDocument(app.toJson())),
        &Application::fromJson);
}

Call<NoContent> AdminApi::deleteApplication(const QString &id) const
{
    return noContentCall(m_client->deleteResource(u"/applications/"_s + segment(id)));
}

// --- users ----------------------------------------------------------------------------------

Call<Page<User>> AdminApi::listUsers(const PageRequest &page) const
{
    return pageCall<User>(m_client->get(u"/users"_s, pageQuery(page)), "users"_L1, &User::fromJson);
}

Call<User> AdminApi::getUser(const QString &id) const
{
    return objectCall<User>(m_client->get(u"/users/"_s + segment(id)), &User::fromJson);
}

Call<User> AdminApi::createUser(const User &user) const
{
    return objectCall<User>(m_client->post(u"/users"_s, QJsonDocument(user.toJson())),
                            &User::fromJson);
}

Call<User> AdminApi::updateUser(const User &user) const
{
    return objectCall<User>(
        m_client->put(u"/users/"_s + segment(user.id), QJsonDocument(user.toJson())),
        &User::fromJson);
}

Call<NoContent> AdminApi::deleteUser(const QString &id) const
{
    return noContentCall(m_client->deleteResource(u"/users/"_s + segment(id)));
}

Call<Page<Group>> AdminApi::listUserGroups(const QString &userId, const PageRequest &page) const
{
    return pageCall<Group>(
        m_client->get(u"/users/"_s + segment(userId) + u"/groups"_s, pageQuery(page)), "groups"_L1,
        &Group::fromJson);
}

// --- groups ---------------------------------------------------------------------------------

Call<Page<Group>> AdminApi::listGroups(const PageRequest &page) const
{
    return pageCall<Group>(m_client->get(u"/groups"_s, pageQuery(page)), "groups"_L1,
                           &Group::fromJson);
}

Call<Group> AdminApi::getGroup(const QString &id) const
{
    return objectCall<Group>(m_client->get(u"/groups/"_s + segment(id)), &Group::fromJson);
}

Call<Group> AdminApi::createGroup(const Group &group) const
{
    return objectCall<Group>(m_client->post(u"/groups"_s, QJsonDocument(group.toJson())),
                             &Group::fromJson);
}

Call<Group> AdminApi::updateGroup(const Group &group) const
{
    return objectCall<Group>(
        m_client->put(u"/groups/"_s + segment(group.id), QJsonDocument(group.toUpdateJson())),
        &Group::fromJson);
}

Call<NoContent> AdminApi::deleteGroup(const QString &id) const
{
    return noContentCall(m_client->deleteResource(u"/groups/"_s + segment(id)));
}

Call<Page<Member>> AdminApi::listGroupMembers(const QString &groupId, const PageRequest &page) const
{
    return pageCall<Member>(
        m_client->get(u"/groups/"_s + segment(groupId) + u"/members"_s, pageQuery(page)),
        "members"_L1, &EntityRef::fromJson);
}

Call<NoContent> AdminApi::addGroupMembers(const QString &groupId,
                                          const QList<Member> &members) const
{
    return noContentCall(m_client->post(u"/groups/"_s + segment(groupId) + u"/members/add"_s,
                                        refsBody("members"_L1, members)));
}

Call<NoContent> AdminApi::removeGroupMembers(const QString &groupId,
                                             const QList<Member> &members) const
{
    return noContentCall(m_client->post(u"/groups/"_s + segment(groupId) + u"/members/remove"_s,
                                        refsBody("members"_L1, members)));
}

} // namespace tid::core
