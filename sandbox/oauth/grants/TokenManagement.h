#pragma once

#include "sandbox/http/Router.h"

namespace tid::sandbox {

class FlowServices;

// POST /oauth2/introspect (RFC 7662, client authentication; active tokens add `act` and
// `grant_type`), POST /oauth2/revoke (RFC 7009) and the administrator's signing-key rotation
// POST /oauth2/jwks/rotate (the previous key stays in the JWKS so tokens it signed still verify).
class TokenManagement final
{
    Q_DISABLE_COPY_MOVE(TokenManagement)

public:
    explicit TokenManagement(FlowServices &services);

    void registerRoutes(Router &router);
    Response introspect(Request &request);
    Response revoke(Request &request);
    Response rotateKeys(Request &request);

private:
    FlowServices &m_services;
};

} // namespace tid::sandbox
