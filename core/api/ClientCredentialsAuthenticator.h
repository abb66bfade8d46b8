#pragma once

#include "core/api/Authenticator.h"
#include "core/api/OAuthApi.h"

#include <QDateTime>
#include <QStringList>
#include <QTimer>

namespace tid::core {

// Obtains access tokens with the client_credentials grant (RFC 8707 `resource`), renews them
// shortly before they expire, and answers ApiClient's re-authentication requests after a 401.
// Holds the client secret in memory only.
class ClientCredentialsAuthenticator final : public Authenticator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsAuthenticator)

public:
    ClientCredentialsAuthenticator(const OAuthApi *oauth, ClientAuth auth, QStringList scopes,
                                   QString resource, QObject *parent = nullptr);

    void reauthenticate() override;

    // Renew this many seconds before expiry (default 60, or 10 % of short lifetimes).
    void setRenewMargin(int seconds) { m_renewMarginSecs = seconds; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QString grantedScope() const { return m_grantedScope; }
    QString clientId() const { return m_auth.clientId; }
    void stop();

private:
    void onToken(const Result<TokenResponse> &result);

    const OAuthApi *m_oauth;
    ClientAuth m_auth;
    QStringList m_scopes;
    QString m_resource;
    QTimer m_renewTimer;
    QDateTime m_expiresAt;
    QString m_grantedScope;
    Call<TokenResponse> m_inFlight;
    int m_renewMarginSecs = 60;
};

} // namespace tid::core
