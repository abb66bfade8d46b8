#pragma once

#include "core/api/DemoSignIn.h"
#include "core/api/Session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QFrame;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QAction;
class QDialog;

namespace tid::ui {

class MessageWidget;

// The console's main window: a sidebar of panes switching a stack, an inline message bar for
// connection errors, and a status bar with the server, its issuer, the signed-in client and the
// organisation's counts. Panes are plugged in with setPane(); until then each shows an empty
// state saying which issue brings it.
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

public Q_SLOTS:
    // Re-reads the agents / resource servers / roles totals (F5).
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
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
    QList<tid::core::DemoUser> m_demoUsers;
    QPointer<QDialog> m_demoPicker;
    QHash<int, int> m_badges; // pane -> count
    bool m_closeHides = false;
    QString m_quitConfirmation;
    bool m_quitConfirmed = false;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_issuerLabel = nullptr;
    QLabel *m_clientLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QHash<QLabel *, QFrame *> m_separators; // status-bar field -> separator before it
    QHash<int, int> m_counts;               // which -> total, -1 failed
    int m_countsGeneration = 0;
    int m_pendingCounts = 0;
};

} // namespace tid::ui
