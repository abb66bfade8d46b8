// The main window offscreen against a real sandbox child process: it connects through a
// Session, shows the server, issuer, client and the sandbox's own counts in the status bar;
// panes switch from the sidebar and can be replaced; a failed connection shows an inline error
// with Retry. With TID_SCREENSHOT_DIR set it saves main-window-offscreen.png there
// (The README's picture of the whole console comes from tst_whole_window, docs/screenshots/panes/.)

#include "core/Settings.h"
#include "core/api/Session.h"
#include "ui/MainWindow.h"
#include "ui/agents/SecretReveal.h"
#include "ui/roles/RolesPane.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/AdminPane.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Theme.h"

#include "tests/common/SandboxProcess.h"
#include "tests/e2e/tst_e2e_support.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

// A pane with one form field, to see a server's field error land at the field.
class FormPane final : public tid::ui::AdminPane
{
public:
    FormPane()
    {
        auto *w = new QWidget(this);
        form = new QFormLayout(w);
        name = new QLineEdit(w);
        form->addRow(u"Name"_s, name);
        body()->addWidget(w);
    }
    void refresh() override {}
    using AdminPane::clearFieldErrors;
    using AdminPane::fieldError;
    using AdminPane::showError;
    using AdminPane::showFieldErrors;
    QFormLayout *form;
    QLineEdit *name;
};

} // namespace
using tid::ui::MainWindow;
using tid::ui::MessageWidget;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<tid::test::SandboxProcess> m_sandbox;
    static int rolesCount(const QString &counts);

private Q_SLOTS:
    void initTestCase()
    {
        tid::test::SandboxProcess::Options options;
        options.seed = u"demo"_s;
        m_sandbox = std::make_unique<tid::test::SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void showsTheSandboxCounts()
    {
        // What the sandbox itself says, read independently of the window.
        Session probe;
        probe.connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        QVERIFY2(tid::test::connectAndWait(probe), qPrintable(probe.lastError().toString()));
        const int agents =
            tid::test::await(probe.admin().listAgents(PageRequest::window(1))).value.totalResults;
        const int servers =
            tid::test::await(probe.admin().listResourceServers(PageRequest::window(1)))
                .value.totalResults;
        const int roles =
            tid::test::await(probe.admin().listRoles(PageRequest::window(1))).value.totalResults;
        QVERIFY(agents >= 40);
        QVERIFY(servers >= 4);
        QVERIFY(roles >= 6);

        Session session;
        MainWindow window;
        window.setSession(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        auto *busy = window.findChild<QProgressBar *>(u"busyIndicator"_s);
        QVERIFY(busy);
        QVERIFY(busy->isVisible()); // connecting
        QVERIFY(window.messageWidget()->isVisible());

        auto *counts = window.findChild<QLabel *>(u"countsLabel"_s);
        QVERIFY(counts);
        const QString expected =
            u"%1 agents · %2 resource servers · %3 roles"_s.arg(agents).arg(servers).arg(roles);
        QTRY_COMPARE_WITH_TIMEOUT(window.countsText(), expected, 30000);
        QVERIFY(counts->isVisible());
        QTRY_VERIFY(!busy->isVisible());
        QCOMPARE(window.serverText(), u"Server: "_s + m_sandbox->baseUrl().toString());
        QCOMPARE(window.issuerText(), u"Issuer: "_s + m_sandbox->issuer());
        QCOMPARE(window.clientText(), u"Client: "_s + m_sandbox->adminClientId());
        QVERIFY(!window.messageWidget()->isVisible());
        QVERIFY(window.windowTitle().contains(m_sandbox->baseUrl().authority()));
        // The sandbox issues under its own address: no second field that says it again.
        auto *issuer = window.findChild<QLabel *>(u"issuerLabel"_s);
        QVERIFY(issuer);
        QCOMPARE(QUrl(m_sandbox->issuer()).adjusted(QUrl::StripTrailingSlash),
                 m_sandbox->baseUrl().adjusted(QUrl::StripTrailingSlash));
        QVERIFY(!issuer->isVisible());
        auto *server = window.findChild<QLabel *>(u"serverLabel"_s);
        QVERIFY(server && server->isVisible());
        QVERIFY(server->toolTip().contains(u"issuer"_s));

        // On a narrow window the fields shorten with "…" instead of clipping; the whole text
        // is in the tooltip, and the window is not held wider by them.
        const QSize before = window.size();
        window.resize(window.minimumSizeHint().width(), before.height());
        QTest::qWait(50);
        const int room = counts->contentsRect().width();
        if (counts->fontMetrics().horizontalAdvance(expected) > room) {
            QVERIFY(counts->text().endsWith(u"…"_s));
            QVERIFY(counts->fontMetrics().horizontalAdvance(counts->text()) <= room);
            QCOMPARE(counts->toolTip(), expected);
            QCOMPARE(window.countsText(), expected);
        }
        counts->resize(counts->fontMetrics().horizontalAdvance(u"MMMMMMMMMM"_s), counts->height());
        QVERIFY(counts->text().endsWith(u"…"_s));
        QVERIFY(counts->text().size() < expected.size());
        QCOMPARE(counts->toolTip(), expected);
        QCOMPARE(counts->accessibleDescription(), expected);
        QCOMPARE(window.countsText(), expected);
        counts->resize(counts->sizeHint());
        QCOMPARE(counts->text(), expected);
        QVERIFY(counts->toolTip().isEmpty());
        window.resize(before);
        QTest::qWait(50);

        const QString dir = qEnvironmentVariable("TID_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            window.resize(1180, 720);
            QTest::qWait(50);
            QVERIFY(window.grab().save(dir + u"/main-window-offscreen.png"_s));
        }
    }

    void sidebarSwitchesPanesAndPanesPlugIn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListWidget *>(u"paneList"_s);
        auto *stack = window.findChild<QStackedWidget *>(u"paneStack"_s);
        QVERIFY(list && stack);
        QCOMPARE(list->count(), MainWindow::PaneCount);
        QStringList titles;
        for (int i = 0; i < list->count(); ++i)
            titles << list->item(i)->text();
        QCOMPARE(titles, (QStringList{u"Resource servers"_s, u"Scopes"_s, u"Roles"_s, u"Agents"_s,
                                      u"Consents"_s, u"Inspector"_s, u"Inbox"_s, u"History"_s,
                                      u"Playground"_s}));

        // Click "Agents" in the sidebar.
        const QRect agentsRect = list->visualItemRect(list->item(int(MainWindow::Pane::Agents)));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, agentsRect.center());
        QCOMPARE(window.currentPane(), MainWindow::Pane::Agents);
        auto *text = stack->currentWidget()->findChild<QLabel *>(u"placeholderText"_s);
        QVERIFY(text);
        QVERIFY(text->text().contains(u"creation wizard"_s)); // what the Agents pane holds

        // Keyboard: Ctrl+6 goes to the inspector.
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), MainWindow::Pane::Inspector);

        // A real pane replaces the placeholder, in place.
        auto *inspector = new QLabel(u"inspector pane"_s);
        window.setPane(MainWindow::Pane::Inspector, inspector);
        QCOMPARE(window.pane(MainWindow::Pane::Inspector), inspector);
        QCOMPARE(stack->currentWidget(), inspector);
        QCOMPARE(stack->count(), MainWindow::PaneCount);
        window.showPane(MainWindow::Pane::Roles);
        QCOMPARE(list->currentRow(), int(MainWindow::Pane::Roles));
        QCOMPARE(stack->indexOf(inspector), int(MainWindow::Pane::Inspector));
    }

    void failedConnectionShowsAnInlineErrorWithRetry()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Session session;
        session.client()->setRetryPolicy({0, 1, 1});
        MainWindow window;
        window.setSession(&session);
        window.show();
        session.connectWithClientCredentials(QUrl(u"http://127.0.0.1:%1"_s.arg(port)),
                                             {u"id"_s, u"secret"_s});
        MessageWidget *message = window.messageWidget();
        QTRY_COMPARE_WITH_TIMEOUT(message->type(), MessageWidget::Type::Error, 20000);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Connection refused"_s), qPrintable(message->text()));
        QVERIFY(!message->text().contains(u"secret"_s));
        QToolButton *retry = nullptr;
        for (QToolButton *b : message->findChildren<QToolButton *>()) {
            if (b->text() == u"Retry"_s)
                retry = b;
        }
        QVERIFY(retry);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(session.state(), Session::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Failed, 20000);

        // The close button hides the bar.
        auto *close = message->findChild<QToolButton *>(u"messageClose"_s);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!message->isVisible());
    }

    void expiredSignInAsksToSignInAgain()
    {
        // The session says its renewal failed while connected: the bar explains and offers to
        // sign in again.
        Session session;
        MainWindow window;
        window.setSession(&session);
        window.show();
        MessageWidget *message = window.messageWidget();
        Q_EMIT session.signInRequired(ApiError::make(ApiError::Kind::Auth, u"invalid_grant"_s));
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(u"expired"_s), qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"invalid_grant"_s, Qt::CaseInsensitive),
                 qPrintable(message->text()));
        bool again = false;
        for (QToolButton *b : message->findChildren<QToolButton *>())
            again |= b->text() == u"Sign in again"_s && b->isVisible();
        QVERIFY(again);
        // Not connected: the bar offers the connection dialog (Ctrl+O).
        MainWindow fresh;
        fresh.show();
        QSignalSpy dialog(&fresh, &MainWindow::connectDialogRequested);
        QToolButton *connect = nullptr;
        for (QToolButton *b : fresh.messageWidget()->findChildren<QToolButton *>()) {
            if (b->isVisible() && b->defaultAction() == fresh.connectAction())
                connect = b;
        }
        QVERIFY(connect);
        QTest::mouseClick(connect, Qt::LeftButton);
        QCOMPARE(dialog.count(), 1);
    }

    void demoUsersArePickedInTwoClicks()
    {
        MainWindow window;
        QVERIFY(!window.demoSignInAction()->isVisible());
        window.setDemoUsers(
            {{u"amara.okafor"_s, u"Amara Okafor"_s}, {u"lukas.becker"_s, u"Lukas Becker"_s}});
        QVERIFY(window.demoSignInAction()->isVisible());
        QSignalSpy requested(&window, &MainWindow::demoSignInRequested);
        QDialog *picker = window.openDemoUserPicker();
        QVERIFY(picker);
        QCOMPARE(window.openDemoUserPicker(), picker); // one at a time
        auto *list = picker->findChild<QListWidget *>(u"demoUsers"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(1)->text().contains(u"Lukas Becker"_s));
        list->setCurrentRow(1);
        if (const QString dir = qEnvironmentVariable("TID_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(picker));
            QVERIFY(picker->grab().save(dir + u"/demo-users.png"_s));
        }
        Q_EMIT list->itemActivated(list->item(1)); // the double-click
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<tid::core::DemoUser>().username, u"lukas.becker"_s);
        window.setDemoUsers({});
        QVERIFY(!window.demoSignInAction()->isVisible());
    }

    void quittingWithAStartedSandboxAsksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setQuitConfirmation(u"The local sandbox stops too."_s);
        const int asked = tid::ui::MessageBox::askedCount();
        tid::ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.close();
        QTRY_COMPARE(tid::ui::MessageBox::askedCount(), asked + 1);
        QCOMPARE(tid::ui::MessageBox::lastText(), u"The local sandbox stops too."_s);
        QTest::qWait(50);
        QVERIFY(window.isVisible()); // cancelled: nothing closed
        tid::ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.close();
        QTRY_VERIFY(!window.isVisible());
        // Hiding into the tray never asks.
        MainWindow tray;
        tray.show();
        tray.setQuitConfirmation(u"x"_s);
        tray.setCloseHides(true);
        tray.close();
        QVERIFY(!tray.isVisible());
        QCOMPARE(tid::ui::MessageBox::askedCount(), asked + 2);
    }

    // Issue 14 item 1: File, Edit, View, Help — the window's existing actions, not copies.
    void menuBarHasTheFourMenus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *top : window.menuBar()->actions())
            titles << top->text().remove(u'&');
        QCOMPARE(titles, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));

        QMenu *file = window.menu(u"fileMenu"_s);
        QVERIFY(file->actions().contains(window.connectAction()));
        QVERIFY(file->actions().contains(window.signOutAction()));
        QVERIFY(file->actions().contains(window.quitAction()));
        QCOMPARE(window.connectAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        QCOMPARE(window.quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QMenu *edit = window.menu(u"editMenu"_s);
        QVERIFY(edit->actions().contains(window.findAction()));
        QVERIFY(edit->actions().contains(window.copyAction()));
        QCOMPARE(window.findAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QMenu *help = window.menu(u"helpMenu"_s);
        QStringList helpItems;
        for (QAction *a : help->actions())
            if (!a->isSeparator())
                helpItems << a->objectName();
        QCOMPARE(helpItems,
                 (QStringList{u"shortcutsAction"_s, u"documentationAction"_s, u"aboutAction"_s}));
        QVERIFY(MainWindow::documentationUrl().isValid());
    }

    // The View menu is built from the Pane enum: a pane added to it appears by itself, with its
    // Ctrl+number, and switches the pane.
    void viewMenuFollowsThePaneEnum()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QMetaEnum panes = QMetaEnum::fromType<MainWindow::Pane>();
        QCOMPARE(panes.keyCount(), MainWindow::PaneCount);
        QMenu *view = window.menu(u"viewMenu"_s);
        QVERIFY(view);
        for (int i = 0; i < panes.keyCount(); ++i) {
            const auto pane = MainWindow::Pane(panes.value(i));
            QAction *action = window.paneAction(pane);
            QVERIFY(action);
            QVERIFY(view->actions().contains(action));
            QCOMPARE(action->text(), MainWindow::paneTitle(pane));
            if (i < 9)
                QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            action->trigger();
            QCOMPARE(window.currentPane(), pane);
            QVERIFY(action->isChecked());
        }
        // The sidebar and the menu agree.
        window.showPane(MainWindow::Pane::Roles);
        QVERIFY(window.paneAction(MainWindow::Pane::Roles)->isChecked());
        window.setPaneVisible(MainWindow::Pane::Roles, false);
        QVERIFY(!window.paneAction(MainWindow::Pane::Roles)->isVisible());
    }

    // "<profile or server> — ThunderID Console", the application's name once.
    void titleNamesTheProfileOnce()
    {
        QApplication::setApplicationDisplayName(u"ThunderID Console"_s);
        MainWindow window;
        QCOMPARE(window.windowTitle(), u"ThunderID Console"_s);
        Session session;
        window.setSession(&session);
        session.connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        QTRY_VERIFY_WITH_TIMEOUT(session.isConnected(), 30000);
        QCOMPARE(window.windowTitle(),
                 m_sandbox->baseUrl().authority() + u" — ThunderID Console"_s);
        window.setProfileName(u"prod"_s);
        QCOMPARE(window.windowTitle(), u"prod — ThunderID Console"_s);
        // Qt appends the display name only to a title that does not end with it already.
        QVERIFY(window.windowTitle().endsWith(QApplication::applicationDisplayName()));
        QCOMPARE(window.windowTitle().count(u"ThunderID Console"_s), 1);
        QApplication::setApplicationDisplayName(QString());
    }

    void aboutAndShortcuts()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        MainWindow window;
        window.show();
        QDialog *about = window.openAboutDialog();
        QVERIFY(about && about->isVisible());
        const QString text = about->findChild<QLabel *>(u"aboutText"_s)->text();
        QVERIFY(text.contains(u"9.8.7"_s));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY2(text.contains(u"OpenSSL 3"_s), qPrintable(text));
        QVERIFY(text.contains(u"Apache License"_s));
        about->close();

        QDialog *keys = window.openShortcutsDialog();
        auto *table = keys->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QVERIFY(table);
        QStringList listed;
        for (int r = 0; r < table->rowCount(); ++r)
            listed << table->item(r, 0)->text();
        for (const QKeySequence &k :
             {QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence(Qt::CTRL | Qt::Key_Q),
              QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_1),
              QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Delete),
              QKeySequence(Qt::Key_F5)})
            QVERIFY2(listed.contains(k.toString(QKeySequence::NativeText)),
                     qPrintable(k.toString()));
        keys->close();
    }

    // Quit (Ctrl+Q) quits even when closing would only hide into the tray, and asks first
    // when a started sandbox would stop.
    void quitAsksAndQuitsEvenFromTheTray()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCloseHides(true);
        window.setQuitConfirmation(u"The local sandbox stops too."_s);
        const int asked = tid::ui::MessageBox::askedCount();
        tid::ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.quitAction()->trigger();
        QTRY_COMPARE(tid::ui::MessageBox::askedCount(), asked + 1);
        QTest::qWait(20);
        QVERIFY(window.isVisible());
        // Closing now (not quitting) hides without asking again.
        window.close();
        QVERIFY(!window.isVisible());
        QCOMPARE(tid::ui::MessageBox::askedCount(), asked + 1);
        window.show();
        tid::ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.quitAction()->trigger();
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(tid::ui::MessageBox::askedCount(), asked + 2);
    }

    // Issue 14 item 2: the Settings dialog writes core::Settings and each value takes effect.
    void settingsDialogAppliesEverySetting()
    {
        QTemporaryDir dir;
        tid::core::Settings settings(dir.filePath(u"s.conf"_s));
        Session session;
        MainWindow window;
        window.setSession(&session);
        window.setSettings(&settings);
        QCOMPARE(session.client()->timeout(), 15000); // the defaults table
        QSignalSpy applied(&window, &MainWindow::settingsApplied);
        auto *dialog = qobject_cast<tid::ui::SettingsDialog *>(window.openSettingsDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->timeoutField()->value(), 15);
        dialog->timeoutField()->setValue(42);
        dialog->themeField()->setCurrentIndex(dialog->themeField()->findData(u"dark"_s));
        dialog->languageField()->setCurrentIndex(dialog->languageField()->findData(u"de"_s));
        dialog->trayField()->setChecked(true);
        dialog->retentionField()->setValue(90);
        dialog->clipboardField()->setValue(12);
        dialog->save();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(settings.requestTimeoutMs(), 42000);
        QCOMPARE(settings.theme(), u"dark"_s);
        QCOMPARE(settings.language(), u"de"_s);
        QVERIFY(settings.closeToTray());
        QCOMPARE(settings.historyRetentionDays(), 90);
        QCOMPARE(settings.clipboardClearSeconds(), 12);
        // Applied: the client's timeout, the dark palette, the clipboard delay of a new reveal.
        QCOMPARE(session.client()->timeout(), 42000);
        QCOMPARE(tid::ui::Theme::current(), tid::ui::Theme::Mode::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(window.themeAction(int(tid::ui::Theme::Mode::Dark))->isChecked());
        tid::ui::SecretReveal reveal;
        QCOMPARE(reveal.clipboardClearMs(), 12000);
        // Restore defaults: from the one table.
        dialog->restoreDefaults();
        QCOMPARE(dialog->timeoutField()->value(), 15);
        QCOMPARE(dialog->themeField()->currentData().toString(), u"system"_s);
        QVERIFY(!dialog->trayField()->isChecked());
        dialog->save();
        QCOMPARE(tid::ui::Theme::current(), tid::ui::Theme::Mode::System);
        QCOMPARE(session.client()->timeout(), 15000);
        dialog->close();
        // View → Theme → Dark from the menu is kept in the settings too.
        window.themeAction(int(tid::ui::Theme::Mode::Dark))->trigger();
        QCOMPARE(settings.theme(), u"dark"_s);
        window.themeAction(int(tid::ui::Theme::Mode::System))->trigger();
        QCOMPARE(settings.theme(), u"system"_s);
    }

    // Issue 14 item 3: the status bar's counts follow a create in a pane.
    void countsFollowACreate()
    {
        Session session;
        MainWindow window;
        window.setSession(&session);
        auto *roles = new tid::ui::RolesPane(&session.apis());
        window.setPane(MainWindow::Pane::Roles, roles);
        window.show();
        session.connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        QTRY_VERIFY_WITH_TIMEOUT(session.isConnected(), 30000);
        roles->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!window.countsText().contains(u"…"_s), 20000);
        const int before = rolesCount(window.countsText());
        QVERIFY(before > 0);
        window.showPane(MainWindow::Pane::Roles);
        roles->newItem();
        auto *name = roles->findChild<QLineEdit *>(u"roleNameEdit"_s);
        name->setText(u"counted-role-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        roles->findChild<QPushButton *>(u"saveRoleButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(rolesCount(window.countsText()), before + 1, 20000);
    }

    // Issue 14 item 3: ThunderID's input-validation answer, shown at the field it names; the
    // fields the form does not have stay in the pane's message.
    void fieldErrorsLandAtTheirField()
    {
        FormPane pane;
        pane.show();
        const ApiError e = ApiError::fromHttp(
            400, "Bad Request",
            R"({"code":"INVALID_INPUT_METADATA","message":"Validation Failed","description":"d",)"
            R"("errors":{"name":"The name is too short.","ouId":"The field 'ouId' is missing."}})",
            QUrl());
        pane.showError(u"Creating the role"_s, e);
        QVERIFY(pane.messageWidget()->text().contains(u"ouId: The field 'ouId' is missing."_s));
        QCOMPARE(pane.showFieldErrors(e, {{u"name"_s, pane.name}}), 1);
        QCOMPARE(pane.fieldError(pane.name), u"The name is too short."_s);
        QCOMPARE(pane.form->rowCount(), 2); // the error under the field
        QCOMPARE(pane.name->accessibleDescription(), u"The name is too short."_s);
        pane.clearFieldErrors();
        QVERIFY(pane.fieldError(pane.name).isEmpty());
        QCOMPARE(pane.form->rowCount(), 1);
        QVERIFY(pane.name->accessibleDescription().isEmpty());
    }

    void messageWidgetTypes()
    {
        MessageWidget w;
        w.show();
        w.showMessage(u"Saved."_s, MessageWidget::Type::Positive);
        QVERIFY(w.isVisible());
        QCOMPARE(w.text(), u"Saved."_s);
        QCOMPARE(w.accessibleDescription(), u"Saved."_s);
        w.setAutoHideTimeout(10);
        w.showMessage(u"Done."_s, MessageWidget::Type::Information);
        QTRY_VERIFY(!w.isVisible());
        w.showMessage(u"Broken."_s, MessageWidget::Type::Error);
        QTest::qWait(50);
        QVERIFY(w.isVisible()); // errors stay until closed
    }
};

int TestMainWindow::rolesCount(const QString &counts)
{
    // "N agents · N resource servers · N roles"
    const QStringList parts = counts.split(u" · "_s);
    return parts.size() == 3 ? parts.at(2).section(u' ', 0, 0).toInt() : -1;
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
