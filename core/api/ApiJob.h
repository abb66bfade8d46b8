#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/ApiResponse.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QSslError;
class QTimer;

namespace tid::core {

class ApiClient;

// One call in flight (ownCloud's AbstractNetworkJob): made by ApiClient, reports exactly one
// finished(response) from the event loop — never synchronously from the call that created it —
// and deletes itself afterwards. Handles the transfer timeout, retries with backoff for
// idempotent requests, TLS pinning, one re-authentication on 401, and abort().
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

    // Stops the call; finished() follows with ApiError::Kind::Aborted (unless already done).
    void abort();

Q_SIGNALS:
    void finished(const tid::core::ApiResponse &response);
    // Emitted before waiting delayMs for retry number `retry` (1-based).
    void retrying(int retry, int delayMs, const tid::core::ApiError &error);

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, ApiRequest request);

    void start();
    void send();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onAuthenticated();
    void onAuthenticationFailed(const ApiError &error);
    void finishWith(ApiResponse response);
    void finishLater(const ApiError &error);
    void releaseReply();

    ApiClient *m_client;
    ApiRequest m_request;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_abortRequested = false;
    bool m_reauthenticated = false;
    bool m_waitingForAuth = false;
    QByteArray m_sentToken;
    QByteArray m_peerSha256;
    QString m_tlsFailure; // set when we refuse the peer certificate
};

} // namespace tid::core
