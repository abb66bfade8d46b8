#pragma once

#include "sandbox/oauth/OAuthModule.h"

namespace tid::sandbox {

class FlowServices;

// CIBA poll mode: POST /oauth2/bc-authorize starts a request (client authentication, exactly
// one of login_hint / id_token_hint, scope with openid, binding_message of at most 256 printable
// characters and unique among the user's pending requests, requested_expiry of at most 600 s,
// `resource` bound here; auth_req_id of 256 random bits); the CIBA grant polls it.
class CibaFlow final
{
    Q_DISABLE_COPY_MOVE(CibaFlow)

public:
    explicit CibaFlow(FlowServices &services);

    void registerRoutes(Router &router);
    Response backchannelAuthorize(Request &request);
    Response grant(const OAuthModule::TokenRequest &request);

private:
    FlowServices &m_services;
};

} // namespace tid::sandbox
