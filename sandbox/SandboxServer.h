#pragma once

#include "sandbox/SandboxConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace tid::sandbox {

class Database;
class HttpServer;
class Room;

// Owns the store, the rooms and the listener. start() migrates every room, bootstraps, seeds,
// and listens; afterwards baseUrl()/issuer() are valid.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error);

    const SandboxConfig &config() const { return m_config; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString issuer() const { return m_baseUrl.toString(QUrl::StripTrailingSlash); }
    quint16 port() const { return m_port; }
    Database &database() { return *m_db; }
    HttpServer &http() { return *m_http; }

private:
    SandboxConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HttpServer> m_http;
    std::vector<std::unique_ptr<Room>> m_rooms;
    QUrl m_baseUrl;
    quint16 m_port = 0;
};

} // namespace tid::sandbox
