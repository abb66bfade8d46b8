#pragma once

#include "sandbox/oauth/OAuthModule.h"

namespace tid::sandbox {

class FlowServices;

// refresh_token with rotation: every use returns a new refresh token of the same family and
// marks the old one used; presenting a used one again revokes the whole family (its refresh
// tokens and the access tokens carrying its tfid). A refresh token dies with its consent, with
// its client's credential revocation, and at its expiry.
class RefreshTokenGrant final
{
    Q_DISABLE_COPY_MOVE(RefreshTokenGrant)

public:
    explicit RefreshTokenGrant(FlowServices &services);
    Response grant(const OAuthModule::TokenRequest &request);

private:
    FlowServices &m_services;
};

} // namespace tid::sandbox
