#include "sandbox/http/HttpServer.h"

#include "sandbox/http/HttpRequestParser.h"
#include "sandbox/http/ServiceError.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

// Bytes Qt reads from the kernel per socket before we consume them: what a connection holds
// beyond its own (bounded) buffers.
constexpr qint64 SocketReadBuffer = 64 * 1024;
// After a refused request the rest of what the client sends is read and dropped for this long,
// so that the client sees the answer instead of a connection reset.
constexpr int LingerMs = 5000;
// ... or until the client has been silent this long (everything it sent was read, so closing
// then sends no reset).
constexpr int QuietMs = 250;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

Response framingError(int status, const QString &description)
{
    return Response::error(status, u"API-%1"_s.arg(status * 10),
                           QString::fromLatin1(reasonPhrase(status)), description);
}

} // namespace

// One client connection: feeds the bytes as they arrive to an HttpRequestParser (which enforces
// every limit on them), hands complete requests to the server, writes the answers, keeps or
// closes the connection.
class HttpConnection final : public QObject
{
public:
    HttpConnection(HttpServer &server, QTcpSocket *socket)
        : QObject(&server)
        , m_server(server)
        , m_socket(socket)
        , m_parser(server.limits())
        , m_owner(&server)
        , m_peer(socket->peerAddress())
    {
        const HttpServer::Limits &limits = server.limits();
        m_socket->setParent(this);
        m_socket->setReadBufferSize(SocketReadBuffer);
        m_connectionDeadline = QDeadlineTimer(limits.connectionTimeoutMs);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimer(); });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
        touch();
        if (m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, [this] { onReadyRead(); });
    }

    ~HttpConnection() override
    {
        if (m_owner) // not when the server itself is being destroyed
            m_owner->release(m_peer);
    }

private:
    enum class State
    {
        Reading,   // the parser reads requests
        Draining,  // a refusal was sent: input is read and dropped until the client is done
        Streaming, // a stream handler owns the socket
        Waiting,   // the preflight of a complete request runs elsewhere
        Closed,
    };

    const HttpServer::Limits &limits() const { return m_server.limits(); }

    void finish()
    {
        if (m_state == State::Closed)
            return;
        m_state = State::Closed;
        m_timer.stop();
        deleteLater();
    }

    // Restarts the idle deadline and schedules the timer for the nearest deadline.
    void touch()
    {
        m_idleDeadline = QDeadlineTimer(limits().idleTimeoutMs);
        schedule();
    }
    void schedule()
    {
        if (m_state == State::Streaming || m_state == State::Closed || m_state == State::Waiting)
            return;
        qint64 next =
            std::min(m_idleDeadline.remainingTime(), m_connectionDeadline.remainingTime());
        if (m_requestStarted)
            next = std::min(next, m_requestDeadline.remainingTime());
        if (m_state == State::Draining) // at most every 20 ms while the answer is still going out
            next = std::max<qint64>(
                20, std::min(m_lingerDeadline.remainingTime(), m_quietDeadline.remainingTime()));
        m_timer.start(int(std::max<qint64>(next, 0)));
    }

    void closeWhenSent()
    {
        m_state = State::Closed;
        m_timer.stop();
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
        else
            connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    void onTimer()
    {
        if (m_state == State::Draining) {
            if (m_lingerDeadline.hasExpired()) {
                m_socket->abort();
                finish();
            } else if (m_quietDeadline.hasExpired() && m_socket->bytesToWrite() == 0) {
                closeWhenSent();
            } else {
                schedule();
            }
            return;
        }
        const bool expired = m_idleDeadline.hasExpired() || m_connectionDeadline.hasExpired() ||
                             (m_requestStarted && m_requestDeadline.hasExpired());
        if (!expired) {
            schedule();
            return;
        }
        if (m_requestStarted) {
            refuse(framingError(408, u"The request did not arrive in time."_s));
            return;
        }
        m_socket->disconnectFromHost(); // idle between requests, or the connection's time is up
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    }

    void onReadyRead()
    {
        // While a preflight runs nothing more is read: the socket's bounded buffer fills and
        // TCP holds the client back.
        if (m_state == State::Streaming || m_state == State::Closed || m_state == State::Waiting)
            return;
        if (m_state == State::Draining) {
            m_socket->skip(m_socket->bytesAvailable());
            m_quietDeadline = QDeadlineTimer(QuietMs);
            return;
        }
        touch();
        // At most one socket buffer at a time, checked before more is read.
        while (m_socket->bytesAvailable() > 0 && m_state == State::Reading) {
            const QByteArray chunk = m_socket->read(SocketReadBuffer);
            if (chunk.isEmpty())
                break;
            if (!m_requestStarted) {
                m_requestStarted = true;
                m_requestDeadline = QDeadlineTimer(limits().requestTimeoutMs);
                m_received.start();
            }
            m_parser.feed(chunk);
            process();
        }
        schedule();
    }

    // Takes every request the parser can complete from what it holds.
    void process()
    {
        while (m_state == State::Reading) {
            switch (m_parser.next()) {
            case HttpRequestParser::Result::NeedMore:
                return;
            case HttpRequestParser::Result::Continue:
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                break;
            case HttpRequestParser::Result::Error:
                if (m_parser.errorStatus() == 413)
                    refuseTooLarge();
                else
                    refuse(framingError(m_parser.errorStatus(), m_parser.errorDescription()));
                return;
            case HttpRequestParser::Result::Complete:
                m_keepAlive = m_parser.keepAlive();
                m_request = m_parser.takeRequest();
                m_request.peer = m_socket->peerAddress().toString();
                complete();
                if (m_parser.bufferedBytes() == 0)
                    return;
                break;
            }
        }
    }

    void refuseTooLarge()
    {
        refuse(Response::error(413, u"API-4130"_s, u"Request body too large"_s,
                               u"The request body exceeds the limit of 1 MiB."_s));
    }

    // Answers a request that cannot be read and ends the connection (after draining it).
    void refuse(const Response &response)
    {
        Request logged = m_parser.current();
        if (logged.method.isEmpty())
            logged.method = u"-"_s;
        m_server.log(logged, response.status, m_received.isValid() ? m_received.elapsed() : 0);
        m_socket->write(HttpServer::serialize(response, true));
        m_parser = HttpRequestParser(limits());
        m_requestStarted = false;
        m_state = State::Draining;
        m_lingerDeadline = QDeadlineTimer(LingerMs);
        m_quietDeadline = QDeadlineTimer(QuietMs);
        m_socket->skip(m_socket->bytesAvailable());
        schedule();
    }

    void complete()
    {
        m_requestStarted = false;
        if (m_server.m_offload) {
            QPointer<HttpConnection> self(this);
            const bool taken = m_server.m_offload(m_request, [self](Response response) {
                if (self)
                    self->resumeWith(std::move(response));
            });
            if (taken) {
                m_state = State::Waiting;
                m_timer.stop();
                return;
            }
        }
        if (m_server.m_preflight) {
            QPointer<HttpConnection> self(this);
            std::optional<Response> answer;
            const bool waiting = m_server.m_preflight(
                m_request,
                [self] {
                    if (self)
                        self->resume();
                },
                &answer);
            if (waiting) {
                m_state = State::Waiting;
                m_timer.stop();
                return;
            }
            if (answer) {
                m_server.log(m_request, answer->status, 0);
                respond(std::move(answer));
                return;
            }
        }
        respond();
    }

    // The answer of an offloaded request (already logged where it was computed).
    void resumeWith(Response response)
    {
        if (m_state != State::Waiting)
            return;
        respond(std::move(response));
        if (m_state == State::Reading) {
            process();
            onReadyRead();
        }
    }

    void resume()
    {
        if (m_state != State::Waiting)
            return;
        respond();
        if (m_state == State::Reading) {
            process();
            onReadyRead();
        }
    }

    void respond(std::optional<Response> preset = std::nullopt)
    {
        Response response;
        const bool streaming = preset ? false : m_server.handle(m_request, m_socket, &response);
        if (preset)
            response = std::move(*preset);
        if (streaming) {
            m_state = State::Streaming;
            m_timer.stop();
            m_parser = HttpRequestParser(limits());
            return;
        }
        const bool close = !m_keepAlive || m_connectionDeadline.hasExpired();
        m_socket->write(HttpServer::serialize(response, close, m_request.method == u"HEAD"_s));
        // Sent now rather than when the write notifier fires on a later pass of the event loop
        // (what the kernel does not take at once stays buffered as before).
        m_socket->flush();
        m_request = Request();
        m_state = State::Reading;
        if (close) {
            closeWhenSent();
            return;
        }
        touch();
    }

    HttpServer &m_server;
    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QPointer<HttpServer> m_owner;
    QHostAddress m_peer;
    State m_state = State::Reading;
    Request m_request;
    bool m_keepAlive = true;
    bool m_requestStarted = false;
    QElapsedTimer m_received;
    QTimer m_timer;
    QDeadlineTimer m_idleDeadline;
    QDeadlineTimer m_requestDeadline;
    QDeadlineTimer m_connectionDeadline;
    QDeadlineTimer m_lingerDeadline;
    QDeadlineTimer m_quietDeadline;
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{}

HttpServer::~HttpServer() = default;

void HttpServer::bind(QTcpServer *server)
{
    // pendingConnectionAvailable: after the TLS handshake for a QSslServer, at once otherwise.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
        while (server->hasPendingConnections()) {
            if (QTcpSocket *socket = server->nextPendingConnection(); socket && admit(socket))
                new HttpConnection(*this, socket);
        }
    });
}

bool HttpServer::admit(QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    const bool counted = !peer.isLoopback();
    const QString key = peer.toString();
    if (m_connections >= m_limits.maxConnections ||
        (counted && m_perAddress.value(key) >= m_limits.maxConnectionsPerAddress)) {
        // Answered without reading anything: the client learns why and when to come back.
        Response busy = Response::error(503, u"API-5030"_s, u"Service unavailable"_s,
                                        u"Too many connections; try again in 1 s."_s);
        busy.withHeader("Retry-After", "1");
        socket->setParent(this);
        socket->write(serialize(busy, true));
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        else
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never reads its answer is cut off after a while.
        QTimer::singleShot(LingerMs, socket, [socket] { socket->abort(); });
        Request refused;
        refused.method = u"-"_s;
        log(refused, 503, 0);
        return false;
    }
    ++m_connections;
    if (counted)
        ++m_perAddress[key];
    return true;
}

void HttpServer::release(const QHostAddress &peer)
{
    --m_connections;
    if (!peer.isLoopback()) {
        const QString key = peer.toString();
        if (--m_perAddress[key] <= 0)
            m_perAddress.remove(key);
    }
}

QByteArray HttpServer::serialize(const Response &response, bool close, bool head)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[k, v] : response.headers) {
        // A value never carries a line break into the response (e.g. an echoed correlation id).
        if (HttpRequestParser::isToken(k) && HttpRequestParser::isFieldValue(v))
            out += k + ": " + v + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!head)
        out += response.body;
    return out;
}

Response HttpServer::dispatch(Request &request) const
{
    const QByteArray declaredLength = request.header("Content-Length");
    if (request.body.size() > MaxBodyBytes || declaredLength.toLongLong() > MaxBodyBytes) {
        return Response::error(413, u"API-4130"_s, u"Request body too large"_s,
                               u"The request body exceeds the limit of 1 MiB."_s);
    }
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.handler && !match.stream) {
        if (!match.allowedMethods.isEmpty()) {
            return Response::error(
                       405, u"API-4050"_s, u"Method not allowed"_s,
                       u"The method %1 is not allowed on %2."_s.arg(request.method, request.path))
                .withHeader("Allow", match.allowedMethods.join(u", "_s).toLatin1());
        }
        return Response::error(404, u"API-4040"_s, u"Not found"_s,
                               u"No resource exists at %1."_s.arg(request.path));
    }
    request.params = match.params;
    if (match.options.access != Access::Public && m_auth) {
        if (auto denied = m_auth(request, match.options.access))
            return *denied;
    }
    if (match.options.jsonBody && !request.body.isEmpty() &&
        (request.method == u"POST"_s || request.method == u"PUT"_s ||
         request.method == u"PATCH"_s)) {
        const QByteArray type = request.header("Content-Type").split(';').value(0).trimmed();
        if (type.compare("application/json", Qt::CaseInsensitive) != 0) {
            return Response::error(415, u"API-4150"_s, u"Unsupported media type"_s,
                                   u"The request body must be application/json."_s);
        }
    }
    if (!match.handler)
        return Response::error(404, u"API-4040"_s, u"Not found"_s, {});
    try {
        Response response = (*match.handler)(request);
        if (m_observer)
            m_observer(request, response);
        return response;
    } catch (const std::exception &e) {
        // The text (e.g. SQLite's, with the statement) is logged, never sent.
        return internalError(
            u"%1 %2: %3"_s.arg(request.method, request.path, QString::fromUtf8(e.what())));
    }
}

Response HttpServer::dispatchLogged(Request &request) const
{
    QElapsedTimer timer;
    timer.start();
    Response response = dispatch(request);
    log(request, response.status, timer.elapsed());
    return response;
}

bool HttpServer::handle(Request &request, QTcpSocket *socket, Response *response)
{
    QElapsedTimer timer;
    timer.start();
    const Router::Match match = m_router.match(request.method, request.path);
    if (match.stream) {
        request.params = match.params;
        if (match.options.access != Access::Public && m_auth) {
            if (auto denied = m_auth(request, match.options.access)) {
                *response = *denied;
                log(request, denied->status, timer.elapsed());
                return false;
            }
        }
        log(request, 200, timer.elapsed());
        (*match.stream)(request, socket);
        return true;
    }
    *response = dispatch(request);
    log(request, response->status, timer.elapsed());
    return false;
}

void HttpServer::log(const Request &request, int status, qint64 elapsedMs) const
{
    if (m_quiet)
        return;
    // The decoded path may hold CR, LF or other controls (%0D%0A): escaped, so that a request
    // cannot forge a line of the log.
    QByteArray path;
    for (const char c : request.path.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || c == '\\')
            path += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            path += c;
    }
    const QByteArray line = request.method.toLatin1() + ' ' + path + ' ' +
                            QByteArray::number(status) + ' ' + QByteArray::number(elapsedMs) +
                            "ms\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace tid::sandbox
