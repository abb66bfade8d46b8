#pragma once

#include "sandbox/oauth/OAuthModule.h"

namespace tid::sandbox {

class FlowServices;

// RFC 8693 token exchange as the design (not ThunderID's code) says: the requested scope must be
// within the subject token's scope and within the exchanging client's own permissions on the
// target resource server, else invalid_scope (never widened, never dropped silently); `aud` is
// the one `resource`; `act` = {sub: exchanging client, iss, act: <subject token's act>}, so every
// hop stays, most recent outermost; an actor_token must name the exchanging client; the subject
// token's may_act is enforced; the new token never outlives the subject token.
class TokenExchangeGrant final
{
    Q_DISABLE_COPY_MOVE(TokenExchangeGrant)

public:
    explicit TokenExchangeGrant(FlowServices &services);
    Response grant(const OAuthModule::TokenRequest &request);

    static QStringList supportedTokenTypes();

private:
    FlowServices &m_services;
};

} // namespace tid::sandbox
