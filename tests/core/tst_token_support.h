#pragma once

// Test-only helpers shared by the token tests: keys for every JWS algorithm, JWKs for them, and
// compact JWS minting (SigningKey covers only ES256/RS256).

#include "core/token/Base64Url.h"
#include "core/token/SignatureVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

#include <memory>

namespace tid::test {

using tid::core::JwsAlgorithm;

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};

struct TestKey
{
    std::shared_ptr<EVP_PKEY> pkey;
    JwsAlgorithm alg = JwsAlgorithm::ES256;
    QJsonObject jwk;
};

inline QByteArray bnBytes(EVP_PKEY *k, const char *name, int pad = 0)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(k, name, &bn))
        return {};
    const int len = pad > 0 ? pad : BN_num_bytes(bn);
    QByteArray out(len, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), len);
    BN_free(bn);
    return out;
}

inline QString b64(const QByteArray &b)
{
    return QString::fromLatin1(tid::core::Base64Url::encode(b));
}

inline TestKey makeKey(JwsAlgorithm alg, const QString &kid = QStringLiteral("test-key"))
{
    TestKey key;
    key.alg = alg;
    EVP_PKEY *k = nullptr;
    QJsonObject jwk;
    switch (alg) {
    case JwsAlgorithm::RS256:
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::RS512:
    case JwsAlgorithm::PS256:
    case JwsAlgorithm::PS384:
    case JwsAlgorithm::PS512:
        k = EVP_RSA_gen(2048);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), b64(bnBytes(k, OSSL_PKEY_PARAM_RSA_N)));
        jwk.insert(QStringLiteral("e"), b64(bnBytes(k, OSSL_PKEY_PARAM_RSA_E)));
        break;
    case JwsAlgorithm::ES256:
    case JwsAlgorithm::ES384:
    case JwsAlgorithm::ES512: {
        const char *crv = alg == JwsAlgorithm::ES256   ? "P-256"
                          : alg == JwsAlgorithm::ES384 ? "P-384"
                                                       : "P-521";
        const int size = alg == JwsAlgorithm::ES256 ? 32 : alg == JwsAlgorithm::ES384 ? 48 : 66;
        k = EVP_EC_gen(crv);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QString::fromLatin1(crv));
        jwk.insert(QStringLiteral("x"), b64(bnBytes(k, OSSL_PKEY_PARAM_EC_PUB_X, size)));
        jwk.insert(QStringLiteral("y"), b64(bnBytes(k, OSSL_PKEY_PARAM_EC_PUB_Y, size)));
        break;
    }
    case JwsAlgorithm::EdDSA: {
        k = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        unsigned char pub[32];
        size_t len = sizeof pub;
        EVP_PKEY_get_raw_public_key(k, pub, &len);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"),
                   b64(QByteArray(reinterpret_cast<const char *>(pub), qsizetype(len))));
        break;
    }
    default:
        return key;
    }
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    key.pkey = std::shared_ptr<EVP_PKEY>(k, PkeyFree());
    key.jwk = jwk;
    return key;
}

inline const EVP_MD *mdFor(JwsAlgorithm alg)
{
    switch (alg) {
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::PS384:
    case JwsAlgorithm::ES384:
    case JwsAlgorithm::HS384:
        return EVP_sha384();
    case JwsAlgorithm::RS512:
    case JwsAlgorithm::PS512:
    case JwsAlgorithm::ES512:
    case JwsAlgorithm::HS512:
        return EVP_sha512();
    case JwsAlgorithm::EdDSA:
        return nullptr;
    default:
        return EVP_sha256();
    }
}

// Signature over `input` as JWS wants it (raw R||S for ECDSA).
inline QByteArray signRaw(const TestKey &key, JwsAlgorithm alg, const QByteArray &input)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_DigestSignInit(ctx, &pctx, mdFor(alg), nullptr, key.pkey.get());
    if (alg == JwsAlgorithm::PS256 || alg == JwsAlgorithm::PS384 || alg == JwsAlgorithm::PS512) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    EVP_DigestSign(ctx, nullptr, &len, in, size_t(input.size()));
    QByteArray sig(qsizetype(len), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len, in,
                   size_t(input.size()));
    sig.resize(qsizetype(len));
    EVP_MD_CTX_free(ctx);
    if (alg == JwsAlgorithm::ES256 || alg == JwsAlgorithm::ES384 || alg == JwsAlgorithm::ES512) {
        const int size = alg == JwsAlgorithm::ES256 ? 32 : alg == JwsAlgorithm::ES384 ? 48 : 66;
        const auto *p = reinterpret_cast<const unsigned char *>(sig.constData());
        ECDSA_SIG *es = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
        QByteArray raw(2 * size, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(es), reinterpret_cast<unsigned char *>(raw.data()), size);
        BN_bn2binpad(ECDSA_SIG_get0_s(es), reinterpret_cast<unsigned char *>(raw.data()) + size,
                     size);
        ECDSA_SIG_free(es);
        return raw;
    }
    return sig;
}

inline QByteArray encodeSegment(const QJsonObject &o)
{
    return tid::core::Base64Url::encode(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Header gets "alg" (unless already present) and the key's kid (unless `header` has "kid").
inline QByteArray mint(const TestKey &key, QJsonObject header, const QJsonObject &payload,
                       JwsAlgorithm alg = JwsAlgorithm::Unknown)
{
    if (alg == JwsAlgorithm::Unknown)
        alg = key.alg;
    if (!header.contains(QStringLiteral("alg")))
        header.insert(QStringLiteral("alg"), tid::core::SignatureVerifier::algorithmName(alg));
    if (!header.contains(QStringLiteral("kid")) && key.jwk.contains(QStringLiteral("kid")))
        header.insert(QStringLiteral("kid"), key.jwk.value(QStringLiteral("kid")));
    const QByteArray input = encodeSegment(header) + '.' + encodeSegment(payload);
    return input + '.' + tid::core::Base64Url::encode(signRaw(key, alg, input));
}

// Compact JWS from raw JSON texts (for duplicate members and other hand-made headers).
inline QByteArray mintRaw(const TestKey &key, const QByteArray &headerJson,
                          const QByteArray &payloadJson, JwsAlgorithm alg)
{
    const QByteArray input =
        tid::core::Base64Url::encode(headerJson) + '.' + tid::core::Base64Url::encode(payloadJson);
    return input + '.' + tid::core::Base64Url::encode(signRaw(key, alg, input));
}

inline QByteArray hmacToken(const QByteArray &secret, QJsonObject header,
                            const QJsonObject &payload, JwsAlgorithm alg = JwsAlgorithm::HS256)
{
    header.insert(QStringLiteral("alg"), tid::core::SignatureVerifier::algorithmName(alg));
    const QByteArray input = encodeSegment(header) + '.' + encodeSegment(payload);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(mdFor(alg), secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
         &len);
    return input + '.' +
           tid::core::Base64Url::encode(
               QByteArray(reinterpret_cast<const char *>(mac), qsizetype(len)));
}

} // namespace tid::test
