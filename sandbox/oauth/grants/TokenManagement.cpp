#include "sandbox/oauth/grants/TokenManagement.h"

#include "sandbox/audit/AuditLog.h"
#include "sandbox/audit/ObservabilityLog.h"
#include "sandbox/audit/Principal.h"
#include "sandbox/consent/ConsentModule.h"
#include "sandbox/oauth/KeyStore.h"
#include "sandbox/oauth/OAuthModule.h"
#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/store/Database.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

TokenManagement::TokenManagement(FlowServices &services)
    : m_services(services)
{}

void TokenManagement::registerRoutes(Router &router)
{
    const RouteOptions open{Access::Public, false};
    router.add(
        u"POST"_s, u"/oauth2/introspect"_s, [this](Request &r) { return introspect(r); }, open);
    router.add(
        u"POST"_s, u"/oauth2/revoke"_s, [this](Request &r) { return revoke(r); }, open);
    router.add(
        u"POST"_s, u"/oauth2/jwks/rotate"_s, [this](Request &r) { return rotateKeys(r); },
        RouteOptions{Access::Admin, true});
}

static std::optional<Response> formAndClient(FlowServices &services, Request &request,
                                             FormBody *form, ClientRecord *client)
{
    if (!FormBody::isFormContentType(request.header("Content-Type")))
        return Response::oauthError(400, u"invalid_request"_s,
                                    u"The request must be application/x-www-form-urlencoded"_s);
    *form = FormBody(request.body);
    const ClientDirectory::Authentication auth =
        services.oauth.clients().authenticate(request, *form);
    if (auth.error)
        return *auth.error;
    *client = *auth.client;
    if (form->count(u"token"_s) > 1)
        return Response::oauthError(400, u"invalid_request"_s, u"Duplicate parameter: token"_s);
    if (form->value(u"token"_s).isEmpty())
        return Response::oauthError(400, u"invalid_request"_s, u"Token parameter is required"_s);
    return std::nullopt;
}

Response TokenManagement::introspect(Request &request)
{
    FormBody form;
    ClientRecord caller;
    if (auto error = formAndClient(m_services, request, &form, &caller))
        return *error;
    const QString token = form.value(u"token"_s);
    QJsonObject out{{u"active"_s, false}};
    QJsonObject audit{{u"introspectedBy"_s, caller.clientId}};
    QString subject;
    QString aud;
    QString owner;

    if (token.count(u'.') == 2) {
        const FlowServices::Verified v = m_services.verify(token.toLatin1(), u"at+jwt"_s);
        audit.insert(u"tokenType"_s, u"access_token"_s);
        if (v.ok) {
            audit.insert(u"jti"_s, v.claims.value(u"jti"_s));
            subject = v.claims.value(u"sub"_s).toString();
            owner = v.claims.value(u"client_id"_s).toString();
            if (v.claims.value(u"aud"_s).isString())
                aud = v.claims.value(u"aud"_s).toString();
        }
        if (v.ok && !m_services.isRevoked(v.claims)) {
            out.insert(u"active"_s, true);
            for (const QString &k :
                 {u"scope"_s, u"client_id"_s, u"exp"_s, u"iat"_s, u"nbf"_s, u"sub"_s, u"aud"_s,
                  u"iss"_s, u"jti"_s, u"act"_s, u"grant_type"_s, u"may_act"_s}) {
                if (v.claims.contains(k))
                    out.insert(k, v.claims.value(k));
            }
            out.insert(u"token_type"_s, u"Bearer"_s);
            const QString username = m_services.username(subject);
            if (!username.isEmpty())
                out.insert(u"username"_s, username);
        }
    } else {
        audit.insert(u"tokenType"_s, u"refresh_token"_s);
        const auto rt = m_services.store.findRefresh(token);
        // A refresh token is its client's secret: only that client learns about it.
        if (rt && rt->clientId == caller.clientId) {
            audit.insert(u"refreshTokenId"_s, rt->id);
            subject = rt->subject;
            owner = rt->clientId;
            aud = rt->resource;
            const bool active =
                !rt->revokedAt.isValid() && !rt->rotatedAt.isValid() &&
                QDateTime::currentDateTimeUtc() < rt->expiresAt &&
                !m_services.store.isFamilyRevoked(rt->familyId) &&
                (rt->consentId.isEmpty() || m_services.consents.isActive(rt->consentId)) &&
                !m_services.store.isClientRevokedAt(rt->clientId, rt->createdAt);
            if (active) {
                out.insert(u"active"_s, true);
                out.insert(u"scope"_s, rt->scopes.join(u' '));
                out.insert(u"client_id"_s, rt->clientId);
                out.insert(u"sub"_s, rt->subject);
                out.insert(u"iss"_s, m_services.issuer());
                out.insert(u"iat"_s, rt->createdAt.toSecsSinceEpoch());
                out.insert(u"exp"_s, rt->expiresAt.toSecsSinceEpoch());
                out.insert(u"grant_type"_s, rt->grantType);
                if (!rt->resource.isEmpty())
                    out.insert(u"aud"_s, rt->resource);
                if (!rt->actSub.isEmpty())
                    out.insert(u"act"_s, QJsonObject{{u"sub"_s, rt->actSub}});
                out.insert(u"token_type"_s, u"refresh_token"_s);
            }
        }
    }
    audit.insert(u"active"_s, out.value(u"active"_s));
    m_services.audit.record(AuditEvent{AuditLog::TokenIntrospected,
                                       owner,
                                       subject,
                                       aud,
                                       audit,
                                       ObservabilityLog::traceIdFor(request),
                                       {}});
    Response r = Response::json(out);
    r.withHeader("Cache-Control", "no-store");
    return r;
}

Response TokenManagement::revoke(Request &request)
{
    FormBody form;
    ClientRecord caller;
    if (auto error = formAndClient(m_services, request, &form, &caller))
        return *error;
    const QString token = form.value(u"token"_s);
    const QString traceId = ObservabilityLog::traceIdFor(request);
    Response ok = Response::text({}, {}, 200);
    ok.withHeader("Cache-Control", "no-store");
    ok.withHeader("X-Correlation-ID", traceId.toUtf8());
    const auto notOwned = [] {
        return Response::oauthError(400, u"invalid_grant"_s,
                                    u"The token was not issued to the authenticated client"_s);
    };

    if (token.count(u'.') == 2) {
        // Signature only: expired tokens can still be revoked (RFC 7009, as ThunderID).
        const FlowServices::Verified v = m_services.verify(token.toLatin1(), {}, true);
        const QString jti = v.claims.value(u"jti"_s).toString();
        if (!v.ok || jti.isEmpty())
            return ok; // unknown or forged: a no-op success
        if (v.claims.value(u"client_id"_s).toString() != caller.clientId)
            return notOwned();
        // An exchanged token shares its subject's family: revoking it ends it and its
        // descendants (lineage), never the tokens it was exchanged from.
        const bool exchanged =
            v.claims.value(u"grant_type"_s).toString() == FlowServices::GrantTokenExchange;
        const QString familyId = exchanged ? QString() : v.claims.value(u"tfid"_s).toString();
        m_services.db().transaction([&] {
            m_services.store.revokeJti(jti, caller.clientId,
                                       qint64(v.claims.value(u"exp"_s).toDouble()), u"explicit"_s);
            if (!familyId.isEmpty())
                m_services.store.revokeFamily(familyId, u"explicit_token_family"_s);
            const QJsonValue aud = v.claims.value(u"aud"_s);
            QJsonObject data{
                {u"jti"_s, jti}, {u"reason"_s, u"explicit"_s}, {u"tokenType"_s, u"access_token"_s}};
            if (!familyId.isEmpty())
                data.insert(u"familyId"_s, familyId);
            return m_services.audit.record(AuditEvent{AuditLog::TokenRevoked,
                                                      caller.clientId,
                                                      v.claims.value(u"sub"_s).toString(),
                                                      aud.isString() ? aud.toString() : QString(),
                                                      data,
                                                      traceId,
                                                      {}});
        });
        if (m_services.events && m_services.events->isOpen())
            m_services.events->tokenRevoked(traceId, caller.clientId, jti);
        return ok;
    }

    const auto rt = m_services.store.findRefresh(token);
    if (!rt)
        return ok;
    if (rt->clientId != caller.clientId)
        return notOwned();
    m_services.db().transaction([&] {
        m_services.store.revokeFamily(rt->familyId, u"explicit_token_family"_s);
        return m_services.audit.record(AuditEvent{AuditLog::TokenRevoked,
                                                  caller.clientId,
                                                  rt->subject,
                                                  rt->resource,
                                                  QJsonObject{{u"jti"_s, rt->id},
                                                              {u"reason"_s, u"explicit"_s},
                                                              {u"tokenType"_s, u"refresh_token"_s},
                                                              {u"familyId"_s, rt->familyId}},
                                                  traceId,
                                                  {}});
    });
    if (m_services.events && m_services.events->isOpen())
        m_services.events->tokenRevoked(traceId, caller.clientId, rt->id);
    return ok;
}

Response TokenManagement::rotateKeys(Request &request)
{
    QJsonObject result;
    m_services.db().transaction([&] {
        result = m_services.oauth.keys().rotate();
        return m_services.audit.record(
            AuditEvent{AuditLog::AdminChange,
                       request.principal.value(u"client_id"_s).toString(),
                       principal::subject(request.principal),
                       {},
                       QJsonObject{{u"actor"_s, principal::actor(request.principal)},
                                   {u"method"_s, u"POST"_s},
                                   {u"path"_s, request.path},
                                   {u"entityType"_s, u"signing-key"_s},
                                   {u"change"_s, u"rotate"_s},
                                   {u"keys"_s, result}},
                       ObservabilityLog::traceIdFor(request),
                       {}});
    });
    return Response::json(result);
}

} // namespace tid::sandbox
