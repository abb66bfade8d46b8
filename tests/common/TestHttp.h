#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace tid::test {

// A small synchronous-looking HTTP client for tests: each call sends one request through
// QNetworkAccessManager and waits for it with QSignalSpy::wait (up to 30 s), so tests read
// like a script. Never used outside tests.
class TestHttp final
{
public:
    struct Reply
    {
        int status = 0; // 0 when no HTTP response arrived
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QSslCertificate peerCertificate = QSslCertificate(); // for https

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
        QByteArray header(const QByteArray &name) const; // case-insensitive
        // ThunderID error code ("AGT-1004"), or OAuth `error`, whichever the body has.
        QString code() const;
    };

    explicit TestHttp(QUrl baseUrl = {});

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setBearer(const QString &token) { m_bearer = token; }
    // For https: e.g. trust exactly one self-signed certificate via setCaCertificates().
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }

    Reply get(const QString &path);
    Reply del(const QString &path);
    Reply post(const QString &path, const QJsonObject &body);
    Reply put(const QString &path, const QJsonObject &body);
    // application/x-www-form-urlencoded; `basicUser`/`basicPassword` add HTTP Basic.
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields,
                   const QString &basicUser = {}, const QString &basicPassword = {});
    // Anything: raw body, explicit content type (empty = none), extra headers.
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});

    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

private:
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_bearer;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};

} // namespace tid::test
