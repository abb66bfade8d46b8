#include "sandbox/consent/ConsentModule.h"

#include "sandbox/Logging.h"
#include "sandbox/audit/AuditLog.h"
#include "sandbox/audit/Principal.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/Router.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static const PagingErrors Paging{u"CNS-1001"_s, u"CNS-1002"_s, u"error.consentservice"_s};

bool Consent::isActive() const
{
    return status == u"ACTIVE"_s &&
           (!expiresAt.isValid() || expiresAt > QDateTime::currentDateTimeUtc());
}

bool Consent::covers(const QStringList &requested) const
{
    for (const QString &s : requested) {
        if (!scopes.contains(s))
            return false;
    }
    return true;
}

ConsentModule::ConsentModule(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

QStringList ConsentModule::migrations() const
{
    return {
        uR"(CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    client_entity_id TEXT NOT NULL,
    client_type TEXT NOT NULL,
    resource_server_id TEXT NOT NULL DEFAULT '',
    scopes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'ACTIVE',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);
CREATE INDEX consents_user ON consents(user_id);
CREATE INDEX consents_client ON consents(client_id);
CREATE INDEX consents_triple ON consents(user_id, client_entity_id, resource_server_id, status))"_s,
    };
}

void ConsentModule::registerRoutes(Router &router)
{
    const RouteOptions options{Access::AnyToken, true};
    router.add(
        u"GET"_s, u"/consents"_s, [this](Request &r) { return list(r); }, options);
    router.add(
        u"GET"_s, u"/consents/{id}"_s, [this](Request &r) { return get(r); }, options);
    router.add(
        u"POST"_s, u"/consents/{id}/revoke"_s, [this](Request &r) { return revokeRoute(r); },
        options);
}

static const char *const ConsentColumns =
    "id, user_id, client_id, client_entity_id, client_type, resource_server_id, scopes, status, "
    "created_at, updated_at, expires_at, revoked_at";

static Consent readConsent(const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toString();
    c.userId = q.value(1).toString();
    c.clientId = q.value(2).toString();
    c.clientEntityId = q.value(3).toString();
    c.clientType = q.value(4).toString();
    c.resourceServerId = q.value(5).toString();
    c.scopes = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
    c.status = q.value(7).toString();
    c.createdAt = Ids::fromIso(q.value(8));
    c.updatedAt = Ids::fromIso(q.value(9));
    c.expiresAt = Ids::fromIso(q.value(10));
    c.revokedAt = Ids::fromIso(q.value(11));
    if (c.status == u"ACTIVE"_s && c.expiresAt.isValid() &&
        c.expiresAt <= QDateTime::currentDateTimeUtc())
        c.status = u"EXPIRED"_s;
    return c;
}

std::optional<Consent> ConsentModule::find(const QString &id) const
{
    QSqlQuery q = Sql::exec(
        m_db.db(), u"SELECT %1 FROM consents WHERE id = ?"_s.arg(QLatin1StringView(ConsentColumns)),
        {id});
    if (!q.next())
        return std::nullopt;
    return readConsent(q);
}

bool ConsentModule::isActive(const QString &id) const
{
    const auto c = find(id);
    return c && c->isActive();
}

std::optional<Consent> ConsentModule::findActive(const QString &userId,
                                                 const QString &clientEntityId,
                                                 const QString &resourceServerId) const
{
    QSqlQuery q = Sql::exec(
        m_db.db(),
        u"SELECT %1 FROM consents WHERE user_id = ? AND client_entity_id = ? AND "
        "resource_server_id = COALESCE(?, '') AND status = 'ACTIVE' AND expires_at > ? "
        "ORDER BY created_at DESC LIMIT 1"_s.arg(QLatin1StringView(ConsentColumns)),
        {userId, clientEntityId, resourceServerId, Ids::iso(QDateTime::currentDateTimeUtc())});
    if (!q.next())
        return std::nullopt;
    return readConsent(q);
}

static QString resourceIdentifier(Database &db, const QString &rsId)
{
    if (rsId.isEmpty())
        return {};
    return Sql::scalar(db.db(), u"SELECT identifier FROM resource_servers WHERE id = ?"_s, {rsId})
        .toString();
}

QString ConsentModule::grant(const QString &userId, const QString &clientId,
                             const QString &clientEntityId, const QString &clientType,
                             const QString &resourceServerId, const QStringList &scopes,
                             const QDateTime &at)
{
    const QDateTime now = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    QString id;
    QStringList merged = scopes;
    m_db.transaction([&] {
        // A live consent for the same triple grows instead of multiplying.
        QSqlQuery q = Sql::exec(
            m_db.db(),
            u"SELECT id, scopes FROM consents WHERE user_id = ? AND client_entity_id = ? "
            "AND resource_server_id = COALESCE(?, '') AND status = 'ACTIVE' AND expires_at > ? "
            "ORDER BY created_at DESC LIMIT 1"_s,
            {userId, clientEntityId, resourceServerId, Ids::iso(now)});
        if (q.next()) {
            id = q.value(0).toString();
            merged = q.value(1).toString().split(u' ', Qt::SkipEmptyParts);
            for (const QString &s : scopes) {
                if (!merged.contains(s))
                    merged << s;
            }
            Sql::exec(
                m_db.db(),
                u"UPDATE consents SET scopes = ?, updated_at = ?, expires_at = ? "
                "WHERE id = ?"_s,
                {merged.join(u' '), Ids::iso(now), Ids::iso(now.addDays(DefaultLifetimeDays)), id});
        } else {
            id = Ids::uuid7(now.toMSecsSinceEpoch());
            Sql::exec(m_db.db(),
                      u"INSERT INTO consents(id, user_id, client_id, client_entity_id, "
                      "client_type, resource_server_id, scopes, status, created_at, updated_at, "
                      "expires_at) VALUES(?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                      "'ACTIVE', ?, ?, ?)"_s,
                      {id, userId, clientId, clientEntityId, clientType, resourceServerId,
                       merged.join(u' '), Ids::iso(now), Ids::iso(now),
                       Ids::iso(now.addDays(DefaultLifetimeDays))});
        }
        return m_audit.record(AuditEvent{AuditLog::ConsentGranted,
                                         clientId,
                                         userId,
                                         resourceIdentifier(m_db, resourceServerId),
                                         QJsonObject{{u"consentId"_s, id},
                                                     {u"userId"_s, userId},
                                                     {u"clientEntityId"_s, clientEntityId},
                                                     {u"resourceServerId"_s, resourceServerId},
                                                     {u"scope"_s, merged.join(u' ')}},
                                         {},
                                         now});
    });
    return id;
}

bool ConsentModule::revoke(const QString &id, const QJsonObject &actor, const QDateTime &at)
{
    const auto consent = find(id);
    if (!consent || !consent->isActive())
        return false;
    const QDateTime now = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    return m_db.transaction([&] {
        const QSqlQuery q =
            Sql::exec(m_db.db(),
                      u"UPDATE consents SET status = 'REVOKED', revoked_at = ?, updated_at = ?, "
                      "revoked_by = ? WHERE id = ? AND status = 'ACTIVE'"_s,
                      {Ids::iso(now), Ids::iso(now), actor.value(u"sub"_s).toString(), id});
        if (q.numRowsAffected() != 1)
            return false;
        qCDebug(lcConsent) << "consent" << id << "revoked";
        if (m_revokedHook)
            m_revokedHook(id);
        return m_audit.record(AuditEvent{AuditLog::ConsentRevoked,
                                         consent->clientId,
                                         consent->userId,
                                         resourceIdentifier(m_db, consent->resourceServerId),
                                         QJsonObject{{u"consentId"_s, id},
                                                     {u"userId"_s, consent->userId},
                                                     {u"scope"_s, consent->scopes.join(u' ')},
                                                     {u"revokedBy"_s, actor}},
                                         {},
                                         now});
    });
}

QJsonObject ConsentModule::toJson(const Consent &c) const
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"userId"_s, c.userId},
                  {u"clientId"_s, c.clientId},
                  {u"clientEntityId"_s, c.clientEntityId},
                  {u"clientType"_s, c.clientType},
                  {u"scopes"_s, QJsonArray::fromStringList(c.scopes)},
                  {u"status"_s, c.status},
                  {u"createdAt"_s, Ids::iso(c.createdAt)},
                  {u"updatedAt"_s, Ids::iso(c.updatedAt)},
                  {u"expiresAt"_s, Ids::iso(c.expiresAt)}};
    const QVariant clientName =
        Sql::scalar(m_db.db(),
                    c.clientType == u"agent"_s ? u"SELECT name FROM agents WHERE id = ?"_s
                                               : u"SELECT name FROM applications WHERE id = ?"_s,
                    {c.clientEntityId});
    if (clientName.isValid())
        o.insert(u"clientName"_s, clientName.toString());
    if (!c.resourceServerId.isEmpty()) {
        o.insert(u"resourceServerId"_s, c.resourceServerId);
        QSqlQuery q =
            Sql::exec(m_db.db(), u"SELECT identifier, name FROM resource_servers WHERE id = ?"_s,
                      {c.resourceServerId});
        if (q.next()) {
            o.insert(u"resourceServerIdentifier"_s, q.value(0).toString());
            o.insert(u"resourceServerName"_s, q.value(1).toString());
        }
    }
    if (c.revokedAt.isValid())
        o.insert(u"revokedAt"_s, Ids::iso(c.revokedAt));
    return o;
}

static Response notFound(const QString &id)
{
    return Response::error(404, u"CNS-1003"_s, u"Consent not found"_s,
                           u"No consent with id %1 is visible to the caller"_s.arg(id),
                           u"error.consentservice.consent_not_found"_s);
}

// A user's consents are managed with an administrator's token or the user's own session, never
// with a token someone holds on the user's behalf (an agent could otherwise revoke, or learn of,
// the consents it acts under).
static std::optional<Response> refuseDelegated(const Database &db, const QJsonObject &claims)
{
    if (principal::isAdmin(claims) || principal::isUserSession(db, claims))
        return std::nullopt;
    return Response::error(403, u"CNS-1006"_s, u"A user's own session is required"_s,
                           u"Consents are read and revoked only with an administrator's token or "
                           "the user's own session, never with a token held on the user's "
                           "behalf"_s,
                           u"error.consentservice.user_session_required"_s);
}

Response ConsentModule::list(const Request &request) const
{
    if (auto refused = refuseDelegated(m_db, request.principal))
        return *refused;
    Page page;
    if (auto error = parsePage(request, Paging, &page))
        return *error;

    const bool admin = principal::isAdmin(request.principal);
    QStringList where;
    QVariantList binds;
    QStringList linkQuery;
    auto filter = [&](const QString &param, const QString &clause, int n = 1) {
        if (!request.hasQuery(param))
            return;
        const QString value = request.queryValue(param);
        where << clause;
        for (int i = 0; i < n; ++i)
            binds << value;
        linkQuery << param + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(value));
    };
    if (!admin) {
        const QString me = principal::subject(request.principal);
        if (request.hasQuery(u"userId"_s) && request.queryValue(u"userId"_s) != me) {
            return Response::error(403, u"AUTH-4030"_s, u"Forbidden"_s,
                                   u"A user's token lists only that user's consents"_s,
                                   u"error.auth.forbidden"_s);
        }
        where << u"user_id = ?"_s;
        binds << me;
    }
    filter(u"userId"_s, u"user_id = ?"_s);
    filter(u"clientId"_s, u"(client_id = ? OR client_entity_id = ?)"_s, 2);
    filter(u"resourceServerId"_s, u"resource_server_id = ?"_s);
    if (request.hasQuery(u"status"_s)) {
        const QString status = request.queryValue(u"status"_s).toUpper();
        const QString now = Ids::iso(QDateTime::currentDateTimeUtc());
        if (status == u"ACTIVE"_s) {
            where << u"status = 'ACTIVE' AND expires_at > ?"_s;
            binds << now;
        } else if (status == u"EXPIRED"_s) {
            where << u"status = 'ACTIVE' AND expires_at <= ?"_s;
            binds << now;
        } else if (status == u"REVOKED"_s) {
            where << u"status = 'REVOKED'"_s;
        } else {
            return Response::error(400, u"CNS-1004"_s, u"Invalid status parameter"_s,
                                   u"status must be ACTIVE, REVOKED or EXPIRED"_s,
                                   u"error.consentservice.invalid_status_parameter"_s);
        }
        linkQuery << u"status="_s + status;
    }
    const QString sqlWhere = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    auto [total, q] = Sql::page(m_db.db(), QString::fromLatin1(ConsentColumns),
                                QString(u" FROM consents"_s + sqlWhere),
                                u"ORDER BY created_at DESC, id"_s, binds, page.limit, page.offset);
    QJsonArray items;
    while (q.next())
        items.append(toJson(readConsent(q)));
    return Response::json(
        listEnvelope(total, page, u"consents"_s, items, u"consents"_s, linkQuery.join(u'&')));
}

// The consent `id` as the caller may see it (an administrator any, a user's own session the
// user's own); otherwise the answer (403 for a delegated token, 404).
std::optional<Response> ConsentModule::visibleConsent(const Request &request, const QString &id,
                                                      std::optional<Consent> *out) const
{
    if (auto refused = refuseDelegated(m_db, request.principal))
        return refused;
    *out = find(id);
    if (!*out || (!principal::isAdmin(request.principal) &&
                  (*out)->userId != principal::subject(request.principal)))
        return notFound(id);
    return std::nullopt;
}

Response ConsentModule::get(const Request &request) const
{
    const QString id = request.param(u"id"_s);
    std::optional<Consent> consent;
    if (auto refused = visibleConsent(request, id, &consent))
        return *refused;
    return Response::json(toJson(*consent));
}

Response ConsentModule::revokeRoute(const Request &request)
{
    const QString id = request.param(u"id"_s);
    std::optional<Consent> consent;
    if (auto refused = visibleConsent(request, id, &consent))
        return *refused;
    if (!consent->isActive()) {
        return Response::error(409, u"CNS-1005"_s, u"Consent is not active"_s,
                               u"The consent is already %1"_s.arg(consent->status.toLower()),
                               u"error.consentservice.consent_not_active"_s);
    }
    if (!revoke(id, principal::actor(request.principal)))
        return internalError(u"consent %1 could not be revoked"_s.arg(id), u"CNS-5000"_s);
    return Response::json(toJson(*find(id)));
}

} // namespace tid::sandbox
