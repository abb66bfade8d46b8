// The approver's tray (issue 12): against a sandbox child with CIBA requests addressed to a user,
// the tray's count follows arrivals, decisions and expiry; each new request raises exactly one
// notification (through a recording DesktopNotifier, the seam standing in for D-Bus) that names
// the agent, the binding message and the scopes, and is closed when the request is decided or
// expires; a notification's Approve / Deny / Open reach the tray's signals with the request id;
// after a start with many requests waiting one summary replaces a burst. FreedesktopNotifier is
// checked against a notification service registered on the test's own session bus.

#include "../models/CibaSeeding.h"

#include "core/api/CibaApprovalsApi.h"
#include "core/models/CibaRequestsModel.h"
#include "ui/desktop/DesktopNotifier.h"
#include "ui/inbox/InboxTray.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using namespace tid::test;
using ui::DesktopNotification;
using ui::InboxTray;

namespace {
constexpr int Patience = 30000;

class RecordingNotifier final : public ui::DesktopNotifier
{
public:
    quint32 notify(const DesktopNotification &n) override
    {
        notified.append(n);
        return quint32(notified.size());
    }
    void close(quint32 id) override { closedIds.append(id); }
    bool supportsActions() const override { return true; }
    void invoke(quint32 id, const QString &action) { Q_EMIT actionInvoked(id, action); }

    QList<DesktopNotification> notified;
    QList<quint32> closedIds;
};
} // namespace

// A stand-in notification server on the session bus, to check FreedesktopNotifier's D-Bus calls.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QList<QStringList> actionLists;
    QList<uint> closedIds;

public Q_SLOTS:
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(app)
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(body)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        summaries << summary;
        actionLists << actions;
        return uint(100 + summaries.size());
    }
    void CloseNotification(uint id)
    {
        closedIds << id;
        Q_EMIT NotificationClosed(id, 3);
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);
};

class TestInboxTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(m_seed.seed(m_fx));
        m_seed.connect(m_fx, m_adminClient, m_daveClient, m_erinClient, Patience);
        m_daveApi = std::make_unique<core::CibaApprovalsApi>(&m_daveClient);
    }

    void countAndNotificationsFollowTheRequests()
    {
        core::CibaRequestsModel model(m_daveApi.get());
        model.setPollInterval(300);
        RecordingNotifier notifier;
        InboxTray tray(&model, &notifier);
        tray.setUserNames(
            [&](const QString &id) { return id == m_seed.daveId ? u"Dave Example"_s : id; });
        QSignalSpy opened(&tray, &InboxTray::openRequested);
        QSignalSpy approved(&tray, &InboxTray::approveRequested);
        QSignalSpy denied(&tray, &InboxTray::denyRequested);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), Patience);
        QCOMPARE(tray.pendingCount(), 0);
        QVERIFY(notifier.notified.isEmpty());

        const QString first = m_seed.bcAuthorize(u"Tray check 1"_s);
        QVERIFY(!first.isEmpty());
        m_seed.bcAuthorize(u"For Erin only"_s, u"erin"_s); // another user's: never shown here
        QTRY_COMPARE_WITH_TIMEOUT(tray.pendingCount(), 1, Patience);
        QCOMPARE(notifier.notified.size(), 1);
        const DesktopNotification n = notifier.notified.first();
        QVERIFY2(n.title.contains(u"Travel agent"_s), qPrintable(n.title));
        QVERIFY2(n.body.contains(u"Tray check 1"_s), qPrintable(n.body));
        QVERIFY2(n.body.contains(u"payments:send"_s), qPrintable(n.body));
        QVERIFY2(n.body.contains(u"Dave Example"_s), qPrintable(n.body)); // a name, not an id
        QVERIFY2(n.body.contains(u"Time left"_s), qPrintable(n.body));
        QStringList actions;
        for (const auto &a : n.actions)
            actions << a.first;
        QCOMPARE(actions, (QStringList{u"default"_s, u"approve"_s, u"deny"_s}));
        QVERIFY(tray.toolTip().contains(u"1 request"_s));

        // More lists arrive: the same request is never announced again.
        for (int i = 0; i < 3; ++i) {
            QSignalSpy refreshed(&model, &core::CibaRequestsModel::refreshed);
            model.refresh();
            QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, Patience);
        }
        QCOMPARE(tray.pendingCount(), 1);
        QCOMPARE(notifier.notified.size(), 1);

        // The notification's buttons reach the tray's signals with the request's id.
        const QString id = model.requestAt(model.rowOf(first) >= 0 ? model.rowOf(first) : 0).id;
        notifier.invoke(1, u"approve"_s);
        notifier.invoke(1, u"deny"_s);
        notifier.invoke(1, u"default"_s);
        notifier.invoke(99, u"approve"_s); // not ours
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.first().first().toString(), id);
        QCOMPARE(denied.size(), 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), id);

        // A second request: one more notification, count 2; deciding the first closes its
        // notification and the count goes down.
        const QString second = m_seed.bcAuthorize(u"Tray check 2"_s);
        QVERIFY(!second.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(tray.pendingCount(), 2, Patience);
        QCOMPARE(notifier.notified.size(), 2);
        bool done = false;
        m_daveApi->approve(id).then(this, [&](const core::Result<core::CibaRequest> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(tray.pendingCount(), 1, Patience);
        QCOMPARE(notifier.closedIds, QList<quint32>{1});
        QCOMPARE(notifier.notified.size(), 2);
    }

    void expiryClosesTheNotification()
    {
        core::CibaRequestsModel model(m_daveApi.get());
        model.setPollInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), Patience);
        RecordingNotifier notifier;
        InboxTray tray(&model, &notifier);
        const int before = tray.pendingCount();
        const QString shortLived = m_seed.bcAuthorize(u"Expires soon"_s, u"dave"_s, 3);
        QVERIFY(!shortLived.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(tray.pendingCount(), before + 1, Patience);
        const qsizetype announced = notifier.notified.size();
        QVERIFY(announced >= 1);
        QVERIFY(notifier.notified.last().body.contains(u"Expires soon"_s));
        QTRY_COMPARE_WITH_TIMEOUT(tray.pendingCount(), before, Patience);
        QVERIFY(notifier.closedIds.contains(quint32(announced)));
        QCOMPARE(notifier.notified.size(), announced); // expiry announces nothing
    }

    void manyWaitingAtStartGiveOneSummary()
    {
        for (int i = 0; i < InboxTray::MaxSingleNotifications + 2; ++i)
            QVERIFY(!m_seed.bcAuthorize(u"Burst %1"_s.arg(i)).isEmpty());
        core::CibaRequestsModel model(m_daveApi.get());
        RecordingNotifier notifier;
        InboxTray tray(&model, &notifier);
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && tray.pendingCount() > 0, Patience);
        QVERIFY(tray.pendingCount() > InboxTray::MaxSingleNotifications);
        QCOMPARE(notifier.notified.size(), 1);
        QVERIFY2(notifier.notified.first().title.contains(QString::number(tray.pendingCount())),
                 qPrintable(notifier.notified.first().title));
        // Then each new one is announced on its own.
        QVERIFY(!m_seed.bcAuthorize(u"After the burst"_s).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(notifier.notified.size(), 2, Patience);
        QVERIFY(notifier.notified.last().body.contains(u"After the burst"_s));
    }

    void badgeShowsTheCount()
    {
        const QIcon base(u":/icons/thunderid.svg"_s);
        QCOMPARE(InboxTray::badgeIcon(base, 0).cacheKey(), base.cacheKey());
        const QImage plain = base.pixmap(32, 32).toImage();
        const QImage three = InboxTray::badgeIcon(base, 3).pixmap(32, 32).toImage();
        const QImage many = InboxTray::badgeIcon(base, 120).pixmap(32, 32).toImage();
        QVERIFY(!three.isNull());
        QVERIFY(three != plain);
        QVERIFY(many != three);
    }

    void freedesktopNotifierOverDBus()
    {
        QDBusConnection server =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notification-server"_s);
        if (!server.isConnected())
            QSKIP("no session bus (the test command runs the tests under dbus-run-session)");
        if (server.interface()->isServiceRegistered(u"org.freedesktop.Notifications"_s))
            QSKIP("a real notification server owns the name on this session bus");
        FakeNotificationServer fake;
        QVERIFY(server.registerObject(u"/org/freedesktop/Notifications"_s, &fake,
                                      QDBusConnection::ExportAllSlots |
                                          QDBusConnection::ExportAllSignals));
        QVERIFY(server.registerService(u"org.freedesktop.Notifications"_s));

        ui::FreedesktopNotifier notifier;
        QSignalSpy known(&notifier, &ui::FreedesktopNotifier::availabilityKnown);
        QTRY_COMPARE_WITH_TIMEOUT(known.size(), 1, Patience);
        QVERIFY(notifier.isAvailable());
        QVERIFY(notifier.supportsActions());
        QSignalSpy actions(&notifier, &ui::DesktopNotifier::actionInvoked);
        QSignalSpy closed(&notifier, &ui::DesktopNotifier::closed);
        DesktopNotification n;
        n.title = u"Travel agent asks for your approval"_s;
        n.body = u"<b>not markup</b>"_s;
        n.actions = {{u"default"_s, u"Open"_s}, {u"approve"_s, u"Approve"_s}};
        const quint32 local = notifier.notify(n);
        QTRY_COMPARE_WITH_TIMEOUT(fake.summaries.size(), 1, Patience);
        QCOMPARE(fake.actionLists.first(),
                 (QStringList{u"default"_s, u"Open"_s, u"approve"_s, u"Approve"_s}));
        // The server's id (101) is mapped back to ours.
        QTest::qWait(50);
        Q_EMIT fake.ActionInvoked(101, u"approve"_s);
        QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, Patience);
        QCOMPARE(actions.first().at(0).value<quint32>(), local);
        QCOMPARE(actions.first().at(1).toString(), u"approve"_s);
        Q_EMIT fake.ActionInvoked(555, u"approve"_s); // another program's notification
        notifier.close(local);
        QTRY_COMPARE_WITH_TIMEOUT(fake.closedIds, QList<uint>{101}, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, Patience);
        QCOMPARE(actions.size(), 1);
        server.unregisterService(u"org.freedesktop.Notifications"_s);
    }

private:
    FlowFixture m_fx;
    CibaSeed m_seed;
    core::ApiClient m_adminClient;
    core::ApiClient m_daveClient;
    core::ApiClient m_erinClient;
    std::unique_ptr<core::CibaApprovalsApi> m_daveApi;
};

QTEST_MAIN(TestInboxTray)
#include "tst_inbox_tray.moc"
