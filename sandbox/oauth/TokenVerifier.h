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

    // The token's scopes from `scope` (space separated), `scopes` or `authorized_permissions`.
    static QStringList scopes(const QJsonObject &claims);
    // ThunderID's hierarchical rule: `system` satisfies `system:user:view`.
    static bool hasScope(const QStringList &granted, const QString &required);

private:
    const KeyStore &m_keys;
    QString m_issuer;
};

} // namespace tid::sandbox
