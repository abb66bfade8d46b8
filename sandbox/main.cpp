#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"thunderid-sandbox"_s);
    QCoreApplication::setOrganizationName(u"ThunderID"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local identity server speaking ThunderID's API, for trying flows and for tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(u"port"_s, u"Port to listen on (0 = any free port)."_s,
                                     u"port"_s, u"8090"_s);
    const QCommandLineOption bindOpt(u"bind"_s, u"Address to bind."_s, u"address"_s,
                                     u"127.0.0.1"_s);
    const QCommandLineOption remoteOpt(u"allow-remote"_s,
                                       u"Allow binding a non-loopback address."_s);
    const QCommandLineOption dataOpt(u"data"_s, u"Directory of the SQLite store."_s, u"dir"_s);
    const QCommandLineOption memOpt(u"in-memory"_s, u"Keep everything in memory."_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Seed data: demo or empty."_s, u"mode"_s,
                                     u"empty"_s);
    const QCommandLineOption quietOpt(u"quiet"_s, u"No request log on stderr."_s);
    parser.addOptions({portOpt, bindOpt, remoteOpt, dataOpt, memOpt, seedOpt, quietOpt});
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
    config.seed = parser.value(seedOpt);
    config.quiet = parser.isSet(quietOpt);

    tid::sandbox::SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "thunderid-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray ready = QJsonDocument(QJsonObject{{u"event"_s, u"ready"_s},
                                                       {u"baseUrl"_s, server.baseUrl().toString()},
                                                       {u"issuer"_s, server.issuer()}})
                                 .toJson(QJsonDocument::Compact) +
                             '\n';
    std::fwrite(ready.constData(), 1, size_t(ready.size()), stdout);
    std::fflush(stdout);
    return app.exec();
}
