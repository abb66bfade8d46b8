#include "core/api/DemoSignIn.h"

#include "core/api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

constexpr int StepTimeoutMs = 15000;

QString htmlUnescape(QString s)
{
    s.replace(u"&quot;"_s, u"\""_s);
    s.replace(u"&#39;"_s, u"'"_s);
    s.replace(u"&lt;"_s, u"<"_s);
    s.replace(u"&gt;"_s, u">"_s);
    s.replace(u"&amp;"_s, u"&"_s); // last: "&amp;lt;" is the text "&lt;"
    return s;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

DemoSignIn::DemoSignIn(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{}

DemoSignIn::~DemoSignIn() = default;

QList<QPair<QString, QString>> DemoSignIn::hiddenFields(const QString &html)
{
    static const QRegularExpression input(u"<input\\b[^>]*>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(u"\\b(type|name|value)=\"([^\"]*)\""_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QList<QPair<QString, QString>> fields;
    for (auto it = input.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(0);
        QString type;
        QString name;
        QString value;
        for (auto a = attribute.globalMatch(tag); a.hasNext();) {
            const auto m = a.next();
            const QString key = m.captured(1).toLower();
            if (key == "type"_L1)
                type = m.captured(2).toLower();
            else if (key == "name"_L1)
                name = htmlUnescape(m.captured(2));
            else
                value = htmlUnescape(m.captured(2));
        }
        if (type == "hidden"_L1 && !name.isEmpty())
            fields.append({name, value});
    }
    return fields;
}

void DemoSignIn::start(const QUrl &authorizationUrl, const QString &username,
                       const QString &password, const QByteArray &pinnedSha256)
{
    m_authorizationUrl = authorizationUrl;
    m_username = username;
    m_password = password;
    m_pin = pinnedSha256;
    m_done = false;
    QNetworkRequest request(authorizationUrl);
    request.setTransferTimeout(StepTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = send(m_nam->get(request));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPage(reply); });
}

QNetworkReply *DemoSignIn::send(QNetworkReply *reply)
{
    // A TLS sandbox has a self-signed certificate: trusted exactly when it is the pinned one.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const QByteArray got =
            ApiClient::certificateSha256(reply->sslConfiguration().peerCertificate());
        if (!m_pin.isEmpty() && got == m_pin)
            reply->ignoreSslErrors(errors);
    });
    return reply;
}

void DemoSignIn::fail(const QString &message, const QUrl &url)
{
    if (m_done)
        return;
    m_done = true;
    m_password.clear();
    Q_EMIT finished(ApiError::make(ApiError::Kind::Auth, message, url.adjusted(QUrl::RemoveQuery)));
}

void DemoSignIn::onPage(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        fail(tr("the sandbox's sign-in page did not open (%1)")
                 .arg(status ? QString::number(status) : reply->errorString()),
             m_authorizationUrl);
        return;
    }
    const QString html = QString::fromUtf8(reply->readAll());
    QList<QPair<QString, QString>> fields = hiddenFields(html);
    if (fields.isEmpty() || !html.contains("name=\"username\""_L1)) {
        fail(tr("the sign-in page is not the sandbox's form"), m_authorizationUrl);
        return;
    }
    fields.append({u"username"_s, m_username});
    fields.append({u"password"_s, m_password});
    fields.append({u"decision"_s, u"allow"_s});
    QNetworkRequest request(m_authorizationUrl.resolved(QUrl(u"/oauth2/authorize"_s)));
    request.setTransferTimeout(StepTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *posted = send(m_nam->post(request, formEncode(fields)));
    connect(posted, &QNetworkReply::finished, this, [this, posted] { onPosted(posted); });
}

void DemoSignIn::onPosted(QNetworkReply *reply)
{
    reply->deleteLater();
    m_password.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->url().resolved(
        reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    if (status == 401) {
        fail(tr("the sandbox refused the demo password of %1").arg(m_username), reply->url());
        return;
    }
    if (status != 302 || !location.isValid() || location.host() != "127.0.0.1"_L1) {
        fail(tr("the sandbox did not send the sign-in back to the console (%1)")
                 .arg(status ? QString::number(status) : reply->errorString()),
             reply->url());
        return;
    }
    // The console's loopback listener takes the code from here; its answer is a small page.
    QNetworkRequest request(location);
    request.setTransferTimeout(StepTimeoutMs);
    QNetworkReply *delivered = m_nam->get(request);
    connect(delivered, &QNetworkReply::finished, this,
            [this, delivered] { onDelivered(delivered); });
}

void DemoSignIn::onDelivered(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("the console's sign-in listener did not answer (%1)").arg(reply->errorString()),
             reply->url());
        return;
    }
    m_done = true;
    Q_EMIT finished({});
}

} // namespace tid::core
