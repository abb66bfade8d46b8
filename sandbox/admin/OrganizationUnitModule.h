#pragma once

#include "sandbox/Module.h"
#include "sandbox/admin/EntityCrud.h"
#include "sandbox/http/Router.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace tid::sandbox {

struct SandboxContext;

// /organization-units (ou.yaml): list roots, create, get, full-replacement update, delete, and
// the children/users/groups/roles of one OU. Bootstraps the "default" OU with ThunderID's id.
class OrganizationUnitModule final : public Module
{
public:
    explicit OrganizationUnitModule(SandboxContext &context);

    QString name() const override { return QStringLiteral("admin.organization_units"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;
    bool bootstrap(QString *error) override;

private:
    Response list(Request &request, const QString &parentId);
    Response create(Request &request);
    Response update(Request &request);
    // The delete's own part: refused while the OU holds anything; its details row.
    std::optional<Response> removeDetails(const QString &id);
    QJsonArray users(const QString &id, bool display) const;
    QJsonArray groups(const QString &id) const;
    QJsonArray roles(const QString &id) const;
    QJsonObject toJson(const QSqlQuery &row, bool basic) const;
    std::optional<QJsonObject> load(const QString &id) const;

    SandboxContext &m_context;
    EntityCrud m_crud;
};

} // namespace tid::sandbox
