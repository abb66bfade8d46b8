#include "core/token/OpenSslLifetime.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

// SIGTERM/SIGINT end the event loop, so the store is closed cleanly (WAL checkpoint) and the
// process exits with 0: the console and tests stop their child sandbox with terminate().
static int s_signalFds[2] = {-1, -1};

static void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalFds[0], &c, 1);
}

static void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(s_signalFds[1], &c, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

static void writeLine(FILE *stream, const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int main(int argc, char *argv[])
{
    tid::core::initOpenSslForProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"thunderid-sandbox"_s);
    QCoreApplication::setOrganizationName(u"ThunderID"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local identity server speaking ThunderID's API, for trying flows and for tests.\n"
        "Prints one JSON line {\"event\":\"ready\",...} on stdout once it listens."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(u"port"_s, u"Port to listen on (0 = any free port)."_s,
                                     u"port"_s, u"8090"_s);
    const QCommandLineOption bindOpt(u"bind"_s, u"Address to bind."_s, u"address"_s,
                                     u"127.0.0.1"_s);
    const QCommandLineOption remoteOpt(u"allow-remote"_s,
                                       u"Allow binding a non-loopback address."_s);
    const QCommandLineOption dataOpt(u"data"_s,
                                     u"Directory of the SQLite store (default: the user's "
                                     "application data directory)."_s,
                                     u"dir"_s);
    const QCommandLineOption memOpt(u"in-memory"_s, u"Keep everything in memory."_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Seed data: demo or empty."_s, u"mode"_s,
                                     u"empty"_s);
    const QCommandLineOption seedAgentsOpt(
        u"seed-agents"_s,
        u"Make sure N generated benchmark agents (bench-agent-000001, ...) exist."_s, u"N"_s);
    const QCommandLineOption tlsOpt(u"tls"_s,
                                    u"Serve HTTPS with a self-signed certificate (its SHA-256 "
                                    "fingerprint is printed)."_s);
    const QCommandLineOption adminIdOpt(
        u"admin-client-id"_s, u"Client id of the bootstrap admin M2M application."_s, u"id"_s);
    const QCommandLineOption adminSecretOpt(
        u"admin-client-secret"_s,
        u"Client secret of the bootstrap admin application (otherwise one is generated on the "
        "first start and printed once). Prefer the environment variable "
        "THUNDERID_SANDBOX_ADMIN_SECRET: a command line is visible to every user in ps."_s,
        u"secret"_s);
    const QCommandLineOption eventsOpt(u"events-file"_s,
                                       u"Append ThunderID observability events (JSON lines) "
                                       "to this file."_s,
                                       u"path"_s);
    const QCommandLineOption quietOpt(u"quiet"_s, u"No request log on stderr."_s);
    const QCommandLineOption keyFileOpt(
        u"key-file"_s,
        u"File holding the secret the signing keys are encrypted with in the store (or set "
        "THUNDERID_SANDBOX_KEY; otherwise one is generated into the data directory)."_s,
        u"path"_s);
    const QCommandLineOption idleOpt(u"idle-timeout"_s,
                                     u"Seconds a connection may stay silent (default 30)."_s,
                                     u"s"_s, u"30"_s);
    const QCommandLineOption requestTimeoutOpt(
        u"request-timeout"_s, u"Seconds one request may take to arrive (default 30)."_s, u"s"_s,
        u"30"_s);
    const QCommandLineOption connectionTimeoutOpt(
        u"connection-timeout"_s,
        u"Seconds a connection may last, event streams aside (default 300)."_s, u"s"_s, u"300"_s);
    const QCommandLineOption maxConnectionsOpt(
        u"max-connections"_s,
        u"Connections open at once; beyond, new ones are answered 503 (default 512)."_s, u"n"_s,
        u"512"_s);
    const QCommandLineOption maxPerAddressOpt(
        u"max-connections-per-address"_s,
        u"Connections open at once from one remote (non-loopback) address (default 64)."_s, u"n"_s,
        u"64"_s);
    const QCommandLineOption workersOpt(
        u"workers"_s,
        u"Worker threads that serve client_credentials token requests (default: two per core; "
        "0 = all on the event-loop thread)."_s,
        u"n"_s, u"-1"_s);
    const QCommandLineOption durableOpt(
        u"durable"_s,
        u"Sync every commit of a --data store to the disk (audit records survive a power loss, "
        "not only a crash of the sandbox); slower."_s);
    parser.addOptions({portOpt,
                       bindOpt,
                       remoteOpt,
                       dataOpt,
                       memOpt,
                       seedOpt,
                       seedAgentsOpt,
                       tlsOpt,
                       adminIdOpt,
                       adminSecretOpt,
                       eventsOpt,
                       quietOpt,
                       keyFileOpt,
                       idleOpt,
                       requestTimeoutOpt,
                       connectionTimeoutOpt,
                       maxConnectionsOpt,
                       maxPerAddressOpt,
                       workersOpt,
                       durableOpt});
    parser.process(app);

    tid::sandbox::SandboxConfig config;
    bool ok = false;
    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        std::fprintf(stderr, "thunderid-sandbox: invalid --port\n");
        return 2;
    }
    config.port = quint16(port);
    if (!config.bind.setAddress(parser.value(bindOpt))) {
        std::fprintf(stderr, "thunderid-sandbox: invalid --bind address\n");
        return 2;
    }
    config.allowRemote = parser.isSet(remoteOpt);
    config.dataDir = parser.value(dataOpt);
    config.inMemory = parser.isSet(memOpt);
    if (config.inMemory && parser.isSet(dataOpt)) {
        std::fprintf(stderr, "thunderid-sandbox: --data and --in-memory exclude each other\n");
        return 2;
    }
    config.seed = parser.value(seedOpt);
    if (config.seed != u"demo"_s && config.seed != u"empty"_s) {
        std::fprintf(stderr, "thunderid-sandbox: --seed must be demo or empty\n");
        return 2;
    }
    if (parser.isSet(seedAgentsOpt)) {
        config.seedAgents = parser.value(seedAgentsOpt).toInt(&ok);
        if (!ok || config.seedAgents < 0 || config.seedAgents > 10000000) {
            std::fprintf(stderr,
                         "thunderid-sandbox: --seed-agents must be a count (0..10000000)\n");
            return 2;
        }
    }
    config.tls = parser.isSet(tlsOpt);
    config.adminClientId = parser.value(adminIdOpt).trimmed();
    config.adminClientSecret = parser.value(adminSecretOpt);
    if (parser.isSet(adminSecretOpt) && config.adminClientSecret.isEmpty()) {
        std::fprintf(stderr, "thunderid-sandbox: --admin-client-secret must not be empty\n");
        return 2;
    }
    // The secret from the environment (how the console passes it); not left there for a child.
    if (!parser.isSet(adminSecretOpt) &&
        qEnvironmentVariableIsSet("THUNDERID_SANDBOX_ADMIN_SECRET")) {
        config.adminClientSecret = qEnvironmentVariable("THUNDERID_SANDBOX_ADMIN_SECRET");
        if (config.adminClientSecret.isEmpty()) {
            std::fprintf(stderr, "thunderid-sandbox: THUNDERID_SANDBOX_ADMIN_SECRET is empty\n");
            return 2;
        }
    }
    qunsetenv("THUNDERID_SANDBOX_ADMIN_SECRET");
    config.eventsFile = parser.value(eventsOpt);
    config.quiet = parser.isSet(quietOpt);
    for (const auto &[option, target] :
         {std::pair{&idleOpt, &config.idleTimeoutSeconds},
          std::pair{&requestTimeoutOpt, &config.requestTimeoutSeconds},
          std::pair{&connectionTimeoutOpt, &config.connectionTimeoutSeconds}}) {
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 1 || *target > 86400) {
            std::fprintf(stderr, "thunderid-sandbox: --%s must be 1..86400 seconds\n",
                         qPrintable(option->names().constFirst()));
            return 2;
        }
    }
    for (const auto &[option, target] :
         {std::pair{&maxConnectionsOpt, &config.maxConnections},
          std::pair{&maxPerAddressOpt, &config.maxConnectionsPerAddress}}) {
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 1 || *target > 1000000) {
            std::fprintf(stderr, "thunderid-sandbox: --%s must be 1..1000000\n",
                         qPrintable(option->names().constFirst()));
            return 2;
        }
    }
    config.durable = parser.isSet(durableOpt);
    config.workerThreads = parser.value(workersOpt).toInt(&ok);
    if (!ok || config.workerThreads < -1 || config.workerThreads > 256) {
        std::fprintf(stderr, "thunderid-sandbox: --workers must be 0..256\n");
        return 2;
    }
    // The administrator's secret for the signing keys at rest: the environment, else a file.
    config.keySecret = qgetenv("THUNDERID_SANDBOX_KEY");
    config.keyFile = parser.value(keyFileOpt);
    if (config.keyFile.isEmpty())
        config.keyFile = qEnvironmentVariable("THUNDERID_SANDBOX_KEY_FILE");

    tid::sandbox::SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "thunderid-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject ready = server.readyLine();
    // Generated credentials exist in clear only now: say so once, next to the ready line.
    if (ready.contains(u"adminClientSecret"_s)) {
        writeLine(stderr, "thunderid-sandbox: generated admin client secret for client id \"" +
                              ready.value(u"adminClientId"_s).toString().toUtf8() +
                              "\" (shown only now): " +
                              ready.value(u"adminClientSecret"_s).toString().toUtf8());
    }
    if (ready.contains(u"adminPassword"_s)) {
        writeLine(stderr, "thunderid-sandbox: generated password of user \"admin\" (shown only "
                          "now): " +
                              ready.value(u"adminPassword"_s).toString().toUtf8());
    }
    if (ready.contains(u"tlsFingerprint"_s)) {
        writeLine(stderr, "thunderid-sandbox: TLS certificate SHA-256 fingerprint: " +
                              ready.value(u"tlsFingerprint"_s).toString().toUtf8());
    }
    writeLine(stdout, QJsonDocument(ready).toJson(QJsonDocument::Compact));
    quitOnSignals(app);
    return app.exec();
}
