#include "core/api/ApiClient.h"

#include "core/api/Authenticator.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Each client (one per server profile) keeps its own connections, so a pin never rides on
    // a connection that was accepted under another profile's trust.
}

ApiClient::~ApiClient()
{
    // Jobs are children; make sure their replies die before the network manager.
    const auto jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            delete job.data();
    }
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    // Keep a path prefix (reverse proxies) but drop one trailing slash.
    if (u.path().endsWith(u'/'))
        u.setPath(u.path().chopped(1));
    if (u.host() != m_baseUrl.host() || u.port() != m_baseUrl.port() ||
        u.scheme() != m_baseUrl.scheme())
        m_nam->clearConnectionCache();
    m_baseUrl = u;
}

void ApiClient::setBearerToken(const QString &token)
{
    const QByteArray header = token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
    if (header == m_bearer)
        return;
    m_bearer = header;
    Q_EMIT bearerTokenChanged();
}

bool ApiClient::setPinnedCertificateSha256(const QString &fingerprint)
{
    QByteArray pin;
    if (!fingerprint.trimmed().isEmpty()) {
        pin = normalizeFingerprint(fingerprint);
        if (pin.isEmpty())
            return false;
    }
    if (pin != m_pin) {
        m_pin = pin;
        // Connections accepted under the old trust must not be reused.
        m_nam->clearConnectionCache();
    }
    return true;
}

void ApiClient::setAuthenticator(Authenticator *authenticator)
{
    if (m_authenticator)
        m_authenticator->disconnect(this);
    m_authenticator = authenticator;
    m_authInFlight = false;
    if (!authenticator)
        return;
    connect(authenticator, &Authenticator::authenticated, this, [this](const QString &token) {
        m_authInFlight = false;
        setBearerToken(token);
        const auto waiting = std::exchange(m_waitingForAuth, {});
        for (const QPointer<ApiJob> &job : waiting) {
            if (job)
                job->onAuthenticated();
        }
    });
    connect(authenticator, &Authenticator::authenticationFailed, this,
            [this](const ApiError &error) {
                m_authInFlight = false;
                const auto waiting = std::exchange(m_waitingForAuth, {});
                for (const QPointer<ApiJob> &job : waiting) {
                    if (job)
                        job->onAuthenticationFailed(error);
                }
            });
}

void ApiClient::requestReauthentication(ApiJob *job)
{
    m_waitingForAuth.append(job);
    if (m_authInFlight || !m_authenticator)
        return;
    m_authInFlight = true;
    m_authenticator->reauthenticate();
}

void ApiClient::cancelReauthentication(ApiJob *job)
{
    m_waitingForAuth.removeAll(job);
}

void ApiClient::jobDone(ApiJob *job)
{
    m_jobs.removeAll(job);
    m_waitingForAuth.removeAll(job);
}

QNetworkReply *ApiClient::openStream(const QString &path, const QUrlQuery &query)
{
    QNetworkRequest req(resolve(path, query));
    req.setTransferTimeout(0);
    req.setRawHeader("Accept", "text/event-stream");
    req.setHeader(QNetworkRequest::UserAgentHeader, "thunderid-console/0.1"_ba);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_bearer.isEmpty())
        req.setRawHeader("Authorization", m_bearer);
    QNetworkReply *reply = m_nam->get(req);
    // The same trust as ApiJob: a pinned certificate is accepted exactly, and required.
    const QByteArray pin = m_pin;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
        QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        for (const QSslError &e : errors) {
            if (cert.isNull() && !e.certificate().isNull())
                cert = e.certificate();
        }
        if (!pin.isEmpty() && certificateSha256(cert) == pin)
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        if (!pin.isEmpty() && certificateSha256(reply->sslConfiguration().peerCertificate()) != pin)
            reply->abort();
    });
    return reply;
}

QUrl ApiClient::resolve(const QString &path, const QUrlQuery &query) const
{
    QUrl url;
    if (path.startsWith("https://"_L1) || path.startsWith("http://"_L1)) {
        url = QUrl(path, QUrl::StrictMode);
    } else {
        // Paths arrive with their id segments percent-encoded (AdminApi does that), so they
        // are set in tolerant mode: "%2F" inside an id stays one segment.
        url = m_baseUrl;
        QString p = url.path(QUrl::FullyEncoded);
        if (!path.isEmpty() && !path.startsWith(u'/'))
            p += u'/';
        p += path;
        url.setPath(p, QUrl::TolerantMode);
    }
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encodeQuery(query)), QUrl::StrictMode);
    return url;
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(this, request);
    m_jobs.append(job);
    Q_EMIT jobCreated(job);
    job->start();
    return job;
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.method = "GET";
    r.path = path;
    r.query = query;
    return send(r);
}

ApiJob *ApiClient::post(const QString &path, const QJsonDocument &body)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body.toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return send(r);
}

ApiJob *ApiClient::put(const QString &path, const QJsonDocument &body)
{
    ApiRequest r;
    r.method = "PUT";
    r.path = path;
    r.body = body.toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return send(r);
}

ApiJob *ApiClient::deleteResource(const QString &path)
{
    ApiRequest r;
    r.method = "DELETE";
    r.path = path;
    return send(r);
}

ApiJob *ApiClient::postForm(const QString &path, const QUrlQuery &form,
                            const QByteArray &authorization)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = encodeQuery(form);
    r.contentType = "application/x-www-form-urlencoded";
    r.bearer = false;
    r.authorization = authorization;
    return send(r);
}

void ApiClient::abortAll()
{
    const auto jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

int ApiClient::jobsInFlight() const
{
    int n = 0;
    for (const QPointer<ApiJob> &job : m_jobs) {
        if (job && !job->isFinished())
            ++n;
    }
    return n;
}

QByteArray ApiClient::encodeQuery(const QUrlQuery &query)
{
    // QUrlQuery leaves '+' alone, which form decoders read as a space: encode every item
    // ourselves (RFC 3986 unreserved characters stay, everything else is %XX).
    QByteArray out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray ApiClient::normalizeFingerprint(const QString &text)
{
    QString hex = text.trimmed().toLower();
    if (hex.startsWith("sha256:"_L1) || hex.startsWith("sha-256:"_L1))
        hex = hex.mid(hex.indexOf(u':') + 1);
    hex.remove(u':').remove(u' ');
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    if (!re.match(hex).hasMatch())
        return {};
    return hex.toLatin1();
}

QByteArray ApiClient::certificateSha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString ApiClient::formatFingerprint(const QByteArray &hex)
{
    if (hex.isEmpty())
        return u"(none)"_s;
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += u':';
        out += QString::fromLatin1(hex.mid(i, 2)).toUpper();
    }
    return out;
}

QByteArray ApiClient::basicAuthorization(const QString &user, const QString &password)
{
    // RFC 6749 §2.3.1: form-urlencode both parts before joining them.
    const QByteArray u = QUrl::toPercentEncoding(user);
    const QByteArray p = QUrl::toPercentEncoding(password);
    return "Basic " + QByteArray(u + ':' + p).toBase64();
}

} // namespace tid::core
