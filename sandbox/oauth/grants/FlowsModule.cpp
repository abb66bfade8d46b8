#include "sandbox/oauth/grants/FlowsModule.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/audit/AuditLog.h"
#include "sandbox/audit/ObservabilityLog.h"
#include "sandbox/audit/Principal.h"
#include "sandbox/ciba/CibaModule.h"
#include "sandbox/consent/ConsentModule.h"
#include "sandbox/oauth/OAuthModule.h"
#include "sandbox/oauth/grants/AgentCredentialsEndpoints.h"
#include "sandbox/oauth/grants/AuthorizationCodeFlow.h"
#include "sandbox/oauth/grants/CibaFlow.h"
#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/RefreshTokenGrant.h"
#include "sandbox/oauth/grants/TokenExchangeGrant.h"
#include "sandbox/oauth/grants/TokenManagement.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/store/Database.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

FlowsModule::FlowsModule(SandboxContext &context, OAuthModule &oauth, AuditLog &audit,
                         ConsentModule &consents, CibaModule &ciba, ObservabilityLog *events)
    : m_context(context)
    , m_oauth(oauth)
    , m_audit(audit)
    , m_consents(consents)
    , m_ciba(ciba)
    , m_store(std::make_unique<TokenStore>(*context.db))
    , m_services(
          std::make_unique<FlowServices>(context, oauth, *m_store, consents, ciba, audit, events))
    , m_authorizationCode(std::make_unique<AuthorizationCodeFlow>(*m_services))
    , m_refresh(std::make_unique<RefreshTokenGrant>(*m_services))
    , m_exchange(std::make_unique<TokenExchangeGrant>(*m_services))
    , m_cibaFlow(std::make_unique<CibaFlow>(*m_services))
    , m_management(std::make_unique<TokenManagement>(*m_services))
    , m_credentials(std::make_unique<AgentCredentialsEndpoints>(*m_services))
{
    // A revoked consent takes the refresh-token families granted under it along.
    m_consents.setRevokedHook(
        [this](const QString &consentId) { m_store->revokeByConsent(consentId); });
    m_ciba.setConsentModule(&m_consents);
    // An approvals event stream ends with the revocation of the token that opened it.
    m_ciba.setRevocationCheck(
        [this](const QJsonObject &claims) { return m_store->isRevoked(claims); });

    m_oauth.registerGrant(
        FlowServices::GrantAuthorizationCode,
        [this](const OAuthModule::TokenRequest &r) { return m_authorizationCode->grant(r); });
    m_oauth.registerGrant(
        FlowServices::GrantRefreshToken,
        [this](const OAuthModule::TokenRequest &r) { return m_refresh->grant(r); });
    m_oauth.registerGrant(
        FlowServices::GrantTokenExchange,
        [this](const OAuthModule::TokenRequest &r) { return m_exchange->grant(r); });
    m_oauth.registerGrant(FlowServices::GrantCiba, [this](const OAuthModule::TokenRequest &r) {
        return m_cibaFlow->grant(r);
    });
    m_oauth.setTokenObserver([this](const Request &request, const FormBody &form,
                                    const ClientRecord *client, const QString &grantType,
                                    Response &response, qint64 elapsedMs) {
        m_services->onTokenRequest(request, form, client, grantType, response, elapsedMs);
    });
}

FlowsModule::~FlowsModule() = default;

QStringList FlowsModule::migrations() const
{
    return TokenStore::migrations();
}

QJsonArray FlowsModule::extensions(const QString &issuer)
{
    const QString spec = u"docs/extension-api.yaml"_s;
    auto ext = [&](const QString &name, const QString &path) {
        return QJsonObject{{u"name"_s, name},
                           {u"version"_s, u"1.0"_s},
                           {u"endpoint"_s, QString(issuer + path)},
                           {u"spec"_s, spec}};
    };
    return QJsonArray{ext(u"consents"_s, u"/consents"_s),
                      ext(u"ciba-approvals"_s, u"/ciba/requests"_s),
                      ext(u"credentials"_s, u"/agents/{id}/credentials"_s),
                      ext(u"audit-events"_s, u"/audit/events"_s),
                      ext(u"signing-key-rotation"_s, u"/oauth2/jwks/rotate"_s)};
}

void FlowsModule::registerRoutes(Router &router)
{
    m_authorizationCode->registerRoutes(router);
    m_cibaFlow->registerRoutes(router);
    m_management->registerRoutes(router);
    m_credentials->registerRoutes(router);

    m_oauth.addMetadataProvider([this] { return discoveryMetadata(); });
}

QJsonObject FlowsModule::discoveryMetadata() const
{
    // Built per request: the issuer is known only once the server listens.
    const QString issuer = m_context.issuer;
    auto url = [&issuer](const QString &path) { return QString(issuer + path); };
    return QJsonObject{
        {u"authorization_endpoint"_s, url(u"/oauth2/authorize"_s)},
        {u"introspection_endpoint"_s, url(u"/oauth2/introspect"_s)},
        {u"revocation_endpoint"_s, url(u"/oauth2/revoke"_s)},
        {u"backchannel_authentication_endpoint"_s, url(u"/oauth2/bc-authorize"_s)},
        {u"backchannel_token_delivery_modes_supported"_s, QJsonArray{u"poll"_s}},
        {u"backchannel_user_code_parameter_supported"_s, false},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
        {u"response_modes_supported"_s, QJsonArray{u"query"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"authorization_response_iss_parameter_supported"_s, true},
        {u"introspection_endpoint_auth_methods_supported"_s,
         QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s}},
        {u"revocation_endpoint_auth_methods_supported"_s,
         QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s}},
        {u"token_endpoint_auth_methods_supported"_s,
         QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}},
        {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"ES256"_s}},
        {u"access_token_signing_alg_values_supported"_s, QJsonArray{u"ES256"_s, u"RS256"_s}},
        {u"subject_types_supported"_s, QJsonArray{u"public"_s}},
        {u"token_exchange_token_types_supported"_s,
         QJsonArray::fromStringList(TokenExchangeGrant::supportedTokenTypes())},
        {u"extensions"_s, extensions(issuer)},
    };
}

void FlowsModule::observeResponse(const Request &request, const Response &response)
{
    static const QStringList changing = {u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
    if (!changing.contains(request.method) || response.status >= 400 ||
        request.principal.isEmpty() || !principal::isAdmin(request.principal) ||
        request.path.startsWith(u"/oauth2/"_s))
        return;
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QString entityId = segments.value(1);
    if (entityId.isEmpty())
        entityId = body.value(u"id"_s).toString();
    QString change;
    if (request.method == u"DELETE"_s)
        change = u"delete"_s;
    else if (request.method == u"POST"_s && segments.size() == 1)
        change = u"create"_s;
    else if (request.method == u"PUT"_s || request.method == u"PATCH"_s)
        change = u"update"_s;
    else
        change = segments.mid(2).join(u'/');
    const QJsonObject actor = principal::actor(request.principal);
    QJsonObject data{{u"actor"_s, actor},
                     {u"method"_s, request.method},
                     {u"path"_s, request.path},
                     {u"status"_s, response.status},
                     {u"entityType"_s, segments.first()},
                     {u"change"_s, change}};
    if (!entityId.isEmpty())
        data.insert(u"entityId"_s, entityId);
    const QString traceId = ObservabilityLog::traceIdFor(request);
    m_audit.record(AuditEvent{AuditLog::AdminChange,
                              request.principal.value(u"client_id"_s).toString(),
                              principal::subject(request.principal),
                              {},
                              data,
                              traceId,
                              {}});

    // A create/update that returns a client secret issued a credential.
    if (segments.first() == u"agents"_s || segments.first() == u"applications"_s) {
        for (const QJsonValue &inbound : body.value(u"inboundAuthConfig"_s).toArray()) {
            const QJsonObject config = inbound.toObject().value(u"config"_s).toObject();
            if (config.value(u"clientSecret"_s).toString().isEmpty())
                continue;
            m_audit.record(AuditEvent{AuditLog::CredentialIssued,
                                      config.value(u"clientId"_s).toString(),
                                      entityId,
                                      {},
                                      QJsonObject{{u"entityType"_s, segments.first()},
                                                  {u"entityId"_s, entityId},
                                                  {u"change"_s, change},
                                                  {u"actor"_s, actor}},
                                      traceId,
                                      {}});
        }
    }
}

} // namespace tid::sandbox
