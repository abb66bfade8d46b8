#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tid::sandbox {

class KeyStore;

// Verifies tokens this sandbox issued: compact JWS, `alg` of a key in the KeyStore (found by
// `kid`), the signature (OpenSSL), `iss` equal to the sandbox's issuer, `exp` in the future and
// `nbf` not in the future. It is deliberately small; core/token has the full validator.
class TokenVerifier final
{
public:
    struct Result
    {
        bool valid = false;
        QString error; // why the token was refused (safe to show)
        QJsonObject header;
        QJsonObject claims;
    };

    TokenVerifier(const KeyStore &keys, QString issuer);

    // `requiredTyp` empty = any typ; otherwise compared case-insensitively, and a typ of
    // "application/<requiredTyp>" is accepted too (RFC 9068 §4).
    Result verify(const QByteArray &compact, const QString &requiredTyp = {}) const;

    // True for an ES256 signature (raw R||S) whose S is above half the P-256 group order: the
    // second, malleable encoding of a valid signature. The sandbox signs with low S and accepts
    // only that (issue 11, finding 8), so a token has one encoding.
    static bool hasHighS(const QByteArray &rawSignature);

    // The token's scopes from `scope` (space separated), `scopes` or `authorized_permissions`.
    static QStringList scopes(const QJsonObject &claims);
    // ThunderID's hierarchical rule: `system` satisfies `system:user:view`.
    static bool hasScope(const QStringList &granted, const QString &required);

private:
    const KeyStore &m_keys;
    QString m_issuer;
};

} // namespace tid::sandbox
