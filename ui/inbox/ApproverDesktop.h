#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace tid::core {
class EntityNames;
class Session;
class Settings;
} // namespace tid::core

namespace tid::ui {

class DesktopNotifier;
class InboxPane;
class InboxTray;
class MainWindow;

// The approver's desktop around the window: whoever signs in, the window follows — the inbox
// decides (a user) or watches read-only (an administrator), the management panes are shown only
// to an administrator, the title and status bar name the person; the tray shows the number of
// waiting requests, notifies each new one, and opens, approves or denies from there; the Inbox
// entry carries the same count. Sign out revokes and forgets the session, then asks for a new
// connection (signedOut()).
//
// Started as an approver (`--inbox`), the window starts hidden and closing it keeps the tray.
class ApproverDesktop final : public QObject
{
    Q_OBJECT

public:
    // `notifier`: where notifications go (not owned; nullptr: the desktop's own service).
    ApproverDesktop(MainWindow *window, core::Session *session, InboxPane *inbox,
                    DesktopNotifier *notifier = nullptr, QObject *parent = nullptr);
    ~ApproverDesktop() override;

    // Approver mode: the window stays hidden until the tray is clicked, closing it hides it.
    void setApproverMode(bool on);
    // `--inbox`: approver mode from the start — the window is not shown (it opens on the inbox
    // when the tray is clicked), the tray is.
    void startAsApprover();
    bool isApproverMode() const { return m_approverMode; }
    // Where "Keep running in the tray when the window closes" is kept (not owned).
    void setSettings(core::Settings *settings);
    QAction *keepInTrayAction() const { return m_keepInTray; }
    // The arguments the autostart entry starts the console with ("--inbox", "--profile", …).
    void setAutostartArguments(const QStringList &arguments);

    InboxTray *tray() const { return m_tray; }
    QAction *autostartAction() const { return m_autostart; }

    // Shows the window on the inbox, with `requestId` selected when it is listed.
    void openInbox(const QString &requestId = {});

Q_SIGNALS:
    // Sign-out finished (refresh token revoked, keychain entry gone); `problem` is set when the
    // server could not be told.
    void signedOut(const QString &problem);

private:
    void onConnected();
    void onStateChanged();
    // The inbox's user-id → name lookup for who is signed in (again after a name arrived).
    void updateNames();
    void decide(const QString &requestId, bool approve);
    void setAutostart(bool on);
    void updateCloseBehaviour();
    void updateTray();

    QPointer<MainWindow> m_window;
    QPointer<core::Session> m_session;
    QPointer<InboxPane> m_inbox;
    InboxTray *m_tray;
    core::EntityNames *m_names;
    QAction *m_autostart;
    QAction *m_keepInTray;
    core::Settings *m_settings = nullptr;
    QStringList m_autostartArguments{QStringLiteral("--inbox")};
    bool m_approverMode = false;
};

} // namespace tid::ui
