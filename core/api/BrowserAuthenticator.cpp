#include "core/api/BrowserAuthenticator.h"

#include "core/Logging.h"
#include "core/api/ApiClient.h"
#include "core/secrets/Keychain.h"
#include "core/token/Jwt.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

constexpr int DefaultSignInTimeoutMs = 10 * 60 * 1000;
// How long a closed loopback listener is kept so that its answer page reaches the browser.
constexpr int ListenerLingerMs = 5000;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomBase64Url(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (char &c : buffer)
        c = char(rng->bounded(256));
    return base64Url(buffer);
}

// The server refused the grant itself (invalid_grant, invalid_client, ...), as opposed to a
// network failure or a server error: the refresh token is dead.
bool isRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500;
}

} // namespace

BrowserAuthenticator::BrowserAuthenticator(const OAuthApi *oauth, QString clientId,
                                           QStringList scopes, QString resource, QObject *parent)
    : Authenticator(parent)
    , m_oauth(oauth)
    , m_clientId(std::move(clientId))
    , m_scopes(std::move(scopes))
    , m_resource(std::move(resource))
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &BrowserAuthenticator::reauthenticate);
    m_signInTimeout.setSingleShot(true);
    m_signInTimeout.setInterval(DefaultSignInTimeoutMs);
    connect(&m_signInTimeout, &QTimer::timeout, this, [this] {
        failBrowser(ApiError::make(ApiError::Kind::Timeout,
                                   tr("No sign-in arrived from the browser in time.")));
    });
}

BrowserAuthenticator::~BrowserAuthenticator()
{
    stop();
}

void BrowserAuthenticator::setKeychain(Keychain *keychain, const QString &profileName)
{
    m_keychain = keychain;
    m_profile = profileName;
}

ClientAuth BrowserAuthenticator::clientAuth() const
{
    // A public client (token_endpoint_auth_method "none"): client_id in the form, no secret.
    return ClientAuth{m_clientId, {}, ClientAuth::Method::Post};
}

bool BrowserAuthenticator::isWaitingForBrowser() const
{
    return m_mode == Mode::Browser && m_replyHandler && m_replyHandler->isListening();
}

void BrowserAuthenticator::signIn()
{
    stop();
    const int attempt = m_attempt;
    if (m_keychain && !m_profile.isEmpty()) {
        m_mode = Mode::SilentRefresh;
        m_keychain->read(
            m_profile, Keychain::RefreshToken, this, [this, attempt](const KeychainResult &r) {
                if (attempt != m_attempt)
                    return;
                if (r.ok && !r.secret.isEmpty()) {
                    m_refreshToken = r.secret;
                    refresh(Mode::SilentRefresh);
                } else {
                    if (!r.ok && !r.notFound)
                        qCWarning(lcAuth) << "cannot read the stored refresh token:" << r.error;
                    startBrowserSignIn();
                }
            });
        return;
    }
    if (!m_refreshToken.isEmpty()) {
        refresh(Mode::SilentRefresh);
        return;
    }
    startBrowserSignIn();
}

void BrowserAuthenticator::startBrowserSignIn()
{
    stop();
    m_mode = Mode::Browser;

    m_replyHandler =
        new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_replyHandler->isListening()) {
        failBrowser(ApiError::make(ApiError::Kind::Network,
                                   tr("Cannot listen on 127.0.0.1 for the browser sign-in.")));
        return;
    }
    m_replyHandler->setCallbackPath(CallbackPath);
    // Built here rather than taken from callback(): RFC 8252 §7.3 asks for the IP literal, and
    // that is what the server registered (some Qt versions answer "localhost").
    m_redirectUri = u"http://127.0.0.1:%1%2"_s.arg(m_replyHandler->port()).arg(CallbackPath);

    // PKCE (RFC 7636): 32 random bytes → a 43-character verifier, challenge = S256 of it.
    m_verifier = randomBase64Url(32);
    const QString challenge =
        base64Url(QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256));
    m_state = randomBase64Url(16);

    const ServerMetadata &metadata = m_oauth->metadata();
    const ApiClient *client = m_oauth->client();
    const QUrl authorizationUrl = metadata.authorizationEndpoint.isEmpty()
                                      ? client->resolve(u"/oauth2/authorize"_s)
                                      : metadata.authorizationEndpoint;
    const QUrl tokenUrl = metadata.tokenEndpoint.isEmpty() ? client->resolve(u"/oauth2/token"_s)
                                                           : metadata.tokenEndpoint;

    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setAuthorizationUrl(authorizationUrl);
    m_flow->setAccessTokenUrl(tokenUrl); // grant() insists on one; see below
    m_flow->setScope(m_scopes.join(u' '));
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_replyHandler);
    const QString redirectUri = m_redirectUri;
    const QString resource = m_resource;
    m_flow->setModifyParametersFunction(
        [redirectUri, challenge, resource](QAbstractOAuth::Stage stage,
                                           QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            parameters->remove(u"redirect_uri"_s);
            parameters->insert(u"redirect_uri"_s, redirectUri);
            parameters->insert(u"code_challenge"_s, challenge);
            parameters->insert(u"code_challenge_method"_s, u"S256"_s);
            if (!resource.isEmpty())
                parameters->insert(u"resource"_s, resource);
        });
    QUrl browserUrl;
    const QMetaObject::Connection capture =
        connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
                [&browserUrl](const QUrl &url) { browserUrl = url; });
    m_flow->grant();
    disconnect(capture);
    // The Qt flow only builds the authorization request. It would redeem the code itself with
    // its own QNetworkAccessManager, which knows nothing of the profile's TLS pin: the code is
    // redeemed through OAuthApi/ApiClient instead (pinned, timeouts, ApiError decoding), and
    // the callback (state, error, iss) is checked here.
    disconnect(m_replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow, nullptr);
    connect(m_replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &BrowserAuthenticator::onCallback);
    if (!browserUrl.isValid()) {
        failBrowser(ApiError::make(
            ApiError::Kind::Usage,
            tr("Cannot build the sign-in request for %1.").arg(authorizationUrl.toString())));
        return;
    }
    m_signInTimeout.start();
    qCDebug(lcAuth) << "browser sign-in for" << m_clientId << "waiting on" << m_redirectUri;
    Q_EMIT browserSignInRequested(browserUrl);
}

void BrowserAuthenticator::onCallback(const QVariantMap &values)
{
    QOAuthHttpServerReplyHandler *handler = m_replyHandler;
    if (m_mode != Mode::Browser || !handler)
        return;
    const auto value = [&values](const QString &key) {
        return QUrl::fromPercentEncoding(values.value(key).toString().toUtf8());
    };
    const QString state = value(u"state"_s);
    const QString error = value(u"error"_s);
    const QString code = value(u"code"_s);
    const QString iss = value(u"iss"_s);
    const QString issuer = m_oauth->metadata().issuer;

    ApiError failure;
    if (state != m_state) {
        failure = ApiError::make(ApiError::Kind::Auth,
                                 tr("The browser's answer does not belong to this sign-in "
                                    "(state mismatch); it was refused."));
    } else if (!iss.isEmpty() && !issuer.isEmpty() && iss != issuer) {
        // RFC 9207: the answer comes from another server than the one we asked.
        failure = ApiError::make(
            ApiError::Kind::Auth,
            tr("The sign-in answer was issued by %1, not by %2; it was refused.").arg(iss, issuer));
    } else if (!error.isEmpty()) {
        const QString description = value(u"error_description"_s);
        failure = ApiError::make(ApiError::Kind::Auth, description.isEmpty() ? error : description);
        failure.code = error;
    } else if (code.isEmpty()) {
        failure = ApiError::make(ApiError::Kind::Auth,
                                 tr("The browser's answer carries no authorization code."));
    }
    if (failure.isError()) {
        // The page the browser shows next; the handler writes it after this slot returns.
        handler->setCallbackText(
            tr("<h1>Sign-in failed</h1><p>%1</p><p>You can close this window.</p>")
                .arg(failure.message.toHtmlEscaped()));
        failBrowser(failure);
        return;
    }
    handler->setCallbackText(
        tr("<h1>Signed in</h1><p>You can close this window and return to the console.</p>"));

    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"redirect_uri"_s, m_redirectUri);
    form.addQueryItem(u"code_verifier"_s, m_verifier);
    if (!m_resource.isEmpty())
        form.addQueryItem(u"resource"_s, m_resource);
    finishBrowser(); // the listener closes as soon as the code is in
    const int attempt = m_attempt;
    m_inFlight = m_oauth->token(clientAuth(), form);
    m_inFlight.then(this, [this, attempt](const Result<TokenResponse> &r) {
        if (attempt == m_attempt)
            onToken(r, Mode::Browser);
    });
}

void BrowserAuthenticator::reauthenticate()
{
    if (m_inFlight.isValid() || m_mode == Mode::Browser || m_mode == Mode::SilentRefresh)
        return; // one request serves everyone waiting
    if (m_refreshToken.isEmpty()) {
        m_renewTimer.stop();
        const int attempt = m_attempt;
        // Answer later, as the contract says, not from inside the caller.
        QMetaObject::invokeMethod(
            this,
            [this, attempt] {
                if (attempt == m_attempt)
                    Q_EMIT authenticationFailed(ApiError::make(
                        ApiError::Kind::Auth,
                        tr("The sign-in has expired and there is no refresh token: sign in "
                           "again.")));
            },
            Qt::QueuedConnection);
        return;
    }
    refresh(Mode::Renew);
}

void BrowserAuthenticator::refresh(Mode mode)
{
    m_renewTimer.stop();
    m_mode = mode;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, m_refreshToken);
    if (!m_resource.isEmpty())
        form.addQueryItem(u"resource"_s, m_resource);
    const int attempt = m_attempt;
    m_inFlight = m_oauth->token(clientAuth(), form);
    m_inFlight.then(this, [this, attempt, mode](const Result<TokenResponse> &r) {
        if (attempt == m_attempt)
            onToken(r, mode);
    });
}

void BrowserAuthenticator::onToken(const Result<TokenResponse> &result, Mode mode)
{
    m_inFlight = {};
    m_mode = Mode::Idle;
    if (!result.ok()) {
        ApiError error = result.error;
        const bool refused = isRefusal(error);
        if (mode != Mode::Browser && refused) {
            // Rotated elsewhere, revoked, expired: a refused refresh token never works again.
            forgetRefreshToken();
            if (mode == Mode::SilentRefresh) {
                qCDebug(lcAuth) << "stored refresh token refused; signing in with the browser";
                startBrowserSignIn();
                return;
            }
        }
        if (refused) {
            error.kind = ApiError::Kind::Auth;
            error.message =
                mode == Mode::Browser
                    ? tr("Signing in as %1 failed: %2").arg(m_clientId, error.message)
                    : tr("The sign-in has expired (%1): sign in again.").arg(error.message);
        }
        Q_EMIT authenticationFailed(error);
        return;
    }
    const TokenResponse &t = result.value;
    if (!t.refreshToken.isEmpty())
        storeRefreshToken(t.refreshToken); // rotation: the new one replaces the old
    if (!t.idToken.isEmpty()) {
        // Only read for the signed-in person's name; the access token is what authorises.
        const Jwt id = Jwt::parse(t.idToken.toLatin1());
        if (id.isValid())
            m_idClaims = id.payload();
    }
    m_expiresAt = t.expiresAt();
    if (!t.scope.isEmpty() || mode == Mode::Browser)
        m_grantedScope = t.scope;
    if (t.expiresIn > 0 && !m_refreshToken.isEmpty()) {
        const qint64 margin = qMin<qint64>(m_renewMarginSecs, t.expiresIn / 10);
        const qint64 ms = qMax<qint64>(1, t.expiresIn - margin) * 1000;
        m_renewTimer.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    }
    qCDebug(lcAuth) << "user token for" << m_clientId << "valid for" << t.expiresIn << "s";
    Q_EMIT authenticated(t.accessToken);
}

void BrowserAuthenticator::cancel()
{
    if (m_mode == Mode::Idle)
        return;
    stop();
    Q_EMIT authenticationFailed(
        ApiError::make(ApiError::Kind::Aborted, tr("The sign-in was cancelled.")));
}

void BrowserAuthenticator::stop()
{
    ++m_attempt;
    m_mode = Mode::Idle;
    m_renewTimer.stop();
    const Call<TokenResponse> inFlight = std::exchange(m_inFlight, {});
    inFlight.abort();
    finishBrowser();
}

void BrowserAuthenticator::finishBrowser()
{
    m_signInTimeout.stop();
    m_verifier.clear();
    m_state.clear();
    m_redirectUri.clear();
    if (m_flow) {
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_replyHandler) {
        // Stop accepting connections now; keep the object a little so that the page it is
        // answering with still reaches the browser.
        m_replyHandler->close();
        m_replyHandler->disconnect(this);
        QTimer::singleShot(ListenerLingerMs, m_replyHandler, &QObject::deleteLater);
        m_replyHandler = nullptr;
    }
}

void BrowserAuthenticator::failBrowser(const ApiError &error)
{
    ++m_attempt;
    finishBrowser();
    m_mode = Mode::Idle;
    Q_EMIT authenticationFailed(error);
}

void BrowserAuthenticator::storeRefreshToken(const QString &token)
{
    m_refreshToken = token;
    if (!m_keychain || m_profile.isEmpty())
        return;
    m_keychain->write(m_profile, Keychain::RefreshToken, token, this, [](const KeychainResult &r) {
        if (!r.ok)
            qCWarning(lcAuth) << "cannot store the refresh token:" << r.error;
    });
}

void BrowserAuthenticator::signOut()
{
    stop();
    const QString token = m_refreshToken;
    m_refreshToken.clear();
    m_idClaims = {};
    // Two things to finish: the revocation and the keychain removal.
    auto pending = std::make_shared<int>(2);
    auto error = std::make_shared<ApiError>();
    auto done = [this, pending, error] {
        if (--*pending == 0)
            Q_EMIT signedOut(*error);
    };
    if (m_keychain && !m_profile.isEmpty())
        m_keychain->remove(m_profile, Keychain::RefreshToken, this,
                           [done](const KeychainResult &) { done(); });
    else
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
    if (token.isEmpty()) {
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    m_oauth->revoke(clientAuth(), token, u"refresh_token"_s)
        .then(this, [done, error](const Result<NoContent> &r) {
            if (r.error.isError())
                *error = r.error;
            done();
        });
}

void BrowserAuthenticator::forgetRefreshToken()
{
    m_refreshToken.clear();
    if (m_keychain && !m_profile.isEmpty())
        m_keychain->remove(m_profile, Keychain::RefreshToken);
}

} // namespace tid::core
