#pragma once

#include "core/api/DemoSignIn.h"
#include "core/api/Session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QFrame;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QAction;
class QActionGroup;
class QDialog;
class QMenu;

namespace tid::core {
class Settings;
}

namespace tid::ui {

class ElidedLabel;
class MessageWidget;

// The console's main window: a menu bar (File, Edit, View, Help), a sidebar of panes switching a
// stack, an inline message bar for connection errors, and a status bar with the server, its
// issuer, the signed-in client and the organisation's counts. Panes are plugged in with
// setPane(); until then each shows an empty state saying which issue brings it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Pane
    {
        ResourceServers,
        Scopes,
        Roles,
        Agents,
        Consents,
        Inspector,
        Inbox,
        History,
        Playground
    };
    Q_ENUM(Pane)
    static constexpr int PaneCount = 9;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Observes the session (not owned): connection progress, errors, and the counts.
    void setSession(tid::core::Session *session);
    tid::core::Session *session() const { return m_session; }

    // Replaces the pane's placeholder (or previous widget); the window takes ownership.
    void setPane(Pane pane, QWidget *widget);
    QWidget *pane(Pane pane) const;
    void showPane(Pane pane);
    Pane currentPane() const;

    static QString paneTitle(Pane pane);
    MessageWidget *messageWidget() const { return m_message; }

    // Text of the status-bar fields, for tests and accessibility.
    QString serverText() const;
    QString issuerText() const;
    QString clientText() const;
    QString countsText() const;

    QAction *connectAction() const { return m_connectAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    // View: one checkable action per pane (Ctrl+1…), built from the Pane enum.
    QAction *paneAction(Pane pane) const { return m_paneActions.value(int(pane)); }
    // View → Theme: System / Light / Dark.
    QAction *themeAction(int mode) const { return m_themeActions.value(mode); }
    QMenu *menu(const QString &objectName) const;

    // The settings the window applies (theme, request timeout, clipboard delay) and the
    // Settings dialog edits; not owned. Applies them at once.
    void setSettings(tid::core::Settings *settings);
    tid::core::Settings *settings() const { return m_settings; }
    // Applies the current settings (after the dialog saved them); emits settingsApplied().
    void applySettings();
    // The connection profile's name, for the window title (empty: the server's address).
    void setProfileName(const QString &name);

    // Help and settings dialogs (non-modal, one at a time; returned for tests).
    QDialog *openSettingsDialog();
    QDialog *openShortcutsDialog();
    QDialog *openAboutDialog();
    // What Help → Documentation opens: the installed or the source tree's docs/ folder, else
    // the project's page.
    static QUrl documentationUrl();
    // The About box's text: version, Qt and OpenSSL versions, licence.
    static QString aboutText();
    // Every shortcut the console answers: (keys, what they do), for the Keyboard shortcuts box.
    QList<QPair<QString, QString>> shortcutList() const;
    QAction *ownSignInAction() const { return m_ownSignInAction; }
    QAction *demoSignInAction() const { return m_demoSignInAction; }

    // The embedded sandbox's demo users: "Sign in as a demo user…" offers them (empty: hidden).
    void setDemoUsers(const QList<tid::core::DemoUser> &users);
    // Opens the demo-user picker (non-modal); choosing one emits demoSignInRequested().
    QDialog *openDemoUserPicker();

    // A count beside the pane's name in the sidebar (the inbox's waiting requests); 0 clears it.
    void setPaneBadge(Pane pane, int count);
    int paneBadge(Pane pane) const { return m_badges.value(int(pane)); }
    // Hides a pane's entry (a user session has no management API) or shows it again.
    void setPaneVisible(Pane pane, bool visible);
    bool isPaneVisible(Pane pane) const;
    // Closing hides the window instead of quitting (the approver's tray keeps running).
    void setCloseHides(bool hides) { m_closeHides = hides; }
    bool closeHides() const { return m_closeHides; }
    // Closing (when it quits) asks first, with this text; empty: closes at once. The local
    // sandbox the console started stops with it.
    void setQuitConfirmation(const QString &text) { m_quitConfirmation = text; }

Q_SIGNALS:
    // The user asked for the connection dialog (Ctrl+O, the sidebar's Connect… button).
    void connectDialogRequested();
    // The user asked to sign out (the sidebar's Sign out button).
    void signOutRequested();
    // The user asked to sign in as themselves (browser) on the connected server.
    void ownSignInRequested();
    // A demo user was picked (sandbox).
    void demoSignInRequested(const tid::core::DemoUser &user);
    // The Settings dialog saved new values and the window applied its own; others (the tray,
    // the history) apply theirs.
    void settingsApplied();

public Q_SLOTS:
    // Re-reads the agents / resource servers / roles totals (F5).
    void refresh();
    // File → Quit (Ctrl+Q): closes the window (asking first when a started sandbox would stop)
    // and quits, even when closing would only hide the window into the tray.
    void quit();
    // Edit → Find (Ctrl+F): the current pane's filter field.
    void find();
    // Edit → Copy: what the focused widget holds selected (text, or a list's selected rows).
    void copy();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void applyPaletteRoles();
    void updateTitle();
    void setTheme(int mode);
    QWidget *makePlaceholder(Pane pane) const;
    void onSessionStateChanged();
    void updateCounts();
    void setBusy(bool busy, const QString &text = {});
    void showError(const QString &context, const tid::core::ApiError &error,
                   QAction *action = nullptr);

    QPointer<tid::core::Session> m_session;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageWidget *m_message = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_signInAgainAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_ownSignInAction = nullptr;
    QAction *m_demoSignInAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_paneActions;
    QList<QAction *> m_themeActions;
    QActionGroup *m_paneGroup = nullptr;
    tid::core::Settings *m_settings = nullptr;
    QString m_profileName;
    QPointer<QDialog> m_settingsDialog;
    QPointer<QDialog> m_shortcutsDialog;
    QPointer<QDialog> m_aboutDialog;
    bool m_quitting = false;
    bool m_quitPosted = false;
    QWidget *m_side = nullptr;
    QWidget *m_content = nullptr;
    QFrame *m_divider = nullptr;
    QList<tid::core::DemoUser> m_demoUsers;
    QPointer<QDialog> m_demoPicker;
    QHash<int, int> m_badges; // pane -> count
    bool m_closeHides = false;
    QString m_quitConfirmation;
    bool m_quitConfirmed = false; // the close question was answered "Quit"
    ElidedLabel *m_serverLabel = nullptr;
    ElidedLabel *m_issuerLabel = nullptr;
    ElidedLabel *m_clientLabel = nullptr;
    ElidedLabel *m_countsLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QHash<QLabel *, QFrame *> m_separators; // status-bar field -> separator before it
    QHash<int, int> m_counts;               // which -> total, -1 failed
    int m_countsGeneration = 0;
    QTimer *m_countsTimer = nullptr; // a pane's create/delete/reload → the counts again
    int m_pendingCounts = 0;
};

} // namespace tid::ui
