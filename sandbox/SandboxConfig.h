#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace tid::sandbox {

struct SandboxConfig
{
    quint16 port = 8090; // 0 = pick a free port
    QHostAddress bind = QHostAddress::LocalHost;
    bool allowRemote = false;
    QString dataDir; // SQLite file lives here; empty => default
    bool inMemory = false;
    QString seed = QStringLiteral("empty"); // "demo" or "empty"
    int seedAgents = 0;                     // generated benchmark agents to ensure exist
    bool tls = false;
    QString adminClientId;
    QString adminClientSecret;
    QString eventsFile;
    bool quiet = false;
    // The secret the signing keys are sealed with in a --data store (THUNDERID_SANDBOX_KEY), or
    // a file holding it (--key-file, THUNDERID_SANDBOX_KEY_FILE). Neither: one is generated into
    // the data directory (signing-keys.secret, 0600). Unused with --in-memory.
    QByteArray keySecret;
    QString keyFile;
    // Connection deadlines in seconds (--idle-timeout, --request-timeout, --connection-timeout).
    int idleTimeoutSeconds = 30;
    int requestTimeoutSeconds = 30;
    int connectionTimeoutSeconds = 300;
    // Connections open at once, in all and per remote address (--max-connections,
    // --max-connections-per-address; loopback peers count only towards the total).
    int maxConnections = 512;
    int maxConnectionsPerAddress = 64;
    // Worker threads for client_credentials token requests (--workers): -1 = two per core,
    // 0 = none (every request on the event-loop thread).
    int workerThreads = -1;
    // --durable: a --data store syncs every commit to the disk (SQLite synchronous = FULL).
    bool durable = false;
};

} // namespace tid::sandbox
