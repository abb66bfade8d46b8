#pragma once

#include "sandbox/http/Router.h"

#include <QJsonObject>

namespace tid::sandbox {

class FlowServices;
struct ClientRecord;

// The credentials extension API for agents: POST /agents/{id}/credentials/rotate {graceSeconds}
// returns the new secret once and lets the old ones work until the grace ends;
// POST /agents/{id}/credentials/revoke kills every secret and revokes every token of the client;
// GET /agents/{id}/credentials lists metadata only (created, expires, last used, revoked).
class AgentCredentialsEndpoints final
{
    Q_DISABLE_COPY_MOVE(AgentCredentialsEndpoints)

public:
    static constexpr int MaxGraceSeconds = 30 * 86400;

    explicit AgentCredentialsEndpoints(FlowServices &services);

    void registerRoutes(Router &router);
    Response list(Request &request);
    Response rotate(Request &request);
    Response revoke(Request &request);

private:
    // The audit event of a change of the agent's credentials, with its id and the caller.
    bool record(const Request &request, const QString &type, const ClientRecord &agent,
                QJsonObject data);

    FlowServices &m_services;
};

} // namespace tid::sandbox
