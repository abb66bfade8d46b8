#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace tid::core {

// A private signing key (EC P-256 for ES256, RSA 2048 for RS256) for minting JWS tokens.
// Used by the sandbox to issue tokens and by tests to mint vectors; the console itself only
// verifies. Private material never leaves this class except as PEM for the key store.
class SigningKey final
{
public:
    enum class Type
    {
        EcP256,
        Rsa2048
    };

    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    static SigningKey generate(Type type);
    static SigningKey fromPem(const QByteArray &pem, QString *error = nullptr);

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    QString algorithm() const; // "ES256" or "RS256"
    QByteArray privatePem() const;
    // Public JWK with kty, crv/x/y or n/e, plus kid, alg and use=sig.
    QJsonObject publicJwk() const;
    // RFC 7638 SHA-256 thumbprint, base64url.
    QString kid() const { return m_kid; }

    // JWS signature over `signingInput` (ASCII header.payload): raw R||S for ES256.
    QByteArray sign(const QByteArray &signingInput) const;
    // Builds a compact JWS: alg and kid are set from this key; other header members are kept.
    QByteArray signCompact(QJsonObject header, const QJsonObject &payload) const;

    EVP_PKEY *pkey() const { return m_key; }

private:
    void computeKid();

    EVP_PKEY *m_key = nullptr;
    Type m_type = Type::EcP256;
    QString m_kid;
};

// base64url without padding (RFC 7515 §2).
QByteArray base64UrlEncode(const QByteArray &data);

} // namespace tid::core
