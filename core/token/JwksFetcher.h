#pragma once

#include "core/token/Jwks.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace tid::core {

// Fetches a JWK Set asynchronously: from a jwks_uri directly, or from a discovery document
// (/.well-known/openid-configuration or oauth-authorization-server), whose jwks_uri it follows.
// Responses are cached process-wide for as long as their HTTP caching headers allow
// (Cache-Control max-age minus Age, else Expires minus Date; no-store/no-cache or no header:
// not cached). Reports exactly one of finished()/failed() per fetch(), always asynchronously.
class JwksFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwksFetcher)

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    explicit JwksFetcher(QObject *parent = nullptr);
    // Uses `network` (not owned), e.g. one that shares TLS settings with the API client.
    explicit JwksFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~JwksFetcher() override;

    // Inactivity timeout of each request (no byte for this long).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Deadline of a whole fetch (discovery hop included): a server that drips bytes slowly
    // enough never to be inactive still fails after this long.
    void setTotalTimeout(int ms) { m_totalTimeoutMs = ms; }

    // TLS trust for https URLs, beside the system's CAs: a pinned server certificate (the
    // SHA-256 of its DER, hex with or without colons; exactly that certificate is accepted,
    // self-signed or not, and no other) — false when `fingerprint` is not one; and CA
    // certificates to trust (e.g. a PEM file's).
    bool setTlsPin(const QString &fingerprint);
    void setCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_caCertificates = certificates;
    }

    // `url` is a JWKS URL or a discovery document URL.
    void fetch(const QUrl &url);
    // issuer + "/.well-known/openid-configuration".
    void fetchFromIssuer(const QUrl &issuer);
    void abort();
    bool isBusy() const;
    // The `issuer` of the discovery document the last fetch went through (empty when the URL
    // was a key set itself); valid when finished() is emitted.
    QString discoveredIssuer() const { return m_issuer; }

    // Seconds a response may be cached according to its headers (0 = not at all). Public for
    // tests; `now` is the local receive time.
    static qint64 freshnessSeconds(const QByteArray &cacheControl, const QByteArray &expires,
                                   const QByteArray &date, const QByteArray &age,
                                   const QDateTime &now);
    static void clearCache();

Q_SIGNALS:
    void finished(const tid::core::Jwks &jwks, const QUrl &jwksUri, bool fromCache);
    void failed(const QString &message);

private:
    void start(const QUrl &url, int hop);
    void onFinished();
    void fail(const QString &message);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    QString pinMismatch(const QByteArray &got) const;

    QNetworkAccessManager *m_nam = nullptr;
    bool m_ownsNam = false;
    QPointer<QNetworkReply> m_reply;
    QUrl m_requested;
    int m_hop = 0;
    int m_timeoutMs = 15000;
    int m_totalTimeoutMs = 30000;
    QTimer *m_deadline = nullptr;
    quint64 m_generation = 0;
    QString m_issuer;
    QByteArray m_pin; // 64 lowercase hex characters, or empty
    QList<QSslCertificate> m_caCertificates;
    QString m_tlsFailure; // why the last handshake was refused, for the message
};

} // namespace tid::core
