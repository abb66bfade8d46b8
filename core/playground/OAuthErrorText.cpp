#include "core/playground/OAuthErrorText.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString listed(const QStringList &scopes)
{
    return scopes.isEmpty() ? OAuthErrorText::tr("(none)") : scopes.join(u' ');
}

} // namespace

bool OAuthErrorText::meansUnsupported(const QString &error, int httpStatus)
{
    return error == "unsupported_grant_type"_L1 || httpStatus == 404 || httpStatus == 405 ||
           httpStatus == 501;
}

QString OAuthErrorText::explain(const QString &error, const QString &description,
                                const OAuthErrorContext &c)
{
    using R = OAuthErrorContext::Request;
    QString text;
    if (error == "invalid_target"_L1) {
        text = c.resource.isEmpty()
                   ? tr("invalid_target: no resource (audience) was given, and permission scopes "
                        "need one — pick the resource server the token is for.")
                   : tr("invalid_target: the resource %1 is not one this agent may reach — the "
                        "server knows no resource server with that identifier, or it does not "
                        "match the one the request is bound to.")
                         .arg(c.resource);
    } else if (error == "invalid_scope"_L1) {
        if (c.request == R::TokenExchange) {
            QStringList wider;
            const QSet<QString> parent(c.parentScopes.cbegin(), c.parentScopes.cend());
            for (const QString &s : c.requestedScopes) {
                if (!parent.contains(s))
                    wider << s;
            }
            text = wider.isEmpty()
                       ? tr("invalid_scope: the hop asks for scopes the exchanging agent %1 does "
                            "not hold itself on %2 (through its roles), although the parent "
                            "token holds them. A token exchange can only narrow.")
                             .arg(c.clientId, c.resource)
                       : tr("invalid_scope: the hop asks for %1, which its parent token does not "
                            "hold (it holds %2). A token exchange can only narrow, never widen.")
                             .arg(wider.join(u' '), listed(c.parentScopes));
        } else if (c.request == R::BackchannelAuthorize) {
            text = tr("invalid_scope: a CIBA request must ask for openid, and only for scopes the "
                      "resource server defines (asked: %1).")
                       .arg(listed(c.requestedScopes));
        } else {
            text = tr("invalid_scope: the server refused the scopes %1 — the resource server does "
                      "not define them or they are malformed.")
                       .arg(listed(c.requestedScopes));
        }
    } else if (error == "invalid_client"_L1) {
        text = tr("invalid_client: the server did not accept the credentials of %1 — the client "
                  "id is unknown, the secret is wrong, rotated or revoked, or the client is "
                  "registered for another authentication method.")
                   .arg(c.clientId);
    } else if (error == "unauthorized_client"_L1) {
        text = tr("unauthorized_client: %1 may not use this grant (%2) — add it to the agent's "
                  "grant types.")
                   .arg(c.clientId, c.grantType);
    } else if (error == "authorization_pending"_L1) {
        text = tr("authorization_pending: the user has not answered yet; polling goes on.");
    } else if (error == "slow_down"_L1) {
        text = tr("slow_down: the client polled sooner than the server's interval; the interval "
                  "grows by 5 seconds.");
    } else if (error == "access_denied"_L1) {
        text = c.request == R::CibaPoll
                   ? tr("access_denied: %1 denied the request.").arg(c.user)
                   : tr("access_denied: the user or the server refused the request.");
    } else if (error == "expired_token"_L1) {
        text = tr("expired_token: the request expired before %1 answered it.").arg(c.user);
    } else if (error == "unsupported_grant_type"_L1) {
        text = tr("unsupported_grant_type: the server does not support the grant %1.")
                   .arg(c.grantType);
    } else if (error == "invalid_grant"_L1) {
        switch (c.request) {
        case R::CibaPoll:
            text = tr("invalid_grant: the auth_req_id is unknown, another client's, or was "
                      "already redeemed.");
            break;
        case R::AuthorizationCode:
            text = tr("invalid_grant: the authorization code is invalid, expired, already used, "
                      "or the PKCE verifier does not match.");
            break;
        default:
            text = tr("invalid_grant: the grant presented is invalid, expired or revoked.");
            break;
        }
    } else if (error == "invalid_request"_L1) {
        text = c.request == R::TokenExchange
                   ? tr("invalid_request: the exchange was refused — the subject token is "
                        "invalid, expired or revoked, or its may_act does not name %1.")
                         .arg(c.clientId)
                   : tr("invalid_request: the request is malformed or misses a parameter.");
    } else if (error == "unknown_user_id"_L1) {
        text = tr("unknown_user_id: the server knows no user %1 (login hint: a username, a user "
                  "id or an e-mail address).")
                   .arg(c.user);
    } else if (error == "invalid_binding_message"_L1) {
        text = tr("invalid_binding_message: at most 256 printable characters, and different from "
                  "the user's other waiting requests.");
    } else if (error == "temporarily_unavailable"_L1) {
        text = tr("temporarily_unavailable: the server is busy; try again in a moment.");
    } else if (error == "server_error"_L1) {
        text = tr("server_error: the server failed while answering.");
    } else if (!error.isEmpty()) {
        text = error + u':';
    }
    if (!description.isEmpty())
        text +=
            (text.isEmpty() ? QString() : u" "_s) + tr("The server says: “%1”").arg(description);
    return text;
}

} // namespace tid::core
