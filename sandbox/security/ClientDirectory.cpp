#include "sandbox/security/ClientDirectory.h"

#include "sandbox/security/SecretHasher.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QStringList ClientRecord::grantTypes() const
{
    QStringList out;
    const QJsonValue v = config.value(u"grantTypes"_s);
    if (!v.isArray())
        return {u"authorization_code"_s};
    for (const QJsonValue &g : v.toArray())
        out.append(g.toString());
    return out;
}

QString ClientRecord::tokenEndpointAuthMethod() const
{
    const QString m = config.value(u"tokenEndpointAuthMethod"_s).toString();
    return m.isEmpty() ? u"client_secret_basic"_s : m;
}

QString ClientRecord::defaultAudience() const
{
    const QString configured = config.value(u"token"_s)
                                   .toObject()
                                   .value(u"accessToken"_s)
                                   .toObject()
                                   .value(u"defaultAudience"_s)
                                   .toString();
    return configured.isEmpty() ? clientId : configured;
}

bool ClientRecord::isPublic() const
{
    return config.value(u"publicClient"_s).toBool() || tokenEndpointAuthMethod() == u"none"_s;
}

ClientDirectory::ClientDirectory(Database &db)
    : m_db(db)
{}

static QJsonObject oauthConfigOf(const QJsonObject &extra)
{
    const QJsonArray inbound = extra.value(u"inboundAuthConfig"_s).toArray();
    for (const QJsonValue &item : inbound) {
        const QJsonObject o = item.toObject();
        if (o.value(u"type"_s).toString() == u"oauth2"_s)
            return o.value(u"config"_s).toObject();
    }
    return {};
}

std::optional<ClientRecord> ClientDirectory::find(const QString &column, const QString &value) const
{
    if (value.isEmpty())
        return std::nullopt;
    // Read for every token request: remembered until the next write (Database::memo).
    return m_db.memo<std::optional<ClientRecord>>(
        u"client\u0001"_s + column + u'\u0001' + value, [&]() -> std::optional<ClientRecord> {
            static const QList<QPair<QString, QString>> tables = {{u"applications"_s, u"app"_s},
                                                                  {u"agents"_s, u"agent"_s}};
            for (const auto &[table, type] : tables) {
                Sql::Rows q = Sql::query(
                    m_db.db(),
                    u"SELECT id, client_id, name, ou_id, extra FROM %1 WHERE %2 = ?"_s.arg(table,
                                                                                           column),
                    {value});
                if (!q.next())
                    continue;
                ClientRecord r;
                r.entityId = q.value(0).toString();
                r.clientId = q.value(1).toString();
                r.name = q.value(2).toString();
                r.ouId = q.value(3).toString();
                r.entityType = type;
                r.entity = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
                r.config = oauthConfigOf(r.entity);
                if (r.clientId.isEmpty())
                    return std::nullopt; // no OAuth profile
                return r;
            }
            return std::nullopt;
        });
}

std::optional<ClientRecord> ClientDirectory::findByClientId(const QString &clientId) const
{
    return find(u"client_id"_s, clientId);
}

std::optional<ClientRecord> ClientDirectory::findByEntityId(const QString &entityId) const
{
    return find(u"id"_s, entityId);
}

static const QString ActiveSecretCondition =
    u"revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)"_s;

bool ClientDirectory::verifySecret(const QString &entityId, const QString &secret) const
{
    // last_used_at is kept to the minute: one write per secret and minute, not per request.
    // A secret this process stamped less than a minute ago is not even asked about (an UPDATE
    // that changes nothing still takes the store's write lock).
    auto stamp = [&](const QVariant &secretId) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        {
            QMutexLocker lock(&m_verifiedLock);
            if (m_stamped.size() > 10000)
                m_stamped.clear();
            qint64 &last = m_stamped[secretId.toString()];
            if (last != 0 && nowMs - last < 60'000)
                return;
            last = nowMs;
        }
        const QString now = Ids::now();
        const QString stale =
            QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
        Sql::query(m_db.db(),
                   u"UPDATE client_secrets SET last_used_at = ? WHERE id = ? AND "
                   "(last_used_at IS NULL OR last_used_at < ?)"_s,
                   {now, secretId, stale}, Sql::Tracking::Untracked);
    };
    QVariantList ids;
    QStringList hashes;
    activeSecrets(entityId, &ids, &hashes);
    // PBKDF2 is deliberately slow; a secret already verified in this process is recognised by
    // its SHA-256 (in memory only), as long as the stored secret it matched is still one of the
    // secrets a check reads (active, and among the newest ClientSecretSlots).
    const QByteArray key = cacheKey(entityId, secret);
    if (const std::optional<QString> cached = verifiedRow(key)) {
        if (ids.contains(QVariant(*cached))) {
            stamp(*cached);
            return true;
        }
        QMutexLocker lock(&m_verifiedLock);
        m_verified.remove(key);
    }
    // With no active secret a dummy hash is paid, as for an unknown client.
    const int matched = checkSecret(entityId, secret, hashes);
    if (matched < 0 || matched >= ids.size())
        return false;
    {
        QMutexLocker lock(&m_verifiedLock);
        if (m_verified.size() > 10000)
            m_verified.clear();
        m_verified.insert(key, ids.at(matched).toString());
    }
    stamp(ids.at(matched));
    return true;
}

std::optional<QString> ClientDirectory::verifiedRow(const QByteArray &key) const
{
    QMutexLocker lock(&m_verifiedLock);
    const auto it = m_verified.constFind(key);
    if (it == m_verified.cend())
        return std::nullopt;
    return *it;
}

QByteArray ClientDirectory::cacheKey(const QString &entityId, const QString &secret)
{
    return entityId.toUtf8() + '\0' +
           QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

void ClientDirectory::activeSecrets(const QString &entityId, QVariantList *ids,
                                    QStringList *hashes) const
{
    // Newest first, at most ClientSecretSlots: every check then costs the same verifications.
    // Rotation keeps no more active (rotateSecret); older rows (stored before that rule, or
    // written by hand) are never read, so they are not accepted either, cached or not.
    // The unrevoked rows are remembered until the next write (Database::memo); which of them
    // are active now (ActiveSecretCondition: not expired) is decided here on every call.
    struct Row
    {
        QVariant id;
        QString hash;
        QString expiresAt; // empty: never
    };
    const QList<Row> rows = m_db.memo<QList<Row>>(u"secrets\u0001"_s + entityId, [&] {
        QList<Row> out;
        Sql::Rows q = Sql::query(m_db.db(),
                                 u"SELECT id, secret_hash, expires_at FROM client_secrets WHERE "
                                 "entity_id = ? AND revoked_at IS NULL "
                                 "ORDER BY created_at DESC, id DESC"_s,
                                 {entityId});
        while (q.next())
            out.append(Row{q.value(0), q.value(1).toString(),
                           q.value(2).isNull() ? QString() : q.value(2).toString()});
        return out;
    });
    const QString now = Ids::now();
    for (const Row &row : rows) {
        if (ids->size() >= SecretChecks::ClientSecretSlots)
            break;
        if (!row.expiresAt.isEmpty() && !(row.expiresAt > now)) // expires_at > now, as in SQL
            continue;
        *ids << row.id;
        *hashes << row.hash;
    }
}

int ClientDirectory::checkSecret(const QString &who, const QString &secret,
                                 const QStringList &hashes) const
{
    // The verdict the preflight computed on a worker thread, else (in-process dispatch) here.
    const QByteArray key = SecretChecks::verdictKey(who, secret, hashes);
    if (const auto known = m_checks.verdict(key))
        return *known;
    const int matched = SecretChecks::verifyAny(secret, hashes, SecretHasher::SecretIterations,
                                                SecretChecks::ClientSecretSlots);
    m_checks.remember(key, matched);
    return matched;
}

std::optional<ClientDirectory::PendingCheck>
ClientDirectory::pendingCheck(const Request &request) const
{
    if (request.method != u"POST"_s || !FormBody::isFormContentType(request.header("Content-Type")))
        return std::nullopt;
    const FormBody form(request.body);
    const QByteArray authorization = request.header("Authorization").trimmed();
    QString clientId;
    QString secret;
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0)
            return std::nullopt;
        clientId = FormBody::decode(decoded.decoded.left(colon));
        secret = FormBody::decode(decoded.decoded.mid(colon + 1));
    } else if (form.count(u"client_secret"_s) == 1 && form.count(u"client_id"_s) == 1) {
        clientId = form.value(u"client_id"_s);
        secret = form.value(u"client_secret"_s);
    } else {
        return std::nullopt;
    }
    if (m_checks.retryAfter(SecretChecks::keys(u"client"_s, clientId, request.peer)) > 0)
        return std::nullopt; // answered at once, without hashing
    PendingCheck check;
    check.candidate = secret;
    check.iterations = SecretHasher::SecretIterations;
    check.slots = SecretChecks::ClientSecretSlots;
    const std::optional<ClientRecord> client = findByClientId(clientId);
    const QString entityId = client ? client->entityId : QString();
    if (client) {
        QVariantList ids;
        activeSecrets(entityId, &ids, &check.hashes);
        // A cached success needs no hashing, as long as verifySecret will accept it.
        const std::optional<QString> cached = verifiedRow(cacheKey(entityId, secret));
        if (cached && ids.contains(QVariant(*cached)))
            return std::nullopt;
        // No active secret (a public client, revoked or expired secrets, an agent without
        // one): the dummy hash is paid all the same, so that such a client cannot be told from
        // an unknown one by the time of the answer.
    }
    check.verdictKey = SecretChecks::verdictKey(client ? entityId : u"unknown-client:"_s + clientId,
                                                secret, check.hashes);
    if (m_checks.verdict(check.verdictKey))
        return std::nullopt;
    return check;
}

bool ClientDirectory::hasActiveSecret(const QString &entityId) const
{
    return Sql::exists(
        m_db.db(),
        QString(u"SELECT 1 FROM client_secrets WHERE entity_id = ? AND "_s + ActiveSecretCondition),
        {entityId, Ids::now()});
}

void ClientDirectory::replaceSecret(const QString &entityId, const QString &entityType,
                                    const QString &secret) const
{
    revokeSecrets(entityId);
    Sql::exec(m_db.db(),
              u"INSERT INTO client_secrets(id, entity_id, entity_type, secret_hash, created_at) "
              "VALUES(?, ?, ?, ?, ?)"_s,
              {Ids::uuid7(), entityId, entityType, SecretHasher::hash(secret), Ids::now()});
}

void ClientDirectory::rotateSecret(const QString &entityId, const QString &entityType,
                                   const QString &credentialId, const QString &secret,
                                   const QString &createdAt, const QString &previousEnd) const
{
    // Old secrets end at the grace's end (or earlier, if they were already ending).
    Sql::exec(m_db.db(),
              QString(u"UPDATE client_secrets SET expires_at = ? WHERE entity_id = ? AND "_s +
                      ActiveSecretCondition),
              {previousEnd, entityId, previousEnd});
    Sql::exec(m_db.db(),
              u"INSERT INTO client_secrets(id, entity_id, entity_type, secret_hash, created_at) "
              "VALUES(?, ?, ?, ?, ?)"_s,
              {credentialId, entityId, entityType, SecretHasher::hash(secret), createdAt});
    // A client keeps at most ClientSecretSlots active secrets, the ones every check reads: a
    // rotation inside an earlier one's grace window ends the oldest now.
    const QString now = Ids::now();
    Sql::exec(m_db.db(),
              QString(u"UPDATE client_secrets SET expires_at = ? WHERE entity_id = ? AND "_s +
                      ActiveSecretCondition +
                      u" AND id NOT IN (SELECT id FROM client_secrets WHERE entity_id = ? AND "_s +
                      ActiveSecretCondition + u" ORDER BY created_at DESC, id DESC LIMIT ?)"_s),
              {now, entityId, now, entityId, now, SecretChecks::ClientSecretSlots});
}

int ClientDirectory::revokeSecrets(const QString &entityId, const QString &at) const
{
    return Sql::exec(m_db.db(),
                     u"UPDATE client_secrets SET revoked_at = ? WHERE entity_id = ? AND "
                     "revoked_at IS NULL"_s,
                     {at.isEmpty() ? Ids::now() : at, entityId})
        .numRowsAffected();
}

void ClientDirectory::deleteSecrets(const QString &entityId) const
{
    Sql::exec(m_db.db(), u"DELETE FROM client_secrets WHERE entity_id = ?"_s, {entityId});
}

static Response invalidClient(const QString &description, bool basic)
{
    Response r = Response::oauthError(401, u"invalid_client"_s, description);
    if (basic)
        r.withHeader("WWW-Authenticate", "Basic realm=\"thunderid-sandbox\"");
    return r;
}

ClientDirectory::Authentication ClientDirectory::authenticate(const Request &request,
                                                              const FormBody &form) const
{
    Authentication result;
    const QByteArray authorization = request.header("Authorization").trimmed();
    const bool basic = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    QString clientId;
    QString secret;
    bool hasSecret = false;

    if (form.count(u"client_id"_s) > 1 || form.count(u"client_secret"_s) > 1) {
        result.error = Response::oauthError(400, u"invalid_request"_s,
                                            u"Duplicate client authentication parameters"_s);
        return result;
    }
    if (basic) {
        if (form.has(u"client_secret"_s)) {
            result.error =
                Response::oauthError(400, u"invalid_request"_s,
                                     u"The client used more than one authentication method"_s);
            return result;
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0) {
            result.error = invalidClient(u"Malformed HTTP Basic credentials"_s, true);
            return result;
        }
        // RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
        clientId = FormBody::decode(decoded.decoded.left(colon));
        secret = FormBody::decode(decoded.decoded.mid(colon + 1));
        hasSecret = true;
        if (form.has(u"client_id"_s) && form.value(u"client_id"_s) != clientId) {
            result.error = invalidClient(u"client_id does not match the Basic credentials"_s, true);
            return result;
        }
        result.method = u"client_secret_basic"_s;
    } else if (form.has(u"client_secret"_s)) {
        clientId = form.value(u"client_id"_s);
        secret = form.value(u"client_secret"_s);
        hasSecret = true;
        result.method = u"client_secret_post"_s;
    } else if (form.has(u"client_id"_s)) {
        clientId = form.value(u"client_id"_s);
        result.method = u"none"_s;
    } else {
        result.error = invalidClient(u"Client authentication is required"_s, false);
        return result;
    }

    // Backoff after repeated failures (RFC 6749 §5.2 invalid_client, with Retry-After): answered
    // without any hashing, so failing clients cannot starve the others.
    const QStringList throttleKeys = SecretChecks::keys(u"client"_s, clientId, request.peer);
    // A secret this process has verified before passes at once: someone guessing a client's
    // secret does not lock the client itself out.
    const std::optional<ClientRecord> known = findByClientId(clientId);
    const bool knownGood =
        known && hasSecret && verifiedRow(cacheKey(known->entityId, secret)).has_value();
    // Only attempts with a secret are throttled: one without guesses nothing (a public client's
    // requests go on while someone fails with secrets in its name).
    if (const int wait = hasSecret ? m_checks.retryAfter(throttleKeys) : 0;
        wait > 0 && !knownGood) {
        result.error =
            invalidClient(u"Too many failed authentication attempts; try again in %1 s"_s.arg(wait),
                          basic)
                .withHeader("Retry-After", QByteArray::number(wait));
        return result;
    }
    const std::optional<ClientRecord> &client = known;
    // Until the client has proven its secret, every failure is the answer of an unknown client:
    // the same status, text and header, after the same hashing (the secret is checked before the
    // registered method, so a known client on the wrong method costs what an unknown one does).
    const auto unauthenticated = [&] {
        if (hasSecret)
            m_checks.failed(throttleKeys);
        result.error = invalidClient(u"Invalid client credentials"_s, basic);
        return result;
    };
    if (!client) {
        if (hasSecret)
            checkSecret(u"unknown-client:"_s + clientId, secret, {});
        return unauthenticated();
    }
    if (client->isPublic()) {
        if (hasSecret) {
            // The answer of an unknown client: a secret sent for a public client tells nothing.
            checkSecret(client->entityId, secret, {});
            return unauthenticated();
        }
    } else {
        if (!hasSecret)
            return unauthenticated();
        // private_key_jwt is not supported: such a client has no secret to match.
        const bool verified = verifySecret(client->entityId, secret);
        if (!verified || client->tokenEndpointAuthMethod() != result.method)
            return unauthenticated();
        m_checks.succeeded(throttleKeys);
    }
    result.client = client;
    return result;
}

} // namespace tid::sandbox
