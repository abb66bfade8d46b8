#include "core/token/SigningKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SigningKey::SigningKey() = default;

SigningKey::~SigningKey()
{
    EVP_PKEY_free(m_key);
}

SigningKey::SigningKey(SigningKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_type(other.m_type)
    , m_kid(std::move(other.m_kid))
{}

SigningKey &SigningKey::operator=(SigningKey &&other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_type = other.m_type;
        m_kid = std::move(other.m_kid);
    }
    return *this;
}

SigningKey SigningKey::generate(Type type)
{
    SigningKey key;
    key.m_type = type;
    key.m_key = type == Type::EcP256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048);
    if (key.m_key)
        key.computeKid();
    return key;
}

SigningKey SigningKey::fromPem(const QByteArray &pem, QString *error)
{
    SigningKey key;
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    key.m_key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key.m_key) {
        if (error)
            *error = u"not a PEM private key"_s;
        return key;
    }
    if (EVP_PKEY_is_a(key.m_key, "EC")) {
        key.m_type = Type::EcP256;
    } else if (EVP_PKEY_is_a(key.m_key, "RSA")) {
        key.m_type = Type::Rsa2048;
    } else {
        if (error)
            *error = u"unsupported key type"_s;
        EVP_PKEY_free(key.m_key);
        key.m_key = nullptr;
        return key;
    }
    key.computeKid();
    return key;
}

QString SigningKey::algorithm() const
{
    return m_type == Type::EcP256 ? u"ES256"_s : u"RS256"_s;
}

QByteArray SigningKey::privatePem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, len);
    BIO_free(bio);
    return out;
}

static QByteArray bnParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &bn))
        return {};
    const int len = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(len, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), len);
    BN_free(bn);
    return out;
}

QJsonObject SigningKey::publicJwk() const
{
    QJsonObject jwk;
    if (!m_key)
        return jwk;
    if (m_type == Type::EcP256) {
        jwk.insert(u"kty"_s, u"EC"_s);
        jwk.insert(u"crv"_s, u"P-256"_s);
        jwk.insert(u"x"_s, QString::fromLatin1(
                               base64UrlEncode(bnParam(m_key, OSSL_PKEY_PARAM_EC_PUB_X, 32))));
        jwk.insert(u"y"_s, QString::fromLatin1(
                               base64UrlEncode(bnParam(m_key, OSSL_PKEY_PARAM_EC_PUB_Y, 32))));
    } else {
        jwk.insert(u"kty"_s, u"RSA"_s);
        jwk.insert(u"n"_s,
                   QString::fromLatin1(base64UrlEncode(bnParam(m_key, OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(u"e"_s,
                   QString::fromLatin1(base64UrlEncode(bnParam(m_key, OSSL_PKEY_PARAM_RSA_E))));
    }
    jwk.insert(u"kid"_s, m_kid);
    jwk.insert(u"alg"_s, algorithm());
    jwk.insert(u"use"_s, u"sig"_s);
    return jwk;
}

void SigningKey::computeKid()
{
    // RFC 7638: required members only, lexicographic order, no whitespace.
    const QJsonObject jwk = publicJwk();
    QByteArray canonical;
    if (m_type == Type::EcP256) {
        canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" +
                    jwk.value(u"x"_s).toString().toLatin1() + "\",\"y\":\"" +
                    jwk.value(u"y"_s).toString().toLatin1() + "\"}";
    } else {
        canonical = "{\"e\":\"" + jwk.value(u"e"_s).toString().toLatin1() +
                    "\",\"kty\":\"RSA\",\"n\":\"" + jwk.value(u"n"_s).toString().toLatin1() + "\"}";
    }
    m_kid = QString::fromLatin1(
        base64UrlEncode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

namespace {

// A SHA-256 DigestSign context for `key`, copied from one the calling thread initialised for the
// key it last signed with: initialising fetches the algorithms from the provider every time (a
// seventh of an ES256 signature, issue 15), copying does not. The thread's template holds a
// reference to its key, so the address cannot name another key while it is kept.
EVP_MD_CTX *digestSignContext(EVP_PKEY *key)
{
    struct Template
    {
        EVP_PKEY *key = nullptr;
        EVP_MD_CTX *ctx = nullptr;
        ~Template() { EVP_MD_CTX_free(ctx); }
    };
    thread_local Template t;
    if (t.key != key || !t.ctx) {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        if (!ctx || EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) != 1) {
            EVP_MD_CTX_free(ctx);
            return nullptr;
        }
        EVP_MD_CTX_free(t.ctx);
        t.ctx = ctx;
        t.key = key;
    }
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    if (!copy || EVP_MD_CTX_copy_ex(copy, t.ctx) != 1) {
        EVP_MD_CTX_free(copy);
        return nullptr;
    }
    return copy;
}

} // namespace

QByteArray SigningKey::sign(const QByteArray &signingInput) const
{
    if (!m_key)
        return {};
    EVP_MD_CTX *ctx = digestSignContext(m_key);
    if (!ctx)
        return {};
    // The largest signature of the key (DER ECDSA: at most 72 bytes for P-256).
    QByteArray der(qMax(0, EVP_PKEY_get_size(m_key)), Qt::Uninitialized);
    size_t len = size_t(der.size());
    const bool ok =
        !der.isEmpty() &&
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(der.data()), &len,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) == 1;
    der.resize(qsizetype(len));
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    if (m_type == Type::Rsa2048)
        return der;
    // ECDSA: DER SEQUENCE{r, s} -> fixed-width R||S (RFC 7518 §3.4).
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    if (!sig)
        return {};
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
    // Low S (S <= n/2): of the two valid encodings of an ECDSA signature, always the same one,
    // so that a token has exactly one encoding (the sandbox refuses high S).
    BIGNUM *order = BN_new();
    BIGNUM *half = BN_new();
    BIGNUM *s = BN_dup(ECDSA_SIG_get0_s(sig));
    const bool orderOk =
        order && half && s &&
        BN_hex2bn(&order, "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551") &&
        BN_rshift1(half, order) == 1;
    if (orderOk && BN_cmp(s, half) > 0)
        BN_sub(s, order, s);
    if (orderOk)
        BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    BN_free(order);
    BN_free(half);
    BN_free(s);
    ECDSA_SIG_free(sig);
    if (!orderOk)
        return {};
    return raw;
}

QByteArray SigningKey::signCompact(QJsonObject header, const QJsonObject &payload) const
{
    header.insert(u"alg"_s, algorithm());
    header.insert(u"kid"_s, m_kid);
    const QByteArray input = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                             '.' +
                             base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = sign(input);
    if (signature.isEmpty())
        return {};
    return input + '.' + base64UrlEncode(signature);
}

} // namespace tid::core
