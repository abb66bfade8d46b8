#pragma once

// A scripted HTTP/1.1 server on loopback for ApiClient tests: each request is handed to a
// handler that decides the answer (or to hang, or to drop the connection). Real sockets, real
// QNetworkAccessManager on the other side — nothing mocked.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

struct TestRequest
{
    QByteArray method;
    QByteArray target;                     // path?query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct TestResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hang = false; // never answer
    bool drop = false; // close the connection without answering

    static TestResponse json(int status, const QByteArray &body, const QByteArray &reason = "")
    {
        TestResponse r;
        r.status = status;
        r.reason = reason.isEmpty() ? QByteArray(status < 400 ? "OK" : "Error") : reason;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.body = body;
        return r;
    }
};

class TestHttpServer : public QObject
{
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    explicit TestHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    const QList<TestRequest> &requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            TestRequest req;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = req.headers.value("content-length").toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            req.body = buf.mid(end + 4, length);
            buf.remove(0, end + 4 + length);
            m_requests.append(req);
            const TestResponse resp = m_handler(req);
            if (resp.hang)
                return;
            if (resp.drop) {
                s->abort();
                return;
            }
            QByteArray out =
                "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + resp.reason + "\r\n";
            for (const auto &h : resp.headers)
                out += h.first + ": " + h.second + "\r\n";
            out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
            out += "Connection: close\r\n\r\n";
            out += resp.body;
            s->write(out);
            s->disconnectFromHost();
            return;
        }
    }

    Handler m_handler;
    QTcpServer m_server;
    QList<TestRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
