#include "sandbox/oauth/grants/CibaFlow.h"

#include "sandbox/ciba/CibaModule.h"
#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/store/Ids.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

CibaFlow::CibaFlow(FlowServices &services)
    : m_services(services)
{}

void CibaFlow::registerRoutes(Router &router)
{
    router.add(
        u"POST"_s, u"/oauth2/bc-authorize"_s,
        [this](Request &r) { return backchannelAuthorize(r); },
        RouteOptions{Access::Public, false});
}

static Response error(const QString &code, const QString &description, int status = 400)
{
    return Response::oauthError(status, code, description);
}

static bool printable(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

Response CibaFlow::backchannelAuthorize(Request &request)
{
    if (!FormBody::isFormContentType(request.header("Content-Type")))
        return error(u"invalid_request"_s,
                     u"The request must be application/x-www-form-urlencoded"_s);
    const FormBody form(request.body);
    const ClientDirectory::Authentication auth =
        m_services.oauth.clients().authenticate(request, form);
    if (auth.error)
        return *auth.error;
    const ClientRecord &client = *auth.client;
    if (!client.allowsGrant(FlowServices::GrantCiba))
        return error(u"unauthorized_client"_s,
                     u"The client is not authorized to use the CIBA grant type"_s);
    for (const QString &single :
         {u"scope"_s, u"login_hint"_s, u"id_token_hint"_s, u"binding_message"_s,
          u"requested_expiry"_s, u"delegation_token"_s}) {
        if (form.count(single) > 1)
            return error(u"invalid_request"_s, u"Duplicate parameter: %1"_s.arg(single));
    }
    if (form.has(u"login_hint_token"_s))
        return error(u"invalid_request"_s, u"login_hint_token is not supported"_s);
    const bool loginHint = form.has(u"login_hint"_s);
    const bool idTokenHint = form.has(u"id_token_hint"_s);
    if (!loginHint && !idTokenHint)
        return error(u"invalid_request"_s, u"One of login_hint or id_token_hint is required"_s);
    if (loginHint && idTokenHint)
        return error(u"invalid_request"_s,
                     u"Only one of login_hint or id_token_hint may be provided"_s);
    if (!form.has(u"scope"_s) || form.value(u"scope"_s).trimmed().isEmpty())
        return error(u"invalid_request"_s, u"scope is required"_s);
    const QStringList scopes = OAuthModule::requestedScopes(form);
    if (!scopes.contains(u"openid"_s))
        return error(u"invalid_scope"_s, u"scope must include openid"_s);

    const QString bindingMessage = form.value(u"binding_message"_s);
    if (form.has(u"binding_message"_s)) {
        if (bindingMessage.trimmed().isEmpty() || bindingMessage.size() > 256 ||
            !printable(bindingMessage))
            return error(u"invalid_binding_message"_s,
                         u"binding_message must be 1 to 256 printable characters"_s);
    }
    int expiry = CibaModule::DefaultExpirySeconds;
    if (form.has(u"requested_expiry"_s)) {
        bool ok = false;
        expiry = form.value(u"requested_expiry"_s).toInt(&ok);
        if (!ok || expiry < 1 || expiry > CibaModule::MaxExpirySeconds)
            return error(u"invalid_request"_s,
                         u"requested_expiry must be an integer from 1 to 600 seconds"_s);
    }
    bool permissions = false;
    for (const QString &s : scopes)
        permissions = permissions || !OAuthModule::isOidcScope(s, client);
    std::optional<authz::ResourceServerRef> rs;
    if (auto failed = m_services.oauth.resolveResource(form, permissions, &rs))
        return *failed;

    QString userId;
    if (loginHint) {
        const auto found = m_services.userIdByLoginHint(form.value(u"login_hint"_s));
        if (!found)
            return error(u"unknown_user_id"_s,
                         u"Unable to resolve the user for the provided login_hint"_s);
        userId = *found;
    } else {
        // An ID token this server issued; up to 30 days past its expiry (ThunderID's rule).
        const FlowServices::Verified hint =
            m_services.verify(form.value(u"id_token_hint"_s).toLatin1(), {}, true);
        const qint64 exp = qint64(hint.claims.value(u"exp"_s).toDouble());
        if (!hint.ok || hint.header.value(u"typ"_s).toString() == u"at+jwt"_s ||
            QDateTime::currentSecsSinceEpoch() > exp + 30 * 86400)
            return error(u"invalid_request"_s, u"Invalid id_token_hint"_s);
        userId = hint.claims.value(u"sub"_s).toString();
        if (!m_services.isUser(userId))
            return error(u"unknown_user_id"_s,
                         u"Unable to resolve the user for the provided id_token_hint"_s);
    }
    // Sandbox extension: an agent that acts for another party shows the token that party
    // delegated to it (an access token of this server whose current actor is the agent); the
    // request, the approver's inbox and the issued token then carry that chain.
    QJsonObject delegation;
    if (form.has(u"delegation_token"_s)) {
        const FlowServices::Verified delegated =
            m_services.verify(form.value(u"delegation_token"_s).toLatin1(), u"at+jwt"_s);
        if (!delegated.ok && delegated.expired)
            return error(u"invalid_request"_s, u"The delegation_token has expired"_s);
        if (!delegated.ok || m_services.isRevoked(delegated.claims))
            return error(u"invalid_request"_s, u"Invalid delegation_token"_s);
        const QJsonObject act = delegated.claims.value(u"act"_s).toObject();
        if (act.value(u"sub"_s).toString() != client.entityId)
            return error(u"invalid_request"_s,
                         u"The delegation_token was not delegated to the requesting client (its "
                         "current actor must be the client)"_s);
        delegation = QJsonObject{{u"sub"_s, delegated.claims.value(u"sub"_s)},
                                 {u"iss"_s, m_services.issuer()}};
        if (act.value(u"act"_s).isObject())
            delegation.insert(u"act"_s, act.value(u"act"_s));
    }
    if (!bindingMessage.isEmpty() && m_services.ciba.bindingMessageInUse(userId, bindingMessage))
        return error(u"invalid_binding_message"_s,
                     u"binding_message must be unique among the user's pending requests"_s);

    CibaModule::NewRequest in;
    in.clientId = client.clientId;
    in.clientEntityId = client.entityId;
    in.clientType = client.entityType;
    in.userId = userId;
    in.scopes = scopes;
    if (rs) {
        in.resourceServerId = rs->id;
        in.resource = rs->identifier;
    }
    in.bindingMessage = bindingMessage;
    in.delegation = delegation;
    in.expirySeconds = expiry;
    const CibaModule::Created created = m_services.ciba.create(in);
    if (created.authReqId.isEmpty())
        return error(u"server_error"_s, u"Failed to process the request"_s, 500);
    Response r = Response::json(QJsonObject{{u"auth_req_id"_s, created.authReqId},
                                            {u"expires_in"_s, expiry},
                                            {u"interval"_s, created.request.interval}});
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}

Response CibaFlow::grant(const OAuthModule::TokenRequest &request)
{
    const FormBody &form = request.form;
    const ClientRecord &client = request.client;
    if (form.count(u"auth_req_id"_s) > 1)
        return error(u"invalid_request"_s, u"Duplicate parameter: auth_req_id"_s);
    const QString authReqId = form.value(u"auth_req_id"_s);
    if (authReqId.isEmpty())
        return error(u"invalid_request"_s, u"Missing required parameter: auth_req_id"_s);
    if (form.count(u"resource"_s) > 1)
        return error(u"invalid_target"_s, u"Only a single resource parameter is supported"_s);
    if (form.has(u"resource"_s)) {
        const auto pending = m_services.ciba.findByAuthReqId(authReqId);
        if (pending && pending->clientId == client.clientId &&
            pending->resource != form.value(u"resource"_s))
            return error(u"invalid_target"_s,
                         u"The resource does not match the backchannel authentication request"_s);
    }
    const CibaModule::PollResult poll = m_services.ciba.poll(authReqId, client.clientId);
    if (poll.state != CibaModule::PollState::Unknown)
        m_services.addIssueDetail(u"cibaRequestId"_s, poll.request.id);
    switch (poll.state) {
    case CibaModule::PollState::Unknown:
        return error(u"invalid_grant"_s, u"Invalid auth_req_id"_s);
    case CibaModule::PollState::Pending:
        return error(u"authorization_pending"_s,
                     u"The user has not yet completed authentication"_s);
    case CibaModule::PollState::SlowDown:
        return error(u"slow_down"_s,
                     u"The client is polling too frequently; the interval is now %1 s"_s.arg(
                         poll.request.interval));
    case CibaModule::PollState::Expired:
        return error(u"expired_token"_s, u"The backchannel authentication request has expired"_s);
    case CibaModule::PollState::Denied:
        return error(u"access_denied"_s, u"The user denied the authentication request"_s);
    case CibaModule::PollState::Consumed:
        return error(u"invalid_grant"_s, u"The authentication request has already been used"_s);
    case CibaModule::PollState::Approved:
        break;
    }
    const CibaRequest &r = poll.request;
    QJsonObject act = FlowServices::implicitAct(client);
    // The chain the agent showed at bc-authorize nests below it: it acts for that party.
    if (!r.delegation.isEmpty())
        act = QJsonObject{
            {u"sub"_s, client.entityId}, {u"iss"_s, m_services.issuer()}, {u"act"_s, r.delegation}};
    QString familyId;
    QString refreshToken;
    if (client.allowsGrant(FlowServices::GrantRefreshToken)) {
        TokenStore::NewRefresh n;
        n.clientId = client.clientId;
        n.clientEntityId = client.entityId;
        n.subject = r.userId;
        n.actSub = act.value(u"sub"_s).toString();
        n.scopes = r.authorizedScopes;
        n.resourceServerId = r.resourceServerId;
        n.resource = r.resource;
        n.grantType = FlowServices::GrantCiba;
        n.consentId = r.consentId;
        n.lifetimeSeconds = FlowServices::refreshLifetime(client);
        RefreshTokenRecord record;
        refreshToken = m_services.store.createRefresh(n, &record);
        familyId = record.familyId;
    }
    // Every CIBA grant starts a family, so that revoking the consent reaches its access tokens
    // (and the tokens exchanged from them) even without a refresh token.
    if (familyId.isEmpty())
        familyId = Ids::uuid7();
    m_services.store.bindConsent(familyId, r.consentId);
    FlowServices::AccessSpec spec;
    spec.subject = r.userId;
    spec.audience = r.resource.isEmpty() ? QJsonValue(client.clientId) : QJsonValue(r.resource);
    spec.grantType = FlowServices::GrantCiba;
    spec.scopes = r.authorizedScopes;
    spec.lifetimeSeconds = FlowServices::accessLifetime(client, u"userConfig"_s);
    spec.act = act;
    spec.familyId = familyId;
    const FlowServices::Minted minted = m_services.mintAccess(client, spec);
    QJsonObject extra{
        {u"id_token"_s, QString::fromLatin1(m_services.mintIdToken(
                            client, r.userId, {},
                            r.decidedAt.isValid() ? r.decidedAt.toSecsSinceEpoch()
                                                  : QDateTime::currentSecsSinceEpoch()))}};
    if (!refreshToken.isEmpty())
        extra.insert(u"refresh_token"_s, refreshToken);
    if (!r.consentId.isEmpty())
        m_services.addIssueDetail(u"consentId"_s, r.consentId);
    return FlowServices::tokenResponse(minted, extra);
}

} // namespace tid::sandbox
