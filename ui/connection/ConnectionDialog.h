#pragma once

#include "core/Settings.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace tid::core {
class Keychain;
}

namespace tid::ui {

class MessageWidget;

// Connection profiles: a list of saved servers and, for the selected one, its name, base URL,
// TLS trust (system CAs, or a pinned SHA-256 fingerprint — confirmed on first connect when left
// empty) and sign-in method (browser sign-in with the CONSOLE client, or client credentials of
// an admin application, whose secret goes to the keychain only). Opened with open(); "Connect"
// validates, saves the profile and emits connectRequested() — the dialog stays usable (and keeps
// what the user typed) when a field is refused.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(core::Settings *settings, core::Keychain *keychain, QWidget *parent = nullptr);

    // Selects (and shows) a saved profile; false if there is none by that name.
    bool selectProfile(const QString &name);
    // Starts a new, unsaved profile with the given defaults.
    void newProfile(const QString &baseUrl = {});

    // What the form holds now (not necessarily valid or saved).
    core::ServerProfile formProfile() const;
    // Empty when valid; otherwise the first problem, as shown to the user.
    QString validate() const;
    QString errorText() const;

    // Saves the form (profile in the settings, a typed secret in the keychain); false with the
    // reason shown when the form is not valid.
    bool save();

Q_SIGNALS:
    // `secret` is what the user typed in this dialog (client credentials), empty otherwise —
    // the caller then reads it from the keychain.
    void connectRequested(const tid::core::ServerProfile &profile, const QString &secret);
    void profilesChanged();

private:
    void buildUi();
    void reloadList(const QString &select);
    void showProfile(const core::ServerProfile &profile);
    void onSelectionChanged();
    void updateEnabled();
    void showError(const QString &text);
    void deleteSelected();
    void connectSelected();

    core::Settings *m_settings;
    core::Keychain *m_keychain;
    QString m_loadedName; // the saved profile being edited ("" = new)
    QFormLayout *m_form = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    MessageWidget *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QRadioButton *m_trustSystem = nullptr;
    QRadioButton *m_trustPinned = nullptr;
    QLineEdit *m_pin = nullptr;
    QRadioButton *m_signInBrowser = nullptr;
    QRadioButton *m_signInClient = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QRadioButton *m_historyLocal = nullptr;
    QRadioButton *m_historyTeam = nullptr;
    QLineEdit *m_historyDatabase = nullptr; // postgresql://user@host:port/database?sslmode=…
    QLineEdit *m_historyPassword = nullptr; // to the keychain, never the settings
    QLabel *m_secretHint = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    bool m_loading = false;
};

} // namespace tid::ui
