#include "ui/desktop/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(Service, Path, Interface, method);
}

// The body markup servers understand is a small HTML subset: escape what is not ours.
QString escapedBody(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : DesktopNotifier(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT availabilityKnown(false); }, Qt::QueuedConnection);
        return;
    }
    bus.connect(Service, Path, Interface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(quint32, QString)));
    bus.connect(Service, Path, Interface, u"NotificationClosed"_s, this,
                SLOT(onNotificationClosed(quint32, quint32)));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call(u"GetCapabilities"_s)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        m_available = !reply.isError();
        m_actions = m_available && reply.value().contains(u"actions"_s);
        Q_EMIT availabilityKnown(m_available);
    });
}

quint32 FreedesktopNotifier::notify(const DesktopNotification &n)
{
    const quint32 local = m_next++;
    QStringList actions;
    for (const auto &[key, label] : n.actions)
        actions << key << label;
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue<uchar>(n.urgent ? 2 : 1));
    hints.insert(u"desktop-entry"_s, u"thunderid-console"_s);
    QDBusMessage message = call(u"Notify"_s);
    message << u"ThunderID Console"_s << quint32(0) << u"thunderid-console"_s << n.title
            << escapedBody(n.body) << actions << hints << qint32(n.timeoutMs);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, local](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<quint32> reply = *w;
                if (reply.isError())
                    return;
                const quint32 server = reply.value();
                m_serverToLocal.insert(server, local);
                m_localToServer.insert(local, server);
                if (m_closeWhenKnown.removeAll(local) > 0)
                    close(local);
            });
    return local;
}

void FreedesktopNotifier::close(quint32 id)
{
    const auto it = m_localToServer.constFind(id);
    if (it == m_localToServer.constEnd()) {
        if (id > 0 && id < m_next && !m_closeWhenKnown.contains(id))
            m_closeWhenKnown.append(id);
        return;
    }
    QDBusMessage message = call(u"CloseNotification"_s);
    message << it.value();
    QDBusConnection::sessionBus().asyncCall(message);
}

void FreedesktopNotifier::onActionInvoked(quint32 serverId, const QString &action)
{
    const auto it = m_serverToLocal.constFind(serverId);
    if (it != m_serverToLocal.constEnd()) // another program's notification otherwise
        Q_EMIT actionInvoked(it.value(), action);
}

void FreedesktopNotifier::onNotificationClosed(quint32 serverId, quint32 reason)
{
    Q_UNUSED(reason)
    const quint32 local = m_serverToLocal.take(serverId);
    if (local == 0)
        return;
    m_localToServer.remove(local);
    Q_EMIT closed(local);
}

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent)
    : DesktopNotifier(parent)
    , m_tray(tray)
{
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_last != 0)
            Q_EMIT actionInvoked(m_last, u"default"_s);
    });
}

quint32 TrayNotifier::notify(const DesktopNotification &n)
{
    const quint32 id = m_next++;
    m_last = id;
    if (m_tray)
        m_tray->showMessage(n.title, n.body, QSystemTrayIcon::Information,
                            n.timeoutMs > 0 ? n.timeoutMs : 10000);
    return id;
}

void TrayNotifier::close(quint32 id)
{
    if (id == m_last)
        m_last = 0;
}

} // namespace tid::ui
