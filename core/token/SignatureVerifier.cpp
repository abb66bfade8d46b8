#include "core/token/SignatureVerifier.h"

#include "core/token/Jwks.h"

#include <cstring>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

struct AlgInfo
{
    JwsAlgorithm alg;
    const char *name;
};

constexpr AlgInfo kAlgs[] = {
    {JwsAlgorithm::None, "none"},   {JwsAlgorithm::HS256, "HS256"}, {JwsAlgorithm::HS384, "HS384"},
    {JwsAlgorithm::HS512, "HS512"}, {JwsAlgorithm::RS256, "RS256"}, {JwsAlgorithm::RS384, "RS384"},
    {JwsAlgorithm::RS512, "RS512"}, {JwsAlgorithm::PS256, "PS256"}, {JwsAlgorithm::PS384, "PS384"},
    {JwsAlgorithm::PS512, "PS512"}, {JwsAlgorithm::ES256, "ES256"}, {JwsAlgorithm::ES384, "ES384"},
    {JwsAlgorithm::ES512, "ES512"}, {JwsAlgorithm::EdDSA, "EdDSA"},
};

enum class Family
{
    None,
    Hmac,
    RsaPkcs1,
    RsaPss,
    Ecdsa,
    EdDsa,
    Unknown
};

Family familyOf(JwsAlgorithm a)
{
    switch (a) {
    case JwsAlgorithm::None:
        return Family::None;
    case JwsAlgorithm::HS256:
    case JwsAlgorithm::HS384:
    case JwsAlgorithm::HS512:
        return Family::Hmac;
    case JwsAlgorithm::RS256:
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::RS512:
        return Family::RsaPkcs1;
    case JwsAlgorithm::PS256:
    case JwsAlgorithm::PS384:
    case JwsAlgorithm::PS512:
        return Family::RsaPss;
    case JwsAlgorithm::ES256:
    case JwsAlgorithm::ES384:
    case JwsAlgorithm::ES512:
        return Family::Ecdsa;
    case JwsAlgorithm::EdDSA:
        return Family::EdDsa;
    case JwsAlgorithm::Unknown:
        break;
    }
    return Family::Unknown;
}

int shaBits(JwsAlgorithm a)
{
    switch (a) {
    case JwsAlgorithm::HS384:
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::PS384:
    case JwsAlgorithm::ES384:
        return 384;
    case JwsAlgorithm::HS512:
    case JwsAlgorithm::RS512:
    case JwsAlgorithm::PS512:
    case JwsAlgorithm::ES512:
        return 512;
    default:
        return 256;
    }
}

// Coordinate size in bytes of the ES* curve (RFC 7518 §3.4).
int ecSize(JwsAlgorithm a)
{
    return a == JwsAlgorithm::ES256 ? 32 : a == JwsAlgorithm::ES384 ? 48 : 66;
}

// One unsigned big-endian integer to DER INTEGER; returns bytes written.
size_t derInteger(const unsigned char *in, size_t n, unsigned char *out)
{
    while (n > 1 && in[0] == 0) {
        ++in;
        --n;
    }
    const bool pad = (in[0] & 0x80) != 0;
    out[0] = 0x02;
    out[1] = static_cast<unsigned char>(n + (pad ? 1 : 0));
    size_t o = 2;
    if (pad)
        out[o++] = 0;
    std::memcpy(out + o, in, n);
    return o + n;
}

// Raw R||S (RFC 7518 §3.4) to the DER ECDSA-Sig-Value OpenSSL verifies; no allocation.
size_t rawToDer(const unsigned char *rs, size_t half, unsigned char *out)
{
    unsigned char body[2 * (66 + 3)];
    size_t len = derInteger(rs, half, body);
    len += derInteger(rs + half, half, body + len);
    size_t o = 0;
    out[o++] = 0x30;
    if (len > 127) {
        out[o++] = 0x81;
    }
    out[o++] = static_cast<unsigned char>(len);
    std::memcpy(out + o, body, len);
    return o + len;
}

} // namespace

SignatureVerifier::SignatureVerifier()
    : m_mdCtx(EVP_MD_CTX_new())
    , m_edCtx(EVP_MD_CTX_new())
    , m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    , m_sha384(EVP_MD_fetch(nullptr, "SHA384", nullptr))
    , m_sha512(EVP_MD_fetch(nullptr, "SHA512", nullptr))
{}

SignatureVerifier::~SignatureVerifier()
{
    for (const CachedContext &c : m_contexts)
        EVP_PKEY_CTX_free(c.ctx);
    EVP_MD_CTX_free(m_mdCtx);
    EVP_MD_CTX_free(m_edCtx);
    EVP_MD_free(m_sha256);
    EVP_MD_free(m_sha384);
    EVP_MD_free(m_sha512);
}

JwsAlgorithm SignatureVerifier::algorithmFromName(QStringView name)
{
    // Algorithm names are case-sensitive (RFC 7515 §4.1.1).
    for (const AlgInfo &a : kAlgs) {
        if (name == QLatin1StringView(a.name))
            return a.alg;
    }
    return JwsAlgorithm::Unknown;
}

QString SignatureVerifier::algorithmName(JwsAlgorithm alg)
{
    for (const AlgInfo &a : kAlgs) {
        if (a.alg == alg)
            return QString::fromLatin1(a.name);
    }
    return {};
}

QString SignatureVerifier::keyMismatch(JwsAlgorithm alg, const JsonWebKey &key)
{
    const QString name = algorithmName(alg);
    if (!key.algorithm().isEmpty() && key.algorithm() != name)
        return u"the key is declared for %1 (its \"alg\" member), the token says %2"_s.arg(
            key.algorithm(), name);
    switch (familyOf(alg)) {
    case Family::RsaPkcs1:
    case Family::RsaPss:
        if (key.type() != JsonWebKey::Type::Rsa)
            return u"%1 needs an RSA key; the key is %2 %3"_s.arg(name, key.kty(), key.curve())
                .trimmed();
        return {};
    case Family::Ecdsa: {
        const QString crv = alg == JwsAlgorithm::ES256   ? u"P-256"_s
                            : alg == JwsAlgorithm::ES384 ? u"P-384"_s
                                                         : u"P-521"_s;
        if (key.type() != JsonWebKey::Type::Ec || key.curve() != crv)
            return u"%1 needs an EC %2 key; the key is %3 %4"_s
                .arg(name, crv, key.kty(), key.curve())
                .trimmed();
        return {};
    }
    case Family::EdDsa:
        if (key.type() != JsonWebKey::Type::Okp)
            return u"EdDSA needs an OKP key; the key is %1"_s.arg(key.kty());
        return {};
    case Family::Hmac:
        return u"%1 is a symmetric algorithm but the key is a public %2 key: a classic algorithm "
               "confusion attack (RFC 8725 §2.1)"_s.arg(name, key.kty());
    case Family::None:
        return u"\"none\" is not a signature algorithm"_s;
    case Family::Unknown:
        break;
    }
    return u"unknown algorithm"_s;
}

bool SignatureVerifier::digest(JwsAlgorithm alg, QByteArrayView data, unsigned char *out,
                               unsigned int *len)
{
    const int bits = shaBits(alg);
    const EVP_MD *md = bits == 256 ? m_sha256 : bits == 384 ? m_sha384 : m_sha512;
    return md && EVP_DigestInit_ex2(m_mdCtx, md, nullptr) == 1 &&
           EVP_DigestUpdate(m_mdCtx, data.data(), size_t(data.size())) == 1 &&
           EVP_DigestFinal_ex(m_mdCtx, out, len) == 1;
}

EVP_PKEY_CTX *SignatureVerifier::contextFor(JwsAlgorithm alg, const JsonWebKey &key)
{
    for (const CachedContext &c : m_contexts) {
        if (c.alg == alg && c.key.get() == key.pkey())
            return c.ctx;
    }
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, key.pkey(), nullptr);
    if (!ctx || EVP_PKEY_verify_init(ctx) != 1) {
        EVP_PKEY_CTX_free(ctx);
        return nullptr;
    }
    const Family f = familyOf(alg);
    if (f == Family::RsaPkcs1 || f == Family::RsaPss) {
        const int bits = shaBits(alg);
        const EVP_MD *md = bits == 256 ? m_sha256 : bits == 384 ? m_sha384 : m_sha512;
        bool ok = EVP_PKEY_CTX_set_signature_md(ctx, md) > 0;
        if (f == Family::RsaPkcs1) {
            ok = ok && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
        } else {
            // RFC 7518 §3.5: MGF1 with the same hash, salt length = hash length.
            ok = ok && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0 &&
                 EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) > 0 &&
                 EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) > 0;
        }
        if (!ok) {
            EVP_PKEY_CTX_free(ctx);
            return nullptr;
        }
    }
    // Small bounded cache: a JWKS rarely has more than a handful of keys.
    if (m_contexts.size() >= 64) {
        EVP_PKEY_CTX_free(m_contexts.front().ctx);
        m_contexts.erase(m_contexts.begin());
    }
    m_contexts.push_back(CachedContext{key.sharedKey(), alg, ctx});
    return ctx;
}

SignatureVerifier::Result SignatureVerifier::verify(JwsAlgorithm alg, QByteArrayView input,
                                                    QByteArrayView signature, const JsonWebKey &key)
{
    const Family f = familyOf(alg);
    if (f == Family::None)
        return {Status::Unsupported, u"\"alg\":\"none\" means the token is not signed"_s};
    if (f == Family::Unknown)
        return {Status::Unsupported, u"unsupported algorithm"_s};
    if (key.isNull())
        return {Status::Error, u"no key"_s};
    const QString mismatch = keyMismatch(alg, key);
    if (!mismatch.isEmpty())
        return {Status::KeyMismatch, mismatch};

    const auto *sig = reinterpret_cast<const unsigned char *>(signature.data());
    if (f == Family::EdDsa) {
        if (signature.size() != 64)
            return {Status::Invalid,
                    u"an Ed25519 signature is 64 bytes; this one is %1"_s.arg(signature.size())};
        EVP_MD_CTX_reset(m_edCtx);
        if (EVP_DigestVerifyInit_ex(m_edCtx, nullptr, nullptr, nullptr, nullptr, key.pkey(),
                                    nullptr) != 1)
            return {Status::Error, u"OpenSSL could not initialise Ed25519 verification"_s};
        const int rc = EVP_DigestVerify(m_edCtx, sig, 64,
                                        reinterpret_cast<const unsigned char *>(input.data()),
                                        size_t(input.size()));
        if (rc == 1)
            return {Status::Valid, {}};
        return {Status::Invalid, u"the Ed25519 signature does not match"_s};
    }

    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (!digest(alg, input, md, &mdLen))
        return {Status::Error, u"OpenSSL digest failed"_s};
    EVP_PKEY_CTX *ctx = contextFor(alg, key);
    if (!ctx)
        return {Status::Error, u"OpenSSL could not initialise verification"_s};

    if (f == Family::Ecdsa) {
        const int half = ecSize(alg);
        if (signature.size() != 2 * half) {
            return {Status::Invalid,
                    u"%1 signatures are %2 bytes (raw R‖S, RFC 7518 §3.4); this one is %3%4"_s
                        .arg(algorithmName(alg))
                        .arg(2 * half)
                        .arg(signature.size())
                        .arg(signature.size() > 0 && signature.at(0) == 0x30
                                 ? u" and looks DER-encoded"_s
                                 : QString())};
        }
        unsigned char der[2 * (66 + 3) + 3];
        const size_t derLen = rawToDer(sig, size_t(half), der);
        const int rc = EVP_PKEY_verify(ctx, der, derLen, md, mdLen);
        if (rc == 1)
            return {Status::Valid, {}};
        return {Status::Invalid, u"the ECDSA signature does not match"_s};
    }
    // RSA: the signature must be exactly the modulus length.
    const int modBytes = (key.bits() + 7) / 8;
    if (signature.size() != modBytes)
        return {Status::Invalid,
                u"RSA signatures for this %1-bit key are %2 bytes; this one is %3"_s.arg(key.bits())
                    .arg(modBytes)
                    .arg(signature.size())};
    const int rc = EVP_PKEY_verify(ctx, sig, size_t(signature.size()), md, mdLen);
    if (rc == 1)
        return {Status::Valid, {}};
    return {Status::Invalid, u"the RSA signature does not match"_s};
}

SignatureVerifier::Result SignatureVerifier::verifyHmac(JwsAlgorithm alg, QByteArrayView input,
                                                        QByteArrayView signature,
                                                        QByteArrayView secret)
{
    if (!isHmac(alg))
        return {Status::KeyMismatch, u"a shared secret can only verify HS256/HS384/HS512"_s};
    if (secret.isEmpty())
        return {Status::KeyMismatch, u"no shared secret was entered"_s};
    const int bits = shaBits(alg);
    const EVP_MD *md = bits == 256 ? m_sha256 : bits == 384 ? m_sha384 : m_sha512;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLen = 0;
    if (!HMAC(md, secret.data(), int(secret.size()),
              reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()), mac,
              &macLen))
        return {Status::Error, u"OpenSSL HMAC failed"_s};
    if (size_t(signature.size()) != macLen || CRYPTO_memcmp(mac, signature.data(), macLen) != 0)
        return {Status::Invalid, u"the HMAC does not match"_s};
    return {Status::Valid, {}};
}

} // namespace tid::core
