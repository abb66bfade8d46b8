#pragma once

#include "sandbox/Module.h"
#include "sandbox/http/Router.h"
#include "sandbox/http/ServiceError.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace tid::sandbox {

class Database;

// ThunderID's resource server API (api/resource.yaml): /resource-servers CRUD, nested
// /resources (parent chain) and /actions at server and resource level. Permission strings are
// derived once, at creation, from the handle chain joined with the server's delimiter, and stored
// on each row so that token issuance and role validation read them directly.
class ResourceServerModule final : public Module
{
    Q_DISABLE_COPY_MOVE(ResourceServerModule)

public:
    // The bootstrap `system` resource of the System resource server.
    static inline const QString SystemResourceId =
        QStringLiteral("01900000-0000-7000-8000-000000000021");

    explicit ResourceServerModule(Database &db);

    QString name() const override { return QStringLiteral("admin.resource_servers"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;
    bool bootstrap(QString *error) override;

private:
    struct Server
    {
        QString id, ouId, name, description, identifier, type, delimiter;
        bool readOnly = false;
    };
    struct Resource
    {
        QString id, serverId, parentId, name, handle, description, permission;
    };
    struct Action
    {
        QString id, serverId, resourceId, name, handle, description, permission, kind;
    };

    Response listServers(Request &request);
    Response createServer(Request &request);
    Response getServer(Request &request);
    Response updateServer(Request &request);
    Response deleteServer(Request &request);

    Response listResources(Request &request);
    Response createResource(Request &request);
    Response getResource(Request &request);
    Response updateResource(Request &request);
    Response deleteResource(Request &request);

    // resourceLevel: the route carries {resourceId}.
    Response listActions(Request &request, bool resourceLevel);
    Response createAction(Request &request, bool resourceLevel);
    Response getAction(Request &request, bool resourceLevel);
    Response updateAction(Request &request, bool resourceLevel);
    Response deleteAction(Request &request, bool resourceLevel);

    // The columns of each row, and the row read back (in that column order).
    static const QString ServerColumns;
    static const QString ResourceColumns;
    static const QString ActionColumns;
    static Server readServer(const QSqlQuery &q);
    static Resource readResource(const QSqlQuery &q);
    static Action readAction(const QSqlQuery &q);

    // The update of a resource or an action, read by `load` inside the transaction: only its
    // name and description change.
    template<typename Load>
    Response rename(const Request &request, const QString &table, const ServiceError &notFound,
                    Load load);

    std::optional<Server> loadServer(const QString &id) const;
    std::optional<Resource> loadResource(const QString &serverId, const QString &id) const;
    std::optional<Action> loadAction(const QString &serverId, const QString &resourceId,
                                     const QString &id) const;
    // Drops a permission from every role once no resource or action of the server defines it.
    void forgetPermissionIfUnused(const QString &serverId, const QString &permission);

    static QJsonObject toJson(const Server &server);
    static QJsonObject toJson(const Resource &resource);
    static QJsonObject toJson(const Action &action);

    Database &m_db;
};

} // namespace tid::sandbox
