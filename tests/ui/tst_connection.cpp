// The connection-profile dialog and the controller that connects a profile: validation that
// keeps the user's input, secrets only in the real Secret Service (never in the settings file),
// rename/delete following the keychain entries, and trust on first use of a TLS certificate
// against a real thunderid-sandbox serving HTTPS (--tls): asked once with the fingerprint, saved
// as the profile's pin when confirmed, refused when declined, and a changed certificate on a
// pinned profile refused without asking.

#include "core/Settings.h"
#include "core/api/ApiClient.h"
#include "core/api/DemoSignIn.h"
#include "core/api/Session.h"
#include "core/secrets/Keychain.h"
#include "tests/common/SandboxProcess.h"
#include "ui/MainWindow.h"
#include "ui/connection/ConnectionController.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::ui::ConnectionController;
using tid::ui::ConnectionDialog;
using tid::ui::MessageBox;

namespace {

template<typename T> T field(QWidget *w, const QString &name)
{
    auto *child = w->findChild<T>(name);
    if (!child)
        qFatal("no child %s", qPrintable(name));
    return child;
}

// A connection controller over a fresh settings file, the test keychain service and a session.
struct Rig
{
    Rig(const QString &settingsFile, const QString &keychainService)
        : settings((QFile::remove(settingsFile), settingsFile))
        , keychain(keychainService)
    {}
    Settings settings;
    Keychain keychain;
    Session session;
    QWidget window;
    ConnectionController controller{&session, &settings, &keychain, &window};
    QSignalSpy messages{&controller, &ConnectionController::message};
};

// A client-credentials profile for the sandbox's admin application.
ServerProfile adminProfile(const QString &name, const tid::test::SandboxProcess &sandbox)
{
    ServerProfile p;
    p.name = name;
    p.baseUrl = sandbox.baseUrl();
    p.signIn = ServerProfile::SignIn::ClientCredentials;
    p.clientId = sandbox.adminClientId();
    return p;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_service;

    QString settingsFile() const { return m_dir.filePath(u"console.conf"_s); }

    std::optional<KeychainResult> readSecret(Keychain &keychain, const QString &profile,
                                             const QString &purpose = Keychain::ClientSecret)
    {
        std::optional<KeychainResult> slot;
        keychain.read(profile, purpose, this, [&slot](const KeychainResult &r) { slot = r; });
        if (!QTest::qWaitFor([&] { return slot.has_value(); }, 20000))
            return std::nullopt;
        return slot;
    }

    void fill(ConnectionDialog &d, const QString &name, const QString &url, bool client,
              const QString &clientId, const QString &secret)
    {
        field<QLineEdit *>(&d, u"profileName"_s)->setText(name);
        field<QLineEdit *>(&d, u"serverUrl"_s)->setText(url);
        field<QRadioButton *>(&d, client ? u"signInClient"_s : u"signInBrowser"_s)
            ->setChecked(true);
        field<QLineEdit *>(&d, u"clientId"_s)->setText(clientId);
        field<QLineEdit *>(&d, u"clientSecret"_s)->setText(secret);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run under dbus-run-session with gnome-keyring "
                  "(scripts/test.sh does)");
        m_service =
            u"thunderid-console-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanup() { MessageBox::clearNextAnswer(); }

    void badInputIsRefusedAndKept_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("client");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << u""_s << u"https://id.example.com"_s << u""_s << false
                                 << u"CONSOLE"_s << u""_s << u"name"_s;
        QTest::newRow("relative URL") << u"p"_s << u"id.example.com:8090"_s << u""_s << false
                                      << u"CONSOLE"_s << u""_s << u"absolute"_s;
        QTest::newRow("ftp URL") << u"p"_s << u"ftp://id.example.com"_s << u""_s << false
                                 << u"CONSOLE"_s << u""_s << u"absolute"_s;
        QTest::newRow("bad pin") << u"p"_s << u"https://id.example.com"_s << u"abc"_s << false
                                 << u"CONSOLE"_s << u""_s << u"SHA-256"_s;
        QTest::newRow("pin over http") << u"p"_s << u"http://id.example.com"_s << QString(64, u'a')
                                       << false << u"CONSOLE"_s << u""_s << u"https://"_s;
        QTest::newRow("no client id") << u"p"_s << u"https://id.example.com"_s << u""_s << true
                                      << u""_s << u"x"_s << u"client ID"_s;
        QTest::newRow("no secret") << u"p"_s << u"https://id.example.com"_s << u""_s << true
                                   << u"admin-app"_s << u""_s << u"client secret"_s;
    }

    void badInputIsRefusedAndKept()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, pin);
        QFETCH(bool, client);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QFile::remove(settingsFile());
        Settings settings(settingsFile());
        Keychain keychain(m_service);
        ConnectionDialog dialog(&settings, &keychain);
        dialog.show();
        fill(dialog, name, url, client, clientId, secret);
        if (!pin.isEmpty()) {
            field<QRadioButton *>(&dialog, u"trustPinned"_s)->setChecked(true);
            field<QLineEdit *>(&dialog, u"tlsPin"_s)->setText(pin);
        }
        QSignalSpy requested(&dialog, &ConnectionDialog::connectRequested);
        QTest::mouseClick(field<QPushButton *>(&dialog, u"connectButton"_s), Qt::LeftButton);
        QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
        QCOMPARE(requested.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(settings.profileNames().isEmpty());
        // Nothing the user typed is lost.
        QCOMPARE(field<QLineEdit *>(&dialog, u"profileName"_s)->text(), name);
        QCOMPARE(field<QLineEdit *>(&dialog, u"serverUrl"_s)->text(), url);
        QCOMPARE(field<QLineEdit *>(&dialog, u"clientSecret"_s)->text(), secret);
        if (!pin.isEmpty())
            QCOMPARE(field<QLineEdit *>(&dialog, u"tlsPin"_s)->text(), pin);
    }

    void secretGoesToTheKeychainOnly()
    {
        QFile::remove(settingsFile());
        Settings settings(settingsFile());
        Keychain keychain(m_service);
        ConnectionDialog dialog(&settings, &keychain);
        dialog.show();
        const QString secret = u"cs-"_s + QUuid::createUuid().toString(QUuid::Id128);
        fill(dialog, u"prod"_s, u"https://id.example.com:8090"_s, true, u"admin-app"_s, secret);
        QSignalSpy requested(&dialog, &ConnectionDialog::connectRequested);
        QTest::mouseClick(field<QPushButton *>(&dialog, u"connectButton"_s), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        const auto profile = requested.first().at(0).value<ServerProfile>();
        QCOMPARE(profile.name, u"prod"_s);
        QCOMPARE(profile.clientId, u"admin-app"_s);
        QCOMPARE(profile.signIn, ServerProfile::SignIn::ClientCredentials);
        QCOMPARE(requested.first().at(1).toString(), secret);
        QVERIFY(!dialog.isVisible()); // connect closes the dialog
        QCOMPARE(settings.lastProfile(), u"prod"_s);

        auto stored = readSecret(keychain, u"prod"_s);
        QVERIFY(stored && stored->ok);
        QCOMPARE(stored->secret, secret);
        settings.sync();
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray conf = file.readAll();
        QVERIFY(conf.contains("admin-app"));
        QVERIFY(!conf.contains(secret.toUtf8()));

        // Renaming moves the keychain entry; deleting removes it.
        ConnectionDialog again(&settings, &keychain);
        again.show();
        QVERIFY(again.selectProfile(u"prod"_s));
        QCOMPARE(field<QLineEdit *>(&again, u"clientSecret"_s)->text(), QString());
        field<QLineEdit *>(&again, u"profileName"_s)->setText(u"production"_s);
        QVERIFY2(again.save(), qPrintable(again.errorText()));
        QCOMPARE(settings.profileNames(), QStringList{u"production"_s});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto r = readSecret(keychain, u"production"_s);
                return r && r->ok && r->secret == secret;
            }(),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto r = readSecret(keychain, u"prod"_s);
                return r && r->notFound;
            }(),
            20000);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(field<QPushButton *>(&again, u"deleteProfileButton"_s), Qt::LeftButton);
        QTRY_VERIFY(settings.profileNames().isEmpty()); // the answer comes from the event loop
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto r = readSecret(keychain, u"production"_s);
                return r && r->notFound;
            }(),
            20000);
    }

    void teamHistoryDatabase()
    {
        // A profile's token history on a team's PostgreSQL: the location in the settings, its
        // password in the keychain only; a location with a password in it is refused.
        QFile::remove(settingsFile());
        Settings settings(settingsFile());
        Keychain keychain(m_service);
        ConnectionDialog dialog(&settings, &keychain);
        dialog.show();
        fill(dialog, u"team"_s, u"https://id.example.com"_s, false, u"CONSOLE"_s, {});
        auto *location = field<QLineEdit *>(&dialog, u"historyDatabase"_s);
        auto *password = field<QLineEdit *>(&dialog, u"historyPassword"_s);
        QVERIFY(field<QRadioButton *>(&dialog, u"historyLocal"_s)->isChecked());
        QVERIFY(!location->isEnabled());
        field<QRadioButton *>(&dialog, u"historyTeam"_s)->setChecked(true);
        QVERIFY(location->isEnabled() && password->isEnabled());
        location->setText(u"postgresql://audit:pw@db.example.com/history"_s);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.errorText().contains(u"keychain"_s), qPrintable(dialog.errorText()));
        QVERIFY(settings.profileNames().isEmpty());
        const QString url = u"postgresql://audit@db.example.com:5432/history?sslmode=require"_s;
        const QString secret = u"db-"_s + QUuid::createUuid().toString(QUuid::Id128);
        location->setText(url);
        password->setText(secret);
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
        QCOMPARE(settings.profile(u"team"_s)->historyDatabase, url);
        QVERIFY(password->text().isEmpty());
        auto stored = readSecret(keychain, u"team"_s, Keychain::HistoryDatabasePassword);
        QVERIFY(stored && stored->ok);
        QCOMPARE(stored->secret, secret);
        settings.sync();
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
        // Shown again as saved; back to the local store.
        ConnectionDialog again(&settings, &keychain);
        again.show();
        QVERIFY(again.selectProfile(u"team"_s));
        QVERIFY(field<QRadioButton *>(&again, u"historyTeam"_s)->isChecked());
        QCOMPARE(field<QLineEdit *>(&again, u"historyDatabase"_s)->text(), url);
        field<QRadioButton *>(&again, u"historyLocal"_s)->setChecked(true);
        QVERIFY2(again.save(), qPrintable(again.errorText()));
        QVERIFY(settings.profile(u"team"_s)->historyDatabase.isEmpty());
    }

    void duplicateNameIsRefused()
    {
        QFile::remove(settingsFile());
        Settings settings(settingsFile());
        ServerProfile p;
        p.name = u"staging"_s;
        p.baseUrl = QUrl(u"https://staging.example.com"_s);
        p.signIn = ServerProfile::SignIn::Browser;
        p.clientId = u"CONSOLE"_s;
        QVERIFY(settings.saveProfile(p));
        Keychain keychain(m_service);
        ConnectionDialog dialog(&settings, &keychain);
        dialog.show();
        QCOMPARE(field<QListWidget *>(&dialog, u"profileList"_s)->count(), 1);
        dialog.newProfile();
        fill(dialog, u"staging"_s, u"https://other.example.com"_s, false, u"CONSOLE"_s, {});
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.errorText().contains(u"exists already"_s), qPrintable(dialog.errorText()));
        QCOMPARE(settings.profile(u"staging"_s)->baseUrl, p.baseUrl);
        // Browser sign-in proposes ThunderID's CONSOLE client.
        dialog.newProfile();
        QCOMPARE(field<QLineEdit *>(&dialog, u"clientId"_s)->text(), u"CONSOLE"_s);
        QVERIFY(field<QRadioButton *>(&dialog, u"signInBrowser"_s)->isChecked());
        QVERIFY(!field<QLineEdit *>(&dialog, u"clientSecret"_s)->isVisible());
    }

    void trustOnFirstUse_data()
    {
        QTest::addColumn<bool>("trust");
        QTest::newRow("confirmed") << true;
        QTest::newRow("declined") << false;
    }

    void trustOnFirstUse()
    {
        QFETCH(bool, trust);
        tid::test::SandboxProcess::Options options;
        options.tls = true;
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QByteArray expectedPin = ApiClient::normalizeFingerprint(sandbox.tlsFingerprint());
        QVERIFY(!expectedPin.isEmpty());

        Rig rig(settingsFile(), m_service);
        ServerProfile p = adminProfile(u"tls"_s, sandbox);
        QVERIFY(rig.settings.saveProfile(p));

        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(trust ? QMessageBox::Yes : QMessageBox::No);
        rig.controller.connectProfile(p, sandbox.adminClientSecret());
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::askedCount(), asked + 1, 30000);
        QVERIFY2(MessageBox::lastText().contains(ApiClient::formatFingerprint(expectedPin)),
                 qPrintable(MessageBox::lastText()));
        if (trust) {
            QTRY_VERIFY_WITH_TIMEOUT(rig.session.isConnected(), 30000);
            QCOMPARE(rig.settings.profile(u"tls"_s)->tlsPin, QString::fromLatin1(expectedPin));
            QCOMPARE(MessageBox::askedCount(), asked + 1); // asked once only
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!rig.messages.isEmpty(), 30000);
            QVERIFY(rig.messages.last().at(0).toString().contains(u"not trusted"_s));
            QVERIFY(!rig.session.isConnected());
            QVERIFY(rig.settings.profile(u"tls"_s)->tlsPin.isEmpty());
        }
    }

    void changedCertificateIsRefusedWithoutAsking()
    {
        tid::test::SandboxProcess::Options options;
        options.tls = true;
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        Rig rig(settingsFile(), m_service);
        ServerProfile p = adminProfile(u"pinned"_s, sandbox);
        p.tlsPin = QString(64, u'a'); // not the sandbox's certificate
        QVERIFY(rig.settings.saveProfile(p));
        const int asked = MessageBox::askedCount();
        rig.controller.connectProfile(p, sandbox.adminClientSecret());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.messages.isEmpty(), 30000);
        QVERIFY2(rig.messages.last().at(0).toString().contains(u"has changed"_s),
                 qPrintable(rig.messages.last().at(0).toString()));
        QCOMPARE(rig.session.state(), Session::State::Failed);
        QCOMPARE(rig.session.lastError().kind, ApiError::Kind::Tls);
        QCOMPARE(MessageBox::askedCount(), asked);
        QCOMPARE(rig.settings.profile(u"pinned"_s)->tlsPin, QString(64, u'a'));
    }

    void secretFromTheKeychainWhenNotTyped()
    {
        tid::test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        Rig rig(settingsFile(), m_service);
        ServerProfile p = adminProfile(u"local"_s, sandbox);
        QVERIFY(rig.settings.saveProfile(p));
        std::optional<KeychainResult> wrote;
        rig.keychain.remove(u"local"_s, Keychain::ClientSecret, this,
                            [&wrote](const KeychainResult &r) { wrote = r; });
        QTRY_VERIFY_WITH_TIMEOUT(wrote.has_value(), 20000);

        // Nothing stored: the user is told and the dialog opens on the profile.
        rig.controller.connectProfile(p);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.messages.isEmpty(), 20000);
        QVERIFY(rig.messages.last().at(0).toString().contains(u"no client secret"_s));
        QVERIFY(rig.controller.dialog());
        QCOMPARE(field<QLineEdit *>(rig.controller.dialog(), u"profileName"_s)->text(), u"local"_s);
        rig.controller.dialog()->close();

        wrote.reset();
        rig.keychain.write(u"local"_s, Keychain::ClientSecret, sandbox.adminClientSecret(), this,
                           [&wrote](const KeychainResult &r) { wrote = r; });
        QTRY_VERIFY_WITH_TIMEOUT(wrote.has_value(), 20000);
        QVERIFY(wrote->ok);
        rig.controller.connectProfile(p);
        QTRY_VERIFY_WITH_TIMEOUT(rig.session.isConnected(), 30000);
        QCOMPARE(rig.session.clientId(), sandbox.adminClientId());
    }

    void browserProfileOpensTheBrowser()
    {
        tid::test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        Rig rig(settingsFile(), m_service);
        rig.session.setKeychain(&rig.keychain);
        QList<QUrl> opened;
        bool browserWorks = true;
        rig.controller.setBrowserOpener([&](const QUrl &url) {
            opened.append(url);
            return browserWorks;
        });
        ServerProfile p;
        p.name = u"browser-"_s + QUuid::createUuid().toString(QUuid::Id128);
        p.baseUrl = sandbox.baseUrl();
        p.signIn = ServerProfile::SignIn::Browser;
        p.clientId = u"CONSOLE"_s;
        rig.controller.connectProfile(p);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        const QUrlQuery query(opened.first());
        QCOMPARE(query.queryItemValue(u"client_id"_s), u"CONSOLE"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QVERIFY(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host() ==
                u"127.0.0.1"_s);
        QCOMPARE(rig.session.state(), Session::State::Connecting);
        QVERIFY(rig.messages.isEmpty());
        rig.session.cancelSignIn();

        // No browser could be opened: the address is given to the user instead.
        browserWorks = false;
        rig.controller.connectProfile(p);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 30000);
        QTRY_VERIFY(!rig.messages.isEmpty());
        QVERIFY(rig.messages.last().at(0).toString().contains(u"code_challenge"_s));
        rig.session.cancelSignIn();
    }

    void demoUserSignsInWithoutABrowser()
    {
        // The embedded sandbox announces its demo people; picking one signs them in through
        // the real authorization-code flow, the sign-in page filled in by the console.
        tid::test::SandboxProcess::Options options;
        options.seed = u"demo"_s;
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QJsonArray users = sandbox.ready().value(u"demoUsers"_s).toArray();
        QVERIFY(users.size() >= 2);
        const QString password = sandbox.ready().value(u"demoUserPassword"_s).toString();
        QVERIFY(!password.isEmpty());
        const tid::core::DemoUser user{users.at(1).toObject().value(u"username"_s).toString(),
                                       users.at(1).toObject().value(u"name"_s).toString()};
        QVERIFY(!user.name.isEmpty());

        Rig rig(settingsFile(), m_service);
        bool browserOpened = false;
        rig.controller.setBrowserOpener([&](const QUrl &) { return browserOpened = true; });
        QSignalSpy connected(&rig.session, &Session::connected);
        rig.controller.signInAsDemoUser(sandbox.baseUrl(), {}, user, password);
        QVERIFY(connected.wait(30000));
        QVERIFY(!browserOpened);
        QVERIFY(rig.messages.isEmpty());
        QVERIFY(!rig.session.isAdministrator()); // a person: the inbox, not the management API
        QCOMPARE(rig.session.signedInAs(), user.username);
        QCOMPARE(rig.session.signInMethod(), ServerProfile::SignIn::Browser);

        // A refused password is said, and nothing stays half signed in.
        rig.controller.signInAsDemoUser(sandbox.baseUrl(), {}, user, u"not-the-password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.messages.isEmpty(), 30000);
        QVERIFY(rig.messages.last().at(1).toBool());
        QVERIFY2(rig.messages.last().at(0).toString().contains(user.name),
                 qPrintable(rig.messages.last().at(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.session.state(), Session::State::Disconnected, 30000);
        QVERIFY(!browserOpened);
    }

    void demoSignInPageParsing()
    {
        const auto fields = tid::core::DemoSignIn::hiddenFields(
            u"<form><input type=\"hidden\" name=\"state\" value=\"a&amp;b&quot;c\">"
            "<INPUT value=\"x\" name=\"client_id\" type=\"HIDDEN\">"
            "<input type=\"text\" name=\"username\"></form>"_s);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0), (QPair<QString, QString>{u"state"_s, u"a&b\"c"_s}));
        QCOMPARE(fields.at(1), (QPair<QString, QString>{u"client_id"_s, u"x"_s}));
    }

    void screenshot()
    {
        const QByteArray dir = qgetenv("TID_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set TID_SCREENSHOT_DIR to save docs/screenshots/connection.png");
        QFile::remove(settingsFile());
        Settings settings(settingsFile());
        for (const auto &[name, url] : {std::pair{u"production"_s, u"https://id.example.com"_s},
                                        std::pair{u"staging"_s, u"https://staging.example.com"_s},
                                        std::pair{u"laptop"_s, u"https://localhost:8090"_s}}) {
            ServerProfile p;
            p.name = name;
            p.baseUrl = QUrl(url);
            p.signIn = ServerProfile::SignIn::Browser;
            p.clientId = u"CONSOLE"_s;
            if (name == u"laptop"_s)
                p.tlsPin = u"3f9a5c0e1b7d2a4f6e8c0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a"_s;
            QVERIFY(settings.saveProfile(p));
        }
        settings.setLastProfile(u"laptop"_s);
        Keychain keychain(m_service);
        ConnectionDialog dialog(&settings, &keychain);
        dialog.show();
        QVERIFY(dialog.selectProfile(u"laptop"_s));
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(dir) + u"/connection.png"_s));
    }

    void windowOffersTheDialog()
    {
        tid::ui::MainWindow window;
        window.show();
        QSignalSpy requested(&window, &tid::ui::MainWindow::connectDialogRequested);
        QVERIFY(window.connectAction());
        window.connectAction()->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(window.connectAction()->shortcut(), QKeySequence(QKeySequence::Open));
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
