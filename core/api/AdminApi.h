#pragma once

#include "core/api/Call.h"
#include "core/domain/Action.h"
#include "core/domain/Agent.h"
#include "core/domain/Application.h"
#include "core/domain/EntityRef.h"
#include "core/domain/Group.h"
#include "core/domain/OrganizationUnit.h"
#include "core/domain/Page.h"
#include "core/domain/Resource.h"
#include "core/domain/ResourceServer.h"
#include "core/domain/Role.h"
#include "core/domain/User.h"

namespace tid::core {

class ApiClient;

// ThunderID's management API (paths and shapes of ../shared/thunderid-api/*.yaml), returning
// domain values. Every call goes through the ApiClient (bearer token, timeout, retries for
// GETs, TLS pin) and answers through a typed Call. Lists are paged with PageRequest
// (limit/offset) and come back as Page<T> with the server's totalResults.
class AdminApi final
{
public:
    explicit AdminApi(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Organization units
    Call<Page<OrganizationUnit>> listOrganizationUnits(const PageRequest &page = {}) const;
    Call<OrganizationUnit> getOrganizationUnit(const QString &id) const;

    // Resource servers, their resources (nested by parent) and actions
    Call<Page<ResourceServer>> listResourceServers(const PageRequest &page = {}) const;
    Call<ResourceServer> getResourceServer(const QString &id) const;
    Call<ResourceServer> createResourceServer(const ResourceServer &rs) const;
    Call<ResourceServer> updateResourceServer(const ResourceServer &rs) const; // PUT rs.id
    Call<NoContent> deleteResourceServer(const QString &id) const;

    // parentId empty: top-level resources only (ThunderID's rule).
    Call<Page<Resource>> listResources(const QString &rsId, const PageRequest &page = {},
                                       const QString &parentId = {}) const;
    Call<Resource> getResource(const QString &rsId, const QString &id) const;
    Call<Resource> createResource(const QString &rsId, const Resource &resource) const;
    Call<Resource> updateResource(const QString &rsId, const Resource &resource) const;
    Call<NoContent> deleteResource(const QString &rsId, const QString &id) const;

    // resourceId empty: the server-level actions; otherwise the actions of that resource.
    Call<Page<Action>> listActions(const QString &rsId, const QString &resourceId = {},
                                   const PageRequest &page = {}) const;
    Call<Action> getAction(const QString &rsId, const QString &resourceId, const QString &id) const;
    Call<Action> createAction(const QString &rsId, const QString &resourceId,
                              const Action &action) const;
    Call<Action> updateAction(const QString &rsId, const QString &resourceId,
                              const Action &action) const;
    Call<NoContent> deleteAction(const QString &rsId, const QString &resourceId,
                                 const QString &id) const;

    // Roles and their assignments
    Call<Page<Role>> listRoles(const PageRequest &page = {}) const;
    Call<Role> getRole(const QString &id) const;
    Call<Role> createRole(const Role &role) const;
    Call<Role> updateRole(const Role &role) const;
    Call<NoContent> deleteRole(const QString &id) const;
    // type Unknown: every type.
    Call<Page<Assignment>>
    listRoleAssignments(const QString &roleId, const PageRequest &page = {},
                        EntityRef::Type type = EntityRef::Type::Unknown) const;
    Call<NoContent> addRoleAssignments(const QString &roleId,
                                       const QList<Assignment> &assignments) const;
    Call<NoContent> removeRoleAssignments(const QString &roleId,
                                          const QList<Assignment> &assignments) const;

    // Agents
    Call<Page<Agent>> listAgents(const PageRequest &page = {}) const;
    Call<Agent> getAgent(const QString &id) const;
    // The response carries oauth->clientSecret once (create/update only).
    Call<Agent> createAgent(const Agent &agent) const;
    Call<Agent> updateAgent(const Agent &agent) const; // full replacement
    Call<NoContent> deleteAgent(const QString &id) const;
    Call<Page<Group>> listAgentGroups(const QString &agentId, const PageRequest &page = {}) const;
    // ThunderID lists the agent's roles as strings.
    Call<Page<QString>> listAgentRoles(const QString &agentId, const PageRequest &page = {}) const;

    // Applications
    Call<Page<Application>> listApplications(const PageRequest &page = {}) const;
    Call<Application> getApplication(const QString &id) const;
    Call<Application> createApplication(const Application &app) const;
    Call<Application> updateApplication(const Application &app) const;
    Call<NoContent> deleteApplication(const QString &id) const;

    // Users
    Call<Page<User>> listUsers(const PageRequest &page = {}) const;
    Call<User> getUser(const QString &id) const;
    Call<User> createUser(const User &user) const;
    Call<User> updateUser(const User &user) const;
    Call<NoContent> deleteUser(const QString &id) const;
    Call<Page<Group>> listUserGroups(const QString &userId, const PageRequest &page = {}) const;

    // Groups and members
    Call<Page<Group>> listGroups(const PageRequest &page = {}) const;
    Call<Group> getGroup(const QString &id) const;
    Call<Group> createGroup(const Group &group) const;
    Call<Group> updateGroup(const Group &group) const;
    Call<NoContent> deleteGroup(const QString &id) const;
    Call<Page<Member>> listGroupMembers(const QString &groupId, const PageRequest &page = {}) const;
    Call<NoContent> addGroupMembers(const QString &groupId, const QList<Member> &members) const;
    Call<NoContent> removeGroupMembers(const QString &groupId, const QList<Member> &members) const;

    // Percent-encodes one path segment (ids are UUIDs, but never trust that).
    static QString segment(const QString &id);

private:
    ApiClient *m_client;
};

} // namespace tid::core
