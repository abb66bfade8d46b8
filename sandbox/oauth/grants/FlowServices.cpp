#include "sandbox/oauth/grants/FlowServices.h"

#include "core/token/Jwks.h"
#include "core/token/Jwt.h"
#include "core/token/SignatureVerifier.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/audit/AuditLog.h"
#include "sandbox/audit/ObservabilityLog.h"
#include "sandbox/oauth/KeyStore.h"
#include "sandbox/oauth/OAuthModule.h"
#include "sandbox/oauth/TokenVerifier.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/security/SecretHasher.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

FlowServices::FlowServices(SandboxContext &sandbox_, OAuthModule &oauth_, TokenStore &store_,
                           ConsentModule &consents_, CibaModule &ciba_, AuditLog &audit_,
                           ObservabilityLog *events_)
    : sandbox(sandbox_)
    , oauth(oauth_)
    , store(store_)
    , consents(consents_)
    , ciba(ciba_)
    , audit(audit_)
    , events(events_)
    , m_owner(QThread::currentThread())
{}

Database &FlowServices::db() const
{
    return *sandbox.db;
}

QString FlowServices::issuer() const
{
    return sandbox.issuer;
}

static QJsonObject accessTokenConfig(const ClientRecord &client)
{
    return client.config.value(u"token"_s).toObject().value(u"accessToken"_s).toObject();
}

int FlowServices::accessLifetime(const ClientRecord &client, const QString &subjectConfig)
{
    const int seconds = accessTokenConfig(client)
                            .value(subjectConfig)
                            .toObject()
                            .value(u"validityPeriod"_s)
                            .toInt(0);
    if (seconds > 0)
        return seconds;
    return client.isAgent() ? DefaultAccessLifetime
                            : OAuthModule::accessTokenLifetime(client, subjectConfig);
}

int FlowServices::refreshLifetime(const ClientRecord &client)
{
    const int seconds = client.config.value(u"token"_s)
                            .toObject()
                            .value(u"refreshToken"_s)
                            .toObject()
                            .value(u"validityPeriod"_s)
                            .toInt(0);
    return seconds > 0 ? seconds : DefaultRefreshLifetime;
}

QJsonObject FlowServices::implicitAct(const ClientRecord &client)
{
    if (client.isAgent() || client.config.value(u"includeActClaim"_s).toBool() ||
        client.entity.value(u"includeActClaim"_s).toBool())
        return QJsonObject{{u"sub"_s, client.entityId}};
    return {};
}

FlowServices::Minted FlowServices::mintAccess(const ClientRecord &client,
                                              const AccessSpec &spec) const
{
    Minted m;
    m.issuedAt = QDateTime::currentSecsSinceEpoch();
    m.expiresAt = m.issuedAt + qMax(1, spec.lifetimeSeconds);
    if (spec.notAfter > 0 && spec.notAfter < m.expiresAt)
        m.expiresAt = qMax(m.issuedAt + 1, spec.notAfter);
    m.jti = Ids::uuid7();
    QJsonObject claims{{u"iss"_s, issuer()},
                       {u"sub"_s, spec.subject},
                       {u"aud"_s, spec.audience},
                       {u"iat"_s, m.issuedAt},
                       {u"nbf"_s, m.issuedAt},
                       {u"exp"_s, m.expiresAt},
                       {u"jti"_s, m.jti},
                       {u"client_id"_s, client.clientId},
                       {u"grant_type"_s, spec.grantType}};
    if (!spec.scopes.isEmpty())
        claims.insert(u"scope"_s, spec.scopes.join(u' '));
    if (!spec.act.isEmpty())
        claims.insert(u"act"_s, spec.act);
    if (!spec.familyId.isEmpty())
        claims.insert(u"tfid"_s, spec.familyId);
    // Sandbox policy option: token.accessToken.mayAct = {"sub": "<entity id>"} names the party
    // that may exchange this client's tokens (RFC 8693 §4.4).
    const QJsonObject mayAct = !spec.mayAct.isEmpty()
                                   ? spec.mayAct
                                   : accessTokenConfig(client).value(u"mayAct"_s).toObject();
    if (!mayAct.isEmpty())
        claims.insert(u"may_act"_s, mayAct);
    m.claims = claims;
    const bool rsa = accessTokenConfig(client).value(u"signingAlg"_s).toString() == u"RS256"_s;
    const core::SigningKey &key = oauth.keys().activeKey(rsa ? core::SigningKey::Type::Rsa2048
                                                             : core::SigningKey::Type::EcP256);
    m.token = key.signCompact(QJsonObject{{u"typ"_s, u"at+jwt"_s}}, claims);
    m.algorithm = key.algorithm();
    return m;
}

QByteArray FlowServices::mintIdToken(const ClientRecord &client, const QString &userId,
                                     const QString &nonce, qint64 authTime) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int lifetime = client.config.value(u"token"_s)
                       .toObject()
                       .value(u"idToken"_s)
                       .toObject()
                       .value(u"validityPeriod"_s)
                       .toInt(0);
    if (lifetime <= 0)
        lifetime = DefaultIdTokenLifetime;
    QJsonObject claims{
        {u"iss"_s, issuer()},        {u"sub"_s, userId},      {u"aud"_s, client.clientId},
        {u"azp"_s, client.clientId}, {u"iat"_s, now},         {u"exp"_s, now + lifetime},
        {u"auth_time"_s, authTime},  {u"jti"_s, Ids::uuid7()}};
    if (!nonce.isEmpty())
        claims.insert(u"nonce"_s, nonce);
    const QString username = this->username(userId);
    if (!username.isEmpty())
        claims.insert(u"username"_s, username);
    return oauth.keys()
        .activeKey(core::SigningKey::Type::EcP256)
        .signCompact(QJsonObject{{u"typ"_s, u"JWT"_s}}, claims);
}

Response FlowServices::tokenResponse(const Minted &minted, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"access_token"_s, QString::fromLatin1(minted.token));
    body.insert(u"token_type"_s, u"Bearer"_s);
    body.insert(u"expires_in"_s, minted.expiresAt - minted.issuedAt);
    body.insert(u"scope"_s, minted.claims.value(u"scope"_s).toString());
    Response r = Response::json(body);
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    if (!minted.token.isEmpty())
        r.issued = std::make_shared<const Response::IssuedToken>(
            Response::IssuedToken{body, minted.claims, minted.algorithm});
    return r;
}

FlowServices::Verified FlowServices::verify(const QByteArray &compact, const QString &requiredTyp,
                                            bool allowExpired) const
{
    Verified v;
    const core::Jwt jwt = core::Jwt::parse(compact.trimmed());
    if (!jwt.isValid()) {
        v.error = u"malformed"_s;
        return v;
    }
    const core::SigningKey *key = oauth.keys().keyById(jwt.keyId());
    if (!key || jwt.algorithm() != key->algorithm()) {
        v.error = u"unknown key"_s;
        return v;
    }
    const core::JsonWebKey jwk = core::JsonWebKey::fromJson(key->publicJwk());
    core::SignatureVerifier verifier;
    if ((key->type() == core::SigningKey::Type::EcP256 &&
         TokenVerifier::hasHighS(jwt.signature())) ||
        !verifier
             .verify(core::SignatureVerifier::algorithmFromName(jwt.algorithm()),
                     jwt.signingInput(), jwt.signature(), jwk)
             .ok()) {
        v.error = u"bad signature"_s;
        return v;
    }
    if (!requiredTyp.isEmpty()) {
        const QString typ = jwt.type().toLower();
        if (typ != requiredTyp.toLower() &&
            typ != QString(u"application/"_s + requiredTyp.toLower())) {
            v.error = u"wrong typ"_s;
            return v;
        }
    }
    const QJsonObject claims = jwt.payload();
    if (claims.value(u"iss"_s).toString() != issuer()) {
        v.error = u"foreign issuer"_s;
        return v;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!claims.value(u"exp"_s).isDouble()) {
        v.error = u"no exp"_s;
        return v;
    }
    const QJsonValue nbf = claims.value(u"nbf"_s);
    if (nbf.isDouble() && qint64(nbf.toDouble()) > now + 30) {
        v.error = u"not yet valid"_s;
        return v;
    }
    v.header = jwt.header();
    v.claims = claims;
    if (qint64(claims.value(u"exp"_s).toDouble()) <= now) {
        v.expired = true;
        v.error = u"expired"_s;
        v.ok = allowExpired;
        return v;
    }
    v.ok = true;
    return v;
}

bool FlowServices::isRevoked(const QJsonObject &claims) const
{
    return store.isRevoked(claims);
}

std::optional<QString> FlowServices::userIdByLoginHint(const QString &hint) const
{
    if (hint.isEmpty())
        return std::nullopt;
    QSqlQuery q = Sql::exec(db().db(),
                            u"SELECT id FROM users WHERE username = ? OR id = ? OR "
                            "json_extract(attributes, '$.email') = ? LIMIT 2"_s,
                            {hint, hint, hint});
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    if (found.size() != 1)
        return std::nullopt; // unknown or ambiguous
    return found.first();
}

QString FlowServices::username(const QString &userId) const
{
    return Sql::scalar(db().db(), u"SELECT username FROM users WHERE id = ?"_s, {userId})
        .toString();
}

bool FlowServices::isUser(const QString &id) const
{
    return Sql::exists(db().db(), u"SELECT 1 FROM users WHERE id = ?"_s, {id});
}

bool FlowServices::checkPassword(const QString &username, const QString &password,
                                 QString *userId) const
{
    QSqlQuery q = Sql::exec(db().db(), u"SELECT id, password_hash FROM users WHERE username = ?"_s,
                            {username});
    const bool known = q.next() && !q.value(1).isNull();
    const QStringList hashes = known ? QStringList{q.value(1).toString()} : QStringList();
    // The verdict the preflight computed on a worker thread (an unknown user cost a dummy hash
    // there), else (in-process dispatch) computed here.
    SecretChecks &checks = oauth.clients().checks();
    const QByteArray key = SecretChecks::verdictKey(u"user:"_s + username, password, hashes);
    int matched = -1;
    if (const auto verdict = checks.verdict(key)) {
        matched = *verdict;
    } else if (known) {
        matched = SecretChecks::verifyAny(password, hashes, SecretHasher::PasswordIterations);
        checks.remember(key, matched);
    }
    if (!known || matched != 0)
        return false;
    *userId = q.value(0).toString();
    return true;
}

std::optional<ClientDirectory::PendingCheck>
FlowServices::pendingPasswordCheck(const Request &request) const
{
    if (request.method != u"POST"_s || request.path != u"/oauth2/authorize"_s ||
        !FormBody::isFormContentType(request.header("Content-Type")))
        return std::nullopt;
    const FormBody form(request.body);
    const QString username = form.value(u"username"_s);
    if (username.isEmpty() || form.value(u"decision"_s) == u"deny"_s)
        return std::nullopt;
    if (oauth.clients().checks().retryAfter(SecretChecks::keys(u"user"_s, username, request.peer)) >
        0)
        return std::nullopt;
    ClientDirectory::PendingCheck check;
    check.candidate = form.value(u"password"_s);
    check.iterations = SecretHasher::PasswordIterations;
    QSqlQuery q =
        Sql::exec(db().db(), u"SELECT password_hash FROM users WHERE username = ?"_s, {username});
    if (q.next() && !q.value(0).isNull())
        check.hashes << q.value(0).toString();
    check.verdictKey =
        SecretChecks::verdictKey(u"user:"_s + username, check.candidate, check.hashes);
    if (oauth.clients().checks().verdict(check.verdictKey))
        return std::nullopt;
    return check;
}

// The client id a request claimed, for the audit record of a failed client authentication.
static QString attemptedClientId(const Request &request, const FormBody &form)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed());
        if (decoded) {
            const qsizetype colon = decoded.decoded.indexOf(':');
            if (colon > 0)
                return FormBody::decode(decoded.decoded.left(colon));
        }
    }
    return form.value(u"client_id"_s);
}

void FlowServices::onTokenRequest(const Request &request, const FormBody &form,
                                  const ClientRecord *client, const QString &grantType,
                                  Response &response, qint64 elapsedMs)
{
    const QString traceId = ObservabilityLog::traceIdFor(request);
    response.withHeader("X-Correlation-ID", traceId.toUtf8());
    const QString requestedScope = form.value(u"scope"_s);
    const QString clientId = client ? client->clientId : attemptedClientId(request, form);
    // A token response says what it was made of; anything else is read back from its body.
    const bool issued = response.status == 200 && response.issued;
    const QJsonObject body =
        issued ? response.issued->body : QJsonDocument::fromJson(response.body).object();
    QJsonObject detail;
    if (QThread::currentThread() == m_owner) {
        detail = m_pendingDetail;
        m_pendingDetail = {};
    }

    if (events && events->isOpen() && client)
        events->tokenIssuanceStarted(traceId, clientId, grantType, requestedScope,
                                     std::chrono::system_clock::now() -
                                         std::chrono::milliseconds(elapsedMs));

    if (response.status == 200) {
        QJsonObject claims;
        QString algorithm;
        if (issued) {
            claims = response.issued->claims;
            algorithm = response.issued->algorithm;
        } else {
            const core::Jwt jwt =
                core::Jwt::parse(body.value(u"access_token"_s).toString().toLatin1());
            claims = jwt.payload();
            algorithm = jwt.algorithm();
        }
        const QString scope = body.value(u"scope"_s).toString();
        if (events && events->isOpen())
            events->tokenIssued(traceId, clientId, grantType, scope, elapsedMs);
        QJsonObject data = detail;
        data.insert(u"grantType"_s, grantType);
        data.insert(u"jti"_s, claims.value(u"jti"_s));
        data.insert(u"sub"_s, claims.value(u"sub"_s));
        data.insert(u"aud"_s, claims.value(u"aud"_s));
        data.insert(u"scope"_s, scope);
        data.insert(u"expiresAt"_s, Ids::iso(QDateTime::fromSecsSinceEpoch(
                                        qint64(claims.value(u"exp"_s).toDouble()), Qt::UTC)));
        data.insert(u"alg"_s, algorithm);
        if (claims.contains(u"act"_s))
            data.insert(u"act"_s, claims.value(u"act"_s));
        if (client)
            data.insert(u"clientEntityId"_s, client->entityId);
        if (body.contains(u"refresh_token"_s))
            data.insert(u"refreshTokenIssued"_s, true);
        if (body.contains(u"id_token"_s))
            data.insert(u"idTokenIssued"_s, true);
        if (body.contains(u"issued_token_type"_s))
            data.insert(u"issuedTokenType"_s, body.value(u"issued_token_type"_s));
        const QJsonValue aud = claims.value(u"aud"_s);
        audit.record(AuditEvent{AuditLog::TokenIssued,
                                clientId,
                                claims.value(u"sub"_s).toString(),
                                aud.isString() ? aud.toString() : QString(),
                                data,
                                traceId,
                                {}});
        return;
    }

    const QString error = body.value(u"error"_s).toString();
    const QString description = body.value(u"error_description"_s).toString();
    if (events && events->isOpen() && client) {
        // ThunderID logs the code the service intended: unauthorized_client is "401".
        const int code = error == u"unauthorized_client"_s ? 401 : response.status;
        events->tokenIssuanceFailed(traceId, clientId, grantType, requestedScope, elapsedMs, code,
                                    description, response.status >= 500);
    }
    QJsonObject data = detail;
    data.insert(u"grantType"_s, grantType);
    data.insert(u"error"_s, error);
    data.insert(u"errorDescription"_s, description);
    data.insert(u"status"_s, response.status);
    data.insert(u"requestedScope"_s, requestedScope);
    if (!client)
        data.insert(u"clientAuthenticated"_s, false);
    audit.record(AuditEvent{
        AuditLog::TokenIssuanceFailed, clientId, {}, form.value(u"resource"_s), data, traceId, {}});
}

} // namespace tid::sandbox
