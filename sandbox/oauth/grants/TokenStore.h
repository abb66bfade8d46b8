#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tid::sandbox {

class Database;

// One refresh token (opaque, 256 random bits; only its SHA-256 is stored).
struct RefreshTokenRecord
{
    QString id;
    QString familyId;
    QString clientId;
    QString clientEntityId;
    QString subject; // the user
    QString actSub;  // the agent acting on the user's behalf (implicit OBO), empty for apps
    QStringList scopes;
    QString resourceServerId;
    QString resource;
    QString grantType; // the grant that started the family
    QString consentId;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime rotatedAt;
    QDateTime revokedAt;
};

// Token state the JWTs cannot carry: refresh tokens and their families, authorization codes,
// and the deny lists (by jti, by token family, by client). Every check reads the store, so a
// revocation takes effect on the next request.
class TokenStore final
{
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    explicit TokenStore(Database &db);

    // The tables, migrated by FlowsModule under the module name "oauth.tokens".
    static QStringList migrations();

    // --- refresh tokens
    struct NewRefresh
    {
        QString familyId; // empty => a new family
        QString clientId;
        QString clientEntityId;
        QString subject;
        QString actSub;
        QStringList scopes;
        QString resourceServerId;
        QString resource;
        QString grantType;
        QString consentId;
        int lifetimeSeconds = 86400;
        QDateTime at; // invalid => now
    };
    // Returns the token value (shown once) and fills *record.
    QString createRefresh(const NewRefresh &in, RefreshTokenRecord *record = nullptr);
    std::optional<RefreshTokenRecord> findRefresh(const QString &token) const;
    // Marks the token used; false when it was already used (reuse: the caller revokes the family).
    bool markRotated(const QString &id);
    void revokeRefresh(const QString &id, const QString &reason);

    // --- families (tfid): revoking one kills its refresh tokens and the access tokens that carry
    // its tfid.
    void revokeFamily(const QString &familyId, const QString &reason);
    bool isFamilyRevoked(const QString &familyId) const;
    // Binds a family to the consent it was granted under (also when it has no refresh token).
    void bindConsent(const QString &familyId, const QString &consentId);
    // Revokes every family granted under the consent: those of its refresh tokens and those
    // bound with bindConsent(); exchanged tokens share their subject's family.
    void revokeByConsent(const QString &consentId);

    // --- access tokens
    void revokeJti(const QString &jti, const QString &clientId, qint64 expiresAt,
                   const QString &reason);
    // Every token of the client issued up to now (by its UUIDv7 jti's time) is revoked.
    void revokeClient(const QString &clientId);
    // Records that access token `jti` was exchanged from `parentJti` (RFC 8693): revoking the
    // parent, or any of its ancestors, revokes it.
    void recordExchange(const QString &jti, const QString &parentJti, qint64 expiresAt);
    // True when the access token's jti, family or client is on a deny list, or (exchanged
    // tokens) the jti of any token it was exchanged from.
    bool isRevoked(const QJsonObject &claims) const;
    // True when refresh tokens created at `createdAt` by `clientId` predate a client revocation.
    bool isClientRevokedAt(const QString &clientId, const QDateTime &createdAt) const;

    // --- authorization codes
    struct AuthCode
    {
        QString clientId;
        QString clientEntityId;
        QString userId;
        QString redirectUri;
        QStringList scopes;
        QString resourceServerId;
        QString resource;
        QString codeChallenge;
        QString nonce;
        QString consentId;
        QString familyId; // set when the code is redeemed
        QDateTime authTime;
        QDateTime expiresAt;
        bool used = false;
    };
    QString createCode(const AuthCode &code, int lifetimeSeconds);
    std::optional<AuthCode> findCode(const QString &code) const;
    // Marks the code used and binds the family its tokens start; false when it was used already.
    bool redeemCode(const QString &code, const QString &familyId);

    static QString hash(const QString &value);
    static QString randomToken(); // 256 random bits, base64url

private:
    Database &m_db;
};

} // namespace tid::sandbox
