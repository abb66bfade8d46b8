#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace tid::sandbox {

// The self-signed certificate of `--tls`: EC P-256, SHA-256 signature, subjectAltName for
// localhost, 127.0.0.1, ::1 and the bind address. Made with OpenSSL; kept as PEM files in the
// data directory (key file mode 0600) so that its fingerprint survives restarts.
class TlsCertificate final
{
public:
    QSslCertificate certificate;
    QSslKey key;

    // `dir` empty => a fresh certificate that is never written to disk.
    static bool loadOrCreate(const QString &dir, const QStringList &hosts, TlsCertificate *out,
                             QString *error);
    static bool generate(const QStringList &hosts, QByteArray *certPem, QByteArray *keyPem,
                         QString *error);
    // SHA-256 of the DER certificate, upper-case hex pairs joined by ':' (as `openssl x509
    // -fingerprint -sha256` prints it).
    static QString fingerprint(const QSslCertificate &certificate);
};

} // namespace tid::sandbox
