#pragma once

#include "core/api/AdminApi.h"
#include "core/api/ApiClient.h"
#include "core/api/OAuthApi.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace tid::core {

class ClientCredentialsAuthenticator;

// One connection to a ThunderID (or sandbox) server: reads discovery, signs in, keeps the
// token fresh, and hands out the APIs. Everything is asynchronous; progress is reported through
// stateChanged(). Views observe a Session; they never build URLs or parse JSON themselves.
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
    const OAuthApi &oauth() const { return m_oauth; }
    const AdminApi &admin() const { return m_admin; }

    // Discovery, then a client_credentials token for ThunderID's System resource server with
    // scope `system`. `tlsPin`: SHA-256 certificate fingerprint, or empty for system CAs.
    void connectWithClientCredentials(const QUrl &baseUrl, const ClientAuth &auth,
                                      const QString &tlsPin = {});
    void reconnect();
    void disconnectFromServer();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    QUrl baseUrl() const { return m_client->baseUrl(); }
    QString issuer() const { return m_oauth.metadata().issuer; }
    QString clientId() const { return m_auth.clientId; }
    // The signed-in client's credentials, for the endpoints that need client authentication
    // (introspect, revoke). Held in memory only.
    const ClientAuth &clientAuth() const { return m_auth; }
    const ServerMetadata &metadata() const { return m_oauth.metadata(); }
    QString grantedScope() const;
    ApiError lastError() const { return m_lastError; }
    // Human-readable step while connecting ("Reading discovery…").
    QString statusText() const { return m_statusText; }

Q_SIGNALS:
    void stateChanged(tid::core::Session::State state);
    void connected();
    void connectionFailed(const tid::core::ApiError &error);

private:
    void setState(State state, const QString &statusText);
    void fail(const ApiError &error);
    void requestToken();

    ApiClient *m_client;
    OAuthApi m_oauth;
    AdminApi m_admin;
    QPointer<ClientCredentialsAuthenticator> m_authenticator;
    ClientAuth m_auth;
    QUrl m_pendingUrl;
    QString m_pin;
    State m_state = State::Disconnected;
    QString m_statusText;
    ApiError m_lastError;
    int m_generation = 0; // ignores answers from an earlier connect()
};

} // namespace tid::core
