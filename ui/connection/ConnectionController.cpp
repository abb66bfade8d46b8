#include "ui/connection/ConnectionController.h"

#include "core/api/ApiClient.h"
#include "core/api/Session.h"
#include "core/secrets/Keychain.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDesktopServices>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

ConnectionController::ConnectionController(core::Session *session, core::Settings *settings,
                                           core::Keychain *keychain, QWidget *window,
                                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_window(window)
    , m_openBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(session, &core::Session::connectionFailed, this,
            &ConnectionController::onConnectionFailed);
    connect(session, &core::Session::connected, this, [this] {
        m_active = false; // answered: later failures are not ours
        m_secret.clear();
    });
    connect(session, &core::Session::browserSignInRequested, this, [this](const QUrl &url) {
        if (m_demoUser) {
            const core::DemoUser user = *std::exchange(m_demoUser, std::nullopt);
            auto *signIn = new core::DemoSignIn(this);
            connect(signIn, &core::DemoSignIn::finished, this,
                    [this, signIn, user](const core::ApiError &error) {
                        signIn->deleteLater();
                        if (!error.isError())
                            return; // the session connects through its own listener
                        if (m_session)
                            m_session->cancelSignIn();
                        Q_EMIT message(
                            tr("Could not sign in as %1: %2").arg(user.name, error.message), true);
                    });
            signIn->start(url, user.username, std::exchange(m_demoPassword, QString()),
                          m_session->client()->pinnedCertificateSha256());
            return;
        }
        if (!m_openBrowser || !m_openBrowser(url))
            Q_EMIT message(tr("Could not open a web browser. Open this address to sign in: %1")
                               .arg(url.toString(QUrl::FullyEncoded)),
                           true);
    });
}

void ConnectionController::signInWithBrowser(const QUrl &baseUrl, const QString &tlsPin)
{
    ++m_generation;
    m_demoUser.reset();
    m_active = true;
    m_session->connectWithBrowser(baseUrl, core::OAuthApi::ConsoleClientId, tlsPin);
}

void ConnectionController::signInAsDemoUser(const QUrl &baseUrl, const QString &tlsPin,
                                            const core::DemoUser &user, const QString &password)
{
    ++m_generation;
    m_active = true;
    m_demoUser = user;
    m_demoPassword = password;
    m_session->connectWithBrowser(baseUrl, core::OAuthApi::ConsoleClientId, tlsPin);
}

ConnectionDialog *ConnectionController::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new ConnectionDialog(m_settings, m_keychain, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_profile.name.isEmpty())
        dialog->selectProfile(m_profile.name);
    connect(dialog, &ConnectionDialog::connectRequested, this,
            [this](const core::ServerProfile &profile, const QString &secret) {
                connectProfile(profile, secret);
            });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void ConnectionController::connectProfile(const core::ServerProfile &profile, const QString &secret)
{
    const int generation = ++m_generation;
    m_profile = profile;
    m_secret.clear();
    if (!profile.name.isEmpty()) {
        m_settings->setLastProfile(profile.name);
        m_settings->sync();
    }
    if (profile.signIn == core::ServerProfile::SignIn::Browser || !secret.isEmpty()) {
        start(secret);
        return;
    }
    m_keychain->read(profile.name, core::Keychain::ClientSecret, this,
                     [this, generation, name = profile.name](const core::KeychainResult &r) {
                         if (generation != m_generation)
                             return; // another connect started meanwhile
                         if (r.ok && !r.secret.isEmpty()) {
                             start(r.secret);
                             return;
                         }
                         Q_EMIT message(
                             r.notFound
                                 ? tr("There is no client secret for the profile \"%1\" in the "
                                      "system keychain: enter it in the connection dialog.")
                                       .arg(name)
                                 : tr("The system keychain did not give the client secret of "
                                      "\"%1\": %2")
                                       .arg(name, r.error),
                             true);
                         if (ConnectionDialog *d = openDialog())
                             d->selectProfile(name);
                     });
}

void ConnectionController::start(const QString &secret)
{
    if (!m_session)
        return;
    m_active = true;
    m_secret = secret;
    if (m_profile.signIn == core::ServerProfile::SignIn::Browser) {
        m_session->connectWithBrowser(m_profile.baseUrl, m_profile.clientId, m_profile.tlsPin,
                                      m_profile.name);
    } else {
        m_session->connectWithClientCredentials(
            m_profile.baseUrl, core::ClientAuth{m_profile.clientId, secret}, m_profile.tlsPin);
    }
}

void ConnectionController::onConnectionFailed(const core::ApiError &error)
{
    if (!m_active)
        return; // not a connection this controller started (or already answered)
    m_active = false;
    if (error.kind != core::ApiError::Kind::Tls || error.peerCertificateSha256.isEmpty())
        return; // the window shows it, with Retry
    const QByteArray presented =
        core::ApiClient::normalizeFingerprint(QString::fromLatin1(error.peerCertificateSha256));
    const QByteArray pinned = core::ApiClient::normalizeFingerprint(m_profile.tlsPin);
    if (pinned.isEmpty()) {
        askToTrust(presented);
        return;
    }
    if (pinned != presented) {
        Q_EMIT message(tr("The certificate of %1 has changed. Expected SHA-256 %2, the server "
                          "presented %3. This is what an attacker in the middle looks like; if "
                          "the server's certificate was replaced on purpose, put the new "
                          "fingerprint in the profile yourself.")
                           .arg(m_profile.baseUrl.authority(),
                                core::ApiClient::formatFingerprint(pinned),
                                core::ApiClient::formatFingerprint(presented)),
                       true);
    }
}

void ConnectionController::askToTrust(const QByteArray &fingerprint)
{
    const int generation = m_generation;
    const QString host = m_profile.baseUrl.authority();
    MessageBox::question(
        m_window, tr("Trust this server's certificate?"),
        tr("The server at %1 presents a certificate that your system does not trust (for "
           "example ThunderID's self-signed default).\n\nSHA-256 fingerprint:\n%2\n\nCompare it "
           "with the fingerprint the server's administrator gives you. Trust this certificate "
           "for \"%3\" from now on?")
            .arg(host, core::ApiClient::formatFingerprint(fingerprint),
                 m_profile.name.isEmpty() ? host : m_profile.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
        [this, generation, fingerprint](MessageBox::Button answer) {
            if (generation != m_generation)
                return;
            if (answer != QMessageBox::Yes) {
                Q_EMIT message(tr("Not connected: the certificate of %1 was not trusted.")
                                   .arg(m_profile.baseUrl.authority()),
                               true);
                return;
            }
            m_profile.tlsPin = QString::fromLatin1(fingerprint);
            if (!m_profile.name.isEmpty()) {
                m_settings->saveProfile(m_profile);
                m_settings->sync();
            }
            start(m_secret);
        });
}

} // namespace tid::ui
