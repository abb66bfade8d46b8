#pragma once

#include "sandbox/oauth/OAuthModule.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tid::sandbox {

class FlowServices;

// authorization_code + PKCE (S256 only): GET /oauth2/authorize serves a small HTML sign-in and
// consent page for sandbox users, POST /oauth2/authorize checks the password, records the
// consent (or reuses a live one) and redirects with a one-time code; the grant redeems it.
// Loopback redirect URIs match on any port (RFC 8252 §7.3). Agent clients get tokens with
// sub = user and act = {sub: agent id}.
class AuthorizationCodeFlow final
{
    Q_DISABLE_COPY_MOVE(AuthorizationCodeFlow)

public:
    static constexpr int CodeLifetimeSeconds = 120;

    explicit AuthorizationCodeFlow(FlowServices &services);

    void registerRoutes(Router &router);
    Response grant(const OAuthModule::TokenRequest &request);

    // RFC 8252 §7.3: http loopback URIs match whatever their port; everything else exactly.
    static bool redirectUriMatches(const QString &registered, const QString &requested);

private:
    struct Params; // a validated authorization request
    Response authorizeGet(Request &request);
    Response authorizePost(Request &request);
    // Validates the request; on failure returns the HTML error page or the error redirect.
    std::optional<Response> validate(const FormBody &params, Params *out) const;
    Response page(const Params &p, const QString &error, int status) const;
    QStringList scopesForUser(const Params &p, const QString &userId) const;

    FlowServices &m_services;
};

} // namespace tid::sandbox
