#pragma once

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
};

} // namespace tid::sandbox
