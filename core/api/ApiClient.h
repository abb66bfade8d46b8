#pragma once

#include "core/api/ApiJob.h"
#include "core/api/ApiRequest.h"
#include "core/api/Authenticator.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

namespace tid::core {

// HTTP plumbing for one server profile: base URL, bearer token, JSON, a transfer timeout
// (15 s by default), retries for idempotent calls, TLS trust (system CAs, or one pinned SHA-256
// certificate fingerprint — never a blanket ignoreSslErrors()), and decoding of every failure
// into an ApiError. Every call returns an ApiJob that reports finished() asynchronously.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr int DefaultTimeoutMs = 15000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    // The access token is kept in memory only and never logged.
    void setBearerToken(const QString &token);
    void clearBearerToken() { setBearerToken({}); }
    bool hasBearerToken() const { return !m_bearer.isEmpty(); }

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }

    // Pins the server certificate by the SHA-256 of its DER encoding (hex, colons and case
    // ignored). Empty: trust the system CAs. Returns false (and keeps the old pin) when the text
    // is not a SHA-256 fingerprint.
    bool setPinnedCertificateSha256(const QString &fingerprint);
    QByteArray pinnedCertificateSha256() const { return m_pin; }

    // Asked for a new token when a bearer call gets 401; the call is then re-sent once.
    void setAuthenticator(Authenticator *authenticator);
    Authenticator *authenticator() const { return m_authenticator; }

    ApiJob *send(const ApiRequest &request);
    ApiJob *get(const QString &path, const QUrlQuery &query = {});
    ApiJob *post(const QString &path, const QJsonDocument &body);
    ApiJob *put(const QString &path, const QJsonDocument &body);
    ApiJob *deleteResource(const QString &path);
    // application/x-www-form-urlencoded, no bearer; `authorization` e.g. "Basic …" or empty.
    ApiJob *postForm(const QString &path, const QUrlQuery &form,
                     const QByteArray &authorization = {});

    // A long-lived GET for a text/event-stream (see EventStream): base URL, bearer token and
    // TLS pin as for every call, no transfer timeout, no retries. The caller owns the reply.
    QNetworkReply *openStream(const QString &path, const QUrlQuery &query = {});

    // Aborts every call in flight (each still reports finished() with Kind::Aborted).
    void abortAll();
    int jobsInFlight() const;

    QUrl resolve(const QString &path, const QUrlQuery &query = {}) const;

    // "ab:cd:…" or "ABCD…" → 64 lowercase hex characters; empty if not a SHA-256 fingerprint.
    static QByteArray normalizeFingerprint(const QString &text);
    static QByteArray certificateSha256(const QSslCertificate &certificate);
    // 64 hex characters → "AB:CD:…" for display.
    static QString formatFingerprint(const QByteArray &hex);

    // application/x-www-form-urlencoded with every reserved character (including '+') escaped.
    static QByteArray encodeQuery(const QUrlQuery &query);
    static QByteArray basicAuthorization(const QString &user, const QString &password);

Q_SIGNALS:
    void bearerTokenChanged();
    // Every call made through this client, just before it starts (the playground records the
    // exchanges of its own client this way; connect to the job's finished()).
    void jobCreated(tid::core::ApiJob *job);

private:
    friend class ApiJob;
    QNetworkAccessManager *network() const { return m_nam; }
    QByteArray bearerHeader() const { return m_bearer; }
    void requestReauthentication(ApiJob *job);
    void cancelReauthentication(ApiJob *job);
    void jobDone(ApiJob *job);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QByteArray m_bearer; // "Bearer …"
    int m_timeoutMs = DefaultTimeoutMs;
    RetryPolicy m_retry;
    QByteArray m_pin;
    QPointer<Authenticator> m_authenticator;
    QList<QPointer<ApiJob>> m_jobs;
    QList<QPointer<ApiJob>> m_waitingForAuth;
    bool m_authInFlight = false;
    // The last certificate refused by a pin or the system CAs: calls that shared its connection
    // fail with the handshake but without seeing the certificate themselves.
    QString m_lastTlsFailure;
    QByteArray m_lastTlsPeerSha256;
};

} // namespace tid::core
