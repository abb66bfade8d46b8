#include "sandbox/oauth/TokenVerifier.h"

#include "sandbox/oauth/KeyStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

TokenVerifier::TokenVerifier(const KeyStore &keys, QString issuer)
    : m_keys(keys)
    , m_issuer(std::move(issuer))
{}

static std::optional<QJsonObject> decodeJsonPart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool TokenVerifier::hasHighS(const QByteArray &rawSignature)
{
    // n / 2 of P-256, big-endian.
    static const QByteArray halfOrder =
        QByteArray::fromHex("7FFFFFFF800000007FFFFFFFFFFFFFFFDE737D56D38BCF4279DCE5617E3192A8");
    if (rawSignature.size() != 64)
        return false;
    return std::memcmp(rawSignature.constData() + 32, halfOrder.constData(), 32) > 0;
}

static bool verifySignature(EVP_PKEY *key, bool ecdsa, const QByteArray &input,
                            const QByteArray &signature)
{
    QByteArray der = signature;
    if (ecdsa) {
        // JWS carries raw R||S; OpenSSL wants DER.
        if (signature.size() != 64 || TokenVerifier::hasHighS(signature))
            return false;
        ECDSA_SIG *sig = ECDSA_SIG_new();
        BIGNUM *r =
            BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), 32, nullptr);
        BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + 32,
                              32, nullptr);
        ECDSA_SIG_set0(sig, r, s);
        unsigned char *buf = nullptr;
        const int len = i2d_ECDSA_SIG(sig, &buf);
        ECDSA_SIG_free(sig);
        if (len <= 0)
            return false;
        der = QByteArray(reinterpret_cast<const char *>(buf), len);
        OPENSSL_free(buf);
    }
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(der.constData()),
                                     size_t(der.size()),
                                     reinterpret_cast<const unsigned char *>(input.constData()),
                                     size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

TokenVerifier::Result TokenVerifier::verify(const QByteArray &compact,
                                            const QString &requiredTyp) const
{
    Result result;
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        result.error = u"The token is not a compact JWS"_s;
        return result;
    }
    const auto header = decodeJsonPart(parts.at(0));
    const auto claims = decodeJsonPart(parts.at(1));
    if (!header || !claims) {
        result.error = u"The token cannot be decoded"_s;
        return result;
    }
    const core::SigningKey *key = m_keys.keyById(header->value(u"kid"_s).toString());
    if (!key) {
        result.error = u"The token was not signed by a key of this server"_s;
        return result;
    }
    if (header->value(u"alg"_s).toString() != key->algorithm()) {
        result.error = u"The token's algorithm does not match its key"_s;
        return result;
    }
    if (!requiredTyp.isEmpty()) {
        const QString typ = header->value(u"typ"_s).toString().toLower();
        if (typ != requiredTyp.toLower() &&
            typ != QString(u"application/"_s + requiredTyp.toLower())) {
            result.error = u"The token is not of type %1"_s.arg(requiredTyp);
            return result;
        }
    }
    const auto signature = QByteArray::fromBase64Encoding(
        parts.at(2), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !verifySignature(key->pkey(), key->type() == core::SigningKey::Type::EcP256,
                                       parts.at(0) + '.' + parts.at(1), signature.decoded)) {
        result.error = u"The token signature is invalid"_s;
        return result;
    }
    if (claims->value(u"iss"_s).toString() != m_issuer) {
        result.error = u"The token was issued by another issuer"_s;
        return result;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonValue exp = claims->value(u"exp"_s);
    if (!exp.isDouble()) {
        result.error = u"The token has no expiry"_s;
        return result;
    }
    if (qint64(exp.toDouble()) <= now) {
        result.error = u"The token has expired"_s;
        return result;
    }
    const QJsonValue nbf = claims->value(u"nbf"_s);
    if (nbf.isDouble() && qint64(nbf.toDouble()) > now + 30) {
        result.error = u"The token is not yet valid"_s;
        return result;
    }
    result.valid = true;
    result.header = *header;
    result.claims = *claims;
    return result;
}

QStringList TokenVerifier::scopes(const QJsonObject &claims)
{
    for (const QString &name : {u"scope"_s, u"scopes"_s, u"authorized_permissions"_s}) {
        const QJsonValue v = claims.value(name);
        if (v.isString())
            return v.toString().split(u' ', Qt::SkipEmptyParts);
        if (v.isArray()) {
            QStringList out;
            for (const QJsonValue &item : v.toArray())
                out.append(item.toString());
            return out;
        }
    }
    return {};
}

bool TokenVerifier::hasScope(const QStringList &granted, const QString &required)
{
    for (const QString &scope : granted) {
        if (scope == required || required.startsWith(scope + u':'))
            return true;
    }
    return false;
}

} // namespace tid::sandbox
