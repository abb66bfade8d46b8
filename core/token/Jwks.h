#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace tid::core {

// One public verification key from a JWK (RFC 7517), imported into an OpenSSL EVP_PKEY once.
// Copies share the EVP_PKEY.
class JsonWebKey final
{
public:
    enum class Type
    {
        Rsa,
        Ec,
        Okp
    };

    static JsonWebKey fromJson(const QJsonObject &jwk, QString *error = nullptr);

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    QString kty() const;                    // "RSA", "EC", "OKP"
    QString curve() const { return m_crv; } // "P-256", "P-384", "P-521", "Ed25519"; empty for RSA
    QString keyId() const { return m_kid; }
    QString algorithm() const { return m_alg; } // the JWK's optional "alg" member
    QString use() const { return m_use; }
    int bits() const { return m_bits; }
    // RFC 7638 SHA-256 thumbprint, base64url.
    QString thumbprint() const { return m_thumbprint; }
    const QJsonObject &json() const { return m_json; }
    EVP_PKEY *pkey() const { return m_key.get(); }
    const std::shared_ptr<EVP_PKEY> &sharedKey() const { return m_key; }

private:
    std::shared_ptr<EVP_PKEY> m_key;
    Type m_type = Type::Rsa;
    QString m_crv;
    QString m_kid;
    QString m_alg;
    QString m_use;
    int m_bits = 0;
    QString m_thumbprint;
    QJsonObject m_json;
};

// A JWK Set (RFC 7517 §5). Keys that cannot be used for signature verification (unsupported kty
// or curve, "use":"enc", malformed members) are skipped with a note in skipped() rather than
// failing the whole set, as RFC 7517 §5 asks.
class Jwks final
{
public:
    // Accepts {"keys":[...]} or a single JWK object. Strict JSON (no duplicate members).
    static Jwks fromJson(QByteArrayView json, QString *error = nullptr);
    static Jwks fromJsonObject(const QJsonObject &object, QString *error = nullptr);
    static Jwks fromFile(const QString &path, QString *error = nullptr);

    bool isEmpty() const { return m_keys.isEmpty(); }
    const QList<JsonWebKey> &keys() const { return m_keys; }
    // One line per skipped key: "key 2 (kid …): reason".
    const QStringList &skipped() const { return m_skipped; }
    // Keys whose kid equals `kid`; with an empty kid, every key.
    QList<const JsonWebKey *> byKeyId(const QString &kid) const;

    void addKey(const JsonWebKey &key) { m_keys.append(key); }

private:
    QList<JsonWebKey> m_keys;
    QStringList m_skipped;
};

} // namespace tid::core

Q_DECLARE_METATYPE(tid::core::Jwks)
