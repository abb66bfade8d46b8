#include "core/api/ClientCredentialsAuthenticator.h"

#include "core/Logging.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

ClientCredentialsAuthenticator::ClientCredentialsAuthenticator(const OAuthApi *oauth,
                                                               ClientAuth auth, QStringList scopes,
                                                               QString resource, QObject *parent)
    : Authenticator(parent)
    , m_oauth(oauth)
    , m_auth(std::move(auth))
    , m_scopes(std::move(scopes))
    , m_resource(std::move(resource))
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &ClientCredentialsAuthenticator::reauthenticate);
}

void ClientCredentialsAuthenticator::reauthenticate()
{
    if (m_inFlight.isValid())
        return; // one request serves everyone waiting
    m_renewTimer.stop();
    m_inFlight = m_oauth->clientCredentials(m_auth, m_scopes, m_resource);
    m_inFlight.then(this, [this](const Result<TokenResponse> &r) { onToken(r); });
}

void ClientCredentialsAuthenticator::stop()
{
    m_renewTimer.stop();
    m_inFlight.abort();
}

void ClientCredentialsAuthenticator::onToken(const Result<TokenResponse> &result)
{
    m_inFlight = {};
    if (!result.ok()) {
        ApiError error = result.error;
        if (error.kind == ApiError::Kind::Http && error.httpStatus < 500) {
            // The server refused the credentials (invalid_client, invalid_target, ...).
            error.kind = ApiError::Kind::Auth;
            error.message = u"sign-in as %1 failed: %2"_s.arg(m_auth.clientId, error.message);
        }
        Q_EMIT authenticationFailed(error);
        return;
    }
    const TokenResponse &t = result.value;
    m_expiresAt = t.expiresAt();
    m_grantedScope = t.scope;
    if (t.expiresIn > 0) {
        const qint64 margin = qMin<qint64>(m_renewMarginSecs, t.expiresIn / 10);
        const qint64 ms = qMax<qint64>(1, t.expiresIn - margin) * 1000;
        m_renewTimer.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    }
    qCDebug(lcAuth) << "token for" << m_auth.clientId << "valid for" << t.expiresIn << "s";
    Q_EMIT authenticated(t.accessToken);
}

} // namespace tid::core
