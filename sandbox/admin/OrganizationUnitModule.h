#pragma once

#include "sandbox/Module.h"
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
    Response get(Request &request);
    Response update(Request &request);
    Response remove(Request &request);
    Response users(Request &request);
    Response groups(Request &request);
    Response roles(Request &request);
    QJsonObject toJson(const QSqlQuery &row, bool basic) const;
    std::optional<QJsonObject> load(const QString &id) const;

    SandboxContext &m_context;
};

} // namespace tid::sandbox
