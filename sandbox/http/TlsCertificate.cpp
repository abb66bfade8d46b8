#include "sandbox/http/TlsCertificate.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, len);
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

bool TlsCertificate::generate(const QStringList &hosts, QByteArray *certPem, QByteArray *keyPem,
                              QString *error)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), &X509_free);
    if (!key || !cert) {
        *error = u"OpenSSL could not create a key"_s;
        return false;
    }
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 5L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("ThunderID Sandbox"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QStringList names;
    for (const QString &host : hosts) {
        QHostAddress address;
        const QString entry =
            address.setAddress(host) ? QString(u"IP:"_s + host) : QString(u"DNS:"_s + host);
        if (!names.contains(entry))
            names.append(entry);
    }
    if (!addExtension(cert.get(), NID_subject_alt_name, names.join(u',').toLatin1()) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")) {
        *error = u"OpenSSL could not add the certificate extensions"_s;
        return false;
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        *error = u"OpenSSL could not sign the certificate"_s;
        return false;
    }
    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, cert.get());
    *certPem = bioToBytes(certBio);
    BIO_free(certBio);
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    *keyPem = bioToBytes(keyBio);
    BIO_free(keyBio);
    return true;
}

bool TlsCertificate::loadOrCreate(const QString &dir, const QStringList &hosts, TlsCertificate *out,
                                  QString *error)
{
    QByteArray certPem;
    QByteArray keyPem;
    const QString certPath = dir.isEmpty() ? QString() : QDir(dir).filePath(u"tls-cert.pem"_s);
    const QString keyPath = dir.isEmpty() ? QString() : QDir(dir).filePath(u"tls-key.pem"_s);
    if (!dir.isEmpty() && QFile::exists(certPath) && QFile::exists(keyPath)) {
        QFile c(certPath);
        QFile k(keyPath);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1 or %2"_s.arg(certPath, keyPath);
            return false;
        }
        certPem = c.readAll();
        keyPem = k.readAll();
    } else {
        if (!generate(hosts, &certPem, &keyPem, error))
            return false;
        if (!dir.isEmpty()) {
            QFile k(keyPath);
            if (!k.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                !k.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                k.write(keyPem) != keyPem.size()) {
                *error = u"cannot write %1"_s.arg(keyPath);
                return false;
            }
            QFile c(certPath);
            if (!c.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                c.write(certPem) != certPem.size()) {
                *error = u"cannot write %1"_s.arg(certPath);
                return false;
            }
        }
    }
    out->certificate = QSslCertificate(certPem, QSsl::Pem);
    out->key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (out->certificate.isNull() || out->key.isNull()) {
        *error = u"the TLS certificate or key cannot be loaded"_s;
        return false;
    }
    return true;
}

QString TlsCertificate::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(u':');
}

} // namespace tid::sandbox
