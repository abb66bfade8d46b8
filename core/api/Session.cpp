#include "core/api/Session.h"

#include "core/api/BrowserAuthenticator.h"
#include "core/api/ClientCredentialsAuthenticator.h"
#include "core/secrets/Keychain.h"
#include "core/token/Jwt.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
    , m_apis(m_client)
{}

Session::~Session()
{
    m_client->setAuthenticator(nullptr);
}

QString Session::grantedScope() const
{
    if (m_signIn == ServerProfile::SignIn::Browser)
        return m_browser ? m_browser->grantedScope() : QString();
    return m_authenticator ? m_authenticator->grantedScope() : QString();
}

QString Session::signedInAs() const
{
    if (m_signIn != ServerProfile::SignIn::Browser)
        return m_auth.clientId;
    const QJsonObject id = m_browser ? m_browser->idTokenClaims() : QJsonObject();
    for (const char *claim : {"username", "preferred_username", "name", "email"}) {
        const QString value = id.value(QLatin1StringView(claim)).toString();
        if (!value.isEmpty())
            return value;
    }
    return m_subject;
}

void Session::signOut()
{
    if (m_signIn != ServerProfile::SignIn::Browser || !m_browser) {
        disconnectFromServer();
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT signedOut({}); }, Qt::QueuedConnection);
        return;
    }
    BrowserAuthenticator *browser = m_browser;
    m_browser = nullptr; // disconnectFromServer() must not stop it before it revoked
    disconnectFromServer();
    connect(browser, &BrowserAuthenticator::signedOut, this, [this, browser](const ApiError &e) {
        browser->deleteLater();
        Q_EMIT signedOut(e);
    });
    browser->signOut();
}

bool Session::isWaitingForBrowser() const
{
    return m_browser && m_browser->isWaitingForBrowser();
}

Keychain *Session::keychain() const
{
    if (!m_keychain) {
        auto *own = new Keychain; // the console's own service
        own->setParent(const_cast<Session *>(this));
        m_keychain = own;
    }
    return m_keychain;
}

void Session::setKeychain(Keychain *keychain)
{
    m_keychain = keychain;
}

void Session::setState(State state, const QString &statusText)
{
    m_statusText = statusText;
    if (state == m_state && state != State::Connecting)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::fail(const ApiError &error)
{
    m_lastError = error;
    setState(State::Failed, error.toString());
    Q_EMIT connectionFailed(error);
}

void Session::connectWithClientCredentials(const QUrl &baseUrl, const ClientAuth &auth,
                                           const QString &tlsPin)
{
    disconnectFromServer();
    m_auth = auth;
    m_signIn = ServerProfile::SignIn::ClientCredentials;
    m_profileName.clear();
    m_pendingUrl = baseUrl;
    m_pin = tlsPin;
    reconnect();
}

void Session::connectWithBrowser(const QUrl &baseUrl, const QString &clientId,
                                 const QString &tlsPin, const QString &profileName)
{
    disconnectFromServer();
    m_auth = ClientAuth{clientId, {}, ClientAuth::Method::Post};
    m_signIn = ServerProfile::SignIn::Browser;
    m_profileName = profileName;
    m_pendingUrl = baseUrl;
    m_pin = tlsPin;
    reconnect();
}

void Session::cancelSignIn()
{
    if (m_state == State::Connecting)
        disconnectFromServer();
}

void Session::reconnect()
{
    const int generation = ++m_generation;
    m_client->abortAll();
    m_client->setAuthenticator(nullptr);
    m_client->clearBearerToken();
    stopAuthenticators();
    m_lastError = {};
    m_apis.oauth().setMetadata({});

    if (!m_pendingUrl.isValid() || m_pendingUrl.isRelative()) {
        fail(ApiError::make(ApiError::Kind::Usage,
                            u"not a server URL: \"%1\""_s.arg(m_pendingUrl.toString())));
        return;
    }
    if (!m_client->setPinnedCertificateSha256(m_pin)) {
        fail(ApiError::make(ApiError::Kind::Usage,
                            u"the TLS pin is not a SHA-256 fingerprint: \"%1\""_s.arg(m_pin)));
        return;
    }
    m_client->setBaseUrl(m_pendingUrl);
    setState(State::Connecting, tr("Reading server metadata from %1…").arg(baseUrl().toString()));

    m_apis.oauth().discover().then(this, [this, generation](const Result<ServerMetadata> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok() && !r.error.isNotFound()) {
            fail(r.error);
            return;
        }
        // A server without discovery still has ThunderID's default endpoint paths.
        if (r.ok())
            m_apis.oauth().setMetadata(r.value);
        if (m_signIn == ServerProfile::SignIn::Browser)
            startBrowserAuth();
        else
            requestToken();
    });
}

bool Session::adopt(Authenticator *authenticator, const QString &token, const QString &grantedScope)
{
    const bool administrator = grantedScope.split(u' ').contains(OAuthApi::SystemScope);
    // A person without the Administrator role still has a use for the console (the approval
    // inbox, the inspector): a browser sign-in becomes a user session. An application without
    // the role has none.
    if (!administrator && m_signIn != ServerProfile::SignIn::Browser) {
        fail(ApiError::make(ApiError::Kind::Auth,
                            tr("signed in as %1, but the token does not carry the `system` "
                               "scope: the application needs the Administrator role (or "
                               "membership of the Administrators group)")
                                .arg(m_auth.clientId)));
        return false;
    }
    m_administrator = administrator;
    // Read, not verified: only for naming who is signed in; the server decides what it allows.
    const Jwt jwt = Jwt::parseLenient(token.toLatin1());
    m_subject = jwt.isValid() ? jwt.payload().value("sub"_L1).toString() : QString();
    m_client->setBearerToken(token);
    m_client->setAuthenticator(authenticator);
    setState(State::Connected, tr("Connected"));
    Q_EMIT connected();
    return true;
}

template<typename A> void Session::adoptWhenAuthenticated(A *authenticator, int generation)
{
    connect(authenticator, &Authenticator::authenticated, this,
            [this, generation, authenticator](const QString &token) {
                if (generation != m_generation || m_state == State::Connected)
                    return; // later renewals are handled by ApiClient itself
                if (!adopt(authenticator, token, authenticator->grantedScope()))
                    authenticator->stop();
            });
}

void Session::startBrowserAuth()
{
    const int generation = m_generation;
    setState(State::Connecting, tr("Signing in with %1…").arg(m_auth.clientId));
    // `system` for the management API (granted only to administrators) and `openid` for an ID
    // token naming the person; the refresh token comes with the client's refresh_token grant
    // (ThunderID and the sandbox have no offline_access).
    auto *authenticator = new BrowserAuthenticator(&m_apis.oauth(), m_auth.clientId,
                                                   {OAuthApi::SystemScope, u"openid"_s},
                                                   OAuthApi::SystemResource, this);
    m_browser = authenticator;
    if (!m_profileName.isEmpty())
        authenticator->setKeychain(keychain(), m_profileName);
    connect(authenticator, &BrowserAuthenticator::browserSignInRequested, this,
            [this, generation](const QUrl &url) {
                if (generation != m_generation)
                    return;
                setState(State::Connecting, tr("Waiting for the browser sign-in…"));
                Q_EMIT browserSignInRequested(url);
            });
    adoptWhenAuthenticated(authenticator, generation);
    connect(authenticator, &Authenticator::authenticationFailed, this,
            [this, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                if (m_state == State::Connected) {
                    // ApiClient fails the calls that waited; the UI offers to sign in again.
                    m_lastError = error;
                    Q_EMIT signInRequired(error);
                    return;
                }
                fail(error);
            });
    authenticator->signIn();
}

void Session::stopAuthenticators()
{
    if (m_authenticator) {
        m_authenticator->stop();
        m_authenticator->deleteLater();
    }
    if (m_browser) {
        m_browser->stop(); // closes a pending loopback listener
        m_browser->deleteLater();
    }
}

void Session::requestToken()
{
    const int generation = m_generation;
    setState(State::Connecting, tr("Signing in as %1…").arg(m_auth.clientId));
    auto *authenticator = new ClientCredentialsAuthenticator(
        &m_apis.oauth(), m_auth, {OAuthApi::SystemScope}, OAuthApi::SystemResource, this);
    m_authenticator = authenticator;
    adoptWhenAuthenticated(authenticator, generation);
    connect(authenticator, &Authenticator::authenticationFailed, this,
            [this, generation](const ApiError &error) {
                if (generation != m_generation || m_state == State::Connected)
                    return; // ApiClient reports it to the call that needed the token
                fail(error);
            });
    authenticator->reauthenticate();
}

void Session::disconnectFromServer()
{
    ++m_generation;
    m_client->abortAll();
    m_client->setAuthenticator(nullptr);
    m_client->clearBearerToken();
    stopAuthenticators();
    setState(State::Disconnected, {});
}

} // namespace tid::core
