#pragma once

#include "sandbox/Module.h"
#include "sandbox/http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace tid::sandbox {

class Database;

// ThunderID's role API (api/role.yaml): /roles CRUD with permissions grouped by resource server,
// and /roles/{id}/assignments (list, add, remove) for users, groups, apps and agents.
class RoleModule final : public Module
{
    Q_DISABLE_COPY_MOVE(RoleModule)

public:
    explicit RoleModule(Database &db);

    QString name() const override { return QStringLiteral("admin.roles"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;
    bool bootstrap(QString *error) override;

private:
    struct Role
    {
        QString id, ouId, ouHandle, name, description;
        bool readOnly = false;
    };
    struct PermissionGroup
    {
        QString resourceServerId;
        QStringList permissions;
    };
    struct Assignment
    {
        QString id, type;
    };

    Response listRoles(Request &request);
    Response createRole(Request &request);
    Response getRole(Request &request);
    Response updateRole(Request &request);
    Response deleteRole(Request &request);
    Response listAssignments(Request &request);
    Response changeAssignments(Request &request, bool add);

    std::optional<Role> loadRole(const QString &id) const;
    QJsonArray permissionsJson(const QString &roleId) const;
    // The body's `permissions` as groups per resource server; false when malformed.
    static bool readPermissionGroups(const QJsonValue &value, QList<PermissionGroup> *out);
    // Validates every group against the resource servers' defined permissions.
    std::optional<Response> validatePermissions(const QList<PermissionGroup> &groups) const;
    void writePermissions(const QString &roleId, const QList<PermissionGroup> &groups);
    // The assignee exists in its table (users, groups, applications, agents).
    bool assigneeExists(const Assignment &assignment) const;
    QString displayOf(const Assignment &assignment) const;

    static QJsonObject summaryJson(const Role &role);

    Database &m_db;
};

} // namespace tid::sandbox
