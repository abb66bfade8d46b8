#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace tid::core {

// A demo user of the local sandbox: its account name and the person's name.
struct DemoUser
{
    QString username;
    QString name;
};

// Signs a sandbox demo user in without a browser: what a person would do on the sandbox's
// sign-in page, done over HTTP — GET the authorization URL, post its form with the demo user's
// name and the sandbox's published demo password ("allow"), then deliver the redirect to the
// console's own loopback listener, which finishes the sign-in (PKCE and all) as usual. Only for
// the embedded sandbox, whose demo password is public by design (docs/sandbox.md).
//
// Asynchronous; answers once with finished() (an error when a step failed). A TLS sandbox is
// trusted only with the pinned SHA-256 fingerprint given.
class DemoSignIn final : public QObject
{
    Q_OBJECT

public:
    explicit DemoSignIn(QObject *parent = nullptr);
    ~DemoSignIn() override;

    void start(const QUrl &authorizationUrl, const QString &username, const QString &password,
               const QByteArray &pinnedSha256 = {});

    // The hidden fields of the sign-in page's form, in order (HTML entities decoded).
    static QList<QPair<QString, QString>> hiddenFields(const QString &html);

Q_SIGNALS:
    void finished(const tid::core::ApiError &error);

private:
    QNetworkReply *send(QNetworkReply *reply);
    void onPage(QNetworkReply *reply);
    void onPosted(QNetworkReply *reply);
    void onDelivered(QNetworkReply *reply);
    void fail(const QString &message, const QUrl &url);

    QNetworkAccessManager *m_nam;
    QUrl m_authorizationUrl;
    QString m_username;
    QString m_password; // the sandbox's public demo password; cleared when done
    QByteArray m_pin;
    bool m_done = false;
};

} // namespace tid::core
