#pragma once

#include "sandbox/Module.h"
#include "sandbox/admin/EntityCrud.h"
#include "sandbox/http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace tid::sandbox {

struct SandboxContext;

// /groups (group.yaml): list, create (with initial members), get, update, delete, and members
// (GET, POST add/remove) of type user, group, app or agent. Bootstraps "Administrators" with the
// admin user and the admin M2M application.
class GroupModule final : public Module
{
public:
    explicit GroupModule(SandboxContext &context);

    QString name() const override { return QStringLiteral("admin.groups"); }
    QStringList migrations() const override { return {}; }
    void registerRoutes(Router &router) override;
    bool bootstrap(QString *error) override;

private:
    struct GroupInput
    {
        QString name;
        QString ouId;
        QString description;
        QJsonArray members; // create only
    };

    Response list(Request &request);
    Response create(Request &request);
    Response update(Request &request);
    QJsonArray members(const QString &id, bool display) const;
    Response changeMembers(Request &request, bool add);
    std::optional<QJsonObject> load(const QString &id, bool display = false) const;
    // The body of a create (`withMembers`) or an update.
    std::optional<Response> parseGroup(const Request &request, bool withMembers,
                                       GroupInput *in) const;
    // Validates [{id, type}] members for group `groupId` (empty when creating); fills *out.
    std::optional<Response> parseMembers(const QJsonArray &members, const QString &groupId,
                                         bool checkExistence,
                                         QList<QPair<QString, QString>> *out) const;

    SandboxContext &m_context;
    EntityCrud m_crud;
};

} // namespace tid::sandbox
