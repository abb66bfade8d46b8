#include "core/token/JwksFetcher.h"

#include "core/api/ApiClient.h"
#include "core/token/StrictJson.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

struct CacheEntry
{
    // Either a key set, or (for a discovery document) the jwks_uri it pointed to.
    Jwks jwks;
    QUrl jwksUri;
    bool isDiscovery = false;
    QString issuer; // a discovery document's

    QDateTime expires;
};

QMutex g_cacheMutex;
QHash<QUrl, CacheEntry> &cache()
{
    static QHash<QUrl, CacheEntry> c;
    return c;
}

std::optional<CacheEntry> cachedEntry(const QUrl &url)
{
    QMutexLocker lock(&g_cacheMutex);
    auto it = cache().find(url);
    if (it == cache().end())
        return std::nullopt;
    if (it->expires <= QDateTime::currentDateTimeUtc()) {
        cache().erase(it);
        return std::nullopt;
    }
    return *it;
}

void store(const QUrl &url, CacheEntry entry, qint64 seconds)
{
    if (seconds <= 0)
        return;
    entry.expires = QDateTime::currentDateTimeUtc().addSecs(seconds);
    QMutexLocker lock(&g_cacheMutex);
    cache().insert(url, std::move(entry));
}

QDateTime httpDate(const QByteArray &value)
{
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7).
    QString s = QString::fromLatin1(value).trimmed();
    if (s.endsWith(u" GMT"_s))
        s.chop(4);
    QDateTime dt = QDateTime::fromString(s, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!dt.isValid())
        return {};
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

} // namespace

JwksFetcher::JwksFetcher(QObject *parent)
    : JwksFetcher(new QNetworkAccessManager, parent)
{
    m_nam->setParent(this);
    m_ownsNam = true;
}

JwksFetcher::JwksFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_nam(network)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        const QUrl url = m_reply->request().url();
        abort();
        fail(tr("%1 did not deliver a key set within %2 s.")
                 .arg(url.toDisplayString())
                 .arg(m_totalTimeoutMs / 1000.0));
    });
}

JwksFetcher::~JwksFetcher()
{
    abort();
}

qint64 JwksFetcher::freshnessSeconds(const QByteArray &cacheControl, const QByteArray &expires,
                                     const QByteArray &date, const QByteArray &age,
                                     const QDateTime &now)
{
    qint64 maxAge = -1;
    const QList<QByteArray> directives = cacheControl.split(',');
    for (const QByteArray &raw : directives) {
        const QByteArray d = raw.trimmed().toLower();
        if (d == "no-store" || d == "no-cache")
            return 0;
        if (d.startsWith("max-age=")) {
            QByteArray v = d.mid(8);
            if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
                v = v.mid(1, v.size() - 2);
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            maxAge = ok && n >= 0 ? n : 0;
        }
    }
    qint64 ageSecs = 0;
    if (!age.isEmpty()) {
        bool ok = false;
        ageSecs = qMax<qint64>(0, age.trimmed().toLongLong(&ok));
        if (!ok)
            ageSecs = 0;
    }
    if (maxAge >= 0)
        return qMax<qint64>(0, maxAge - ageSecs);
    if (!expires.isEmpty()) {
        const QDateTime exp = httpDate(expires);
        if (!exp.isValid())
            return 0; // invalid Expires (e.g. "0") means already expired (RFC 9111 §5.3)
        const QDateTime dateValue = httpDate(date);
        const QDateTime base = dateValue.isValid() ? dateValue : now.toUTC();
        return qMax<qint64>(0, base.secsTo(exp) - ageSecs);
    }
    return 0;
}

void JwksFetcher::clearCache()
{
    QMutexLocker lock(&g_cacheMutex);
    cache().clear();
}

void JwksFetcher::fetchFromIssuer(const QUrl &issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/.well-known/openid-configuration"_s);
    fetch(url);
}

void JwksFetcher::fetch(const QUrl &url)
{
    abort();
    ++m_generation;
    m_requested = url;
    m_issuer.clear();
    m_deadline->start(m_totalTimeoutMs);
    start(url, 0);
}

void JwksFetcher::start(const QUrl &url, int hop)
{
    m_hop = hop;
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        const quint64 gen = m_generation;
        QTimer::singleShot(0, this, [this, gen, url] {
            if (gen == m_generation)
                Q_EMIT failed(tr("Not an http(s) URL: %1").arg(url.toDisplayString()));
        });
        return;
    }
    if (const auto hit = cachedEntry(url)) {
        if (hit->isDiscovery && hop == 0) {
            m_issuer = hit->issuer;
            start(hit->jwksUri, 1);
            return;
        }
        if (!hit->isDiscovery) {
            const quint64 gen = m_generation;
            const Jwks jwks = hit->jwks;
            QTimer::singleShot(0, this, [this, gen, jwks, url] {
                if (gen == m_generation)
                    Q_EMIT finished(jwks, url, true);
            });
            return;
        }
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    m_tlsFailure.clear();
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::finished, this, &JwksFetcher::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes)
            reply->abort();
    });
}

bool JwksFetcher::setTlsPin(const QString &fingerprint)
{
    if (fingerprint.isEmpty()) {
        m_pin.clear();
        return true;
    }
    const QByteArray pin = ApiClient::normalizeFingerprint(fingerprint);
    if (pin.isEmpty())
        return false;
    m_pin = pin;
    return true;
}

QString JwksFetcher::pinMismatch(const QByteArray &got) const
{
    return tr("certificate fingerprint mismatch: expected %1, got %2")
        .arg(ApiClient::formatFingerprint(m_pin), ApiClient::formatFingerprint(got));
}

void JwksFetcher::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate cert = reply->sslConfiguration().peerCertificate();
    for (const QSslError &e : errors) {
        if (cert.isNull() && !e.certificate().isNull())
            cert = e.certificate();
    }
    const QByteArray got = ApiClient::certificateSha256(cert);
    if (!m_pin.isEmpty() && !got.isEmpty() && got == m_pin) {
        // The pin vouches for exactly this certificate: ignore exactly these errors.
        reply->ignoreSslErrors(errors);
        return;
    }
    if (!m_pin.isEmpty()) {
        m_tlsFailure = pinMismatch(got);
        return;
    }
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons << e.errorString();
    reasons.removeDuplicates();
    m_tlsFailure = tr("the server certificate is not trusted (%1); its SHA-256 fingerprint is %2 — "
                      "pin that certificate or trust its CA if you trust this server")
                       .arg(reasons.join(u"; "_s), ApiClient::formatFingerprint(got));
}

bool JwksFetcher::isBusy() const
{
    return !m_reply.isNull();
}

void JwksFetcher::abort()
{
    ++m_generation;
    if (m_deadline)
        m_deadline->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void JwksFetcher::fail(const QString &message)
{
    m_deadline->stop();
    Q_EMIT failed(message);
}

void JwksFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (body.size() > MaxBodyBytes || reply->bytesAvailable() > 0) {
        fail(tr("The response from %1 is larger than 1 MiB.").arg(url.toDisplayString()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        fail(tr("Could not fetch %1: %2")
                 .arg(url.toDisplayString(),
                      m_tlsFailure.isEmpty() ? reply->errorString() : m_tlsFailure));
        return;
    }
    if (!m_pin.isEmpty() && url.scheme() == u"https"_s) {
        // A pin holds even where the system's CAs accept another certificate, and on a
        // connection kept from an earlier request (no new handshake): checked on every reply.
        const QByteArray got =
            ApiClient::certificateSha256(reply->sslConfiguration().peerCertificate());
        if (got != m_pin) {
            fail(tr("Could not fetch %1: %2").arg(url.toDisplayString(), pinMismatch(got)));
            return;
        }
    }
    if (status != 200) {
        fail(tr("%1 answered HTTP %2.").arg(url.toDisplayString()).arg(status));
        return;
    }
    QJsonObject object;
    QString why;
    if (!StrictJson::parseObject(body, &object, &why)) {
        fail(tr("The response from %1 is not a JSON object: %2").arg(url.toDisplayString(), why));
        return;
    }
    const qint64 fresh = freshnessSeconds(reply->rawHeader("Cache-Control"),
                                          reply->rawHeader("Expires"), reply->rawHeader("Date"),
                                          reply->rawHeader("Age"), QDateTime::currentDateTimeUtc());
    if (!object.contains(u"keys"_s) && object.contains(u"jwks_uri"_s)) {
        if (m_hop > 0) {
            fail(tr("%1 is a discovery document pointing to another discovery document.")
                     .arg(url.toDisplayString()));
            return;
        }
        const QUrl jwksUri(object.value(u"jwks_uri"_s).toString());
        if (!jwksUri.isValid() || jwksUri.isRelative()) {
            fail(tr("The discovery document at %1 has an invalid jwks_uri.")
                     .arg(url.toDisplayString()));
            return;
        }
        m_issuer = object.value(u"issuer"_s).toString();
        store(url, CacheEntry{{}, jwksUri, true, m_issuer, {}}, fresh);
        start(jwksUri, 1);
        return;
    }
    if (!object.contains(u"keys"_s)) {
        fail(tr("%1 is neither a JWK Set nor a discovery document with a jwks_uri.")
                 .arg(url.toDisplayString()));
        return;
    }
    QString error;
    const Jwks jwks = Jwks::fromJsonObject(object, &error);
    if (jwks.isEmpty()) {
        fail(tr("The key set at %1 is unusable: %2").arg(url.toDisplayString(), error));
        return;
    }
    store(url, CacheEntry{jwks, url, false, {}, {}}, fresh);
    m_deadline->stop();
    Q_EMIT finished(jwks, url, false);
}

} // namespace tid::core
