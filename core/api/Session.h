#pragma once

#include "core/Settings.h"
#include "core/api/ApiClient.h"
#include "core/api/ServerApis.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace tid::core {

class BrowserAuthenticator;
class ClientCredentialsAuthenticator;
class Keychain;

// One connection to a ThunderID (or sandbox) server: reads discovery, signs in, keeps the
// token fresh, and hands out the APIs. Everything is asynchronous; progress is reported through
// stateChanged(). It owns every API client of the connection (apis()) and says what the server
// supports (hasExtension()). Views observe a Session; they never build URLs or parse JSON.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    ApiClient *client() const { return m_client; }
    // Every API client of this connection; the same object for the session's whole life.
    const ServerApis &apis() const { return m_apis; }
    const OAuthApi &oauth() const { return m_apis.oauth(); }
    const AdminApi &admin() const { return m_apis.admin(); }
    const AdminExtensionsApi &extensions() const { return m_apis.extensions(); }
    const CibaApprovalsApi &ciba() const { return m_apis.ciba(); }

    // Discovery, then a client_credentials token for ThunderID's System resource server with
    // scope `system`. `tlsPin`: SHA-256 certificate fingerprint, or empty for system CAs.
    void connectWithClientCredentials(const QUrl &baseUrl, const ClientAuth &auth,
                                      const QString &tlsPin = {});
    // Discovery, then a person signs in with a public client (ThunderID's CONSOLE): with the
    // refresh token stored for `profileName` silently if there is one, else through the
    // browser (browserSignInRequested(); State::Connecting until the redirect arrives). The
    // token is for the System resource server with scope `system`; the rotated refresh token is
    // kept in keychain() under `profileName` (empty: in memory only).
    void connectWithBrowser(const QUrl &baseUrl, const QString &clientId,
                            const QString &tlsPin = {}, const QString &profileName = {});
    // Abandons a pending browser sign-in (the loopback listener closes): Disconnected.
    void cancelSignIn();
    void reconnect();
    void disconnectFromServer();
    // Ends a browser sign-in for good: the refresh token is revoked at the server and its
    // keychain entry removed, then Disconnected and signedOut(). A client-credentials session
    // just disconnects (its client secret belongs to the profile, not to the session).
    void signOut();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Whether the token carries the `system` scope (the management API). False for a browser
    // sign-in of a person without the Administrator role: a user session (inbox, inspector).
    bool isAdministrator() const { return isConnected() && m_administrator; }
    QUrl baseUrl() const { return m_client->baseUrl(); }
    QString issuer() const { return metadata().issuer; }
    QString clientId() const { return m_auth.clientId; }
    // Who is signed in, readable: for a person (browser sign-in) the ID token's username, name
    // or email, else the token's subject; for an application its client id.
    QString signedInAs() const;
    // The subject (`sub`) of the current access token: a user's id for a browser sign-in.
    QString subject() const { return m_subject; }
    // How the current (or last) connection signs in.
    ServerProfile::SignIn signInMethod() const { return m_signIn; }
    // The server profile the refresh token is stored under (browser sign-in), or empty.
    QString profileName() const { return m_profileName; }
    bool isWaitingForBrowser() const;
    // Whether the server announces one of the console's extension APIs (discovery `extensions`,
    // e.g. "consents"); false against plain ThunderID.
    bool hasExtension(const QString &name) const { return m_apis.supports(name); }
    // Where refresh tokens are kept: by default a Keychain on the console's own service, owned
    // by the session; setKeychain() (tests: their own service) does not transfer ownership.
    Keychain *keychain() const;
    void setKeychain(Keychain *keychain);
    // The signed-in client's credentials, for the endpoints that need client authentication
    // (introspect, revoke). Held in memory only. For a browser sign-in: the public client's id
    // and no secret.
    const ClientAuth &clientAuth() const { return m_auth; }
    const ServerMetadata &metadata() const { return m_apis.metadata(); }
    QString grantedScope() const;
    ApiError lastError() const { return m_lastError; }
    // Human-readable step while connecting ("Reading discovery…").
    QString statusText() const { return m_statusText; }

Q_SIGNALS:
    void stateChanged(tid::core::Session::State state);
    void connected();
    void connectionFailed(const tid::core::ApiError &error);
    // Open this URL in the user's browser (QDesktopServices::openUrl); the sign-in completes
    // when the browser comes back to the console's loopback listener.
    void browserSignInRequested(const QUrl &authorizationUrl);
    // While Connected with a browser sign-in, renewing the token failed (refresh token revoked
    // or expired): the UI offers "sign in again" and calls reconnect().
    void signInRequired(const tid::core::ApiError &reason);
    // signOut() finished; `revocationError` is set when the server could not be told (the
    // local copies are gone anyway).
    void signedOut(const tid::core::ApiError &revocationError);

private:
    void setState(State state, const QString &statusText);
    void fail(const ApiError &error);
    void requestToken();
    void startBrowserAuth();
    // Connected with `token` if it carries `system`; else Failed (false).
    bool adopt(Authenticator *authenticator, const QString &token, const QString &grantedScope);
    // The first token of `authenticator` (either kind) connects the session.
    template<typename A> void adoptWhenAuthenticated(A *authenticator, int generation);
    void stopAuthenticators();

    ApiClient *m_client;
    ServerApis m_apis;
    QPointer<ClientCredentialsAuthenticator> m_authenticator;
    QPointer<BrowserAuthenticator> m_browser;
    mutable QPointer<Keychain> m_keychain;
    ClientAuth m_auth;
    ServerProfile::SignIn m_signIn = ServerProfile::SignIn::ClientCredentials;
    QString m_profileName;
    QUrl m_pendingUrl;
    QString m_pin;
    State m_state = State::Disconnected;
    bool m_administrator = false;
    QString m_subject;
    QString m_statusText;
    ApiError m_lastError;
    int m_generation = 0; // ignores answers from an earlier connect()
};

} // namespace tid::core
