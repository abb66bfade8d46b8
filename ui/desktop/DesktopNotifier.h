#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QSystemTrayIcon;

namespace tid::ui {

// One desktop notification. `actions` are (key, label) pairs shown as buttons where the
// notification server offers actions; "default" is the click on the notification itself.
struct DesktopNotification
{
    QString title;
    QString body;
    QList<QPair<QString, QString>> actions;
    int timeoutMs = -1; // -1: the server's default, 0: until dismissed
    bool urgent = false;
};

// Where the console's desktop notifications go. Asynchronous: notify() returns a local id at
// once; the answer of the notification server (if any) arrives later and nothing waits for it.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual quint32 notify(const DesktopNotification &notification) = 0;
    virtual void close(quint32 id) = 0;
    // The notification server shows action buttons (false until it has said so).
    virtual bool supportsActions() const = 0;

Q_SIGNALS:
    void actionInvoked(quint32 id, const QString &action);
    void closed(quint32 id);
};

// The freedesktop.org notification service (org.freedesktop.Notifications on the session bus),
// every call asynchronous (QDBusPendingCallWatcher): GetCapabilities once, Notify per
// notification (its server id is mapped to ours when the answer comes), CloseNotification,
// and the ActionInvoked / NotificationClosed signals.
class FreedesktopNotifier final : public DesktopNotifier
{
    Q_OBJECT

public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    // The service is on the bus (checked once, asynchronously; false until known).
    bool isAvailable() const { return m_available; }
    bool supportsActions() const override { return m_actions; }
    quint32 notify(const DesktopNotification &notification) override;
    void close(quint32 id) override;

Q_SIGNALS:
    void availabilityKnown(bool available);

private Q_SLOTS:
    void onActionInvoked(quint32 serverId, const QString &action);
    void onNotificationClosed(quint32 serverId, quint32 reason);

private:
    quint32 m_next = 1;
    bool m_available = false;
    bool m_actions = false;
    QHash<quint32, quint32> m_serverToLocal;
    QHash<quint32, quint32> m_localToServer;
    QList<quint32> m_closeWhenKnown; // closed before the server answered Notify
};

// Fallback without a notification service: the tray icon's balloon message. No actions; a click
// on the message reports "default" for the last notification.
class TrayNotifier final : public DesktopNotifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);
    bool supportsActions() const override { return false; }
    quint32 notify(const DesktopNotification &notification) override;
    void close(quint32 id) override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    quint32 m_next = 1;
    quint32 m_last = 0;
};

} // namespace tid::ui
