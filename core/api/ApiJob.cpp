#include "core/api/ApiJob.h"

#include "core/Logging.h"
#include "core/api/ApiClient.h"
#include "core/api/Authenticator.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

QString networkErrorText(QNetworkReply::NetworkError error, const QString &fallback)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return u"connection refused"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"the server closed the connection"_s;
    case QNetworkReply::HostNotFoundError:
        return u"host not found"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"TLS handshake failed"_s;
    default:
        return fallback;
    }
}

} // namespace

int RetryPolicy::delayForAttempt(int retryNumber) const
{
    qint64 delay = initialDelayMs;
    for (int i = 1; i < retryNumber && delay < maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, maxDelayMs));
}

ApiJob::ApiJob(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_url = client->resolve(m_request.path, m_request.query);
}

ApiJob::~ApiJob()
{
    releaseReply();
}

void ApiJob::releaseReply()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (!m_url.isValid() || m_url.scheme().isEmpty() || m_url.host().isEmpty()) {
        finishLater(ApiError::make(ApiError::Kind::Usage,
                                   u"no server URL to call %1"_s.arg(m_request.path)));
        return;
    }
    if (m_url.scheme() != "https"_L1 && m_url.scheme() != "http"_L1) {
        finishLater(ApiError::make(ApiError::Kind::Usage,
                                   u"unsupported URL scheme %1"_s.arg(m_url.scheme()), m_url));
        return;
    }
    send();
}

void ApiJob::send()
{
    releaseReply();
    m_tlsFailure.clear();
    m_peerSha256.clear();
    ++m_attempts;

    QNetworkRequest req(m_url);
    req.setTransferTimeout(m_request.timeoutMs >= 0 ? m_request.timeoutMs : m_client->timeout());
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, "thunderid-console/0.1"_ba);
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (!m_request.authorization.isEmpty()) {
        req.setRawHeader("Authorization", m_request.authorization);
    } else if (m_request.bearer) {
        m_sentToken = m_client->bearerHeader();
        if (!m_sentToken.isEmpty())
            req.setRawHeader("Authorization", m_sentToken);
    }
    // Never follow a redirect to another origin with our Authorization header.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::SameOriginRedirectPolicy);

    QNetworkAccessManager *nam = m_client->network();
    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET")
        reply = nam->get(req);
    else if (m_request.method == "POST")
        reply = nam->post(req, m_request.body);
    else if (m_request.method == "PUT")
        reply = nam->put(req, m_request.body);
    else if (m_request.method == "DELETE" && m_request.body.isEmpty())
        reply = nam->deleteResource(req);
    else
        reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply = reply;

    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &ApiJob::onEncrypted);
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    QSslCertificate cert = m_reply->sslConfiguration().peerCertificate();
    if (cert.isNull()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                cert = e.certificate();
                break;
            }
        }
    }
    m_peerSha256 = ApiClient::certificateSha256(cert);
    const QByteArray pin = m_client->pinnedCertificateSha256();
    if (!pin.isEmpty() && !m_peerSha256.isEmpty() && m_peerSha256 == pin) {
        // The pin vouches for exactly this certificate: ignore exactly these errors.
        m_reply->ignoreSslErrors(errors);
        return;
    }
    if (!pin.isEmpty()) {
        m_tlsFailure = u"certificate fingerprint mismatch: expected %1 got %2"_s.arg(
            ApiClient::formatFingerprint(pin), ApiClient::formatFingerprint(m_peerSha256));
    } else {
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        reasons.removeDuplicates();
        m_tlsFailure =
            u"server certificate not trusted (%1); its SHA-256 fingerprint is %2 — pin it in the "
            "profile if you trust this server"_s.arg(reasons.join(u"; "_s),
                                                     ApiClient::formatFingerprint(m_peerSha256));
    }
    m_client->m_lastTlsFailure = m_tlsFailure;
    m_client->m_lastTlsPeerSha256 = m_peerSha256;
    // Not calling ignoreSslErrors() makes the handshake fail; onReplyFinished reports it.
}

void ApiJob::onEncrypted()
{
    if (!m_reply)
        return;
    // A pin is enforced even when the system CAs would accept another certificate.
    const QByteArray pin = m_client->pinnedCertificateSha256();
    const QByteArray got =
        ApiClient::certificateSha256(m_reply->sslConfiguration().peerCertificate());
    m_peerSha256 = got;
    if (pin.isEmpty() || got == pin) {
        m_client->m_lastTlsFailure.clear();
        m_client->m_lastTlsPeerSha256.clear();
    }
    if (!pin.isEmpty() && got != pin) {
        m_tlsFailure = u"certificate fingerprint mismatch: expected %1 got %2"_s.arg(
            ApiClient::formatFingerprint(pin), ApiClient::formatFingerprint(got));
        m_reply->abort();
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);

    ApiResponse response;
    response.url = m_url;
    response.attempts = m_attempts;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (reply->isOpen())
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    const QNetworkRequest sent = reply->request();
    for (const QByteArray &name : sent.rawHeaderList())
        response.requestHeaders.append({name, sent.rawHeader(name)});

    const bool https = m_url.scheme() == "https"_L1;
    if (https && m_peerSha256.isEmpty())
        m_peerSha256 = ApiClient::certificateSha256(reply->sslConfiguration().peerCertificate());
    response.peerCertificateSha256 = m_peerSha256;

    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray pin = m_client->pinnedCertificateSha256();

    if (m_abortRequested)
        return; // abort() reports
    if (!m_tlsFailure.isEmpty() ||
        (https && !pin.isEmpty() && response.httpStatus != 0 && m_peerSha256 != pin)) {
        // Also catches a reused connection whose certificate no longer matches a changed pin.
        if (m_tlsFailure.isEmpty()) {
            m_tlsFailure = u"certificate fingerprint mismatch: expected %1 got %2"_s.arg(
                ApiClient::formatFingerprint(pin), ApiClient::formatFingerprint(m_peerSha256));
        }
        response.httpStatus = 0;
        response.body.clear();
        response.error = ApiError::make(ApiError::Kind::Tls, m_tlsFailure, m_url);
        response.error.networkError = QNetworkReply::SslHandshakeFailedError;
        response.error.peerCertificateSha256 = m_peerSha256;
        finishWith(response);
        return;
    }

    if (response.httpStatus == 0) {
        // Transport failure: no HTTP response at all.
        ApiError error;
        if (netError == QNetworkReply::OperationCanceledError ||
            netError == QNetworkReply::TimeoutError) {
            // We did not abort, so Qt's transfer timeout did.
            const int ms = m_request.timeoutMs >= 0 ? m_request.timeoutMs : m_client->timeout();
            error = ApiError::make(ApiError::Kind::Timeout,
                                   u"no response from the server within %1 s"_s.arg(
                                       QString::number(ms / 1000.0, 'g', 3)),
                                   m_url);
        } else if (netError == QNetworkReply::SslHandshakeFailedError) {
            if (!m_client->m_lastTlsFailure.isEmpty()) {
                // Another call on the same connection saw the certificate and refused it.
                error = ApiError::make(ApiError::Kind::Tls, m_client->m_lastTlsFailure, m_url);
                error.peerCertificateSha256 = m_client->m_lastTlsPeerSha256;
            } else {
                error = ApiError::make(ApiError::Kind::Tls,
                                       u"TLS handshake failed: "_s + reply->errorString(), m_url);
                error.peerCertificateSha256 = m_peerSha256;
            }
        } else {
            error = ApiError::make(ApiError::Kind::Network,
                                   networkErrorText(netError, reply->errorString()), m_url);
        }
        error.networkError = netError;
        if (m_request.isRetryable() && isRetryableNetworkError(netError) &&
            m_attempts <= m_client->retryPolicy().maxRetries) {
            const int delay = m_client->retryPolicy().delayForAttempt(m_attempts);
            qCDebug(lcApi) << "retrying" << m_request.method << m_url.path() << "in" << delay
                           << "ms after" << error.message;
            Q_EMIT retrying(m_attempts, delay, error);
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(this);
                m_retryTimer->setSingleShot(true);
                connect(m_retryTimer, &QTimer::timeout, this, &ApiJob::send);
            }
            m_retryTimer->start(delay);
            return;
        }
        response.error = error;
        finishWith(response);
        return;
    }

    const QByteArray declared = reply->rawHeader("Content-Length");
    if (m_request.method != "HEAD" && !declared.isEmpty() &&
        reply->rawHeader("Content-Encoding").isEmpty() &&
        response.body.size() < declared.toLongLong()) {
        // The connection ended inside the body: a truncated answer is no answer.
        ApiError error = ApiError::make(
            ApiError::Kind::Network,
            u"the connection closed after %1 of the %2 bytes of the answer"_s.arg(
                QString::number(response.body.size()), QString::fromLatin1(declared)),
            m_url);
        error.networkError = netError;
        response.httpStatus = 0;
        response.body.clear();
        response.error = error;
        finishWith(response);
        return;
    }

    if (response.httpStatus >= 400) {
        response.error = ApiError::fromHttp(
            response.httpStatus,
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
            response.body, m_url);
        response.error.networkError = netError;
        if (response.httpStatus == 401 && m_request.bearer && m_request.authorization.isEmpty() &&
            !m_reauthenticated && m_client->authenticator()) {
            m_reauthenticated = true;
            if (m_client->bearerHeader() != m_sentToken) {
                send(); // someone refreshed the token meanwhile
                return;
            }
            m_waitingForAuth = true;
            m_client->requestReauthentication(this);
            return;
        }
        if (m_request.isRetryable() && isRetryableStatus(response.httpStatus) &&
            m_attempts <= m_client->retryPolicy().maxRetries) {
            const RetryPolicy policy = m_client->retryPolicy();
            int delay = policy.delayForAttempt(m_attempts);
            bool ok = false;
            const int retryAfter = response.header("Retry-After").trimmed().toInt(&ok);
            if (ok && retryAfter > 0)
                delay = qMin(qMax(delay, retryAfter * 1000), policy.maxDelayMs);
            qCDebug(lcApi) << "retrying" << m_request.method << m_url.path() << "in" << delay
                           << "ms after HTTP" << response.httpStatus;
            Q_EMIT retrying(m_attempts, delay, response.error);
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(this);
                m_retryTimer->setSingleShot(true);
                connect(m_retryTimer, &QTimer::timeout, this, &ApiJob::send);
            }
            m_retryTimer->start(delay);
            return;
        }
        finishWith(response);
        return;
    }

    // 1xx/2xx/3xx that reached us: decode JSON when there is a body.
    if (!response.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            response.json = {};
            response.error = ApiError::make(
                ApiError::Kind::Decode,
                u"malformed JSON from the server: %1 at offset %2"_s.arg(parseError.errorString())
                    .arg(parseError.offset),
                m_url);
            response.error.httpStatus = response.httpStatus;
        }
    }
    finishWith(response);
}

void ApiJob::onAuthenticated()
{
    if (m_finished || m_abortRequested)
        return;
    m_waitingForAuth = false;
    send();
}

void ApiJob::onAuthenticationFailed(const ApiError &error)
{
    if (m_finished || m_abortRequested)
        return;
    m_waitingForAuth = false;
    ApiResponse response;
    response.url = m_url;
    response.attempts = m_attempts;
    response.httpStatus = 401;
    response.error = error;
    if (response.error.httpStatus == 0)
        response.error.httpStatus = 401;
    finishWith(response);
}

void ApiJob::abort()
{
    if (m_finished || m_abortRequested)
        return;
    m_abortRequested = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_waitingForAuth)
        m_client->cancelReauthentication(this);
    releaseReply();
    // Always reported from the event loop, so abort() is safe to call from anywhere.
    finishLater(ApiError::make(ApiError::Kind::Aborted, u"request aborted"_s, m_url));
}

void ApiJob::finishLater(const ApiError &error)
{
    ApiResponse response;
    response.url = m_url;
    response.attempts = m_attempts;
    response.error = error;
    QMetaObject::invokeMethod(
        this, [this, response] { finishWith(response); }, Qt::QueuedConnection);
}

void ApiJob::finishWith(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (response.error.isError()) {
        qCInfo(lcApi).noquote() << m_request.method << m_url.path()
                                << "failed:" << ApiError::kindName(response.error.kind)
                                << response.error.httpStatus << response.error.code;
    } else {
        // The path only: queries may carry filters, bodies and headers secrets.
        qCDebug(lcApi).noquote() << m_request.method << m_url.path() << "done";
    }
    m_client->jobDone(this);
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace tid::core
