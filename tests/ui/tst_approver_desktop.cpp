// The approver's desktop around the window (issue 12), against a sandbox child: an
// administrator's session shows the management panes and a read-only inbox (no Approve to
// press); the Inbox entry's badge and the tray follow the waiting requests, each new one raising
// exactly one notification (through a recording DesktopNotifier standing in for D-Bus); in
// approver mode closing the window keeps the console in the tray and the tray reopens it on the
// inbox; "Start with the session" writes and removes the XDG autostart entry. Then the same
// window switches to a user's own session (the real authorization-code flow, its sign-in page
// filled in by the console): the management panes go, the inbox decides, and the approval
// gives the agent its tokens; sign-out ends it.
#include "../models/CibaSeeding.h"

#include "core/Settings.h"
#include "core/api/Session.h"
#include "core/desktop/Autostart.h"
#include "core/models/CibaRequestsModel.h"
#include "core/secrets/Keychain.h"
#include "ui/MainWindow.h"
#include "ui/connection/ConnectionController.h"
#include "ui/desktop/DesktopNotifier.h"
#include "ui/inbox/ApproverDesktop.h"
#include "ui/inbox/InboxPane.h"
#include "ui/inbox/InboxTray.h"
#include "ui/widgets/MessageWidget.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using ui::MainWindow;

namespace {

constexpr int Patience = 30000;

class RecordingNotifier final : public ui::DesktopNotifier
{
public:
    quint32 notify(const ui::DesktopNotification &n) override
    {
        notified.append(n);
        return quint32(notified.size());
    }
    void close(quint32 id) override { closedIds.append(id); }
    bool supportsActions() const override { return true; }
    QList<ui::DesktopNotification> notified;
    QList<quint32> closedIds;
};

} // namespace

class TestApproverDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The autostart entry goes to this test's own XDG config folder.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(m_seed.seed(m_fx));

        m_inbox = new ui::InboxPane(&m_session.apis());
        m_inbox->model()->setPollInterval(300);
        m_window.setPane(MainWindow::Pane::Inbox, m_inbox);
        m_window.setSession(&m_session);
        m_desktop =
            std::make_unique<ui::ApproverDesktop>(&m_window, &m_session, m_inbox, &m_notifier);
        connect(&m_session, &core::Session::connected, this,
                [this] { m_inbox->setServerMetadata(m_session.metadata()); });
        QSignalSpy connected(&m_session, &core::Session::connected);
        tid::test::SandboxProcess &sandbox = m_fx.sandbox();
        m_session.connectWithClientCredentials(
            sandbox.baseUrl(),
            core::ClientAuth{sandbox.adminClientId(), sandbox.adminClientSecret()});
        QVERIFY(connected.wait(Patience));
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void anAdministratorManagesAndWatchesTheInbox()
    {
        for (auto pane : {MainWindow::Pane::ResourceServers, MainWindow::Pane::Agents,
                          MainWindow::Pane::Roles, MainWindow::Pane::Consents})
            QVERIFY(m_window.isPaneVisible(pane));
        QCOMPARE(m_inbox->viewer(), ui::InboxPane::Viewer::Administrator);
        QVERIFY(m_inbox->isReadOnly());
        QVERIFY(m_window.signOutAction()->isVisible());
        QVERIFY(m_window.clientText().contains(m_fx.sandbox().adminClientId()));

        QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->isLoaded(), Patience);
        const int before = m_inbox->model()->rowCount();
        QCOMPARE(m_window.paneBadge(MainWindow::Pane::Inbox), before);
        const qsizetype notifiedBefore = m_notifier.notified.size();
        QVERIFY(!m_seed.bcAuthorize(u"Badge check"_s).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window.paneBadge(MainWindow::Pane::Inbox), before + 1,
                                  Patience);
        QCOMPARE(m_desktop->tray()->pendingCount(), before + 1);
        // Exactly one notification for the new request.
        QTRY_COMPARE_WITH_TIMEOUT(m_notifier.notified.size(), notifiedBefore + 1, Patience);
        QVERIFY(m_notifier.notified.last().body.contains(u"Badge check"_s));
        // The administrator's inbox never offers a button that the server would refuse.
        for (int row = 0; row < m_inbox->model()->rowCount(); ++row) {
            if (m_inbox->model()->requestAt(row).bindingMessage == u"Badge check"_s)
                QVERIFY(m_inbox->selectRequest(m_inbox->model()->requestAt(row).id));
        }
        QCOMPARE(m_inbox->currentRequest().bindingMessage, u"Badge check"_s);
        QVERIFY(!m_inbox->approveButton()->isVisible());
        QVERIFY(!m_inbox->approveButton()->isEnabled());
        QVERIFY(!m_inbox->denyButton()->isVisible());
    }

    void switchingToTheUserInTheSameWindowDecides()
    {
        // From the administrator's session to Dave's own in the same window (the sign-in page
        // filled in as a person would, the real authorization-code flow): the inbox decides,
        // the management panes go, and Dave's approval gives the agent its tokens.
        const QString authReqId = m_seed.bcAuthorize(u"Switch then approve"_s);
        QVERIFY(!authReqId.isEmpty());
        QSignalSpy connected(&m_session, &core::Session::connected);
        // While the sign-in is in flight (the old session gone, the new one not there yet) no
        // error bar may show, in the window or the inbox: nothing has failed.
        QStringList errorsSeen;
        QTimer watch;
        watch.setInterval(5);
        connect(&watch, &QTimer::timeout, this, [&] {
            for (ui::MessageWidget *bar : {m_window.messageWidget(), m_inbox->messageWidget()}) {
                if (bar->isVisible() && bar->type() == ui::MessageWidget::Type::Error &&
                    !errorsSeen.contains(bar->text()))
                    errorsSeen << bar->text();
            }
        });
        watch.start();
        m_controller.signInAsDemoUser(m_fx.sandbox().baseUrl(), {}, {u"dave"_s, u"Dave Example"_s},
                                      u"dave-pw"_s);
        QVERIFY(connected.wait(Patience));
        QTRY_VERIFY_WITH_TIMEOUT(m_inbox->model()->isLoaded(), Patience);
        QTest::qWait(200);
        watch.stop();
        QVERIFY2(errorsSeen.isEmpty(), qPrintable(errorsSeen.join(u" | "_s)));
        QVERIFY(!m_session.isAdministrator());
        QCOMPARE(m_session.signedInAs(), u"dave"_s);
        QVERIFY(m_window.clientText().contains(u"dave"_s));
        for (auto pane : {MainWindow::Pane::ResourceServers, MainWindow::Pane::Agents,
                          MainWindow::Pane::Roles, MainWindow::Pane::Scopes})
            QVERIFY(!m_window.isPaneVisible(pane));
        QVERIFY(m_window.isPaneVisible(MainWindow::Pane::Consents)); // their own consents
        QCOMPARE(m_inbox->viewer(), ui::InboxPane::Viewer::User);
        QVERIFY(!m_inbox->isReadOnly());
        QVERIFY(!m_inbox->readOnlyLabel()->isVisible());

        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < m_inbox->model()->rowCount(); ++row) {
                    if (m_inbox->model()->requestAt(row).bindingMessage == u"Switch then approve"_s)
                        id = m_inbox->model()->requestAt(row).id;
                }
                return !id.isEmpty();
            }(),
            Patience);
        QVERIFY(m_inbox->selectRequest(id));
        if (const QString dir = qEnvironmentVariable("TID_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_window.resize(1280, 720);
            QTest::qWait(100);
            QVERIFY(m_window.grab().save(dir + u"/user-session.png"_s));
        }
        QVERIFY(m_inbox->approveButton()->isVisible());
        QVERIFY(m_inbox->approveButton()->isEnabled());
        // The user's own name in the detail, not their id.
        QVERIFY(m_inbox->findChild<QLabel *>(u"requestUser"_s)->text().contains(u"dave"_s));
        QSignalSpy approved(m_inbox, &ui::InboxPane::approved);
        m_inbox->approveCurrent();
        QVERIFY(approved.wait(Patience));
        const auto polled = m_seed.poll(authReqId);
        QCOMPARE(polled.status, 200);
        QVERIFY(!polled.json().value(u"access_token"_s).toString().isEmpty());
    }

    void approverModeClosesToTheTrayAndReopensOnTheInbox()
    {
        m_window.showPane(MainWindow::Pane::Agents);
        m_desktop->setApproverMode(true);
        QVERIFY(m_window.closeHides());
        QVERIFY(m_window.close() == false || !m_window.isVisible());
        QVERIFY(!m_window.isVisible());
        // Still running: the session stays connected and the model keeps polling.
        QVERIFY(m_session.isConnected());
        m_desktop->openInbox();
        QVERIFY(m_window.isVisible());
        QCOMPARE(m_window.currentPane(), MainWindow::Pane::Inbox);
        m_desktop->setApproverMode(false);
        QVERIFY(!m_window.closeHides());
    }

    void inboxModeStartsHiddenWithTheTray()
    {
        // What `thunderid-console --inbox` does at start, on a window never shown.
        MainWindow window;
        core::Session session;
        auto *inbox = new ui::InboxPane(&session.apis());
        window.setPane(MainWindow::Pane::Inbox, inbox);
        RecordingNotifier notifier;
        ui::ApproverDesktop desktop(&window, &session, inbox, &notifier);
        desktop.startAsApprover();
        QVERIFY(desktop.isApproverMode());
        QVERIFY(!window.isVisible());
        QVERIFY(window.closeHides());
        QCOMPARE(window.currentPane(), MainWindow::Pane::Inbox);
        desktop.openInbox();
        QVERIFY(window.isVisible());
        QCOMPARE(window.currentPane(), MainWindow::Pane::Inbox);
        window.close();
        QVERIFY(!window.isVisible()); // hidden into the tray, not quit
    }

    void startWithTheSessionWritesAndRemovesTheAutostartEntry()
    {
        const QString path = core::Autostart::path();
        QVERIFY2(path.startsWith(m_config.path()), qPrintable(path));
        QVERIFY(!QFile::exists(path));
        m_desktop->setAutostartArguments({u"--inbox"_s, u"--profile"_s, u"team"_s});
        QAction *action = m_desktop->autostartAction();
        QVERIFY(m_desktop->tray()->menu()->actions().contains(action));
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY(action->isChecked());
        QFile entry(path);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY2(text.contains("--inbox --profile team"), text.constData());
        entry.close();
        action->trigger();
        QVERIFY(!action->isChecked());
        QVERIFY(!QFile::exists(path));
    }

    void keepRunningInTheTrayIsASetting()
    {
        QTemporaryDir dir;
        core::Settings settings(dir.filePath(u"console.conf"_s));
        QVERIFY(!settings.closeToTray());
        m_desktop->setSettings(&settings);
        QAction *keep = m_desktop->keepInTrayAction();
        QVERIFY(keep->isEnabled());
        QVERIFY(!keep->isChecked());
        QVERIFY(!m_window.closeHides());
        keep->trigger();
        QVERIFY(settings.closeToTray());
        QVERIFY(m_window.closeHides());
        keep->trigger();
        QVERIFY(!settings.closeToTray());
        QVERIFY(!m_window.closeHides());
        m_desktop->setSettings(nullptr);
    }

    void signOutRevokesTheUsersSession()
    {
        QVERIFY(m_session.isConnected());
        QCOMPARE(m_session.signInMethod(), core::ServerProfile::SignIn::Browser);
        QSignalSpy signedOut(m_desktop.get(), &ui::ApproverDesktop::signedOut);
        m_window.signOutAction()->trigger();
        QVERIFY(signedOut.wait(Patience));
        QVERIFY(signedOut.at(0).at(0).toString().isEmpty());
        QCOMPARE(m_session.state(), core::Session::State::Disconnected);
        QCOMPARE(m_window.paneBadge(MainWindow::Pane::Inbox), 0);
        QVERIFY(!m_window.signOutAction()->isVisible());
    }

private:
    QTemporaryDir m_config;
    test::FlowFixture m_fx;
    test::CibaSeed m_seed;
    core::Session m_session;
    MainWindow m_window;
    ui::InboxPane *m_inbox = nullptr;
    RecordingNotifier m_notifier;
    std::unique_ptr<ui::ApproverDesktop> m_desktop;
    QTemporaryDir m_settingsDir;
    core::Settings m_settings{m_settingsDir.filePath(u"console.conf"_s)};
    core::Keychain m_keychain{u"thunderid-console-test-approver"_s};
    ui::ConnectionController m_controller{&m_session, &m_settings, &m_keychain, &m_window};
};

QTEST_MAIN(TestApproverDesktop)
#include "tst_approver_desktop.moc"
