#pragma once

#include "core/api/Authenticator.h"
#include "core/api/OAuthApi.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace tid::core {

class Keychain;

// Signs a person in through the system browser: OAuth 2.0 authorization code with PKCE S256
// (RFC 7636) for a public client, redirected to a loopback listener on 127.0.0.1 on any free
// port (RFC 8252 §7.3), with RFC 8707 `resource`. Then keeps the access token fresh with the
// refresh token (shortly before expiry, and once after a 401 through reauthenticate()).
//
// It never opens a browser itself: browserSignInRequested() carries the URL to open.
// Refresh tokens are held in memory and, when a profile name is set, in the Keychain
// (Keychain::RefreshToken) only — never in QSettings or logs.
class BrowserAuthenticator final : public Authenticator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserAuthenticator)

public:
    // The loopback path registered for the console (with any port): http://127.0.0.1/callback.
    static inline const QString CallbackPath = QStringLiteral("/callback");

    BrowserAuthenticator(const OAuthApi *oauth, QString clientId, QStringList scopes,
                         QString resource, QObject *parent = nullptr);
    ~BrowserAuthenticator() override;

    // Where the refresh token is kept across runs. Without a keychain or with an empty profile
    // name it lives in memory only.
    void setKeychain(Keychain *keychain, const QString &profileName);

    // Signs in: with the stored refresh token silently if there is one, else (or if the server
    // refuses it) through the browser. Answers with authenticated() or authenticationFailed().
    void signIn();
    // Starts the browser flow at once: opens the loopback listener and emits
    // browserSignInRequested(). Answers with authenticated() or authenticationFailed().
    void startBrowserSignIn();
    // Aborts a pending sign-in: the listener closes and authenticationFailed() reports Aborted.
    void cancel();
    // Stops everything quietly (no signal): timers, calls in flight, the listener.
    void stop();

    // Renews with the refresh token (never opens a browser); authenticationFailed() when there
    // is none or the server refuses it.
    void reauthenticate() override;

    // Signs out: revokes the refresh token at the server (RFC 7009), forgets it in memory and
    // removes its keychain entry; stops renewing. signedOut() answers once both are done, with
    // the revocation's error if the server could not be told (the local copy is gone anyway).
    void signOut();

    // The claims of the last ID token (empty without `openid` or before the first sign-in).
    QJsonObject idTokenClaims() const { return m_idClaims; }

    bool isWaitingForBrowser() const;
    // The loopback redirect URI of the pending sign-in (empty when none is pending).
    QString redirectUri() const { return m_redirectUri; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }

    // Renew this many seconds before expiry (default 60, or 10 % of short lifetimes).
    void setRenewMargin(int seconds) { m_renewMarginSecs = seconds; }
    // How long a browser sign-in may stay pending (default 10 minutes).
    void setSignInTimeout(int ms) { m_signInTimeout.setInterval(ms); }
    QDateTime expiresAt() const { return m_expiresAt; }
    QString grantedScope() const { return m_grantedScope; }
    QString clientId() const { return m_clientId; }

Q_SIGNALS:
    // Open this URL in the user's browser (QDesktopServices::openUrl).
    void browserSignInRequested(const QUrl &authorizationUrl);
    void signedOut(const tid::core::ApiError &revocationError);

private:
    enum class Mode
    {
        Idle,
        SilentRefresh, // signIn() with a stored refresh token: falls back to the browser
        Browser,       // waiting for the loopback redirect, then redeeming the code
        Renew,         // reauthenticate()
    };

    ClientAuth clientAuth() const;
    void refresh(Mode mode);
    void onCallback(const QVariantMap &values);
    void onToken(const Result<TokenResponse> &result, Mode mode);
    void finishBrowser(); // closes the listener, forgets the verifier and state
    void failBrowser(const ApiError &error);
    void storeRefreshToken(const QString &token);
    void forgetRefreshToken();

    const OAuthApi *m_oauth;
    QString m_clientId;
    QStringList m_scopes;
    QString m_resource;
    QPointer<Keychain> m_keychain;
    QString m_profile;

    Mode m_mode = Mode::Idle;
    int m_attempt = 0; // ignores answers of an abandoned attempt
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_replyHandler = nullptr;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    QTimer m_signInTimeout;

    QString m_refreshToken; // a secret: never logged
    QJsonObject m_idClaims;
    QTimer m_renewTimer;
    QDateTime m_expiresAt;
    QString m_grantedScope;
    Call<TokenResponse> m_inFlight;
    int m_renewMarginSecs = 60;
};

} // namespace tid::core
