#include "sandbox/ciba/CibaModule.h"

#include "sandbox/Logging.h"
#include "sandbox/audit/AuditLog.h"
#include "sandbox/audit/Principal.h"
#include "sandbox/consent/ConsentModule.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/Router.h"
#include "sandbox/security/Authorization.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static const PagingErrors Paging{u"CIB-1001"_s, u"CIB-1002"_s, u"error.cibaservice"_s};

static const QStringList OidcScopes = {u"openid"_s, u"profile"_s, u"email"_s,
                                       u"phone"_s,  u"address"_s, u"roles"_s};

static QString hashAuthReqId(const QString &authReqId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(authReqId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

CibaModule::CibaModule(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{
    m_expiryTimer.setInterval(1000);
    QObject::connect(&m_expiryTimer, &QTimer::timeout, &m_expiryTimer, [this] {
        try {
            expireDue();
        } catch (const std::exception &e) { // no request to answer: logged, tried again in 1 s
            qCWarning(lcCiba) << "expiry sweep failed:" << e.what();
        }
        closeStaleStreams();
    });
    m_heartbeatTimer.setInterval(15000);
    QObject::connect(&m_heartbeatTimer, &QTimer::timeout, &m_heartbeatTimer,
                     [this] { heartbeat(); });
}

CibaModule::~CibaModule()
{
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (s.socket)
            s.socket->disconnect(&m_heartbeatTimer);
    }
}

QStringList CibaModule::migrations() const
{
    return {
        uR"(CREATE TABLE ciba_requests (
    id TEXT PRIMARY KEY,
    auth_req_hash TEXT NOT NULL UNIQUE,
    client_id TEXT NOT NULL,
    client_entity_id TEXT NOT NULL,
    client_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    scopes TEXT NOT NULL,
    resource_server_id TEXT NOT NULL DEFAULT '',
    resource TEXT NOT NULL DEFAULT '',
    binding_message TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'PENDING',
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    last_polled_at TEXT,
    poll_interval INTEGER NOT NULL DEFAULT 5,
    decided_at TEXT,
    decided_by TEXT,
    authorized_scopes TEXT,
    consent_id TEXT
);
CREATE INDEX ciba_requests_user ON ciba_requests(user_id, status);
CREATE INDEX ciba_requests_status ON ciba_requests(status, expires_at))"_s,
        // The party the requesting agent acts for, with the earlier actors (JSON, '' = none).
        uR"(ALTER TABLE ciba_requests ADD COLUMN delegation TEXT NOT NULL DEFAULT '')"_s,
    };
}

void CibaModule::registerRoutes(Router &router)
{
    const RouteOptions options{Access::AnyToken, true};
    router.add(
        u"GET"_s, u"/ciba/requests"_s, [this](Request &r) { return listRoute(r); }, options);
    router.add(
        u"GET"_s, u"/ciba/requests/{id}"_s, [this](Request &r) { return getRoute(r); }, options);
    router.add(
        u"POST"_s, u"/ciba/requests/{id}/approve"_s, [this](Request &r) { return approveRoute(r); },
        options);
    router.add(
        u"POST"_s, u"/ciba/requests/{id}/deny"_s, [this](Request &r) { return denyRoute(r); },
        options);
    router.addStream(
        u"/ciba/requests/stream"_s,
        [this](Request &r, QTcpSocket *socket) { openStream(r, socket); }, options);
    m_expiryTimer.start();
    m_heartbeatTimer.start();
}

static const char *const Columns =
    "id, client_id, client_entity_id, client_type, user_id, scopes, resource_server_id, "
    "resource, binding_message, status, created_at, expires_at, last_polled_at, poll_interval, "
    "decided_at, decided_by, authorized_scopes, consent_id, delegation";

static CibaRequest readRequest(const QSqlQuery &q)
{
    CibaRequest r;
    r.id = q.value(0).toString();
    r.clientId = q.value(1).toString();
    r.clientEntityId = q.value(2).toString();
    r.clientType = q.value(3).toString();
    r.userId = q.value(4).toString();
    r.scopes = q.value(5).toString().split(u' ', Qt::SkipEmptyParts);
    r.resourceServerId = q.value(6).toString();
    r.resource = q.value(7).toString();
    r.bindingMessage = q.value(8).toString();
    r.status = q.value(9).toString();
    r.createdAt = Ids::fromIso(q.value(10));
    r.expiresAt = Ids::fromIso(q.value(11));
    r.lastPolledAt = Ids::fromIso(q.value(12));
    r.interval = q.value(13).toInt();
    r.decidedAt = Ids::fromIso(q.value(14));
    r.decidedBy = q.value(15).toString();
    r.authorizedScopes = q.value(16).toString().split(u' ', Qt::SkipEmptyParts);
    r.consentId = q.value(17).toString();
    r.delegation = QJsonDocument::fromJson(q.value(18).toByteArray()).object();
    return r;
}

static QString generatedBindingCode()
{
    // 40 random bits as XXXX-XXXX-XX in an unambiguous alphabet: distinct per request, unlike
    // ThunderID's code taken from the timestamp bits of a UUIDv7.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QByteArray random = Ids::randomBytes(10);
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 4 || i == 8)
            code += u'-';
        code += QLatin1Char(alphabet[static_cast<unsigned char>(random.at(i)) % 32]);
    }
    return u"Code: "_s + code;
}

bool CibaModule::bindingMessageInUse(const QString &userId, const QString &message) const
{
    return Sql::exists(m_db.db(),
                       u"SELECT 1 FROM ciba_requests WHERE user_id = ? AND binding_message = ? "
                       "AND status IN ('PENDING', 'APPROVED') AND expires_at > ? LIMIT 1"_s,
                       {userId, message, Ids::iso(QDateTime::currentDateTimeUtc())});
}

CibaModule::Created CibaModule::create(const NewRequest &in)
{
    Created out;
    const QDateTime now = in.at.isValid() ? in.at.toUTC() : QDateTime::currentDateTimeUtc();
    CibaRequest &r = out.request;
    r.id = Ids::uuid7(now.toMSecsSinceEpoch());
    r.clientId = in.clientId;
    r.clientEntityId = in.clientEntityId;
    r.clientType = in.clientType;
    r.userId = in.userId;
    r.scopes = in.scopes;
    r.resourceServerId = in.resourceServerId;
    r.resource = in.resource;
    r.bindingMessage = in.bindingMessage;
    r.delegation = in.delegation;
    if (r.bindingMessage.isEmpty()) {
        do {
            r.bindingMessage = generatedBindingCode();
        } while (bindingMessageInUse(r.userId, r.bindingMessage));
    }
    r.status = u"PENDING"_s;
    r.createdAt = now;
    r.expiresAt = now.addSecs(in.expirySeconds);
    r.interval = DefaultIntervalSeconds;
    // 256 random bits, base64url: the client's bearer secret for polling.
    out.authReqId = QString::fromLatin1(Ids::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QJsonObject details{{u"requestId"_s, r.id},
                        {u"userId"_s, r.userId},
                        {u"scope"_s, r.scopes.join(u' ')},
                        {u"bindingMessage"_s, r.bindingMessage},
                        {u"expiresAt"_s, Ids::iso(r.expiresAt)}};
    if (!r.delegation.isEmpty())
        details.insert(u"actingFor"_s, r.delegation.value(u"sub"_s));
    const bool ok = m_db.transaction([&] {
        Sql::exec(
            m_db.db(),
            u"INSERT INTO ciba_requests(id, auth_req_hash, client_id, client_entity_id, "
            "client_type, user_id, scopes, resource_server_id, resource, binding_message, "
            "status, created_at, expires_at, poll_interval, delegation) "
            "VALUES(?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, "
            "'PENDING', ?, ?, ?, COALESCE(?, ''))"_s,
            {r.id, hashAuthReqId(out.authReqId), r.clientId, r.clientEntityId, r.clientType,
             r.userId, r.scopes.join(u' '), r.resourceServerId, r.resource, r.bindingMessage,
             Ids::iso(r.createdAt), Ids::iso(r.expiresAt), r.interval,
             r.delegation.isEmpty()
                 ? QString()
                 : QString::fromUtf8(QJsonDocument(r.delegation).toJson(QJsonDocument::Compact))});
        return m_audit.record(AuditEvent{AuditLog::CibaRequested, r.clientId, r.userId, r.resource,
                                         details, in.traceId, now});
    });
    if (!ok) {
        out.authReqId.clear();
        return out;
    }
    if (!in.at.isValid())
        publish(u"created"_s, r);
    return out;
}

std::optional<CibaRequest> CibaModule::find(const QString &id) const
{
    QSqlQuery q = Sql::exec(
        m_db.db(), u"SELECT %1 FROM ciba_requests WHERE id = ?"_s.arg(QLatin1StringView(Columns)),
        {id});
    if (!q.next())
        return std::nullopt;
    return readRequest(q);
}

std::optional<CibaRequest> CibaModule::findByAuthReqId(const QString &authReqId) const
{
    QSqlQuery q = Sql::exec(
        m_db.db(),
        u"SELECT %1 FROM ciba_requests WHERE auth_req_hash = ?"_s.arg(QLatin1StringView(Columns)),
        {hashAuthReqId(authReqId)});
    if (!q.next())
        return std::nullopt;
    return readRequest(q);
}

bool CibaModule::setStatus(const CibaRequest &request, const QString &from, const QString &to,
                           const QDateTime &at, const QString &decidedBy,
                           const QStringList &authorizedScopes)
{
    // Compare-and-swap on the status, as ThunderID does, so that two decisions (or a decision
    // and an expiry) cannot both win.
    const QSqlQuery q =
        to == u"APPROVED"_s || to == u"DENIED"_s
            ? Sql::exec(
                  m_db.db(),
                  u"UPDATE ciba_requests SET status = ?, decided_at = ?, decided_by = ?, "
                  "authorized_scopes = ? WHERE id = ? AND status = ?"_s,
                  {to, Ids::iso(at), decidedBy, authorizedScopes.join(u' '), request.id, from})
            : Sql::exec(m_db.db(),
                        u"UPDATE ciba_requests SET status = ? WHERE id = ? AND status = ?"_s,
                        {to, request.id, from});
    return q.numRowsAffected() == 1;
}

void CibaModule::setConsentId(const QString &id, const QString &consentId)
{
    Sql::exec(m_db.db(), u"UPDATE ciba_requests SET consent_id = ? WHERE id = ?"_s,
              {consentId, id});
}

CibaModule::PollResult CibaModule::poll(const QString &authReqId, const QString &clientId)
{
    PollResult result;
    auto found = findByAuthReqId(authReqId);
    if (!found || found->clientId != clientId)
        return result; // Unknown: invalid_grant, whoever asks
    result.request = *found;
    CibaRequest &r = result.request;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (r.status == u"CONSUMED"_s) {
        result.state = PollState::Consumed;
        return result;
    }
    if (r.status == u"EXPIRED"_s || now >= r.expiresAt) {
        if (r.status != u"EXPIRED"_s) {
            const QString from = r.status;
            m_db.transaction([&] {
                if (!setStatus(r, from, u"EXPIRED"_s, now, {}, {}))
                    return true; // someone else moved it; report expiry anyway
                r.status = u"EXPIRED"_s;
                m_audit.record(AuditEvent{AuditLog::CibaExpired,
                                          r.clientId,
                                          r.userId,
                                          r.resource,
                                          QJsonObject{{u"requestId"_s, r.id}},
                                          {},
                                          now});
                return true;
            });
            publish(u"expired"_s, r);
        }
        result.state = PollState::Expired;
        return result;
    }
    if (r.status == u"DENIED"_s) {
        result.state = PollState::Denied;
        return result;
    }
    if (r.status == u"PENDING"_s) {
        const bool tooSoon =
            r.lastPolledAt.isValid() && r.lastPolledAt.msecsTo(now) < qint64(r.interval) * 1000;
        if (tooSoon)
            r.interval += SlowDownStepSeconds; // for good, as RFC 8628 §3.5 asks
        Sql::exec(m_db.db(),
                  u"UPDATE ciba_requests SET last_polled_at = ?, poll_interval = ? WHERE id = ?"_s,
                  {Ids::iso(now), r.interval, r.id});
        result.state = tooSoon ? PollState::SlowDown : PollState::Pending;
        return result;
    }
    if (r.status == u"APPROVED"_s) {
        if (!setStatus(r, u"APPROVED"_s, u"CONSUMED"_s, now, {}, {})) {
            result.state = PollState::Consumed;
            return result;
        }
        r.status = u"CONSUMED"_s;
        result.state = PollState::Approved;
        return result;
    }
    return result;
}

QStringList CibaModule::approvableScopes(const CibaRequest &request) const
{
    QStringList out;
    QStringList granted;
    QStringList defined;
    if (!request.resourceServerId.isEmpty()) {
        granted =
            authz::grantedPermissions(m_db, request.userId, u"user"_s, request.resourceServerId);
        defined = authz::definedPermissions(m_db, request.resourceServerId);
    }
    for (const QString &s : request.scopes) {
        if (OidcScopes.contains(s) || (defined.contains(s) && granted.contains(s)))
            out << s;
    }
    return out;
}

static Response notPending(const QString &description)
{
    return Response::error(409, u"CIB-1005"_s, u"CIBA request is not pending"_s, description,
                           u"error.cibaservice.request_not_pending"_s);
}

static Response notFound(const QString &id)
{
    return Response::error(404, u"CIB-1003"_s, u"CIBA request not found"_s,
                           u"No CIBA request with id %1 is visible to the caller"_s.arg(id),
                           u"error.cibaservice.request_not_found"_s);
}

static bool visibleTo(const CibaRequest &r, const QJsonObject &claims)
{
    return principal::isAdmin(claims) || r.userId == principal::subject(claims);
}

// Only the addressed user's own session decides: an administrator's token, and a token someone
// holds for the user (an agent's on-behalf-of token: `act`, or obtained by an agent client) are
// refused, or an agent could approve its own request.
static std::optional<Response> refuseDecision(const Database &db, const CibaRequest &r,
                                              const QJsonObject &claims)
{
    if (r.userId == principal::subject(claims) && principal::isUserSession(db, claims))
        return std::nullopt;
    return Response::error(403, u"CIB-1004"_s, u"Only the requested user can decide"_s,
                           u"A CIBA request is approved or denied only with the own session of "
                           "the user it is addressed to, never with a token held on the user's "
                           "behalf"_s,
                           u"error.cibaservice.not_the_requested_user"_s);
}

// The approval side reads with an administrator's token or the user's own session; a token held
// on a user's behalf sees nothing of the user's requests.
static std::optional<Response> refuseReader(const Database &db, const QJsonObject &claims)
{
    if (principal::isAdmin(claims) || principal::isUserSession(db, claims))
        return std::nullopt;
    return Response::error(403, u"CIB-1009"_s, u"A user's own session is required"_s,
                           u"CIBA requests are read only with an administrator's token or the "
                           "user's own session, never with a token held on the user's behalf"_s,
                           u"error.cibaservice.user_session_required"_s);
}

// The request a decision is about, still pending at `now` (an expired one is expired first):
// otherwise the answer (not found, not the caller's to decide, 409 not pending).
std::optional<Response> CibaModule::pendingForDecision(const QString &id, const QJsonObject &claims,
                                                       const QDateTime &now,
                                                       std::optional<CibaRequest> *out)
{
    auto r = find(id);
    if (!r || !visibleTo(*r, claims))
        return notFound(id);
    if (auto refused = refuseDecision(m_db, *r, claims))
        return refused;
    if (r->status == u"PENDING"_s && now >= r->expiresAt) {
        expireDue();
        r = find(id);
    }
    if (r->status != u"PENDING"_s)
        return notPending(u"The request is already %1"_s.arg(r->status.toLower()));
    *out = r;
    return std::nullopt;
}

// After a decision's transaction: 409 when another decision (or the expiry) won meanwhile; else
// the decision is announced on the event stream (not for seeded history, which has `at`).
std::optional<Response> CibaModule::finishDecision(bool stored, const QString &id,
                                                   const QDateTime &at)
{
    if (!stored)
        return notPending(u"The request was decided or expired meanwhile"_s);
    if (!at.isValid())
        publish(u"decided"_s, *find(id));
    return std::nullopt;
}

std::optional<Response> CibaModule::approve(const QString &id, const QJsonObject &claims,
                                            const std::optional<QStringList> &scopes,
                                            const QDateTime &at)
{
    const QDateTime now = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    std::optional<CibaRequest> r;
    if (auto refused = pendingForDecision(id, claims, now, &r))
        return refused;
    QStringList authorized = approvableScopes(*r);
    if (scopes) {
        for (const QString &s : *scopes) {
            if (!r->scopes.contains(s)) {
                return Response::error(400, u"CIB-1006"_s, u"Invalid scopes"_s,
                                       u"Scope %1 was not requested"_s.arg(s),
                                       u"error.cibaservice.invalid_scopes"_s);
            }
        }
        QStringList narrowed;
        for (const QString &s : std::as_const(authorized)) {
            if (scopes->contains(s) || s == u"openid"_s)
                narrowed << s;
        }
        authorized = narrowed;
    }
    const bool ok = m_db.transaction([&] {
        if (!setStatus(*r, u"PENDING"_s, u"APPROVED"_s, now, principal::subject(claims),
                       authorized))
            return false;
        if (m_consents) {
            const QString consentId =
                m_consents->grant(r->userId, r->clientId, r->clientEntityId, r->clientType,
                                  r->resourceServerId, authorized, at);
            setConsentId(r->id, consentId);
        }
        return m_audit.record(AuditEvent{AuditLog::CibaApproved,
                                         r->clientId,
                                         r->userId,
                                         r->resource,
                                         QJsonObject{{u"requestId"_s, r->id},
                                                     {u"scope"_s, authorized.join(u' ')},
                                                     {u"decidedBy"_s, principal::actor(claims)}},
                                         {},
                                         now});
    });
    return finishDecision(ok, id, at);
}

std::optional<Response> CibaModule::deny(const QString &id, const QJsonObject &claims,
                                         const QDateTime &at)
{
    const QDateTime now = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    std::optional<CibaRequest> r;
    if (auto refused = pendingForDecision(id, claims, now, &r))
        return refused;
    const bool ok = m_db.transaction([&] {
        if (!setStatus(*r, u"PENDING"_s, u"DENIED"_s, now, principal::subject(claims), {}))
            return false;
        return m_audit.record(AuditEvent{
            AuditLog::CibaDenied,
            r->clientId,
            r->userId,
            r->resource,
            QJsonObject{{u"requestId"_s, r->id}, {u"decidedBy"_s, principal::actor(claims)}},
            {},
            now});
    });
    return finishDecision(ok, id, at);
}

int CibaModule::expireDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q = Sql::exec(m_db.db(),
                            u"SELECT %1 FROM ciba_requests WHERE status IN ('PENDING', 'APPROVED') "
                            "AND expires_at <= ?"_s.arg(QLatin1StringView(Columns)),
                            {Ids::iso(now)});
    QList<CibaRequest> due;
    while (q.next())
        due << readRequest(q);
    int expired = 0;
    for (CibaRequest &r : due) {
        const bool ok = m_db.transaction([&] {
            if (!setStatus(r, r.status, u"EXPIRED"_s, now, {}, {}))
                return false;
            return m_audit.record(AuditEvent{AuditLog::CibaExpired,
                                             r.clientId,
                                             r.userId,
                                             r.resource,
                                             QJsonObject{{u"requestId"_s, r.id}},
                                             {},
                                             now});
        });
        if (ok) {
            r.status = u"EXPIRED"_s;
            publish(u"expired"_s, r);
            ++expired;
        }
    }
    return expired;
}

QJsonObject CibaModule::toJson(const CibaRequest &r) const
{
    QJsonObject client{
        {u"id"_s, r.clientEntityId}, {u"clientId"_s, r.clientId}, {u"type"_s, r.clientType}};
    const QVariant clientName =
        Sql::scalar(m_db.db(),
                    r.clientType == u"agent"_s ? u"SELECT name FROM agents WHERE id = ?"_s
                                               : u"SELECT name FROM applications WHERE id = ?"_s,
                    {r.clientEntityId});
    if (clientName.isValid())
        client.insert(u"name"_s, clientName.toString());
    if (r.clientType == u"agent"_s) {
        // Who is accountable for the agent: the approver's first question about a stranger.
        const QString owner =
            Sql::scalar(m_db.db(), u"SELECT owner FROM agents WHERE id = ?"_s, {r.clientEntityId})
                .toString();
        if (!owner.isEmpty()) {
            const QVariant ownerName =
                Sql::scalar(m_db.db(),
                            u"SELECT COALESCE((SELECT username FROM users WHERE id = ?), "
                            "(SELECT name FROM applications WHERE id = ?), "
                            "(SELECT name FROM agents WHERE id = ?))"_s,
                            {owner, owner, owner});
            client.insert(u"owner"_s,
                          QJsonObject{{u"id"_s, owner}, {u"name"_s, ownerName.toString()}});
        }
    }

    static const QHash<QString, QString> oidcDescriptions = {
        {u"openid"_s, u"Confirm your identity"_s},     {u"profile"_s, u"Read your basic profile"_s},
        {u"email"_s, u"Read your email address"_s},    {u"phone"_s, u"Read your phone number"_s},
        {u"address"_s, u"Read your postal address"_s}, {u"roles"_s, u"Read your roles"_s},
    };
    QJsonArray scopes;
    for (const QString &s : r.scopes) {
        QString description = oidcDescriptions.value(s);
        if (description.isEmpty() && !r.resourceServerId.isEmpty()) {
            const QVariant found =
                Sql::scalar(m_db.db(),
                            u"SELECT COALESCE(NULLIF(description, ''), name) FROM actions WHERE "
                            "resource_server_id = ? AND permission = ? UNION ALL "
                            "SELECT COALESCE(NULLIF(description, ''), name) FROM resources WHERE "
                            "resource_server_id = ? AND permission = ? LIMIT 1"_s,
                            {r.resourceServerId, s, r.resourceServerId, s});
            if (found.isValid())
                description = found.toString();
        }
        scopes.append(QJsonObject{{u"name"_s, s}, {u"description"_s, description}});
    }
    QJsonObject o{{u"id"_s, r.id},
                  {u"status"_s, r.status},
                  {u"client"_s, client},
                  {u"agentName"_s, client.value(u"name"_s)},
                  {u"userId"_s, r.userId},
                  {u"scopes"_s, scopes},
                  {u"bindingMessage"_s, r.bindingMessage},
                  {u"createdAt"_s, Ids::iso(r.createdAt)},
                  {u"expiresAt"_s, Ids::iso(r.expiresAt)}};
    if (!r.resourceServerId.isEmpty()) {
        QJsonObject resource{{u"id"_s, r.resourceServerId}, {u"identifier"_s, r.resource}};
        const QVariant name = Sql::scalar(
            m_db.db(), u"SELECT name FROM resource_servers WHERE id = ?"_s, {r.resourceServerId});
        if (name.isValid())
            resource.insert(u"name"_s, name.toString());
        o.insert(u"resource"_s, resource);
    } else {
        o.insert(u"resource"_s, QJsonValue::Null);
    }
    if (!r.delegation.isEmpty()) {
        // Whom the agent acts for, then the actors before it, most recent first: each named
        // and typed where this server knows the id.
        const auto party = [this](const QJsonObject &link) {
            const QString id = link.value(u"sub"_s).toString();
            QJsonObject out{{u"id"_s, id}};
            const std::pair<const char *, QString> kinds[] = {
                {"user", u"SELECT username FROM users WHERE id = ?"_s},
                {"agent", u"SELECT name FROM agents WHERE id = ?"_s},
                {"app", u"SELECT name FROM applications WHERE id = ?"_s}};
            for (const auto &[type, query] : kinds) {
                const QVariant name = Sql::scalar(m_db.db(), query, {id});
                if (name.isValid()) {
                    out.insert(u"type"_s, QLatin1StringView(type));
                    out.insert(u"name"_s, name.toString());
                    break;
                }
            }
            return out;
        };
        QJsonArray earlier;
        for (QJsonObject link = r.delegation.value(u"act"_s).toObject(); !link.isEmpty();
             link = link.value(u"act"_s).toObject())
            earlier.append(party(link));
        o.insert(u"actingFor"_s,
                 QJsonObject{{u"subject"_s, party(r.delegation)}, {u"earlierActors"_s, earlier}});
    }
    if (r.decidedAt.isValid()) {
        o.insert(u"decidedAt"_s, Ids::iso(r.decidedAt));
        o.insert(u"decidedBy"_s, r.decidedBy);
    }
    if (r.status == u"APPROVED"_s || r.status == u"CONSUMED"_s)
        o.insert(u"authorizedScopes"_s, QJsonArray::fromStringList(r.authorizedScopes));
    return o;
}

Response CibaModule::listRoute(const Request &request) const
{
    if (auto refused = refuseReader(m_db, request.principal))
        return *refused;
    Page page;
    if (auto error = parsePage(request, Paging, &page))
        return *error;
    QStringList where;
    QVariantList binds;
    QStringList linkQuery;
    if (!principal::isAdmin(request.principal)) {
        where << u"user_id = ?"_s;
        binds << principal::subject(request.principal);
    } else if (request.hasQuery(u"userId"_s)) {
        where << u"user_id = ?"_s;
        binds << request.queryValue(u"userId"_s);
        linkQuery << u"userId="_s + QString::fromUtf8(
                                        QUrl::toPercentEncoding(request.queryValue(u"userId"_s)));
    }
    if (request.hasQuery(u"status"_s)) {
        const QString status = request.queryValue(u"status"_s).toUpper();
        static const QStringList known = {u"PENDING"_s, u"APPROVED"_s, u"DENIED"_s, u"EXPIRED"_s,
                                          u"CONSUMED"_s};
        if (!known.contains(status)) {
            return Response::error(400, u"CIB-1007"_s, u"Invalid status parameter"_s,
                                   u"status must be one of pending, approved, denied, expired, "
                                   "consumed"_s,
                                   u"error.cibaservice.invalid_status_parameter"_s);
        }
        where << u"status = ?"_s;
        binds << status;
        linkQuery << u"status="_s + status.toLower();
    }
    const QString sqlWhere = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    auto [total, q] = Sql::page(
        m_db.db(), QString::fromLatin1(Columns), QString(u" FROM ciba_requests"_s + sqlWhere),
        u"ORDER BY created_at DESC, id DESC"_s, binds, page.limit, page.offset);
    QJsonArray items;
    while (q.next())
        items.append(toJson(readRequest(q)));
    return Response::json(
        listEnvelope(total, page, u"requests"_s, items, u"ciba/requests"_s, linkQuery.join(u'&')));
}

Response CibaModule::getRoute(const Request &request) const
{
    if (auto refused = refuseReader(m_db, request.principal))
        return *refused;
    const QString id = request.param(u"id"_s);
    const auto r = find(id);
    if (!r || !visibleTo(*r, request.principal))
        return notFound(id);
    return Response::json(toJson(*r));
}

static std::optional<QJsonObject> optionalBody(const Request &request, Response *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Response::error(400, u"CIB-1008"_s, u"Invalid request format"_s,
                                 u"The request body must be a JSON object"_s,
                                 u"error.cibaservice.invalid_request_format"_s);
        return std::nullopt;
    }
    return doc.object();
}

Response CibaModule::approveRoute(const Request &request)
{
    Response error;
    const auto body = optionalBody(request, &error);
    if (!body)
        return error;
    std::optional<QStringList> scopes;
    if (body->contains(u"scopes"_s)) {
        if (!body->value(u"scopes"_s).isArray()) {
            return Response::error(400, u"CIB-1008"_s, u"Invalid request format"_s,
                                   u"scopes must be an array of strings"_s,
                                   u"error.cibaservice.invalid_request_format"_s);
        }
        QStringList list;
        for (const QJsonValue &v : body->value(u"scopes"_s).toArray()) {
            if (!v.isString()) {
                return Response::error(400, u"CIB-1008"_s, u"Invalid request format"_s,
                                       u"scopes must be an array of strings"_s,
                                       u"error.cibaservice.invalid_request_format"_s);
            }
            list << v.toString();
        }
        scopes = list;
    }
    const QString id = request.param(u"id"_s);
    if (auto failed = approve(id, request.principal, scopes))
        return *failed;
    return Response::json(toJson(*find(id)));
}

Response CibaModule::denyRoute(const Request &request)
{
    Response error;
    if (!optionalBody(request, &error))
        return error;
    const QString id = request.param(u"id"_s);
    if (auto failed = deny(id, request.principal))
        return *failed;
    return Response::json(toJson(*find(id)));
}

// A complete close-delimited response for a stream route that refuses to open.
static void writeRefusal(QTcpSocket *socket, const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) +
                      (response.status == 403 ? " Forbidden" : " Error") +
                      "\r\nContent-Type: " + response.contentType +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                      "\r\nConnection: close\r\n";
    for (const auto &[k, v] : response.headers)
        head += k + ": " + v + "\r\n";
    socket->write(head + "\r\n" + response.body);
    socket->disconnectFromHost();
}

void CibaModule::openStream(Request &request, QTcpSocket *socket)
{
    if (auto refused = refuseReader(m_db, request.principal)) {
        writeRefusal(socket, *refused);
        return;
    }
    // A close-delimited text/event-stream response; the socket stays ours until the client
    // goes away.
    socket->write("HTTP/1.1 200 OK\r\n"
                  "Content-Type: text/event-stream\r\n"
                  "Cache-Control: no-store\r\n"
                  "Connection: close\r\n"
                  "X-Accel-Buffering: no\r\n\r\n"
                  "retry: 3000\n: connected\n\n");
    socket->flush();
    Subscriber s;
    s.socket = socket;
    if (!principal::isAdmin(request.principal))
        s.userId = principal::subject(request.principal);
    s.claims = request.principal;
    m_subscribers.append(s);
    QObject::connect(socket, &QTcpSocket::disconnected, &m_heartbeatTimer, [this, socket] {
        m_subscribers.removeIf([socket](const Subscriber &s) { return s.socket == socket; });
    });
}

void CibaModule::publish(const QString &event, const CibaRequest &request)
{
    m_subscribers.removeIf([](const Subscriber &s) {
        return !s.socket || s.socket->state() != QAbstractSocket::ConnectedState;
    });
    if (m_subscribers.isEmpty())
        return;
    const QByteArray data = QJsonDocument(toJson(request)).toJson(QJsonDocument::Compact);
    const QByteArray frame = "id: " + QByteArray::number(++m_eventSeq) +
                             "\nevent: " + event.toUtf8() + "\ndata: " + data + "\n\n";
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (!s.userId.isEmpty() && s.userId != request.userId)
            continue;
        s.socket->write(frame);
        s.socket->flush();
    }
}

void CibaModule::closeStaleStreams()
{
    if (m_subscribers.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QPointer<QTcpSocket>> stale;
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        const QJsonValue exp = s.claims.value(u"exp"_s);
        const bool expired = exp.isDouble() && qint64(exp.toDouble()) <= now;
        if (s.socket && (expired || (m_isRevoked && m_isRevoked(s.claims))))
            stale << s.socket;
    }
    // The client's reconnect with the same token then gets 401.
    for (const QPointer<QTcpSocket> &socket : std::as_const(stale)) {
        m_subscribers.removeIf([&](const Subscriber &s) { return s.socket == socket; });
        if (socket) {
            socket->write(": token expired or revoked\n\n");
            socket->disconnectFromHost();
        }
    }
}

void CibaModule::heartbeat()
{
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (s.socket && s.socket->state() == QAbstractSocket::ConnectedState)
            s.socket->write(": keep-alive\n\n");
    }
}

} // namespace tid::sandbox
