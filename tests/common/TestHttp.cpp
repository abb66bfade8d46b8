#include "TestHttp.h"

#include <QBuffer>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace tid::test {

QByteArray TestHttp::Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString TestHttp::Reply::code() const
{
    const QJsonObject o = json();
    if (o.contains(u"code"_s))
        return o.value(u"code"_s).toString();
    return o.value(u"error"_s).toString();
}

TestHttp::TestHttp(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    m_nam.setAutoDeleteReplies(false);
}

QByteArray TestHttp::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

TestHttp::Reply TestHttp::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const QByteArray &contentType,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(30000);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(35000);
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.peerCertificate = reply->sslConfiguration().peerCertificate();
    delete reply;
    return r;
}

TestHttp::Reply TestHttp::get(const QString &path)
{
    return send("GET", path);
}

TestHttp::Reply TestHttp::del(const QString &path)
{
    return send("DELETE", path);
}

TestHttp::Reply TestHttp::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json");
}

TestHttp::Reply TestHttp::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json");
}

TestHttp::Reply TestHttp::postForm(const QString &path,
                                   const QList<QPair<QString, QString>> &fields,
                                   const QString &basicUser, const QString &basicPassword)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!basicUser.isEmpty()) {
        const QByteArray credentials =
            QUrl::toPercentEncoding(basicUser) + ':' + QUrl::toPercentEncoding(basicPassword);
        headers.append({"Authorization", "Basic " + credentials.toBase64()});
    }
    return send("POST", path, formEncode(fields), "application/x-www-form-urlencoded", headers);
}

} // namespace tid::test
