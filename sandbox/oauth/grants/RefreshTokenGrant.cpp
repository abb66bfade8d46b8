#include "sandbox/oauth/grants/RefreshTokenGrant.h"

#include "sandbox/consent/ConsentModule.h"
#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/security/Authorization.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

RefreshTokenGrant::RefreshTokenGrant(FlowServices &services)
    : m_services(services)
{}

Response RefreshTokenGrant::grant(const OAuthModule::TokenRequest &request)
{
    const FormBody &form = request.form;
    const ClientRecord &client = request.client;
    if (form.count(u"refresh_token"_s) > 1)
        return Response::oauthError(400, u"invalid_request"_s,
                                    u"Duplicate parameter: refresh_token"_s);
    const QString value = form.value(u"refresh_token"_s);
    if (value.isEmpty())
        return Response::oauthError(400, u"invalid_request"_s,
                                    u"Missing required parameter: refresh_token"_s);
    const auto invalid = [](const QString &why) {
        return Response::oauthError(400, u"invalid_grant"_s, why);
    };
    const auto rt = m_services.store.findRefresh(value);
    if (!rt || rt->clientId != client.clientId)
        return invalid(u"Invalid refresh token"_s);
    m_services.addIssueDetail(u"refreshTokenId"_s, rt->id);
    m_services.addIssueDetail(u"familyId"_s, rt->familyId);
    if (rt->revokedAt.isValid() || m_services.store.isFamilyRevoked(rt->familyId))
        return invalid(u"The refresh token has been revoked"_s);
    if (rt->rotatedAt.isValid()) {
        m_services.store.revokeFamily(rt->familyId, u"refresh_reuse"_s);
        return invalid(u"The refresh token was already used; its token family is now revoked"_s);
    }
    if (QDateTime::currentDateTimeUtc() >= rt->expiresAt)
        return invalid(u"The refresh token has expired"_s);
    if (!rt->consentId.isEmpty() && !m_services.consents.isActive(rt->consentId))
        return invalid(u"The consent this refresh token was granted under is no longer active"_s);
    if (m_services.store.isClientRevokedAt(client.clientId, rt->createdAt))
        return invalid(u"The client's credentials were revoked after this token was issued"_s);

    // Optional narrowing (RFC 6749 §6): never beyond the original grant.
    QStringList scopes = rt->scopes;
    if (form.has(u"scope"_s)) {
        const QStringList requested = OAuthModule::requestedScopes(form);
        for (const QString &s : requested) {
            if (!rt->scopes.contains(s))
                return Response::oauthError(
                    400, u"invalid_scope"_s,
                    u"The scope %1 exceeds the scope of the original grant"_s.arg(s));
        }
        scopes = requested;
    }
    if (form.count(u"resource"_s) > 1)
        return Response::oauthError(400, u"invalid_target"_s,
                                    u"Only a single resource parameter is supported"_s);
    if (form.has(u"resource"_s) && form.value(u"resource"_s) != rt->resource)
        return Response::oauthError(400, u"invalid_target"_s,
                                    u"The resource does not match the original grant"_s);
    // The user's roles may have changed since: permission scopes follow them.
    if (!rt->resourceServerId.isEmpty()) {
        const QStringList held = authz::grantedPermissions(m_services.db(), rt->subject, u"user"_s,
                                                           rt->resourceServerId);
        QStringList kept;
        for (const QString &s : std::as_const(scopes)) {
            if (OAuthModule::isOidcScope(s, client) || held.contains(s))
                kept << s;
        }
        scopes = kept;
    }

    if (!m_services.store.markRotated(rt->id)) {
        m_services.store.revokeFamily(rt->familyId, u"refresh_reuse"_s);
        return invalid(u"The refresh token was already used; its token family is now revoked"_s);
    }
    TokenStore::NewRefresh n;
    n.familyId = rt->familyId;
    n.clientId = rt->clientId;
    n.clientEntityId = rt->clientEntityId;
    n.subject = rt->subject;
    n.actSub = rt->actSub;
    n.scopes = rt->scopes;
    n.resourceServerId = rt->resourceServerId;
    n.resource = rt->resource;
    n.grantType = rt->grantType;
    n.consentId = rt->consentId;
    n.lifetimeSeconds = FlowServices::refreshLifetime(client);
    const QString next = m_services.store.createRefresh(n);

    FlowServices::AccessSpec spec;
    spec.subject = rt->subject;
    spec.audience = rt->resource.isEmpty() ? QJsonValue(client.clientId) : QJsonValue(rt->resource);
    spec.grantType = rt->grantType; // the grant that started the family, as ThunderID
    spec.scopes = scopes;
    spec.lifetimeSeconds = FlowServices::accessLifetime(client, u"userConfig"_s);
    if (!rt->actSub.isEmpty())
        spec.act = QJsonObject{{u"sub"_s, rt->actSub}};
    spec.familyId = rt->familyId;
    const FlowServices::Minted minted = m_services.mintAccess(client, spec);
    if (!rt->consentId.isEmpty())
        m_services.addIssueDetail(u"consentId"_s, rt->consentId);
    return FlowServices::tokenResponse(minted, QJsonObject{{u"refresh_token"_s, next}});
}

} // namespace tid::sandbox
