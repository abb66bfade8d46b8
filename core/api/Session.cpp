#include "core/api/Session.h"

#include "core/api/ClientCredentialsAuthenticator.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
    , m_oauth(m_client)
    , m_admin(m_client)
{}

Session::~Session()
{
    m_client->setAuthenticator(nullptr);
}

QString Session::grantedScope() const
{
    return m_authenticator ? m_authenticator->grantedScope() : QString();
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
    m_pendingUrl = baseUrl;
    m_pin = tlsPin;
    reconnect();
}

void Session::reconnect()
{
    const int generation = ++m_generation;
    m_client->abortAll();
    m_client->setAuthenticator(nullptr);
    m_client->clearBearerToken();
    if (m_authenticator)
        m_authenticator->deleteLater();
    m_lastError = {};
    m_oauth.setMetadata({});

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

    m_oauth.discover().then(this, [this, generation](const Result<ServerMetadata> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok() && !r.error.isNotFound()) {
            fail(r.error);
            return;
        }
        // A server without discovery still has ThunderID's default endpoint paths.
        if (r.ok())
            m_oauth.setMetadata(r.value);
        requestToken();
    });
}

void Session::requestToken()
{
    const int generation = m_generation;
    setState(State::Connecting, tr("Signing in as %1…").arg(m_auth.clientId));
    auto *authenticator = new ClientCredentialsAuthenticator(
        &m_oauth, m_auth, {OAuthApi::SystemScope}, OAuthApi::SystemResource, this);
    m_authenticator = authenticator;
    connect(authenticator, &Authenticator::authenticated, this,
            [this, generation, authenticator](const QString &token) {
                if (generation != m_generation || m_state == State::Connected)
                    return; // later renewals are handled by ApiClient itself
                const QStringList scopes = authenticator->grantedScope().split(u' ');
                if (!scopes.contains(OAuthApi::SystemScope)) {
                    authenticator->stop();
                    fail(ApiError::make(
                        ApiError::Kind::Auth,
                        u"signed in as %1, but the token does not carry the `system` scope: the "
                        "application needs the Administrator role (or membership of the "
                        "Administrators group)"_s.arg(m_auth.clientId)));
                    return;
                }
                m_client->setBearerToken(token);
                m_client->setAuthenticator(authenticator);
                setState(State::Connected, tr("Connected"));
                Q_EMIT connected();
            });
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
    if (m_authenticator) {
        m_authenticator->stop();
        m_authenticator->deleteLater();
    }
    setState(State::Disconnected, {});
}

} // namespace tid::core
