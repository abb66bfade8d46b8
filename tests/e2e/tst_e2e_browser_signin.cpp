// Browser sign-in (authorization code + PKCE S256, RFC 8252 loopback redirect) end to end: a
// Session against a real sandbox child, with the test acting as the user's browser over real
// HTTP (GET the authorization URL, post the sandbox's sign-in form as the bootstrap admin,
// follow the redirect to the console's loopback listener). Refresh tokens go to the real Secret
// Service (run under dbus-run-session + gnome-keyring, as scripts/test.sh does), never to the
// settings file; a stored one signs in silently; a 401 is answered with one refresh; a revoked
// refresh token asks the user to sign in again.

#include "core/Settings.h"
#include "core/api/ApiClient.h"
#include "core/api/BrowserAuthenticator.h"
#include "core/api/Session.h"
#include "core/secrets/Keychain.h"

#include "tests/common/SandboxProcess.h"
#include "tests/common/TestHttp.h"
#include "tst_e2e_support.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::await;

namespace {

const QString ConsoleClientId = u"CONSOLE"_s;

// The user's browser, reduced to what a sign-in needs: real HTTP, redirects not followed (the
// test looks at each Location itself).
class Browser final
{
public:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QString location;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    // For https: accept exactly the certificate with this SHA-256 (hex), as a user who checked
    // the fingerprint would.
    void setPinnedCertificate(const QByteArray &sha256Hex) { m_pin = sha256Hex; }

    Page get(const QUrl &url) { return send(url, {}); }
    Page post(const QUrl &url, const QByteArray &form) { return send(url, form); }

private:
    Page send(const QUrl &url, const std::optional<QByteArray> &form)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = nullptr;
        if (form) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              "application/x-www-form-urlencoded"_ba);
            reply = m_nam.post(request, *form);
        } else {
            reply = m_nam.get(request);
        }
        QObject::connect(
            reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
                const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                if (!m_pin.isEmpty() && ApiClient::certificateSha256(peer) == m_pin)
                    reply->ignoreSslErrors(errors);
            });
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(35000);
        }
        Page page;
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
        page.location = QString::fromUtf8(reply->rawHeader("Location"));
        page.error = reply->error();
        delete reply;
        return page;
    }

    QNetworkAccessManager m_nam;
    QByteArray m_pin;
};

QString htmlUnescape(QString s)
{
    s.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
    return s;
}

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const QString ConsoleAppId = u"01900000-0000-7000-8000-000000000060"_s;
const QString LoopbackRedirect = u"http://127.0.0.1/callback"_s;

QStringList consoleRedirectUris(tid::test::SandboxProcess &sandbox)
{
    tid::test::TestHttp admin(sandbox.baseUrl());
    admin.setBearer(sandbox.adminToken());
    const auto app = admin.get(u"/applications/"_s + ConsoleAppId);
    QStringList uris;
    const QJsonArray inbound = app.json().value(u"inboundAuthConfig"_s).toArray();
    for (const QJsonValue &u :
         inbound.at(0).toObject().value(u"config"_s).toObject().value(u"redirectUris"_s).toArray())
        uris << u.toString();
    return uris;
}

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestE2eBrowserSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<tid::test::SandboxProcess> m_sandbox;
    QString m_password;
    std::unique_ptr<Keychain> m_keychain;
    QString m_profile;
    QTemporaryDir m_configDir;
    std::unique_ptr<Session> m_session; // signed in silently, used by the later steps
    QString m_firstRefreshToken;
    Browser m_browser;

    // Reads the stored refresh token (empty if none) through the real Secret Service.
    KeychainResult readStored()
    {
        std::optional<KeychainResult> out;
        m_keychain->read(m_profile, Keychain::RefreshToken, this,
                         [&out](const KeychainResult &r) { out = r; });
        QDeadlineTimer deadline(30000);
        while (!out && !deadline.hasExpired())
            QTest::qWait(10);
        return out.value_or(KeychainResult{});
    }
    QStringList m_seenRefreshTokens;
    QString storedRefreshToken()
    {
        const KeychainResult r = readStored();
        if (r.ok && !m_seenRefreshTokens.contains(r.secret))
            m_seenRefreshTokens << r.secret;
        return r.ok ? r.secret : QString();
    }

    // Posts the sandbox's sign-in form for `authorizationUrl`; returns the redirect (Location).
    QString signInAtServer(const QUrl &authorizationUrl, const QString &decision,
                           const QString &password)
    {
        return signInAtServer(m_browser, authorizationUrl, decision, password);
    }
    static QString signInAtServer(Browser &browser, const QUrl &authorizationUrl,
                                  const QString &decision, const QString &password,
                                  const QString &username = QStringLiteral("admin"))
    {
        const Browser::Page page = browser.get(authorizationUrl);
        if (page.status != 200) {
            QTest::qFail(qPrintable(u"sign-in page: HTTP %1"_s.arg(page.status)), __FILE__,
                         __LINE__);
            return {};
        }
        const QString html = QString::fromUtf8(page.body);
        QUrlQuery form;
        static const QRegularExpression hidden(
            u"<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"_s);
        for (auto it = hidden.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            form.addQueryItem(htmlUnescape(m.captured(1)), htmlUnescape(m.captured(2)));
        }
        if (!html.contains(u"name=\"username\""_s) || !html.contains(u"name=\"password\""_s)) {
            QTest::qFail("the sign-in page has no username/password form", __FILE__, __LINE__);
            return {};
        }
        form.addQueryItem(u"username"_s, username);
        form.addQueryItem(u"password"_s, password);
        form.addQueryItem(u"decision"_s, decision);
        const Browser::Page answer =
            browser.post(authorizationUrl.resolved(QUrl(u"/oauth2/authorize"_s)),
                         tid::test::TestHttp::formEncode([&form] {
                             QList<QPair<QString, QString>> fields;
                             for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded))
                                 fields.append({k, v});
                             return fields;
                         }()));
        if (answer.status != 302) {
            QTest::qFail(qPrintable(u"sign-in form: HTTP %1"_s.arg(answer.status)), __FILE__,
                         __LINE__);
            return {};
        }
        return answer.location;
    }

    static QUrl waitForBrowserRequest(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(30000))
            return {};
        return spy.takeFirst().at(0).toUrl();
    }

    // A profile-less browser sign-in (nothing stored: straight to the browser), waiting for the
    // user at the authorization URL.
    struct PendingSignIn
    {
        Session session;
        QSignalSpy requested{&session, &Session::browserSignInRequested};
        QSignalSpy failed{&session, &Session::connectionFailed};
        QUrl url;
    };
    std::unique_ptr<PendingSignIn> startSignIn()
    {
        auto p = std::make_unique<PendingSignIn>();
        p->session.connectWithBrowser(m_sandbox->baseUrl(), ConsoleClientId);
        p->url = waitForBrowserRequest(p->requested);
        return p;
    }
    static ApiError waitForFailure(QSignalSpy &failed)
    {
        if (failed.isEmpty() && !failed.wait(30000))
            return {};
        return failed.first().at(0).value<ApiError>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run under dbus-run-session with gnome-keyring "
                  "(scripts/test.sh does)");
        m_sandbox = std::make_unique<tid::test::SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_password = m_sandbox->ready().value(u"adminPassword"_s).toString();
        QVERIFY(!m_password.isEmpty());
        m_keychain = std::make_unique<Keychain>(u"thunderid-console-test-"_s +
                                                QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_profile = u"browser-e2e"_s;
        QVERIFY(m_configDir.isValid());
        // Everything the console logs, at debug level, is checked for secrets at the end.
        QLoggingCategory::setFilterRules(u"tid.*.debug=true"_s);
        g_previousHandler = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        m_session.reset();
        if (m_keychain) {
            std::optional<KeychainResult> out;
            m_keychain->remove(m_profile, Keychain::RefreshToken, this,
                               [&out](const KeychainResult &r) { out = r; });
            QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
        }
    }

    void signInThroughTheBrowser()
    {
        Session session;
        session.setKeychain(m_keychain.get());
        QSignalSpy requested(&session, &Session::browserSignInRequested);
        QSignalSpy connected(&session, &Session::connected);
        QSignalSpy failed(&session, &Session::connectionFailed);
        session.connectWithBrowser(m_sandbox->baseUrl(), ConsoleClientId, {}, m_profile);
        QCOMPARE(session.signInMethod(), ServerProfile::SignIn::Browser);

        const QUrl url = waitForBrowserRequest(requested);
        QVERIFY2(url.isValid(), "no browserSignInRequested");
        QCOMPARE(session.state(), Session::State::Connecting);
        QCOMPARE(session.statusText(), u"Waiting for the browser sign-in…"_s);
        QVERIFY(session.isWaitingForBrowser());

        // The authorization request: PKCE S256 with a 43-character challenge, the System
        // resource, scope `system`, a loopback redirect on some port, a state.
        QCOMPARE(url.path(), u"/oauth2/authorize"_s);
        QCOMPARE(queryValue(url, u"response_type"_s), u"code"_s);
        QCOMPARE(queryValue(url, u"client_id"_s), ConsoleClientId);
        QCOMPARE(queryValue(url, u"code_challenge_method"_s), u"S256"_s);
        const QString challenge = queryValue(url, u"code_challenge"_s);
        QCOMPARE(challenge.size(), 43);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(challenge).hasMatch());
        QCOMPARE(queryValue(url, u"resource"_s), OAuthApi::SystemResource);
        // `system` for the management API, `openid` for an ID token naming the person.
        QCOMPARE(queryValue(url, u"scope"_s), u"system openid"_s);
        QVERIFY(queryValue(url, u"state"_s).size() >= 16);
        const QUrl redirect(queryValue(url, u"redirect_uri"_s));
        QCOMPARE(redirect.scheme(), u"http"_s);
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QCOMPARE(redirect.path(), BrowserAuthenticator::CallbackPath);
        QVERIFY(redirect.port() > 0);

        const QString location = signInAtServer(url, u"allow"_s, m_password);
        QVERIFY(location.startsWith(redirect.toString() + u'?'));
        QVERIFY(!queryValue(QUrl(location), u"code"_s).isEmpty());
        const Browser::Page done = m_browser.get(QUrl(location));
        QCOMPARE(done.status, 200);
        QVERIFY2(done.body.contains("Signed in"), done.body.constData());

        QVERIFY(connected.count() == 1 || connected.wait(30000));
        QVERIFY2(failed.isEmpty(), qPrintable(session.lastError().toString()));
        QVERIFY(session.isConnected());
        QVERIFY(!session.isWaitingForBrowser());
        QVERIFY(session.grantedScope().split(u' ').contains(u"system"_s));
        QVERIFY(session.isAdministrator());
        QCOMPARE(session.clientAuth().clientId, ConsoleClientId);
        QVERIFY(session.clientAuth().clientSecret.isEmpty());
        // Who is signed in, by name (the ID token's username), and the token's subject.
        QCOMPARE(session.signedInAs(), u"admin"_s);
        QVERIFY(!session.subject().isEmpty());
        QVERIFY(session.subject() != session.signedInAs());
        QVERIFY(session.hasExtension(u"consents"_s));

        // The listener closed once the code was in.
        QCOMPARE(m_browser.get(QUrl(location)).error, QNetworkReply::ConnectionRefusedError);

        // The user's token works on the admin API.
        const auto agents = await(session.admin().listAgents());
        QVERIFY2(agents.ok(), qPrintable(agents.error.toString()));

        // The refresh token is in the keychain under the profile, and nowhere in the settings.
        QTRY_VERIFY_WITH_TIMEOUT(!storedRefreshToken().isEmpty(), 30000);
        m_firstRefreshToken = storedRefreshToken();
        const QString settingsFile = m_configDir.filePath(u"console.conf"_s);
        {
            Settings settings(settingsFile);
            ServerProfile profile;
            profile.name = m_profile;
            profile.baseUrl = m_sandbox->baseUrl();
            profile.signIn = ServerProfile::SignIn::Browser;
            profile.clientId = ConsoleClientId;
            QVERIFY(settings.saveProfile(profile));
            settings.sync();
        }
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(ConsoleClientId.toUtf8()));
        QVERIFY(!stored.contains(m_firstRefreshToken.toUtf8()));
    }

    void wrongStateIsRefused()
    {
        const auto p = startSignIn();
        QVERIFY(p->url.isValid());
        const QString location = signInAtServer(p->url, u"allow"_s, m_password);
        QUrl forged(location);
        QUrlQuery q(forged);
        QVERIFY(q.hasQueryItem(u"state"_s));
        q.removeAllQueryItems(u"state"_s);
        q.addQueryItem(u"state"_s, u"forged-state"_s);
        forged.setQuery(q);
        const Browser::Page page = m_browser.get(forged);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Sign-in failed"));
        const ApiError error = waitForFailure(p->failed);
        QCOMPARE(error.kind, ApiError::Kind::Auth);
        QVERIFY2(error.message.contains(u"state"_s), qPrintable(error.message));
        QCOMPARE(p->session.state(), Session::State::Failed);
        // The real answer is not accepted afterwards either: the listener is closed.
        QCOMPARE(m_browser.get(QUrl(location)).error, QNetworkReply::ConnectionRefusedError);
    }

    void accessDeniedIsReported()
    {
        const auto p = startSignIn();
        QVERIFY(p->url.isValid());
        const QString location = signInAtServer(p->url, u"deny"_s, m_password);
        QCOMPARE(queryValue(QUrl(location), u"error"_s), u"access_denied"_s);
        QCOMPARE(m_browser.get(QUrl(location)).status, 200);
        const ApiError error = waitForFailure(p->failed);
        QCOMPARE(error.kind, ApiError::Kind::Auth);
        QCOMPARE(error.code, u"access_denied"_s);
        QCOMPARE(error.message, u"The user denied the request"_s);
        QCOMPARE(p->session.state(), Session::State::Failed);
    }

    void cancelClosesTheListener()
    {
        const auto p = startSignIn();
        QVERIFY(p->url.isValid());
        const QUrl redirect(queryValue(p->url, u"redirect_uri"_s));
        p->session.cancelSignIn();
        QCOMPARE(p->session.state(), Session::State::Disconnected);
        QVERIFY(!p->session.isWaitingForBrowser());
        QCOMPARE(m_browser.get(redirect).error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(p->failed.isEmpty());
    }

    void storedRefreshTokenSignsInSilently()
    {
        QVERIFY(!m_firstRefreshToken.isEmpty());
        m_session = std::make_unique<Session>();
        m_session->setKeychain(m_keychain.get());
        QSignalSpy requested(m_session.get(), &Session::browserSignInRequested);
        QSignalSpy connected(m_session.get(), &Session::connected);
        m_session->connectWithBrowser(m_sandbox->baseUrl(), ConsoleClientId, {}, m_profile);
        QVERIFY(connected.wait(30000));
        QCOMPARE(requested.count(), 0);
        QVERIFY(m_session->grantedScope().split(u' ').contains(u"system"_s));
        const auto agents = await(m_session->admin().listAgents());
        QVERIFY2(agents.ok(), qPrintable(agents.error.toString()));
        // Rotation: the stored token was replaced by the new one.
        QTRY_VERIFY_WITH_TIMEOUT(storedRefreshToken() != m_firstRefreshToken, 30000);
        QVERIFY(!storedRefreshToken().isEmpty());
    }

    void unauthorizedCallRefreshesOnce()
    {
        QVERIFY(m_session && m_session->isConnected());
        const QString before = storedRefreshToken();
        // Retire the key that signed the session's access token (the JWKS keeps the current and
        // the previous keys: two rotations drop it). The server now answers 401 to that token;
        // the refresh token (opaque, server-side) still works.
        tid::test::TestHttp admin(m_sandbox->baseUrl());
        admin.setBearer(m_sandbox->adminToken());
        QCOMPARE(admin.send("POST", u"/oauth2/jwks/rotate"_s).status, 200);
        QCOMPARE(admin.send("POST", u"/oauth2/jwks/rotate"_s).status, 200);

        QSignalSpy bearerChanged(m_session->client(), &ApiClient::bearerTokenChanged);
        QSignalSpy signInRequired(m_session.get(), &Session::signInRequired);
        const auto agents = await(m_session->admin().listAgents());
        QVERIFY2(agents.ok(), qPrintable(agents.error.toString()));
        QCOMPARE(bearerChanged.count(), 1); // one refresh, then the call was re-sent
        QCOMPARE(signInRequired.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(storedRefreshToken() != before, 30000);
        QVERIFY(m_session->isConnected());
    }

    void revokedRefreshTokenAsksToSignInAgain()
    {
        QVERIFY(m_session && m_session->isConnected());
        const QString current = storedRefreshToken();
        QVERIFY(!current.isEmpty());
        // Revoking the refresh token revokes its whole family, the access token included.
        tid::test::TestHttp http(m_sandbox->baseUrl());
        const auto revoked =
            http.postForm(u"/oauth2/revoke"_s, {{u"token"_s, current},
                                                {u"client_id"_s, ConsoleClientId},
                                                {u"token_type_hint"_s, u"refresh_token"_s}});
        QCOMPARE(revoked.status, 200);

        QSignalSpy signInRequired(m_session.get(), &Session::signInRequired);
        QSignalSpy requested(m_session.get(), &Session::browserSignInRequested);
        const auto agents = await(m_session->admin().listAgents());
        QVERIFY(!agents.ok());
        QVERIFY(signInRequired.count() == 1 || signInRequired.wait(30000));
        QCOMPARE(signInRequired.count(), 1);
        const auto reason = signInRequired.first().at(0).value<ApiError>();
        QCOMPARE(reason.kind, ApiError::Kind::Auth);
        QCOMPARE(reason.code, u"invalid_grant"_s);
        QCOMPARE(requested.count(), 0); // no browser pops up by itself
        // The dead refresh token is gone from the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(readStored().notFound, 30000);

        // "Sign in again": reconnect() goes to the browser, as nothing is stored any more.
        m_session->reconnect();
        QVERIFY(requested.wait(30000));
        QCOMPARE(m_session->state(), Session::State::Connecting);
        m_session->cancelSignIn();
        QCOMPARE(m_session->state(), Session::State::Disconnected);
    }

    void personWithoutAdministratorRoleGetsAUserSession()
    {
        // A person without the Administrator role: connected as a user (the approval inbox),
        // never as an administrator, and the management API refuses them.
        tid::test::TestHttp http(m_sandbox->baseUrl());
        http.setBearer(m_sandbox->adminToken());
        const QString password = u"Carol-pw-"_s + QUuid::createUuid().toString(QUuid::Id128);
        const auto created = http.post(
            u"/users"_s, QJsonObject{{u"ouId"_s, u"01900000-0000-7000-8000-000000000001"_s},
                                     {u"type"_s, u"Person"_s},
                                     {u"attributes"_s, QJsonObject{{u"username"_s, u"carol"_s},
                                                                   {u"password"_s, password}}}});
        QCOMPARE(created.status, 201);

        Session session;
        QSignalSpy requested(&session, &Session::browserSignInRequested);
        QSignalSpy connected(&session, &Session::connected);
        session.connectWithBrowser(m_sandbox->baseUrl(), ConsoleClientId);
        const QUrl url = waitForBrowserRequest(requested);
        QVERIFY(url.isValid());
        Browser browser;
        const QString callback = signInAtServer(browser, url, u"allow"_s, password, u"carol"_s);
        QVERIFY(!callback.isEmpty());
        QCOMPARE(browser.get(QUrl(callback)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);
        QVERIFY(session.isConnected());
        QVERIFY(!session.isAdministrator());
        QVERIFY(!session.grantedScope().split(u' ').contains(u"system"_s));
        QCOMPARE(session.signedInAs(), u"carol"_s);
        const auto agents = await(session.admin().listAgents());
        QVERIFY(!agents.ok());
        QCOMPARE(agents.error.httpStatus, 403);
    }

    void pendingSignInTimesOut()
    {
        // The authenticator on its own: nobody comes back from the browser.
        ApiClient client;
        client.setBaseUrl(m_sandbox->baseUrl());
        OAuthApi oauth(&client);
        BrowserAuthenticator authenticator(&oauth, ConsoleClientId, {OAuthApi::SystemScope},
                                           OAuthApi::SystemResource);
        authenticator.setSignInTimeout(200);
        QSignalSpy requested(&authenticator, &BrowserAuthenticator::browserSignInRequested);
        QSignalSpy failed(&authenticator, &Authenticator::authenticationFailed);
        authenticator.startBrowserSignIn();
        QCOMPARE(requested.count(), 1); // the URL is ready at once
        const QUrl redirect(queryValue(requested.first().at(0).toUrl(), u"redirect_uri"_s));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Timeout);
        QVERIFY(!authenticator.isWaitingForBrowser());
        QCOMPARE(m_browser.get(redirect).error, QNetworkReply::ConnectionRefusedError);
        // Without a refresh token, re-authentication never opens a browser: it fails.
        failed.clear();
        authenticator.reauthenticate();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Auth);
        QCOMPARE(requested.count(), 1);
    }

    void signInOverPinnedTls()
    {
        // The code is redeemed through ApiClient, so the profile's certificate pin holds for
        // the token request too (the sandbox's certificate is self-signed: nothing else would
        // trust it).
        tid::test::SandboxProcess::Options options;
        options.tls = true;
        tid::test::SandboxProcess tls(options);
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        const QString password = tls.ready().value(u"adminPassword"_s).toString();
        const QByteArray pin = ApiClient::normalizeFingerprint(tls.tlsFingerprint());
        QVERIFY(!pin.isEmpty());
        Browser browser;
        browser.setPinnedCertificate(pin);

        Session session;
        QSignalSpy requested(&session, &Session::browserSignInRequested);
        QSignalSpy connected(&session, &Session::connected);
        session.connectWithBrowser(tls.baseUrl(), ConsoleClientId, tls.tlsFingerprint());
        const QUrl url = waitForBrowserRequest(requested);
        QCOMPARE(url.scheme(), u"https"_s);
        const QString location = signInAtServer(browser, url, u"allow"_s, password);
        QVERIFY(location.startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(browser.get(QUrl(location)).status, 200);
        QVERIFY(connected.count() == 1 || connected.wait(30000));
        const auto agents = await(session.admin().listAgents());
        QVERIFY2(agents.ok(), qPrintable(agents.error.toString()));
    }

    void consoleRedirectUrisAreMigrated()
    {
        // A fresh store registers the loopback URI next to {issuer}/console.
        QVERIFY(consoleRedirectUris(*m_sandbox).contains(LoopbackRedirect));
        QVERIFY(consoleRedirectUris(*m_sandbox).contains(m_sandbox->issuer() + u"/console"_s));

        // A store from before the desktop sign-in (only {issuer}/console) gets it on start.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        tid::test::SandboxProcess::Options options;
        options.dataDir = dir.path();
        {
            tid::test::SandboxProcess first(options);
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            tid::test::TestHttp admin(first.baseUrl());
            admin.setBearer(first.adminToken());
            QJsonObject app = admin.get(u"/applications/"_s + ConsoleAppId).json();
            QJsonArray inbound = app.value(u"inboundAuthConfig"_s).toArray();
            QJsonObject entry = inbound.at(0).toObject();
            QJsonObject config = entry.value(u"config"_s).toObject();
            config.insert(u"redirectUris"_s, QJsonArray{QString(first.issuer() + u"/console"_s)});
            entry.insert(u"config"_s, config);
            inbound.replace(0, entry);
            app.insert(u"inboundAuthConfig"_s, inbound);
            for (const QString &k : {u"id"_s, u"isReadOnly"_s})
                app.remove(k);
            const auto put = admin.put(u"/applications/"_s + ConsoleAppId, app);
            QVERIFY2(put.status == 200, put.body.constData());
            QVERIFY(!consoleRedirectUris(first).contains(LoopbackRedirect));
            first.stop();
        }
        tid::test::SandboxProcess second(options);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        const QStringList uris = consoleRedirectUris(second);
        QVERIFY2(uris.contains(LoopbackRedirect), qPrintable(uris.join(u", "_s)));
        QVERIFY(uris.contains(second.issuer() + u"/console"_s));
        QCOMPARE(uris.count(LoopbackRedirect), 1);
    }

    void signOutRevokesTheRefreshTokenAndForgetsIt()
    {
        const QString profile = u"signout-e2e"_s;
        Session session;
        session.setKeychain(m_keychain.get());
        QSignalSpy requested(&session, &Session::browserSignInRequested);
        QSignalSpy connected(&session, &Session::connected);
        session.connectWithBrowser(m_sandbox->baseUrl(), ConsoleClientId, {}, profile);
        const QUrl url = waitForBrowserRequest(requested);
        QVERIFY(url.isValid());
        Browser browser;
        const QString callback = signInAtServer(browser, url, u"allow"_s, m_password);
        QVERIFY(!callback.isEmpty());
        QCOMPARE(browser.get(QUrl(callback)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 30000);

        auto read = [&] {
            std::optional<KeychainResult> out;
            m_keychain->read(profile, Keychain::RefreshToken, this,
                             [&out](const KeychainResult &r) { out = r; });
            QDeadlineTimer deadline(30000);
            while (!out && !deadline.hasExpired())
                QTest::qWait(10);
            return out.value_or(KeychainResult{});
        };
        KeychainResult stored;
        QTRY_VERIFY_WITH_TIMEOUT((stored = read()).ok, 30000);
        const QString refreshToken = stored.secret;
        QVERIFY(!refreshToken.isEmpty());
        m_seenRefreshTokens << refreshToken; // checked against the log at the end

        QSignalSpy signedOut(&session, &Session::signedOut);
        session.signOut();
        QCOMPARE(session.state(), Session::State::Disconnected);
        QVERIFY(signedOut.wait(30000));
        QVERIFY2(!signedOut.at(0).at(0).value<tid::core::ApiError>().isError(),
                 qPrintable(signedOut.at(0).at(0).value<tid::core::ApiError>().toString()));
        // Nothing left in the keychain, and the server refuses the token from now on.
        const KeychainResult after = read();
        QVERIFY(!after.ok);
        QVERIFY(after.notFound);
        tid::test::TestHttp http(m_sandbox->baseUrl());
        const auto refreshed =
            http.postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"refresh_token"_s},
                                               {u"refresh_token"_s, refreshToken},
                                               {u"client_id"_s, ConsoleClientId}});
        QCOMPARE(refreshed.status, 400);
        QCOMPARE(refreshed.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void secretsNeverLogged()
    {
        QVERIFY(m_seenRefreshTokens.size() >= 3); // first, rotated twice
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &token : std::as_const(m_seenRefreshTokens))
                QVERIFY2(!line.contains(token), "a refresh token reached the log");
        }
    }
};

QTEST_GUILESS_MAIN(TestE2eBrowserSignIn)
#include "tst_e2e_browser_signin.moc"
