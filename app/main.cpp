#include "app/HistoryCommand.h"
#include "app/InspectCommand.h"
#include "app/Panes.h"
#include "app/StartupProbe.h"
#include "app/Translations.h"
#include "core/Settings.h"
#include "core/api/LocalSandbox.h"
#include "core/api/Session.h"
#include "core/secrets/Keychain.h"
#include "core/token/OpenSslLifetime.h"
#include "ui/MainWindow.h"
#include "ui/connection/ConnectionController.h"
#include "ui/inbox/ApproverDesktop.h"
#include "ui/inbox/InboxTray.h"
#include "ui/widgets/MessageWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using tid::app::loadTranslations;
using tid::core::ClientAuth;
using tid::core::Keychain;
using tid::core::LocalSandbox;
using tid::core::ServerProfile;
using tid::core::Session;
using tid::core::Settings;
using tid::ui::ConnectionController;
using tid::ui::MainWindow;
using tid::ui::MessageWidget;

namespace {

// The window's command line: its description and options (also for --help without a display).
struct ConsoleOptions
{
    QCommandLineOption sandbox;
    QCommandLineOption sandboxTls;
    QCommandLineOption server;
    QCommandLineOption profile;
    QCommandLineOption clientId;
    QCommandLineOption pin;
    QCommandLineOption inbox;
};

ConsoleOptions describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for ThunderID: resource servers, scopes, roles, agents and "
                "their tokens.\n\n"
                "  thunderid-console --sandbox          try it against a local sandbox (also the\n"
                "                                       default until a profile is saved)\n"
                "  thunderid-console --server URL [--profile NAME]   browser sign-in (CONSOLE)\n"
                "  thunderid-console --server URL --client-id ID [--profile NAME]\n"
                "  thunderid-console --inbox [--profile NAME]   an approver in the tray\n"
                "  thunderid-console inspect TOKEN      the command-line token inspector\n"
                "  thunderid-console history import|sync|query   the token history (--help)\n\n"
                "The client secret of --server comes from the keychain entry of the profile, "
                "or from the environment variable THUNDERID_CLIENT_SECRET (which is then "
                "stored in the keychain when --profile is given)."));
    parser.addHelpOption();
    parser.addVersionOption();
    // Handled before the parser (main): listed here for --help.
    parser.addOption(QCommandLineOption(
        u"verbose"_s, QCoreApplication::translate(
                          "main", "Log what the console does (every tid.* category) on stderr; "
                                  "never a secret or a token.")));
    const QCommandLineOption sandboxOpt(
        u"sandbox"_s, QCoreApplication::translate(
                          "main", "Start a local thunderid-sandbox with demo data and connect."));
    const QCommandLineOption sandboxTlsOpt(
        u"sandbox-tls"_s,
        QCoreApplication::translate(
            "main", "With --sandbox: serve HTTPS and pin the sandbox's self-signed certificate."));
    const QCommandLineOption serverOpt(
        u"server"_s,
        QCoreApplication::translate("main", "Base URL of a ThunderID server, e.g. "
                                            "https://localhost:8090."),
        u"url"_s);
    const QCommandLineOption profileOpt(
        u"profile"_s,
        QCoreApplication::translate("main", "Connection profile to use (or to save, with "
                                            "--server)."),
        u"name"_s);
    const QCommandLineOption clientIdOpt(
        u"client-id"_s,
        QCoreApplication::translate("main", "Client id of an admin application (client "
                                            "credentials)."),
        u"id"_s);
    const QCommandLineOption pinOpt(
        u"tls-pin"_s,
        QCoreApplication::translate(
            "main", "Trust only the server certificate with this SHA-256 fingerprint."),
        u"sha256"_s);
    const QCommandLineOption inboxOpt(
        u"inbox"_s,
        QCoreApplication::translate(
            "main", "Start as an approver: minimised to the tray, the window opens on the "
                    "approval inbox when the tray is clicked, closing it keeps the tray."));
    parser.addOptions(
        {sandboxOpt, sandboxTlsOpt, serverOpt, profileOpt, clientIdOpt, pinOpt, inboxOpt});
    return {sandboxOpt, sandboxTlsOpt, serverOpt, profileOpt, clientIdOpt, pinOpt, inboxOpt};
}

void setIdentity()
{
    QCoreApplication::setApplicationName(u"thunderid-console"_s);
    QCoreApplication::setOrganizationName(u"ThunderID"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    tid::core::initOpenSslForProcess();
    // --verbose, anywhere on the command line (the window, inspect, history): every tid.*
    // logging category at debug level on stderr. Taken out of argv before a parser reads it.
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--verbose") != 0)
            continue;
        verbose = true;
        for (int j = i; j < argc - 1; ++j)
            argv[j] = argv[j + 1];
        argv[--argc] = nullptr;
        --i;
    }
    if (verbose)
        QLoggingCategory::setFilterRules(u"tid.*.debug=true"_s);

    // The token inspector is a command-line tool: no window, no QApplication of ours.
    if (argc > 1 && std::strcmp(argv[1], "inspect") == 0)
        return tid::app::runInspectCommand(argc, argv);
    // The token history's command line: no window either.
    if (argc > 1 && std::strcmp(argv[1], "history") == 0)
        return tid::app::runHistoryCommand(argc, argv);

    // --help and --version only print: no display needed (over SSH, in scripts, in a package's
    // post-install check).
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version") {
            QCoreApplication core(argc, argv);
            setIdentity();
            loadTranslations(core, Settings().language());
            QCommandLineParser parser;
            describe(parser);
            parser.process(core); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"ThunderID Console"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/thunderid.svg"_s));
    QGuiApplication::setDesktopFileName(u"thunderid-console"_s);
    Settings settings;
    loadTranslations(app, settings.language());

    QCommandLineParser parser;
    const ConsoleOptions options = describe(parser);
    const QCommandLineOption &sandboxOpt = options.sandbox;
    const QCommandLineOption &sandboxTlsOpt = options.sandboxTls;
    const QCommandLineOption &serverOpt = options.server;
    const QCommandLineOption &profileOpt = options.profile;
    const QCommandLineOption &clientIdOpt = options.clientId;
    const QCommandLineOption &pinOpt = options.pin;
    parser.process(app);

    Keychain keychain;
    Session session;
    MainWindow window;
    session.setKeychain(&keychain);
    window.setSession(&session);
    tid::app::installStartupProbe(window, session); // bench/start only (TID_STARTUP_PROBE)
    window.setSettings(&settings); // theme, request timeout, clipboard delay; Edit → Settings…
    // The embedded sandbox is the default: asked for, or nothing else to connect to yet.
    const bool firstRun =
        !parser.isSet(serverOpt) && !parser.isSet(profileOpt) && settings.lastProfile().isEmpty();
    const bool embeddedSandbox =
        parser.isSet(sandboxOpt) || parser.isSet(sandboxTlsOpt) || firstRun;
    ConnectionController controller(&session, &settings, &keychain, &window);
    tid::ui::ApproverDesktop *approver =
        tid::app::installPanes(window, session, settings, [&controller, embeddedSandbox] {
            // The sandbox's history lives under the profile "sandbox", afresh each run (in memory).
            if (embeddedSandbox && controller.currentProfile().name.isEmpty())
                return tid::ui::HistoryConnector::Profile{u"sandbox"_s, true, {}};
            const auto current = controller.currentProfile();
            return tid::ui::HistoryConnector::Profile{current.name, false, current.historyDatabase};
        });
    QObject::connect(&window, &MainWindow::connectDialogRequested, &controller,
                     [&controller] { controller.openDialog(); });
    QObject::connect(&controller, &ConnectionController::message, &window,
                     [&window](const QString &text, bool error) {
                         window.messageWidget()->showMessage(text,
                                                             error ? MessageWidget::Type::Error
                                                                   : MessageWidget::Type::Warning);
                     });
    const bool approverMode = parser.isSet(options.inbox);
    approver->setSettings(&settings);
    // The tray's "keep running" follows the Settings dialog too.
    QObject::connect(&window, &MainWindow::settingsApplied, approver,
                     [approver, &settings] { approver->setSettings(&settings); });
    // The title names the profile (or, for the embedded sandbox, says so).
    QObject::connect(&session, &Session::stateChanged, &window,
                     [&window, &controller, embeddedSandbox] {
                         QString name = controller.currentProfile().name;
                         if (name.isEmpty() && embeddedSandbox)
                             name = QCoreApplication::translate("main", "Local sandbox");
                         window.setProfileName(name);
                     });
    QStringList autostartArguments{u"--inbox"_s};
    if (parser.isSet(profileOpt))
        autostartArguments << u"--profile"_s << parser.value(profileOpt);
    approver->setAutostartArguments(autostartArguments);
    QObject::connect(approver, &tid::ui::ApproverDesktop::signedOut, &controller,
                     [&window, &controller](const QString &problem) {
                         window.show();
                         if (!problem.isEmpty())
                             window.messageWidget()->showMessage(problem,
                                                                 MessageWidget::Type::Warning);
                         controller.openDialog();
                     });
    if (approverMode)
        approver->startAsApprover(); // in the tray until clicked; the window opens on the inbox
    else
        window.show();

    auto showError = [&window](const QString &text) {
        window.messageWidget()->showMessage(text, MessageWidget::Type::Error);
    };

    LocalSandbox sandbox;
    if (embeddedSandbox) {
        sandbox.setExecutable(LocalSandbox::findExecutable(QCoreApplication::applicationDirPath()));
        sandbox.setTls(parser.isSet(sandboxTlsOpt));
        QObject::connect(&window, &MainWindow::demoSignInRequested, &controller,
                         [&](const tid::core::DemoUser &user) {
                             controller.signInAsDemoUser(sandbox.baseUrl(),
                                                         sandbox.tlsFingerprint(), user,
                                                         sandbox.demoUserPassword());
                         });
        QObject::connect(&window, &MainWindow::ownSignInRequested, &controller, [&] {
            controller.signInWithBrowser(sandbox.baseUrl(), sandbox.tlsFingerprint());
        });
        QObject::connect(&sandbox, &LocalSandbox::ready, &session, [&] {
            window.setDemoUsers(sandbox.demoUsers());
            session.connectWithClientCredentials(
                sandbox.baseUrl(), ClientAuth{sandbox.adminClientId(), sandbox.adminClientSecret()},
                sandbox.tlsFingerprint());
        });
        QObject::connect(&sandbox, &LocalSandbox::failed, &window, [&](const QString &message) {
            showError(QCoreApplication::translate("main", "The local sandbox did not start: %1")
                          .arg(message));
        });
        QObject::connect(&sandbox, &LocalSandbox::finished, &window, [&](int code) {
            showError(QCoreApplication::translate("main", "The local sandbox stopped (exit code "
                                                          "%1).")
                          .arg(code));
        });
        window.messageWidget()->showMessage(
            QCoreApplication::translate("main", "Starting the local sandbox…"),
            MessageWidget::Type::Information);
        window.setQuitConfirmation(QCoreApplication::translate(
            "main", "The local sandbox this console started stops when it quits, and its data "
                    "(in memory) is gone. Quit?"));
        sandbox.start();
        return app.exec();
    }

    QObject::connect(&window, &MainWindow::ownSignInRequested, &controller, [&] {
        controller.signInWithBrowser(session.baseUrl(), controller.currentProfile().tlsPin);
    });

    // A real server: from --server/--client-id/--tls-pin, a saved profile, or the last one.
    const QString profileName = parser.isSet(profileOpt)  ? parser.value(profileOpt)
                                : parser.isSet(serverOpt) ? QString()
                                                          : settings.lastProfile();
    ServerProfile profile;
    if (!profileName.isEmpty()) {
        if (const auto saved = settings.profile(profileName))
            profile = *saved;
        else if (!parser.isSet(serverOpt)) {
            showError(QCoreApplication::translate("main", "There is no profile named \"%1\".")
                          .arg(profileName));
            return app.exec();
        }
        profile.name = profileName;
    }
    if (parser.isSet(serverOpt))
        profile.baseUrl = QUrl::fromUserInput(parser.value(serverOpt));
    if (parser.isSet(clientIdOpt))
        profile.clientId = parser.value(clientIdOpt);
    if (parser.isSet(pinOpt))
        profile.tlsPin = parser.value(pinOpt);

    if (profile.baseUrl.isEmpty()) {
        controller.openDialog(); // nothing to connect to yet: the profiles
        return app.exec();
    }
    if (parser.isSet(clientIdOpt))
        profile.signIn = ServerProfile::SignIn::ClientCredentials;
    else if (profile.clientId.isEmpty()) {
        // ThunderID's public client for the console: browser sign-in with PKCE.
        profile.signIn = ServerProfile::SignIn::Browser;
        profile.clientId = tid::core::OAuthApi::ConsoleClientId;
    }
    if (!profile.name.isEmpty() && settings.saveProfile(profile))
        settings.setLastProfile(profile.name);

    const QString envSecret = qEnvironmentVariable("THUNDERID_CLIENT_SECRET");
    if (profile.signIn == ServerProfile::SignIn::ClientCredentials && !envSecret.isEmpty()) {
        if (!profile.name.isEmpty())
            keychain.write(profile.name, Keychain::ClientSecret, envSecret);
        controller.connectProfile(profile, envSecret);
    } else if (profile.signIn == ServerProfile::SignIn::ClientCredentials &&
               profile.name.isEmpty()) {
        showError(QCoreApplication::translate("main", "No client secret: set "
                                                      "THUNDERID_CLIENT_SECRET, or use --profile "
                                                      "with a secret stored in the keychain."));
    } else {
        controller.connectProfile(profile); // the secret, if any, from the keychain
    }
    return app.exec();
}
