#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;

namespace tid::core {

class JsonWebKey;

enum class JwsAlgorithm : quint8
{
    Unknown,
    None,
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    EdDSA,
};

// JWS signature verification (RFC 7515 / RFC 7518 / RFC 8037) over OpenSSL 3 EVP.
// An instance keeps per-key verification contexts and message-digest contexts so bulk
// verification does no key import and no algorithm fetch per token. Not thread-safe: use one
// instance per thread.
class SignatureVerifier final
{
public:
    enum class Status
    {
        Valid,
        Invalid,     // the signature does not match
        KeyMismatch, // the key cannot be used with this algorithm (RFC 8725 §3.1)
        Unsupported, // unknown algorithm or "none"
        Error,       // OpenSSL failed
    };
    struct Result
    {
        Status status = Status::Error;
        QString message;
        bool ok() const { return status == Status::Valid; }
    };

    SignatureVerifier();
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier &) = delete;
    SignatureVerifier &operator=(const SignatureVerifier &) = delete;

    static JwsAlgorithm algorithmFromName(QStringView name);
    static QString algorithmName(JwsAlgorithm alg);
    static bool isHmac(JwsAlgorithm alg)
    {
        return alg == JwsAlgorithm::HS256 || alg == JwsAlgorithm::HS384 ||
               alg == JwsAlgorithm::HS512;
    }
    // Empty when `key` may verify `alg`; otherwise the reason (key type, curve or the JWK's own
    // "alg" member disagree).
    static QString keyMismatch(JwsAlgorithm alg, const JsonWebKey &key);

    Result verify(JwsAlgorithm alg, QByteArrayView signingInput, QByteArrayView signature,
                  const JsonWebKey &key);
    // HS256/384/512 with an explicitly supplied shared secret (constant-time comparison).
    Result verifyHmac(JwsAlgorithm alg, QByteArrayView signingInput, QByteArrayView signature,
                      QByteArrayView secret);

private:
    struct CachedContext
    {
        std::shared_ptr<EVP_PKEY> key;
        JwsAlgorithm alg;
        EVP_PKEY_CTX *ctx;
    };
    EVP_PKEY_CTX *contextFor(JwsAlgorithm alg, const JsonWebKey &key);
    bool digest(JwsAlgorithm alg, QByteArrayView data, unsigned char *out, unsigned int *len);

    std::vector<CachedContext> m_contexts;
    EVP_MD_CTX *m_mdCtx = nullptr;
    EVP_MD_CTX *m_edCtx = nullptr;
    EVP_MD *m_sha256 = nullptr;
    EVP_MD *m_sha384 = nullptr;
    EVP_MD *m_sha512 = nullptr;
};

} // namespace tid::core
