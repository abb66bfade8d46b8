#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace tid::core {
class CibaRequestsModel;
struct CibaRequest;
} // namespace tid::core

namespace tid::ui {

class DesktopNotifier;

// The approver's tray: an icon with the number of requests waiting, a menu (Open the inbox,
// Quit), and one desktop notification per new request — agent, user, binding message, scopes and
// time left, with Open / Approve / Deny where the notification server offers actions. A request
// that is decided or expires closes its notification; a request is never announced twice. After
// a (re)start with more than MaxSingleNotifications waiting, one summary replaces a burst.
class InboxTray final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxSingleNotifications = 3;

    // `notifier`: where notifications go (not owned); nullptr: the freedesktop service when it is
    // on the session bus, else the tray's own balloon.
    InboxTray(core::CibaRequestsModel *model, DesktopNotifier *notifier = nullptr,
              QObject *parent = nullptr);
    ~InboxTray() override;

    // Resolves a user id to a name for the notification text (the id itself when unset).
    void setUserNames(std::function<QString(const QString &)> names) { m_names = std::move(names); }
    // Shows the icon where the desktop has a system tray.
    void setVisible(bool visible);
    bool isVisible() const;

    int pendingCount() const { return m_count; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QString toolTip() const;
    // The tray icon with the count drawn on it (the plain icon at 0).
    static QIcon badgeIcon(const QIcon &base, int count);
    // The notification text of one request.
    QString notificationBody(const core::CibaRequest &request) const;

Q_SIGNALS:
    void countChanged(int count);
    // The user asked, from the tray or a notification, to see a request (empty: the inbox).
    void openRequested(const QString &requestId);
    void approveRequested(const QString &requestId);
    void denyRequested(const QString &requestId);
    void quitRequested();

private:
    void update();
    void onAction(quint32 notification, const QString &action);

    QPointer<core::CibaRequestsModel> m_model;
    DesktopNotifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_countAction;
    QIcon m_baseIcon;
    std::function<QString(const QString &)> m_names;
    int m_count = -1;
    bool m_primed = false;               // the first list after a start was seen
    QSet<QString> m_announced;           // never announced twice
    QHash<QString, quint32> m_open;      // request id -> its notification
    QHash<quint32, QString> m_requestOf; // notification -> request id ("" for the summary)
};

} // namespace tid::ui
