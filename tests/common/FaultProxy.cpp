#include "FaultProxy.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace tid::test {

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{}

FaultProxy::~FaultProxy()
{
    dropConnections();
}

bool FaultProxy::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection())
            accept(s);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FaultProxy::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = true;
    auto *server = new QSslServer(this);
    m_server = server;
    setCertificate(certificate, key);
    connect(server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection())
            accept(s);
    });
    // A handshake the client refuses (a pin mismatch) is an expected event here.
    connect(server, &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError) {});
    return server->listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    if (auto *server = qobject_cast<QSslServer *>(m_server)) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
    }
    dropConnections();
}

QUrl FaultProxy::url() const
{
    QUrl u;
    u.setScheme(m_tls ? u"https"_s : u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_server ? m_server->serverPort() : 0);
    return u;
}

void FaultProxy::setMode(Mode mode)
{
    m_mode = mode;
    dropConnections();
}

void FaultProxy::dropConnections()
{
    const QList<Link *> links = std::exchange(m_links, {});
    for (Link *link : links) {
        if (link->client) {
            link->client->disconnect(this);
            link->client->abort();
            link->client->deleteLater();
        }
        if (link->upstream) {
            link->upstream->disconnect(this);
            link->upstream->abort();
            link->upstream->deleteLater();
        }
        delete link;
    }
}

void FaultProxy::accept(QTcpSocket *client)
{
    auto *link = new Link;
    link->client = client;
    client->setParent(this);
    m_links.append(link);
    const auto forget = [this, link] {
        if (!m_links.removeOne(link))
            return; // dropped already
        if (link->client)
            link->client->deleteLater();
        if (link->upstream) {
            link->upstream->disconnectFromHost();
            link->upstream->deleteLater();
        }
        delete link;
    };
    connect(client, &QTcpSocket::disconnected, this, forget, Qt::QueuedConnection);
    if (m_mode == Mode::Pass) {
        auto *up = new QTcpSocket(this);
        link->upstream = up;
        connect(up, &QTcpSocket::readyRead, this, [link, up] {
            if (link->client)
                link->client->write(up->readAll());
        });
        connect(up, &QTcpSocket::disconnected, this, [link] {
            if (link->client)
                link->client->disconnectFromHost();
        });
        up->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    }
    connect(client, &QTcpSocket::readyRead, this, [this, link] { onClientData(link); });
    if (client->bytesAvailable() > 0)
        onClientData(link);
}

void FaultProxy::onClientData(Link *link)
{
    if (!link->client)
        return;
    if (link->upstream) { // Pass: relay (QTcpSocket buffers until the upstream is connected)
        link->upstream->write(link->client->readAll());
        return;
    }
    link->pending += link->client->readAll();
    const qsizetype end = link->pending.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : link->pending.left(end).split('\n')) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (link->pending.size() < end + 4 + length)
        return;
    link->pending.remove(0, end + 4 + length);
    fault(link);
}

void FaultProxy::fault(Link *link)
{
    ++m_faults;
    QTcpSocket *c = link->client;
    switch (m_mode) {
    case Mode::Pass:
    case Mode::Stall:
        return;
    case Mode::ServerError: {
        const QByteArray body = R"({"code":"SSE-5000","message":"Internal server error",)"
                                R"("description":"The database is not reachable."})";
        c->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                 "Connection: close\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
        c->disconnectFromHost();
        return;
    }
    case Mode::CutBody:
        c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
                 R"({"totalResults":40,"startIndex":1,"count":20,"resourceServers":[{"id":"01)");
        c->flush();
        c->disconnectFromHost();
        return;
    case Mode::GarbageJson: {
        const QByteArray body = "{\"totalResults\": 3, \"resourceServers\": [1, 2,,, <html>oops";
        c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return;
    }
    }
}

bool FaultProxy::makeCertificate(QSslCertificate *certificate, QSslKey *key, QString *error)
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                   dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *error = u"openssl req failed: "_s + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    QFile c(dir.filePath(u"cert.pem"_s));
    QFile k(dir.filePath(u"key.pem"_s));
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the generated certificate"_s;
        return false;
    }
    *certificate = QSslCertificate(c.readAll(), QSsl::Pem);
    *key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
    if (certificate->isNull() || key->isNull()) {
        *error = u"the generated certificate or key does not load"_s;
        return false;
    }
    return true;
}

} // namespace tid::test
