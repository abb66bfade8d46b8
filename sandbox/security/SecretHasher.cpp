#include "sandbox/security/SecretHasher.h"

#include "sandbox/store/Ids.h"

#include <QByteArray>
#include <QStringList>

#include <atomic>

#include <openssl/crypto.h>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static constexpr int HashBytes = 32;
static constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

static std::atomic<qint64> s_iterations{0};

static QByteArray derive(const QByteArray &secret, const QByteArray &salt, int iterations)
{
    s_iterations.fetch_add(iterations, std::memory_order_relaxed);
    QByteArray out(HashBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), HashBytes,
                          reinterpret_cast<unsigned char *>(out.data())) != 1) {
        return {};
    }
    return out;
}

QString SecretHasher::hash(const QString &secret, int iterations)
{
    const QByteArray salt = Ids::randomBytes(16);
    const QByteArray derived = derive(secret.toUtf8(), salt, iterations);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64(B64)), QString::fromLatin1(derived.toBase64(B64)));
}

bool SecretHasher::verify(const QString &secret, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256"_s)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), B64);
    const auto expected = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), B64);
    if (!salt || !expected || expected.decoded.size() != HashBytes)
        return false;
    const QByteArray actual = derive(secret.toUtf8(), salt.decoded, iterations);
    if (actual.size() != HashBytes)
        return false;
    return CRYPTO_memcmp(actual.constData(), expected.decoded.constData(), HashBytes) == 0;
}

} // namespace tid::sandbox

namespace tid::sandbox {

qint64 SecretHasher::iterationsSpent()
{
    return s_iterations.load(std::memory_order_relaxed);
}

} // namespace tid::sandbox
