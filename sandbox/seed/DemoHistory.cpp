#include "sandbox/seed/DemoHistory.h"

#include "sandbox/Bootstrap.h"
#include "sandbox/audit/AuditLog.h"
#include "sandbox/consent/ConsentModule.h"
#include "sandbox/security/Authorization.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

const QString Cc = u"client_credentials"_s;
const QString Code = u"authorization_code"_s;
const QString Refresh = u"refresh_token"_s;
const QString Exchange = u"urn:ietf:params:oauth:grant-type:token-exchange"_s;
const QString Ciba = u"urn:openid:params:grant-type:ciba"_s;
constexpr int AccessLifetime = 3600; // the demo agents' validityPeriod

struct Agent
{
    QString id;
    QString clientId;
    QString name;
    QStringList grants;
    QString rsId;
    QString audience;
    QStringList permissions; // its own, on its domain's resource server

    bool has(const QString &grant) const { return grants.contains(grant); }
};

struct User
{
    QString id;
    QHash<QString, QStringList> permissions; // rs id -> permissions
};

struct Token
{
    QString jti;
    QString sub;
    QString aud;
    QStringList scopes;
    QJsonObject act;
    qint64 ms = 0;
};

class Planner
{
public:
    Planner(Database &db, AuditLog &audit, ConsentModule &consents)
        : m_db(db)
        , m_audit(audit)
        , m_consents(consents)
        , m_rng(20261128)
    {
        m_end = QDateTime::currentMSecsSinceEpoch() - 2 * 60 * 1000;
        m_start = m_end - qint64(DemoHistory::Days) * 86400 * 1000;
    }

    void load()
    {
        QSqlQuery q = Sql::exec(m_db.db(), u"SELECT id, identifier FROM resource_servers"_s);
        QHash<QString, QString> rsByIdentifier;
        while (q.next())
            rsByIdentifier.insert(q.value(1).toString(), q.value(0).toString());
        q = Sql::exec(m_db.db(),
                      u"SELECT id, client_id, name, extra FROM agents WHERE name NOT LIKE "
                      "'bench-agent-%' AND client_id IS NOT NULL ORDER BY id"_s);
        while (q.next()) {
            Agent a;
            a.id = q.value(0).toString();
            a.clientId = q.value(1).toString();
            a.name = q.value(2).toString();
            const QJsonObject config = QJsonDocument::fromJson(q.value(3).toByteArray())
                                           .object()
                                           .value(u"inboundAuthConfig"_s)
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(u"config"_s)
                                           .toObject();
            for (const QJsonValue &g : config.value(u"grantTypes"_s).toArray())
                a.grants << g.toString();
            a.audience = config.value(u"token"_s)
                             .toObject()
                             .value(u"accessToken"_s)
                             .toObject()
                             .value(u"defaultAudience"_s)
                             .toString();
            a.rsId = rsByIdentifier.value(a.audience);
            m_agents.append(a);
        }
        for (Agent &a : m_agents) {
            if (!a.rsId.isEmpty())
                a.permissions = authz::grantedPermissions(m_db, a.id, u"agent"_s, a.rsId);
        }
        q = Sql::exec(m_db.db(), u"SELECT id FROM users WHERE id <> ? ORDER BY id"_s,
                      {bootstrap::AdminUserId});
        QStringList userIds;
        while (q.next())
            userIds << q.value(0).toString();
        const QStringList rsIds = rsByIdentifier.values();
        for (const QString &id : std::as_const(userIds)) {
            User u;
            u.id = id;
            for (const QString &rs : rsIds)
                u.permissions.insert(rs, authz::grantedPermissions(m_db, id, u"user"_s, rs));
            m_users.append(u);
        }
    }

    bool ready() const { return !m_agents.isEmpty() && !m_users.isEmpty(); }

    // --- helpers ---------------------------------------------------------------------------

    qint64 randomTime() { return m_start + qint64(m_rng.bounded(double(m_end - m_start))); }
    int pick(qsizetype n) { return int(m_rng.bounded(qsizetype(qMax<qsizetype>(n, 1)))); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }

    QStringList subset(const QStringList &from, int atLeast = 1)
    {
        QStringList out;
        for (const QString &s : from) {
            if (chance(60))
                out << s;
        }
        if (out.size() < atLeast && !from.isEmpty())
            out << from.at(pick(from.size()));
        return out;
    }

    void plan(qint64 ms, int events, std::function<void(qint64)> run)
    {
        m_actions.append({ms, int(m_actions.size()), std::move(run)});
        m_planned += events;
    }

    void event(qint64 ms, const QString &type, const QString &clientId, const QString &subject,
               const QString &rs, const QJsonObject &data)
    {
        plan(ms, 1, [this, type, clientId, subject, rs, data](qint64 at) {
            record(at, type, clientId, subject, rs, data);
        });
    }

    void record(qint64 ms, const QString &type, const QString &clientId, const QString &subject,
                const QString &rs, const QJsonObject &data)
    {
        m_audit.record(AuditEvent{type, clientId, subject, rs, data, Ids::uuid4(),
                                  QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)});
    }

    // The admin application, the actor of every administrator's change in the history.
    static QJsonObject adminActor()
    {
        return QJsonObject{{u"sub"_s, bootstrap::AdminAppId},
                           {u"clientId"_s, bootstrap::DefaultAdminClientId}};
    }

    // The admin.change event of one call of the management API.
    static QJsonObject adminChange(const QString &method, const QString &entityType,
                                   const QString &entityId, const QString &change)
    {
        QString path = u'/' + entityType + u'/' + entityId;
        if (change != u"update"_s)
            path += u'/' + change;
        return QJsonObject{
            {u"actor"_s, adminActor()}, {u"method"_s, method},         {u"path"_s, path},
            {u"status"_s, 200},         {u"entityType"_s, entityType}, {u"entityId"_s, entityId},
            {u"change"_s, change}};
    }

    static QString iso(qint64 ms) { return Ids::iso(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); }

    Token issue(qint64 ms, const Agent &client, const QString &grantType, const QString &sub,
                const QString &aud, const QStringList &scopes, const QJsonObject &act,
                QJsonObject extra = {})
    {
        Token t{Ids::uuid7(ms), sub, aud, scopes, act, ms};
        extra.insert(u"grantType"_s, grantType);
        extra.insert(u"jti"_s, t.jti);
        extra.insert(u"sub"_s, sub);
        extra.insert(u"aud"_s, aud);
        extra.insert(u"scope"_s, scopes.join(u' '));
        extra.insert(u"expiresAt"_s, iso(ms + qint64(AccessLifetime) * 1000));
        extra.insert(u"alg"_s, u"ES256"_s);
        extra.insert(u"clientEntityId"_s, client.id);
        if (!act.isEmpty())
            extra.insert(u"act"_s, act);
        event(ms, AuditLog::TokenIssued, client.clientId, sub, aud, extra);
        m_issued.append({client.clientId, t});
        return t;
    }

    void fail(qint64 ms, const Agent &client, const QString &grantType, const QString &error,
              const QString &description, const QString &requestedScope = {},
              const QString &resource = {}, QJsonObject extra = {})
    {
        extra.insert(u"grantType"_s, grantType);
        extra.insert(u"error"_s, error);
        extra.insert(u"errorDescription"_s, description);
        extra.insert(u"status"_s, error == u"invalid_client"_s ? 401 : 400);
        extra.insert(u"requestedScope"_s, requestedScope);
        if (error == u"invalid_client"_s)
            extra.insert(u"clientAuthenticated"_s, false);
        event(ms, AuditLog::TokenIssuanceFailed, client.clientId, {}, resource, extra);
    }

    // The consent id of (user, agent), filled when the grant action runs.
    QString consentKey(const User &u, const Agent &a) const { return u.id + u'|' + a.id; }
    void grantConsent(qint64 ms, const User &u, const Agent &a, const QStringList &scopes)
    {
        const QString key = consentKey(u, a);
        if (m_consentPlanned.contains(key))
            return;
        m_consentPlanned.insert(key);
        const QString userId = u.id;
        const Agent agent = a;
        plan(ms, 1, [this, key, userId, agent, scopes](qint64 at) {
            m_consentIds.insert(key, m_consents.grant(userId, agent.clientId, agent.id, u"agent"_s,
                                                      agent.rsId, scopes,
                                                      QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)));
        });
    }

    Agent *agentByClientId(const QString &clientId)
    {
        for (Agent &a : m_agents) {
            if (a.clientId == clientId)
                return &a;
        }
        return nullptr;
    }

    // --- the week ----------------------------------------------------------------------------

    void credentials()
    {
        // invoice-generator: rotated three days ago with a one-hour grace; the new secret is the
        // same documented demo secret, so the demo keeps working.
        if (Agent *a = agentByClientId(DemoHistory::RotatedAgentClientId)) {
            m_rotatedAt = m_end - qint64(3) * 86400 * 1000 + 5 * 3600 * 1000;
            const Agent agent = *a;
            const qint64 rotatedAt = m_rotatedAt;
            plan(rotatedAt, 2, [this, agent](qint64 at) {
                const QString hash =
                    Sql::scalar(m_db.db(),
                                u"SELECT secret_hash FROM client_secrets WHERE entity_id = ? AND "
                                "revoked_at IS NULL ORDER BY created_at LIMIT 1"_s,
                                {agent.id})
                        .toString();
                if (hash.isEmpty())
                    throw std::runtime_error("history: no secret to rotate");
                run(u"UPDATE client_secrets SET expires_at = ?, last_used_at = ? WHERE entity_id = "
                    u"? "
                    "AND revoked_at IS NULL"_s,
                    {iso(at + 3600 * 1000), iso(at - 600 * 1000), agent.id});
                const QString credentialId = Ids::uuid7(at);
                run(u"INSERT INTO client_secrets(id, entity_id, entity_type, secret_hash, "
                    "created_at, last_used_at) VALUES(?, ?, 'agent', ?, ?, ?)"_s,
                    {credentialId, agent.id, hash, iso(at), iso(m_end)});
                record(at, AuditLog::CredentialRotated, agent.clientId, agent.id, {},
                       QJsonObject{{u"agentId"_s, agent.id},
                                   {u"credentialId"_s, credentialId},
                                   {u"graceSeconds"_s, 3600},
                                   {u"previousSecretsExpireAt"_s, iso(at + 3600 * 1000)},
                                   {u"actor"_s, adminActor()}});
                record(at, AuditLog::AdminChange, bootstrap::DefaultAdminClientId,
                       bootstrap::AdminAppId, {},
                       adminChange(u"POST"_s, u"agents"_s, agent.id, u"credentials/rotate"_s));
            });
        }
        // crm-hygiene-bot: credential revoked two days ago (it leaked in a log); it keeps
        // failing to authenticate afterwards.
        if (Agent *a = agentByClientId(DemoHistory::RevokedAgentClientId)) {
            m_revokedAt = m_end - qint64(2) * 86400 * 1000 + 3 * 3600 * 1000;
            m_revokedClient = a->clientId;
            const Agent agent = *a;
            plan(m_revokedAt, 2, [this, agent](qint64 at) {
                run(u"UPDATE client_secrets SET revoked_at = ? WHERE entity_id = ? AND revoked_at "
                    "IS NULL"_s,
                    {iso(at), agent.id});
                run(u"INSERT INTO client_revocations(client_id, revoked_before_ms) VALUES(?, ?) "
                    "ON CONFLICT(client_id) DO UPDATE SET revoked_before_ms = "
                    "excluded.revoked_before_ms"_s,
                    {agent.clientId, at});
                record(at, AuditLog::CredentialRevoked, agent.clientId, agent.id, {},
                       QJsonObject{{u"agentId"_s, agent.id},
                                   {u"revokedCredentials"_s, 1},
                                   {u"tokensRevokedBefore"_s, iso(at)},
                                   {u"actor"_s, adminActor()}});
                record(at, AuditLog::AdminChange, bootstrap::DefaultAdminClientId,
                       bootstrap::AdminAppId, {},
                       adminChange(u"POST"_s, u"agents"_s, agent.id, u"credentials/revoke"_s));
            });
        }
    }

    bool revokedBy(const Agent &a, qint64 ms) const
    {
        return a.clientId == m_revokedClient && ms >= m_revokedAt;
    }

    void ownTokens()
    {
        for (const Agent &a : std::as_const(m_agents)) {
            if (!a.has(Cc) || a.rsId.isEmpty() || a.permissions.isEmpty())
                continue;
            qint64 t = m_start + qint64(m_rng.bounded(3600.0 * 1000));
            while (t < m_end) {
                if (revokedBy(a, t)) {
                    fail(t, a, Cc, u"invalid_client"_s, u"Invalid client credentials"_s,
                         a.permissions.join(u' '), a.audience);
                    t += qint64(4 + m_rng.bounded(8)) * 3600 * 1000;
                    continue;
                }
                const Token token = issue(t, a, Cc, a.id, a.audience, subset(a.permissions), {});
                if (chance(12)) {
                    // The resource server (another agent here) checks the token.
                    const Agent &checker = m_agents.at(pick(m_agents.size()));
                    event(t + 1500, AuditLog::TokenIntrospected, a.clientId, a.id, a.audience,
                          QJsonObject{{u"introspectedBy"_s, checker.clientId},
                                      {u"tokenType"_s, u"access_token"_s},
                                      {u"jti"_s, token.jti},
                                      {u"active"_s, true}});
                }
                if (chance(3)) {
                    fail(t + 60000, a, Cc, u"invalid_target"_s,
                         u"The resource parameter does not match any registered resource server"_s,
                         a.permissions.value(0), u"https://api.unknown.example.com"_s);
                }
                t += qint64(50 + m_rng.bounded(100)) * 60 * 1000;
            }
        }
    }

    QList<const User *> usersOf(const Agent &a) const
    {
        QList<const User *> out;
        for (const User &u : m_users) {
            if (!u.permissions.value(a.rsId).isEmpty())
                out.append(&u);
        }
        return out;
    }

    // A user signs in to an interactive agent, then it refreshes for a while.
    void sessions()
    {
        int pairs = 0;
        for (const Agent &a : std::as_const(m_agents)) {
            if (!a.has(Code) || a.rsId.isEmpty())
                continue;
            for (const User *u : usersOf(a)) {
                if (!chance(55))
                    continue;
                ++pairs;
                // Every fourth pair's consent gets revoked mid-week by the user.
                const bool revokes = pairs % 4 == 0;
                const qint64 revokeAt = m_start +
                                        qint64(m_rng.bounded(double(m_end - m_start)) * 0.5) +
                                        (m_end - m_start) / 4;
                const int count = 3 + pick(5);
                QList<qint64> starts;
                for (int i = 0; i < count; ++i)
                    starts << randomTime();
                std::sort(starts.begin(), starts.end());
                const QStringList held = u->permissions.value(a.rsId);
                bool first = true;
                for (const qint64 s : std::as_const(starts)) {
                    if (revokes && s >= revokeAt)
                        break;
                    const QStringList scopes = QStringList{u"openid"_s} + subset(held);
                    if (first)
                        grantConsent(s, *u, a, scopes);
                    first = false;
                    const QString familyId = Ids::uuid7(s);
                    signIn(s + 2000, a, *u, scopes, familyId);
                    const int refreshes = pick(8);
                    qint64 t = s + 2000;
                    for (int r = 0; r < refreshes; ++r) {
                        t += qint64(9 + pick(4)) * 60 * 1000;
                        if (t >= m_end || (revokes && t >= revokeAt))
                            break;
                        issue(t, a, Refresh, u->id, a.audience, scopes,
                              QJsonObject{{u"sub"_s, a.id}},
                              QJsonObject{{u"familyId"_s, familyId}});
                    }
                }
                if (revokes && !first) {
                    const QString key = consentKey(*u, a);
                    const QString userId = u->id;
                    plan(revokeAt, 1, [this, key, userId](qint64 at) {
                        m_consents.revoke(m_consentIds.value(key), QJsonObject{{u"sub"_s, userId}},
                                          QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
                    });
                    // The agent's next refresh fails: the consent is gone.
                    fail(revokeAt + 7 * 60 * 1000, a, Refresh, u"invalid_grant"_s,
                         u"The consent this refresh token was granted under is no longer active"_s);
                }
            }
        }
    }

    Token signIn(qint64 ms, const Agent &a, const User &u, const QStringList &scopes,
                 const QString &familyId)
    {
        const QString key = consentKey(u, a);
        const QString aud = a.audience;
        Token t{Ids::uuid7(ms), u.id, aud, scopes, QJsonObject{{u"sub"_s, a.id}}, ms};
        const QString clientId = a.clientId;
        const QString agentId = a.id;
        plan(ms, 1, [this, t, key, clientId, agentId, familyId](qint64 at) {
            record(at, AuditLog::TokenIssued, clientId, t.sub, t.aud,
                   QJsonObject{{u"grantType"_s, Code},
                               {u"jti"_s, t.jti},
                               {u"sub"_s, t.sub},
                               {u"aud"_s, t.aud},
                               {u"scope"_s, t.scopes.join(u' ')},
                               {u"expiresAt"_s, iso(at + qint64(AccessLifetime) * 1000)},
                               {u"alg"_s, u"ES256"_s},
                               {u"clientEntityId"_s, agentId},
                               {u"act"_s, t.act},
                               {u"refreshTokenIssued"_s, true},
                               {u"idTokenIssued"_s, true},
                               {u"familyId"_s, familyId},
                               {u"consentId"_s, m_consentIds.value(key)}});
        });
        m_issued.append({clientId, t});
        return t;
    }

    // Orchestrators delegate to workers through token exchange: chains of depth 1–4.
    void chains()
    {
        QHash<QString, QList<const Agent *>> byRs;
        for (const Agent &a : std::as_const(m_agents)) {
            if (a.has(Exchange) && !a.rsId.isEmpty())
                byRs[a.rsId].append(&a);
        }
        QList<QString> domains = byRs.keys();
        std::sort(domains.begin(), domains.end());
        for (int chain = 0; chain < 360; ++chain) {
            const QString rs = domains.at(pick(domains.size()));
            const QList<const Agent *> &workers = byRs.value(rs);
            const Agent &root = *workers.at(pick(workers.size()));
            const qint64 t0 = randomTime();
            Token parent;
            // Half the chains start from a user's sign-in, half from the agent's own token.
            const QList<const User *> people = usersOf(root);
            if (!people.isEmpty() && chance(50)) {
                const User &u = *people.at(pick(people.size()));
                const QStringList scopes = QStringList{u"openid"_s} + u.permissions.value(rs);
                grantConsent(t0 - 3000, u, root, scopes);
                parent = signIn(t0, root, u, scopes, Ids::uuid7(t0));
            } else {
                if (revokedBy(root, t0))
                    continue;
                parent = issue(t0, root, Cc, root.id, root.audience, root.permissions, {});
            }
            const int depth = 1 + pick(4);
            const Agent *previous = &root;
            qint64 t = t0;
            for (int hop = 0; hop < depth; ++hop) {
                const Agent *next = workers.at(pick(workers.size()));
                if (next == previous && workers.size() > 1)
                    next = workers.at((workers.indexOf(next) + 1) % workers.size());
                t += qint64(1 + pick(20)) * 1000;
                QStringList allowed;
                for (const QString &s : parent.scopes) {
                    if (s == u"openid"_s || next->permissions.contains(s))
                        allowed << s;
                }
                if (chance(8)) {
                    // A worker asks for more than it may have: refused, the chain goes on.
                    fail(t, *next, Exchange, u"invalid_scope"_s,
                         u"The exchanging client is not authorized for the requested scope"_s,
                         (allowed + next->permissions).join(u' '), next->audience,
                         QJsonObject{{u"parentJti"_s, parent.jti}});
                    t += 2000;
                }
                QJsonObject act{{u"sub"_s, next->id}, {u"iss"_s, m_issuer}};
                if (!parent.act.isEmpty())
                    act.insert(u"act"_s, parent.act);
                parent =
                    issue(t, *next, Exchange, parent.sub, next->audience, subset(allowed, 0), act,
                          QJsonObject{{u"parentJti"_s, parent.jti},
                                      {u"issuedTokenType"_s,
                                       u"urn:ietf:params:oauth:token-type:access_token"_s}});
                previous = next;
            }
        }
    }

    void ciba()
    {
        QList<const Agent *> requesters;
        for (const Agent &a : std::as_const(m_agents)) {
            if (a.has(Ciba) && !a.rsId.isEmpty())
                requesters.append(&a);
        }
        if (requesters.isEmpty())
            return;
        static const char16_t *const purposes[] = {
            u"Approve invoice INV-%1", u"Refund order #%1",  u"Share dashboard D-%1",
            u"Renew contract C-%1",    u"Close deal OPP-%1", u"Export report R-%1"};
        for (int i = 0; i < 170; ++i) {
            const Agent &a = *requesters.at(pick(requesters.size()));
            const QList<const User *> people = usersOf(a);
            if (people.isEmpty())
                continue;
            const User &u = *people.at(pick(people.size()));
            const qint64 t = randomTime();
            const int outcome = pick(10); // 0-5 approved, 6-7 denied, 8-9 expired
            const int expiry = 120 + 60 * pick(4);
            const QStringList requested = QStringList{u"openid"_s} + subset(a.permissions);
            QStringList approved;
            for (const QString &s : requested) {
                if (s == u"openid"_s || u.permissions.value(a.rsId).contains(s))
                    approved << s;
            }
            const QString message =
                QString::fromUtf16(purposes[pick(qsizetype(std::size(purposes)))]).arg(1000 + i);
            const QString id = Ids::uuid7(t);
            const qint64 decided = t + qint64(15 + pick(90)) * 1000;
            const QString status = outcome < 6   ? u"CONSUMED"_s
                                   : outcome < 8 ? u"DENIED"_s
                                                 : u"EXPIRED"_s;
            const QString authReqHash = QString::fromLatin1(
                QCryptographicHash::hash(Ids::randomBytes(32), QCryptographicHash::Sha256).toHex());
            const Agent agent = a;
            const QString userId = u.id;
            const qint64 end = status == u"EXPIRED"_s ? t + qint64(expiry) * 1000 : decided;
            plan(t, 1, [=, this](qint64 at) {
                run(u"INSERT INTO ciba_requests(id, auth_req_hash, client_id, client_entity_id, "
                    "client_type, user_id, scopes, resource_server_id, resource, "
                    "binding_message, status, created_at, expires_at, last_polled_at, "
                    "poll_interval, decided_at, decided_by, authorized_scopes) "
                    "VALUES(?, ?, ?, ?, 'agent', ?, ?, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, ?)"_s,
                    {id, authReqHash, agent.clientId, agent.id, userId, requested.join(u' '),
                     agent.rsId, agent.audience, message, status, iso(at),
                     iso(at + qint64(expiry) * 1000), iso(end),
                     status == u"EXPIRED"_s ? QVariant() : QVariant(iso(decided)),
                     status == u"EXPIRED"_s ? QVariant() : QVariant(userId),
                     status == u"CONSUMED"_s ? approved.join(u' ') : QString()});
                record(at, AuditLog::CibaRequested, agent.clientId, userId, agent.audience,
                       QJsonObject{{u"requestId"_s, id},
                                   {u"userId"_s, userId},
                                   {u"scope"_s, requested.join(u' ')},
                                   {u"bindingMessage"_s, message},
                                   {u"expiresAt"_s, iso(at + qint64(expiry) * 1000)}});
            });
            // The client polls every five seconds meanwhile.
            for (qint64 p = t + 5000; p < end && p < t + 60000; p += 5000) {
                fail(p, a, Ciba, u"authorization_pending"_s,
                     u"The user has not yet completed authentication"_s, {}, {},
                     QJsonObject{{u"cibaRequestId"_s, id}});
            }
            if (status == u"CONSUMED"_s) {
                const QString key = consentKey(u, a);
                plan(decided, 2, [=, this](qint64 at) {
                    m_consentIds.insert(
                        key,
                        m_consents.grant(userId, agent.clientId, agent.id, u"agent"_s, agent.rsId,
                                         approved, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)));
                    run(u"UPDATE ciba_requests SET consent_id = ? WHERE id = ?"_s,
                        {m_consentIds.value(key), id});
                    record(at, AuditLog::CibaApproved, agent.clientId, userId, agent.audience,
                           QJsonObject{{u"requestId"_s, id},
                                       {u"scope"_s, approved.join(u' ')},
                                       {u"decidedBy"_s, QJsonObject{{u"sub"_s, userId}}}});
                });
                issue(decided + 3000, a, Ciba, u.id, a.audience, approved,
                      QJsonObject{{u"sub"_s, a.id}},
                      QJsonObject{{u"cibaRequestId"_s, id},
                                  {u"idTokenIssued"_s, true},
                                  {u"refreshTokenIssued"_s, a.has(Refresh)}});
            } else if (status == u"DENIED"_s) {
                event(decided, AuditLog::CibaDenied, a.clientId, u.id, a.audience,
                      QJsonObject{{u"requestId"_s, id},
                                  {u"decidedBy"_s, QJsonObject{{u"sub"_s, u.id}}}});
                fail(decided + 3000, a, Ciba, u"access_denied"_s,
                     u"The user denied the authentication request"_s, {}, {},
                     QJsonObject{{u"cibaRequestId"_s, id}});
            } else {
                event(end, AuditLog::CibaExpired, a.clientId, u.id, a.audience,
                      QJsonObject{{u"requestId"_s, id}});
                fail(end + 4000, a, Ciba, u"expired_token"_s,
                     u"The backchannel authentication request has expired"_s, {}, {},
                     QJsonObject{{u"cibaRequestId"_s, id}});
            }
        }
    }

    void revocationsAndAdmin()
    {
        // Some clients revoke tokens they no longer need.
        for (int i = 0; i < 45 && !m_issued.isEmpty(); ++i) {
            const auto &[clientId, token] = m_issued.at(pick(m_issued.size()));
            const qint64 at = token.ms + qint64(1 + pick(50)) * 60 * 1000;
            if (at >= m_end)
                continue;
            event(at, AuditLog::TokenRevoked, clientId, token.sub, token.aud,
                  QJsonObject{{u"jti"_s, token.jti},
                              {u"reason"_s, u"explicit"_s},
                              {u"tokenType"_s, u"access_token"_s}});
        }
        // Administrators tidy up roles and agents now and then.
        QSqlQuery q = Sql::exec(m_db.db(), u"SELECT id FROM roles ORDER BY id"_s);
        QStringList roles;
        while (q.next())
            roles << q.value(0).toString();
        for (int i = 0; i < 30; ++i) {
            const bool role = chance(50) && !roles.isEmpty();
            const QString entityId =
                role ? roles.at(pick(roles.size())) : m_agents.at(pick(m_agents.size())).id;
            const QString entityType = role ? u"roles"_s : u"agents"_s;
            event(randomTime(), AuditLog::AdminChange, bootstrap::DefaultAdminClientId,
                  bootstrap::AdminAppId, {},
                  adminChange(u"PUT"_s, entityType, entityId, u"update"_s));
        }
    }

    void topUp()
    {
        // More own tokens of the autonomous agents until the minimum is reached.
        QList<const Agent *> autonomous;
        for (const Agent &a : std::as_const(m_agents)) {
            if (a.has(Cc) && !a.permissions.isEmpty() && a.clientId != m_revokedClient)
                autonomous.append(&a);
        }
        while (m_planned < DemoHistory::MinimumEvents + 200 && !autonomous.isEmpty()) {
            const Agent &a = *autonomous.at(pick(autonomous.size()));
            issue(randomTime(), a, Cc, a.id, a.audience, subset(a.permissions), {});
        }
    }

    int execute()
    {
        std::sort(m_actions.begin(), m_actions.end(), [](const Action &x, const Action &y) {
            return x.ms != y.ms ? x.ms < y.ms : x.order < y.order;
        });
        const qint64 before = m_audit.count();
        for (const Action &a : std::as_const(m_actions))
            a.run(a.ms);
        return int(m_audit.count() - before);
    }

    void setIssuer(const QString &issuer) { m_issuer = issuer; }

private:
    void run(const QString &sql, const QVariantList &binds) { Sql::exec(m_db.db(), sql, binds); }

    struct Action
    {
        qint64 ms;
        int order;
        std::function<void(qint64)> run;
    };

    Database &m_db;
    AuditLog &m_audit;
    ConsentModule &m_consents;
    QRandomGenerator m_rng;
    qint64 m_start = 0;
    qint64 m_end = 0;
    QList<Agent> m_agents;
    QList<User> m_users;
    QList<Action> m_actions;
    int m_planned = 0;
    QSet<QString> m_consentPlanned;
    QHash<QString, QString> m_consentIds;
    QList<QPair<QString, Token>> m_issued;
    QString m_revokedClient;
    qint64 m_revokedAt = 0;
    qint64 m_rotatedAt = 0;
    QString m_issuer = u"http://127.0.0.1:8090"_s;
};

} // namespace

bool DemoHistory::seed(Database &db, AuditLog &audit, ConsentModule &consents,
                       const QString &issuer, int *events, QString *error)
{
    *events = 0;
    try {
        Planner planner(db, audit, consents);
        planner.setIssuer(issuer);
        planner.load();
        if (!planner.ready()) {
            *error = u"demo history: the demo organisation is missing"_s;
            return false;
        }
        planner.credentials();
        planner.ownTokens();
        planner.sessions();
        planner.chains();
        planner.ciba();
        planner.revocationsAndAdmin();
        planner.topUp();
        int written = 0;
        const bool ok = db.transaction([&] {
            written = planner.execute();
            return true;
        });
        if (!ok) {
            *error = u"demo history: the transaction did not commit"_s;
            return false;
        }
        *events = written;
    } catch (const std::exception &e) {
        *error = u"demo history: "_s + QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace tid::sandbox
