#pragma once

#include "core/Settings.h"
#include "core/api/ApiError.h"
#include "core/api/DemoSignIn.h"
#include "ui/connection/ConnectionDialog.h" // dialog() returns its QPointer

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

namespace tid::core {
class Keychain;
class Session;
} // namespace tid::core

namespace tid::ui {

// Connects the session to a saved profile and handles what a connection asks of the user:
//  - the client secret comes from the dialog or the keychain (never from the settings);
//  - browser sign-in: the authorization URL is opened in the system browser;
//  - trust on first use: a server whose certificate the system does not trust, on a profile
//    without a pin, shows its SHA-256 fingerprint and asks (as SSH does); confirmed, the pin is
//    saved in the profile and the connection retried. A pinned profile whose server presents
//    another certificate is refused with a warning and never re-pinned silently;
//  - a sign-in that expires while connected (refresh failed) asks to sign in again.
class ConnectionController final : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    ConnectionController(core::Session *session, core::Settings *settings, core::Keychain *keychain,
                         QWidget *window, QObject *parent = nullptr);

    // `secret`: a client secret just typed (client credentials); empty → read the keychain.
    void connectProfile(const core::ServerProfile &profile, const QString &secret = {});
    core::ServerProfile currentProfile() const { return m_profile; }

    // A person's own browser sign-in (PKCE, the console's public client) on `baseUrl` — from an
    // administrator's session to one's own in the same window. The refresh token stays in
    // memory (no profile).
    void signInWithBrowser(const QUrl &baseUrl, const QString &tlsPin = {});
    // The embedded sandbox's demo user signs in without a browser: the same browser sign-in,
    // with its page filled in by core::DemoSignIn (the sandbox's public demo password).
    void signInAsDemoUser(const QUrl &baseUrl, const QString &tlsPin, const core::DemoUser &user,
                          const QString &password);

    // Opens the profile dialog (non-modal, one at a time).
    ConnectionDialog *openDialog();
    ConnectionDialog *dialog() const { return m_dialog; }

    // Default: QDesktopServices::openUrl. Tests drive the sign-in page themselves.
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

Q_SIGNALS:
    // Something to tell the user in the window's message bar (errors and warnings).
    void message(const QString &text, bool error);

private:
    void start(const QString &secret);
    void onConnectionFailed(const core::ApiError &error);
    void askToTrust(const QByteArray &fingerprint);

    QPointer<core::Session> m_session;
    core::Settings *m_settings;
    core::Keychain *m_keychain;
    QPointer<QWidget> m_window;
    QPointer<ConnectionDialog> m_dialog;
    core::ServerProfile m_profile;
    QString m_secret; // in memory for a retry after trusting a certificate
    BrowserOpener m_openBrowser;
    // A demo sign-in waiting for its authorization URL (cleared once used).
    std::optional<core::DemoUser> m_demoUser;
    QString m_demoPassword;
    int m_generation = 0;  // counts connectProfile() calls: stale answers are dropped
    bool m_active = false; // a connection this controller started has not answered yet
};

} // namespace tid::ui
