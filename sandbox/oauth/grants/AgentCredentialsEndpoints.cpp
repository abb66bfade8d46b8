#include "sandbox/oauth/grants/AgentCredentialsEndpoints.h"

#include "sandbox/audit/AuditLog.h"
#include "sandbox/audit/ObservabilityLog.h"
#include "sandbox/audit/Principal.h"
#include "sandbox/oauth/OAuthModule.h"
#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

AgentCredentialsEndpoints::AgentCredentialsEndpoints(FlowServices &services)
    : m_services(services)
{}

void AgentCredentialsEndpoints::registerRoutes(Router &router)
{
    const RouteOptions admin{Access::Admin, true};
    router.add(
        u"GET"_s, u"/agents/{id}/credentials"_s, [this](Request &r) { return list(r); }, admin);
    router.add(
        u"POST"_s, u"/agents/{id}/credentials/rotate"_s, [this](Request &r) { return rotate(r); },
        admin);
    router.add(
        u"POST"_s, u"/agents/{id}/credentials/revoke"_s, [this](Request &r) { return revoke(r); },
        admin);
}

static Response agentNotFound(const QString &id)
{
    return Response::error(404, u"AGT-1003"_s, u"Agent not found"_s,
                           u"No agent with id %1 exists"_s.arg(id),
                           u"error.agentservice.agent_not_found"_s);
}

static Response noSecretProfile()
{
    return Response::error(400, u"CRD-1001"_s, u"Agent has no client secret"_s,
                           u"The agent has no OAuth profile with a secret-based "
                           "tokenEndpointAuthMethod"_s,
                           u"error.credentialservice.no_secret_profile"_s);
}

bool AgentCredentialsEndpoints::record(const Request &request, const QString &type,
                                       const ClientRecord &agent, QJsonObject data)
{
    data.insert(u"agentId"_s, agent.entityId);
    data.insert(u"actor"_s, principal::actor(request.principal));
    return m_services.audit.record(AuditEvent{
        type, agent.clientId, agent.entityId, {}, data, ObservabilityLog::traceIdFor(request), {}});
}

Response AgentCredentialsEndpoints::list(Request &request)
{
    const QString id = request.param(u"id"_s);
    const auto client = m_services.oauth.clients().findByEntityId(id);
    if (!client || !client->isAgent()) {
        if (!Sql::exists(m_services.db().db(), u"SELECT 1 FROM agents WHERE id = ?"_s, {id}))
            return agentNotFound(id);
    }
    QSqlQuery q =
        Sql::exec(m_services.db().db(),
                  u"SELECT id, created_at, expires_at, last_used_at, revoked_at FROM "
                  "client_secrets WHERE entity_id = ? ORDER BY created_at DESC, id DESC"_s,
                  {id});
    const QString now = Ids::iso(QDateTime::currentDateTimeUtc());
    QJsonArray items;
    while (q.next()) {
        QJsonObject c{{u"id"_s, q.value(0).toString()},
                      {u"type"_s, u"client_secret"_s},
                      {u"createdAt"_s, q.value(1).toString()}};
        const QString expires = q.value(2).toString();
        const QString lastUsed = q.value(3).toString();
        const QString revoked = q.value(4).toString();
        c.insert(u"expiresAt"_s, expires.isEmpty() ? QJsonValue() : QJsonValue(expires));
        c.insert(u"lastUsedAt"_s, lastUsed.isEmpty() ? QJsonValue() : QJsonValue(lastUsed));
        if (!revoked.isEmpty())
            c.insert(u"revokedAt"_s, revoked);
        QString status = u"ACTIVE"_s;
        if (!revoked.isEmpty())
            status = u"REVOKED"_s;
        else if (!expires.isEmpty() && expires <= now)
            status = u"EXPIRED"_s;
        else if (!expires.isEmpty())
            status = u"EXPIRING"_s;
        c.insert(u"status"_s, status);
        items.append(c);
    }
    return Response::json(QJsonObject{{u"agentId"_s, id},
                                      {u"clientId"_s, client ? client->clientId : QString()},
                                      {u"totalResults"_s, items.size()},
                                      {u"count"_s, items.size()},
                                      {u"credentials"_s, items}});
}

Response AgentCredentialsEndpoints::rotate(Request &request)
{
    const QString id = request.param(u"id"_s);
    int grace = 0;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return Response::error(400, u"CRD-1002"_s, u"Invalid request format"_s,
                                   u"The request body must be a JSON object"_s,
                                   u"error.credentialservice.invalid_request_format"_s);
        const QJsonValue g = doc.object().value(u"graceSeconds"_s);
        if (!g.isUndefined() && !g.isNull()) {
            const double d = g.toDouble(-1);
            if (!g.isDouble() || d != double(qint64(d)) || d < 0 || d > MaxGraceSeconds)
                return Response::error(
                    400, u"CRD-1003"_s, u"Invalid graceSeconds"_s,
                    u"graceSeconds must be an integer from 0 to %1"_s.arg(MaxGraceSeconds),
                    u"error.credentialservice.invalid_grace_seconds"_s);
            grace = int(d);
        }
    }
    const auto client = m_services.oauth.clients().findByEntityId(id);
    if (!client || !client->isAgent())
        return agentNotFound(id);
    const QString method = client->tokenEndpointAuthMethod();
    if (client->isPublic() ||
        (method != u"client_secret_basic"_s && method != u"client_secret_post"_s))
        return noSecretProfile();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime graceEnd = now.addSecs(grace);
    const QString secret = QString::fromLatin1(Ids::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString credentialId = Ids::uuid7();
    m_services.db().transaction([&] {
        m_services.oauth.clients().rotateSecret(id, u"agent"_s, credentialId, secret, Ids::iso(now),
                                                Ids::iso(graceEnd));
        return record(request, AuditLog::CredentialRotated, *client,
                      {{u"credentialId"_s, credentialId},
                       {u"graceSeconds"_s, grace},
                       {u"previousSecretsExpireAt"_s, Ids::iso(graceEnd)}});
    });
    Response r = Response::json(QJsonObject{{u"agentId"_s, id},
                                            {u"clientId"_s, client->clientId},
                                            {u"credentialId"_s, credentialId},
                                            {u"clientSecret"_s, secret},
                                            {u"createdAt"_s, Ids::iso(now)},
                                            {u"graceSeconds"_s, grace},
                                            {u"previousSecretsExpireAt"_s, Ids::iso(graceEnd)}});
    r.withHeader("Cache-Control", "no-store");
    return r;
}

Response AgentCredentialsEndpoints::revoke(Request &request)
{
    const QString id = request.param(u"id"_s);
    const auto client = m_services.oauth.clients().findByEntityId(id);
    if (!client || !client->isAgent())
        return agentNotFound(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int revoked = 0;
    m_services.db().transaction([&] {
        revoked = m_services.oauth.clients().revokeSecrets(id, Ids::iso(now));
        m_services.store.revokeClient(client->clientId);
        return record(
            request, AuditLog::CredentialRevoked, *client,
            {{u"revokedCredentials"_s, revoked}, {u"tokensRevokedBefore"_s, Ids::iso(now)}});
    });
    return Response::json(QJsonObject{{u"agentId"_s, id},
                                      {u"clientId"_s, client->clientId},
                                      {u"revokedCredentials"_s, revoked},
                                      {u"tokensRevokedBefore"_s, Ids::iso(now)}});
}

} // namespace tid::sandbox
