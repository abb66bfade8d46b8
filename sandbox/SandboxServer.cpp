#include "sandbox/SandboxServer.h"

#include "sandbox/Room.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/store/CoreSchema.h"
#include "sandbox/store/Database.h"

#include <QDir>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (!m_config.allowRemote && !m_config.bind.isLoopback()) {
        *error = u"refusing to bind %1: a non-loopback address needs --allow-remote"_s.arg(
            m_config.bind.toString());
        return false;
    }

    QString dbPath;
    if (!m_config.inMemory) {
        QString dir = m_config.dataDir;
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(dir)) {
            *error = u"cannot create data directory %1"_s.arg(dir);
            return false;
        }
        dbPath = QDir(dir).filePath(u"sandbox.sqlite"_s);
    }
    m_db = std::make_unique<Database>(dbPath);
    if (!m_db->open(error))
        return false;

    m_http = std::make_unique<HttpServer>(this);
    m_http->setQuiet(m_config.quiet);

    m_rooms.push_back(std::make_unique<CoreSchema>());

    for (const auto &room : m_rooms) {
        if (!m_db->migrate(room->name(), room->migrations(), error))
            return false;
        room->registerRoutes(m_http->router());
    }
    const bool bootstrapped = m_db->transaction([&] {
        for (const auto &room : m_rooms) {
            if (!room->bootstrap(error))
                return false;
        }
        return true;
    });
    if (!bootstrapped)
        return false;

    auto *tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(m_config.bind, m_config.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_config.bind.toString())
                     .arg(m_config.port)
                     .arg(tcp->errorString());
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    const QString host = m_config.bind.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(m_config.bind.toString())
                             : m_config.bind.toString();
    m_baseUrl = QUrl(u"%1://%2:%3"_s.arg(m_config.tls ? u"https"_s : u"http"_s, host)
                         .arg(m_port));
    return true;
}

} // namespace tid::sandbox
