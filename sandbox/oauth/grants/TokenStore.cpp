#include "sandbox/oauth/grants/TokenStore.h"

#include "sandbox/audit/AuditLog.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

TokenStore::TokenStore(Database &db)
    : m_db(db)
{}

QStringList TokenStore::migrations()
{
    return {
        uR"(CREATE TABLE refresh_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    family_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    client_entity_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    act_sub TEXT,
    scopes TEXT NOT NULL DEFAULT '',
    resource_server_id TEXT NOT NULL DEFAULT '',
    resource TEXT NOT NULL DEFAULT '',
    grant_type TEXT NOT NULL,
    consent_id TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    rotated_at TEXT,
    revoked_at TEXT,
    revoke_reason TEXT
);
CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id);
CREATE INDEX refresh_tokens_consent ON refresh_tokens(consent_id);
CREATE INDEX refresh_tokens_client ON refresh_tokens(client_id);
CREATE TABLE revoked_tokens (
    jti TEXT PRIMARY KEY,
    client_id TEXT,
    expires_at INTEGER,
    reason TEXT NOT NULL,
    revoked_at TEXT NOT NULL
);
CREATE TABLE revoked_families (
    family_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    revoked_at TEXT NOT NULL
);
CREATE TABLE client_revocations (
    client_id TEXT PRIMARY KEY,
    revoked_before_ms INTEGER NOT NULL
);
CREATE TABLE auth_codes (
    code_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    client_entity_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scopes TEXT NOT NULL DEFAULT '',
    resource_server_id TEXT NOT NULL DEFAULT '',
    resource TEXT NOT NULL DEFAULT '',
    code_challenge TEXT NOT NULL,
    nonce TEXT,
    consent_id TEXT,
    family_id TEXT,
    auth_time TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
))"_s,
        // Token exchange lineage (issue 11, finding 5): each exchanged token names the token it
        // was exchanged from, so revoking any ancestor reaches every descendant.
        uR"(CREATE TABLE token_lineage (
    jti TEXT PRIMARY KEY,
    parent_jti TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX token_lineage_expiry ON token_lineage(expires_at);
CREATE TABLE consent_families (
    family_id TEXT PRIMARY KEY,
    consent_id TEXT NOT NULL
);
CREATE INDEX consent_families_consent ON consent_families(consent_id))"_s,
    };
}

QString TokenStore::hash(const QString &value)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenStore::randomToken()
{
    return QString::fromLatin1(Ids::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding |
                                                             QByteArray::OmitTrailingEquals));
}

QString TokenStore::createRefresh(const NewRefresh &in, RefreshTokenRecord *record)
{
    const QDateTime now = in.at.isValid() ? in.at.toUTC() : QDateTime::currentDateTimeUtc();
    RefreshTokenRecord r;
    r.id = Ids::uuid7(now.toMSecsSinceEpoch());
    r.familyId = in.familyId.isEmpty() ? Ids::uuid7(now.toMSecsSinceEpoch()) : in.familyId;
    r.clientId = in.clientId;
    r.clientEntityId = in.clientEntityId;
    r.subject = in.subject;
    r.actSub = in.actSub;
    r.scopes = in.scopes;
    r.resourceServerId = in.resourceServerId;
    r.resource = in.resource;
    r.grantType = in.grantType;
    r.consentId = in.consentId;
    r.createdAt = now;
    r.expiresAt = now.addSecs(qMax(1, in.lifetimeSeconds));
    const QString token = randomToken();
    Sql::exec(
        m_db.db(),
        u"INSERT INTO refresh_tokens(id, token_hash, family_id, client_id, "
        "client_entity_id, subject, act_sub, scopes, resource_server_id, resource, "
        "grant_type, consent_id, created_at, expires_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?)"_s,
        {r.id, hash(token), r.familyId, r.clientId, r.clientEntityId, r.subject,
         Sql::nullable(r.actSub), r.scopes.join(u' '), r.resourceServerId, r.resource, r.grantType,
         Sql::nullable(r.consentId), Ids::iso(r.createdAt), Ids::iso(r.expiresAt)});
    if (record)
        *record = r;
    return token;
}

std::optional<RefreshTokenRecord> TokenStore::findRefresh(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q =
        Sql::exec(m_db.db(),
                  u"SELECT id, family_id, client_id, client_entity_id, subject, act_sub, scopes, "
                  "resource_server_id, resource, grant_type, consent_id, created_at, expires_at, "
                  "rotated_at, revoked_at FROM refresh_tokens WHERE token_hash = ?"_s,
                  {hash(token)});
    if (!q.next())
        return std::nullopt;
    RefreshTokenRecord r;
    r.id = q.value(0).toString();
    r.familyId = q.value(1).toString();
    r.clientId = q.value(2).toString();
    r.clientEntityId = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.actSub = q.value(5).toString();
    r.scopes = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
    r.resourceServerId = q.value(7).toString();
    r.resource = q.value(8).toString();
    r.grantType = q.value(9).toString();
    r.consentId = q.value(10).toString();
    r.createdAt = Ids::fromIso(q.value(11));
    r.expiresAt = Ids::fromIso(q.value(12));
    r.rotatedAt = Ids::fromIso(q.value(13));
    r.revokedAt = Ids::fromIso(q.value(14));
    return r;
}

bool TokenStore::markRotated(const QString &id)
{
    QSqlQuery q =
        Sql::exec(m_db.db(),
                  u"UPDATE refresh_tokens SET rotated_at = ? WHERE id = ? AND rotated_at IS NULL"_s,
                  {Ids::iso(QDateTime::currentDateTimeUtc()), id});
    return q.numRowsAffected() == 1;
}

void TokenStore::revokeRefresh(const QString &id, const QString &reason)
{
    Sql::exec(m_db.db(),
              u"UPDATE refresh_tokens SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND "
              "revoked_at IS NULL"_s,
              {Ids::iso(QDateTime::currentDateTimeUtc()), reason, id});
}

void TokenStore::revokeFamily(const QString &familyId, const QString &reason)
{
    if (familyId.isEmpty())
        return;
    const QString now = Ids::iso(QDateTime::currentDateTimeUtc());
    Sql::exec(m_db.db(),
              u"INSERT OR IGNORE INTO revoked_families(family_id, reason, revoked_at) "
              "VALUES(?, ?, ?)"_s,
              {familyId, reason, now});
    Sql::exec(m_db.db(),
              u"UPDATE refresh_tokens SET revoked_at = ?, revoke_reason = ? WHERE family_id = ? "
              "AND revoked_at IS NULL"_s,
              {now, reason, familyId});
}

bool TokenStore::isFamilyRevoked(const QString &familyId) const
{
    return !familyId.isEmpty() &&
           Sql::exists(m_db.db(), u"SELECT 1 FROM revoked_families WHERE family_id = ?"_s,
                       {familyId});
}

void TokenStore::bindConsent(const QString &familyId, const QString &consentId)
{
    if (familyId.isEmpty() || consentId.isEmpty())
        return;
    Sql::exec(m_db.db(),
              u"INSERT OR IGNORE INTO consent_families(family_id, consent_id) VALUES(?, ?)"_s,
              {familyId, consentId});
}

void TokenStore::revokeByConsent(const QString &consentId)
{
    // Families with refresh tokens, and those without (access tokens only) bound at issue.
    QSqlQuery q = Sql::exec(m_db.db(),
                            u"SELECT family_id FROM refresh_tokens WHERE consent_id = ? UNION "
                            "SELECT family_id FROM consent_families WHERE consent_id = ?"_s,
                            {consentId, consentId});
    QStringList families;
    while (q.next())
        families << q.value(0).toString();
    for (const QString &f : std::as_const(families))
        revokeFamily(f, u"consent_revoked"_s);
}

void TokenStore::revokeJti(const QString &jti, const QString &clientId, qint64 expiresAt,
                           const QString &reason)
{
    Sql::exec(m_db.db(),
              u"INSERT OR IGNORE INTO revoked_tokens(jti, client_id, expires_at, reason, "
              "revoked_at) VALUES(?, ?, ?, ?, ?)"_s,
              {jti, clientId, expiresAt, reason, Ids::iso(QDateTime::currentDateTimeUtc())});
}

void TokenStore::revokeClient(const QString &clientId)
{
    Sql::exec(
        m_db.db(),
        u"INSERT INTO client_revocations(client_id, revoked_before_ms) VALUES(?, ?) "
        "ON CONFLICT(client_id) DO UPDATE SET revoked_before_ms = excluded.revoked_before_ms"_s,
        {clientId, QDateTime::currentMSecsSinceEpoch()});
    Sql::exec(m_db.db(),
              u"UPDATE refresh_tokens SET revoked_at = ?, revoke_reason = 'credential_revoked' "
              "WHERE client_id = ? AND revoked_at IS NULL"_s,
              {Ids::iso(QDateTime::currentDateTimeUtc()), clientId});
}

static qint64 clientCutoff(Database &db, const QString &clientId)
{
    const QVariant v = Sql::scalar(
        db.db(), u"SELECT revoked_before_ms FROM client_revocations WHERE client_id = ?"_s,
        {clientId});
    return v.isValid() ? v.toLongLong() : -1;
}

void TokenStore::recordExchange(const QString &jti, const QString &parentJti, qint64 expiresAt)
{
    if (jti.isEmpty() || parentJti.isEmpty())
        return;
    // Rows of tokens that expired a day ago can go: their descendants never outlive them.
    Sql::exec(m_db.db(), u"DELETE FROM token_lineage WHERE expires_at < ?"_s,
              {QDateTime::currentSecsSinceEpoch() - 86400});
    Sql::exec(
        m_db.db(),
        u"INSERT OR REPLACE INTO token_lineage(jti, parent_jti, expires_at) VALUES(?, ?, ?)"_s,
        {jti, parentJti, expiresAt});
}

bool TokenStore::isRevoked(const QJsonObject &claims) const
{
    const QString jti = claims.value(u"jti"_s).toString();
    if (!jti.isEmpty() &&
        Sql::exists(m_db.db(), u"SELECT 1 FROM revoked_tokens WHERE jti = ?"_s, {jti}))
        return true;
    // An exchanged token dies with any token it descends from (and with that one's family).
    if (!jti.isEmpty() && claims.value(u"grant_type"_s).toString() ==
                              u"urn:ietf:params:oauth:grant-type:token-exchange"_s) {
        if (Sql::exists(m_db.db(),
                        u"WITH RECURSIVE up(jti) AS ("
                        "SELECT parent_jti FROM token_lineage WHERE jti = ? "
                        "UNION SELECT l.parent_jti FROM token_lineage l JOIN up ON l.jti = up.jti) "
                        "SELECT 1 FROM up JOIN revoked_tokens r ON r.jti = up.jti LIMIT 1"_s,
                        {jti}))
            return true;
    }
    if (isFamilyRevoked(claims.value(u"tfid"_s).toString()))
        return true;
    const qint64 cutoff = clientCutoff(m_db, claims.value(u"client_id"_s).toString());
    if (cutoff >= 0) {
        qint64 issuedMs = Ids::uuid7Millis(jti);
        if (issuedMs < 0)
            issuedMs = qint64(claims.value(u"iat"_s).toDouble()) * 1000;
        if (issuedMs <= cutoff)
            return true;
    }
    return false;
}

bool TokenStore::isClientRevokedAt(const QString &clientId, const QDateTime &createdAt) const
{
    const qint64 cutoff = clientCutoff(m_db, clientId);
    return cutoff >= 0 && createdAt.toMSecsSinceEpoch() <= cutoff;
}

QString TokenStore::createCode(const AuthCode &c, int lifetimeSeconds)
{
    const QString code = randomToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Sql::exec(m_db.db(),
              u"INSERT INTO auth_codes(code_hash, client_id, client_entity_id, user_id, "
              "redirect_uri, scopes, resource_server_id, resource, code_challenge, nonce, "
              "consent_id, auth_time, expires_at) VALUES(?, ?, ?, ?, ?, COALESCE(?, ''), "
              "COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?)"_s,
              {hash(code), c.clientId, c.clientEntityId, c.userId, c.redirectUri,
               c.scopes.join(u' '), c.resourceServerId, c.resource, c.codeChallenge,
               Sql::nullable(c.nonce), Sql::nullable(c.consentId),
               Ids::iso(c.authTime.isValid() ? c.authTime : now),
               Ids::iso(now.addSecs(lifetimeSeconds))});
    return code;
}

std::optional<TokenStore::AuthCode> TokenStore::findCode(const QString &code) const
{
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery q = Sql::exec(
        m_db.db(),
        u"SELECT client_id, client_entity_id, user_id, redirect_uri, scopes, resource_server_id, "
        "resource, code_challenge, nonce, consent_id, family_id, auth_time, expires_at, used "
        "FROM auth_codes WHERE code_hash = ?"_s,
        {hash(code)});
    if (!q.next())
        return std::nullopt;
    AuthCode c;
    c.clientId = q.value(0).toString();
    c.clientEntityId = q.value(1).toString();
    c.userId = q.value(2).toString();
    c.redirectUri = q.value(3).toString();
    c.scopes = q.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    c.resourceServerId = q.value(5).toString();
    c.resource = q.value(6).toString();
    c.codeChallenge = q.value(7).toString();
    c.nonce = q.value(8).toString();
    c.consentId = q.value(9).toString();
    c.familyId = q.value(10).toString();
    c.authTime = Ids::fromIso(q.value(11));
    c.expiresAt = Ids::fromIso(q.value(12));
    c.used = q.value(13).toBool();
    return c;
}

bool TokenStore::redeemCode(const QString &code, const QString &familyId)
{
    QSqlQuery q = Sql::exec(
        m_db.db(),
        u"UPDATE auth_codes SET used = 1, family_id = ? WHERE code_hash = ? AND used = 0"_s,
        {familyId, hash(code)});
    return q.numRowsAffected() == 1;
}

} // namespace tid::sandbox
