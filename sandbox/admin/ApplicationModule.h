#pragma once

#include "sandbox/Module.h"
#include "sandbox/admin/EntityCrud.h"
#include "sandbox/http/Router.h"
#include "sandbox/security/ClientDirectory.h"

#include <QJsonObject>

#include <optional>

namespace tid::sandbox {

struct SandboxContext;

// /applications (application.yaml): list, create, get, full-replacement update, delete, with the
// OAuth profile in inboundAuthConfig[0].config. clientSecret is returned only by create/update
// and stored hashed in client_secrets; a PUT without clientSecret keeps the existing secret.
// Bootstraps the Console application (public, PKCE) and the sandbox's admin M2M application.
class ApplicationModule final : public Module
{
public:
    explicit ApplicationModule(SandboxContext &context);

    QString name() const override { return QStringLiteral("admin.applications"); }
    QStringList migrations() const override { return {}; }
    void registerRoutes(Router &router) override;
    bool bootstrap(QString *error) override;

private:
    Response list(Request &request);
    Response save(Request &request, const std::optional<QJsonObject> &existing);
    std::optional<QJsonObject> load(const QString &id) const;
    bool bootstrapConsole();
    bool bootstrapAdminApp();

    SandboxContext &m_context;
    ClientDirectory m_clients;
    EntityCrud m_crud;
};

} // namespace tid::sandbox
