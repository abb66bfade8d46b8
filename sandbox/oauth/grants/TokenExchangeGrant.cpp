#include "sandbox/oauth/grants/TokenExchangeGrant.h"

#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/security/Authorization.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static const QString TypeRefresh = u"urn:ietf:params:oauth:token-type:refresh_token"_s;
static const QString TypeIdToken = u"urn:ietf:params:oauth:token-type:id_token"_s;
static const QString TypeIdJag = u"urn:ietf:params:oauth:token-type:id-jag"_s;

TokenExchangeGrant::TokenExchangeGrant(FlowServices &services)
    : m_services(services)
{}

QStringList TokenExchangeGrant::supportedTokenTypes()
{
    return {FlowServices::TypeAccessToken, FlowServices::TypeJwt};
}

static Response invalidRequest(const QString &description)
{
    return Response::oauthError(400, u"invalid_request"_s, description);
}

static QStringList tokenScopes(const QJsonObject &claims)
{
    return claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
}

Response TokenExchangeGrant::grant(const OAuthModule::TokenRequest &request)
{
    const FormBody &form = request.form;
    const ClientRecord &client = request.client;
    for (const QString &single : {u"subject_token"_s, u"subject_token_type"_s, u"actor_token"_s,
                                  u"actor_token_type"_s, u"requested_token_type"_s}) {
        if (form.count(single) > 1)
            return invalidRequest(u"Duplicate parameter: %1"_s.arg(single));
    }
    const QString subjectToken = form.value(u"subject_token"_s);
    const QString subjectType = form.value(u"subject_token_type"_s);
    if (subjectToken.isEmpty())
        return invalidRequest(u"Missing required parameter: subject_token"_s);
    if (subjectType.isEmpty())
        return invalidRequest(u"Missing required parameter: subject_token_type"_s);
    const QStringList allTypes = {FlowServices::TypeAccessToken, FlowServices::TypeJwt, TypeRefresh,
                                  TypeIdToken, TypeIdJag};
    if (!allTypes.contains(subjectType))
        return invalidRequest(u"Unsupported subject_token_type"_s);
    if (!supportedTokenTypes().contains(subjectType))
        return invalidRequest(u"Unsupported subject_token_type: the sandbox exchanges access "
                              "tokens only"_s);
    const bool hasActor = form.has(u"actor_token"_s);
    const QString actorType = form.value(u"actor_token_type"_s);
    if (hasActor && actorType.isEmpty())
        return invalidRequest(u"actor_token_type is required when actor_token is provided"_s);
    if (!hasActor && form.has(u"actor_token_type"_s))
        return invalidRequest(u"actor_token_type must not be provided without actor_token"_s);
    if (hasActor && !allTypes.contains(actorType))
        return invalidRequest(u"Unsupported actor_token_type"_s);
    if (hasActor && !supportedTokenTypes().contains(actorType))
        return invalidRequest(u"Unsupported actor_token_type: the sandbox accepts access tokens "
                              "only"_s);
    QString requestedType = form.value(u"requested_token_type"_s);
    if (requestedType.isEmpty())
        requestedType = FlowServices::TypeAccessToken;
    if (requestedType == TypeRefresh || requestedType == TypeIdToken)
        return invalidRequest(u"Unsupported requested_token_type. Only access tokens and JWT "
                              "tokens are supported"_s);
    if (!supportedTokenTypes().contains(requestedType))
        return invalidRequest(u"Unsupported requested_token_type"_s);

    // The subject token, and the actor token when sent: ours, access tokens, valid, not revoked.
    const auto verify = [this](const QString &parameter, const QString &value,
                               FlowServices::Verified *out) -> std::optional<Response> {
        *out = m_services.verify(value.toLatin1(), u"at+jwt"_s);
        if (!out->ok && out->expired)
            return invalidRequest(u"The %1 has expired"_s.arg(parameter));
        if (!out->ok && out->error == u"wrong typ"_s)
            return invalidRequest(
                u"The %1 is not an access token (missing at+jwt typ header)"_s.arg(parameter));
        if (!out->ok || m_services.isRevoked(out->claims))
            return invalidRequest(u"Invalid %1"_s.arg(parameter));
        return std::nullopt;
    };
    FlowServices::Verified subject;
    if (auto error = verify(u"subject_token"_s, subjectToken, &subject))
        return *error;
    const QString parentJti = subject.claims.value(u"jti"_s).toString();
    m_services.addIssueDetail(u"parentJti"_s, parentJti);

    // The actor token, when sent, authenticates the actor: it must be the exchanging client's.
    if (hasActor) {
        FlowServices::Verified actor;
        if (auto error = verify(u"actor_token"_s, form.value(u"actor_token"_s), &actor))
            return *error;
        if (actor.claims.value(u"sub"_s).toString() != client.entityId)
            return invalidRequest(u"The actor_token does not name the exchanging client"_s);
        m_services.addIssueDetail(u"actorJti"_s, actor.claims.value(u"jti"_s));
    }

    // may_act (RFC 8693 §4.4): when the subject token names who may act, it must be this client.
    if (subject.claims.contains(u"may_act"_s)) {
        const QJsonObject mayAct = subject.claims.value(u"may_act"_s).toObject();
        const bool subOk = mayAct.value(u"sub"_s).toString() == client.entityId ||
                           mayAct.value(u"sub"_s).toString() == client.clientId;
        const bool issOk =
            !mayAct.contains(u"iss"_s) || mayAct.value(u"iss"_s).toString() == m_services.issuer();
        if (!subOk || !issOk)
            return invalidRequest(
                u"The subject_token's may_act does not permit this client to act"_s);
    }

    // Scopes and the target.
    const QStringList subjectScopes = tokenScopes(subject.claims);
    const bool scopeGiven = form.has(u"scope"_s);
    const QStringList requested = scopeGiven ? OAuthModule::requestedScopes(form) : subjectScopes;
    QStringList permissionScopes;
    for (const QString &s : requested) {
        if (!OAuthModule::isOidcScope(s, client))
            permissionScopes << s;
    }
    if (scopeGiven) {
        for (const QString &s : requested) {
            if (!subjectScopes.contains(s)) {
                return Response::oauthError(
                    400, u"invalid_scope"_s,
                    u"The requested scope %1 is not in the subject token's scope; an exchange "
                    "can only narrow"_s.arg(s));
            }
        }
    }
    std::optional<authz::ResourceServerRef> rs;
    if (auto error =
            m_services.oauth.resolveResource(form, scopeGiven && !permissionScopes.isEmpty(), &rs))
        return *error;

    QStringList granted;
    if (rs) {
        const QStringList defined = authz::definedPermissions(m_services.db(), rs->id);
        const QStringList own =
            authz::grantedPermissions(m_services.db(), client.entityId, client.entityType, rs->id);
        for (const QString &s : requested) {
            if (OAuthModule::isOidcScope(s, client)) {
                granted << s;
                continue;
            }
            const bool allowed = defined.contains(s) && own.contains(s);
            if (allowed) {
                granted << s;
            } else if (scopeGiven) {
                return Response::oauthError(
                    400, u"invalid_scope"_s,
                    u"The exchanging client is not authorized for %1 on %2"_s.arg(s,
                                                                                  rs->identifier));
            }
            // Without a scope parameter the default is what both the subject and the client
            // hold on the target; the response's scope says what that is.
        }
    } else {
        for (const QString &s : requested) {
            if (OAuthModule::isOidcScope(s, client))
                granted << s;
        }
    }

    // The chain: the exchanging client becomes the outermost actor; earlier hops nest inside.
    QJsonObject act{{u"sub"_s, client.entityId}, {u"iss"_s, m_services.issuer()}};
    if (subject.claims.value(u"act"_s).isObject())
        act.insert(u"act"_s, subject.claims.value(u"act"_s));

    FlowServices::AccessSpec spec;
    spec.subject = subject.claims.value(u"sub"_s).toString();
    if (rs) {
        spec.audience = rs->identifier;
    } else {
        spec.audience = client.defaultAudience();
    }
    spec.grantType = FlowServices::GrantTokenExchange;
    spec.scopes = granted;
    spec.lifetimeSeconds = FlowServices::accessLifetime(client, u"userConfig"_s);
    spec.notAfter = qint64(subject.claims.value(u"exp"_s).toDouble());
    spec.act = act;
    // The exchanged token joins its subject's family: revoking the family (a refresh-token
    // reuse, the consent, RFC 7009 on a family member) revokes it too; its lineage row makes the
    // revocation of the subject token itself (or any earlier hop) reach it.
    spec.familyId = subject.claims.value(u"tfid"_s).toString();
    // may_act protects every hop, not only the first (issue 11, finding 8): the subject's policy
    // travels with the exchanged token, so only the party it names may exchange that one too.
    spec.mayAct = subject.claims.value(u"may_act"_s).toObject();
    const FlowServices::Minted minted = m_services.mintAccess(client, spec);
    m_services.store.recordExchange(minted.jti, parentJti, minted.expiresAt);
    return FlowServices::tokenResponse(minted,
                                       QJsonObject{{u"issued_token_type"_s, requestedType}});
}

} // namespace tid::sandbox
