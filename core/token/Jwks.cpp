#include "core/token/Jwks.h"

#include "core/token/Base64Url.h"
#include "core/token/StrictJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};

bool member(const QJsonObject &o, const QString &name, QByteArray &out, QString *error)
{
    const QJsonValue v = o.value(name);
    if (!v.isString()) {
        if (error)
            *error = v.isUndefined() ? u"member \"%1\" is missing"_s.arg(name)
                                     : u"member \"%1\" is not a string"_s.arg(name);
        return false;
    }
    QString why;
    if (!Base64Url::decode(v.toString().toLatin1(), out, &why)) {
        if (error)
            *error = u"member \"%1\": %2"_s.arg(name, why);
        return false;
    }
    return true;
}

EVP_PKEY *fromData(const char *type, OSSL_PARAM_BLD *bld)
{
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY *key = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return key;
}

QByteArray canonicalMember(const char *name, const QString &value)
{
    return QByteArray("\"") + name + "\":\"" + value.toUtf8() + '"';
}

} // namespace

QString JsonWebKey::kty() const
{
    switch (m_type) {
    case Type::Rsa:
        return u"RSA"_s;
    case Type::Ec:
        return u"EC"_s;
    case Type::Okp:
        return u"OKP"_s;
    }
    return {};
}

JsonWebKey JsonWebKey::fromJson(const QJsonObject &jwk, QString *error)
{
    JsonWebKey key;
    const QJsonValue ktyValue = jwk.value(u"kty"_s);
    if (!ktyValue.isString()) {
        if (error)
            *error = u"member \"kty\" is missing or not a string"_s;
        return key;
    }
    const QString kty = ktyValue.toString();
    for (const char *name : {"kid", "alg", "use", "crv"}) {
        const QJsonValue v = jwk.value(QLatin1StringView(name));
        if (!v.isUndefined() && !v.isString()) {
            if (error)
                *error = u"member \"%1\" is not a string"_s.arg(QLatin1StringView(name));
            return key;
        }
    }
    key.m_kid = jwk.value(u"kid"_s).toString();
    key.m_alg = jwk.value(u"alg"_s).toString();
    key.m_use = jwk.value(u"use"_s).toString();
    if (!key.m_use.isEmpty() && key.m_use != u"sig"_s) {
        if (error)
            *error = u"\"use\" is \"%1\", not \"sig\""_s.arg(key.m_use);
        return key;
    }
    if (jwk.contains(u"key_ops"_s)) {
        const QJsonArray ops = jwk.value(u"key_ops"_s).toArray();
        bool verify = false;
        for (const QJsonValue &op : ops)
            verify = verify || op.toString() == u"verify"_s;
        if (!verify) {
            if (error)
                *error = u"\"key_ops\" does not include \"verify\""_s;
            return key;
        }
    }

    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY *pkey = nullptr;
    QByteArray canonical;
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    auto cleanup = [&] {
        OSSL_PARAM_BLD_free(bld);
        BN_free(n);
        BN_free(e);
    };

    if (kty == u"RSA"_s) {
        QByteArray nb, eb;
        if (!member(jwk, u"n"_s, nb, error) || !member(jwk, u"e"_s, eb, error)) {
            cleanup();
            return key;
        }
        if (nb.isEmpty() || eb.isEmpty() || nb.at(0) == 0) {
            if (error)
                *error = u"RSA modulus or exponent is empty or has leading zero bytes"_s;
            cleanup();
            return key;
        }
        n = BN_bin2bn(reinterpret_cast<const unsigned char *>(nb.constData()), int(nb.size()),
                      nullptr);
        e = BN_bin2bn(reinterpret_cast<const unsigned char *>(eb.constData()), int(eb.size()),
                      nullptr);
        const int bits = BN_num_bits(n);
        if (bits < 2048) {
            if (error)
                *error =
                    u"RSA modulus has %1 bits; at least 2048 are required (RFC 7518 §3.3)"_s.arg(
                        bits);
            cleanup();
            return key;
        }
        if (bits > 16384) {
            if (error)
                *error = u"RSA modulus of %1 bits is larger than supported"_s.arg(bits);
            cleanup();
            return key;
        }
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n);
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e);
        pkey = fromData("RSA", bld);
        key.m_type = Type::Rsa;
        key.m_bits = bits;
        canonical = "{" + canonicalMember("e", jwk.value(u"e"_s).toString()) + ",\"kty\":\"RSA\"," +
                    canonicalMember("n", jwk.value(u"n"_s).toString()) + "}";
    } else if (kty == u"EC"_s) {
        const QString crv = jwk.value(u"crv"_s).toString();
        int size = 0;
        const char *group = nullptr;
        if (crv == u"P-256"_s) {
            size = 32;
            group = "P-256";
        } else if (crv == u"P-384"_s) {
            size = 48;
            group = "P-384";
        } else if (crv == u"P-521"_s) {
            size = 66;
            group = "P-521";
        } else {
            if (error)
                *error = crv.isEmpty() ? u"EC key without \"crv\""_s
                                       : u"unsupported EC curve \"%1\""_s.arg(crv);
            cleanup();
            return key;
        }
        QByteArray x, y;
        if (!member(jwk, u"x"_s, x, error) || !member(jwk, u"y"_s, y, error)) {
            cleanup();
            return key;
        }
        if (x.size() != size || y.size() != size) {
            if (error)
                *error =
                    u"EC coordinates must be %1 bytes for %2 (RFC 7518 §6.2.1.2)"_s.arg(size).arg(
                        crv);
            cleanup();
            return key;
        }
        const QByteArray point = QByteArray(1, '\x04') + x + y;
        OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0);
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
        pkey = fromData("EC", bld);
        key.m_type = Type::Ec;
        key.m_crv = crv;
        key.m_bits = size == 66 ? 521 : size * 8;
        canonical = "{" + canonicalMember("crv", crv) + ",\"kty\":\"EC\"," +
                    canonicalMember("x", jwk.value(u"x"_s).toString()) + "," +
                    canonicalMember("y", jwk.value(u"y"_s).toString()) + "}";
    } else if (kty == u"OKP"_s) {
        const QString crv = jwk.value(u"crv"_s).toString();
        if (crv != u"Ed25519"_s) {
            if (error)
                *error = crv.isEmpty() ? u"OKP key without \"crv\""_s
                                       : u"unsupported OKP curve \"%1\" (only Ed25519)"_s.arg(crv);
            cleanup();
            return key;
        }
        QByteArray x;
        if (!member(jwk, u"x"_s, x, error)) {
            cleanup();
            return key;
        }
        if (x.size() != 32) {
            if (error)
                *error = u"Ed25519 public key must be 32 bytes"_s;
            cleanup();
            return key;
        }
        pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                           reinterpret_cast<const unsigned char *>(x.constData()),
                                           size_t(x.size()));
        key.m_type = Type::Okp;
        key.m_crv = crv;
        key.m_bits = 256;
        canonical = "{" + canonicalMember("crv", crv) + ",\"kty\":\"OKP\"," +
                    canonicalMember("x", jwk.value(u"x"_s).toString()) + "}";
    } else if (kty == u"oct"_s) {
        if (error)
            *error = u"symmetric \"oct\" keys are not accepted in a JWK Set; enter an HMAC secret "
                     "explicitly instead"_s;
        cleanup();
        return key;
    } else {
        if (error)
            *error = u"unsupported key type \"%1\""_s.arg(kty);
        cleanup();
        return key;
    }
    cleanup();
    if (!pkey) {
        if (error)
            *error = u"OpenSSL rejected the key material (not a valid point or modulus)"_s;
        return key;
    }
    if (key.m_type == Type::Ec) {
        // EVP_PKEY_fromdata does not always check that the point is on the curve.
        EVP_PKEY_CTX *check = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
        const bool ok = check && EVP_PKEY_public_check(check) == 1;
        EVP_PKEY_CTX_free(check);
        if (!ok) {
            EVP_PKEY_free(pkey);
            if (error)
                *error = u"the EC point is not on the curve"_s;
            return key;
        }
    }
    key.m_key = std::shared_ptr<EVP_PKEY>(pkey, PkeyDeleter());
    key.m_thumbprint = QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
    key.m_json = jwk;
    // Never keep private members, even if a careless JWKS publishes them.
    for (const char *priv : {"d", "p", "q", "dp", "dq", "qi", "oth", "k"})
        key.m_json.remove(QLatin1StringView(priv));
    return key;
}

Jwks Jwks::fromJson(QByteArrayView json, QString *error)
{
    QJsonObject object;
    QString why;
    if (!StrictJson::parseObject(json.toByteArray(), &object, &why)) {
        if (error)
            *error = u"JWKS is not valid JSON: %1"_s.arg(why);
        return {};
    }
    return fromJsonObject(object, error);
}

Jwks Jwks::fromJsonObject(const QJsonObject &object, QString *error)
{
    Jwks set;
    QJsonArray keys;
    if (object.contains(u"keys"_s)) {
        if (!object.value(u"keys"_s).isArray()) {
            if (error)
                *error = u"JWKS member \"keys\" is not an array"_s;
            return set;
        }
        keys = object.value(u"keys"_s).toArray();
    } else if (object.contains(u"kty"_s)) {
        keys.append(object);
    } else {
        if (error)
            *error = u"neither a JWK Set ({\"keys\":[…]}) nor a single JWK"_s;
        return set;
    }
    int index = 0;
    for (const QJsonValue &v : keys) {
        ++index;
        if (!v.isObject()) {
            set.m_skipped.append(u"key %1: not a JSON object"_s.arg(index));
            continue;
        }
        QString why;
        const JsonWebKey key = JsonWebKey::fromJson(v.toObject(), &why);
        if (key.isNull()) {
            const QString kid = v.toObject().value(u"kid"_s).toString();
            set.m_skipped.append(kid.isEmpty() ? u"key %1: %2"_s.arg(index).arg(why)
                                               : u"key %1 (kid %2): %3"_s.arg(index).arg(kid, why));
            continue;
        }
        set.m_keys.append(key);
    }
    if (set.m_keys.isEmpty() && error) {
        *error = set.m_skipped.isEmpty()
                     ? u"the JWK Set contains no keys"_s
                     : u"the JWK Set contains no usable key: %1"_s.arg(set.m_skipped.join(u"; "_s));
    }
    return set;
}

Jwks Jwks::fromFile(const QString &path, QString *error)
{
    // Only a regular file: a device (/dev/zero), a FIFO or a directory is refused before it is
    // opened (opening a FIFO would block, reading a device would never end). The read is capped
    // whatever the file claims its size is.
    constexpr qint64 MaxBytes = 4 * 1024 * 1024;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        if (error)
            *error = u"%1 is not a regular file; not a JWK Set"_s.arg(path);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    if (file.isSequential()) {
        if (error)
            *error = u"%1 is not a regular file; not a JWK Set"_s.arg(path);
        return {};
    }
    const QByteArray data = file.read(MaxBytes + 1);
    if (data.size() > MaxBytes || file.size() > MaxBytes) {
        if (error)
            *error = u"%1 is larger than 4 MiB; not a JWK Set"_s.arg(path);
        return {};
    }
    return fromJson(data, error);
}

QList<const JsonWebKey *> Jwks::byKeyId(const QString &kid) const
{
    QList<const JsonWebKey *> out;
    for (const JsonWebKey &k : m_keys) {
        if (kid.isEmpty() || k.keyId() == kid)
            out.append(&k);
    }
    return out;
}

} // namespace tid::core
