#pragma once

#include "sandbox/Module.h"
#include "sandbox/admin/EntityCrud.h"
#include "sandbox/http/Router.h"
#include "sandbox/security/ClientDirectory.h"

#include <QJsonObject>

#include <optional>

namespace tid::sandbox {

struct SandboxContext;

// /agents (agent.yaml, REFERENCE §2.1): list (filter only on keys inside `attributes`), create,
// get, full-replacement update, delete (cascades group and role membership), /agents/{id}/groups
// and /agents/{id}/roles. clientId is generated (22 base64url characters) when omitted; the
// secret is returned only by create/update and stored hashed. `owner` defaults to the caller.
class AgentModule final : public Module
{
public:
    explicit AgentModule(SandboxContext &context);

    QString name() const override { return QStringLiteral("admin.agents"); }
    // An index for the list order, so unfiltered pages need no sort of the whole table.
    QStringList migrations() const override
    {
        return {QStringLiteral("CREATE INDEX agents_list_order ON agents(created_at, id)")};
    }
    void registerRoutes(Router &router) override;

private:
    Response list(Request &request);
    Response save(Request &request, const std::optional<QJsonObject> &existing);
    std::optional<QJsonObject> load(const QString &id, bool display = false) const;

    SandboxContext &m_context;
    ClientDirectory m_clients;
    EntityCrud m_crud;
};

} // namespace tid::sandbox
