#pragma once

#include "sandbox/Module.h"
#include "sandbox/admin/EntityCrud.h"
#include "sandbox/http/Router.h"

#include <QJsonObject>

#include <optional>

namespace tid::sandbox {

struct SandboxContext;

// /users (user.yaml): list (filter on attributes, `username eq "…"`), create, get, update,
// delete and /users/{id}/groups. The `password` attribute is a credential: stored as a salted
// hash, never returned. Bootstraps the admin user (random password printed once).
class UserModule final : public Module
{
public:
    explicit UserModule(SandboxContext &context);

    QString name() const override { return QStringLiteral("admin.users"); }
    QStringList migrations() const override { return {}; }
    void registerRoutes(Router &router) override;
    bool bootstrap(QString *error) override;

private:
    Response list(Request &request);
    Response create(Request &request);
    Response update(Request &request);
    std::optional<QJsonObject> load(const QString &id, bool display = false) const;

    SandboxContext &m_context;
    EntityCrud m_crud;
};

} // namespace tid::sandbox
