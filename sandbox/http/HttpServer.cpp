#include "sandbox/http/HttpServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <cctype>
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
constexpr qsizetype ChunkLineBytes = 1024;

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

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != '\0' && QByteArrayLiteral("!#$%&'*+-.^_`|~").contains(c));
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible characters, spaces and tabs, obs-text; never CR, LF, NUL or other
// controls (a bare CR would otherwise be echoed into a response header).
bool isFieldValue(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

Response framingError(int status, const QString &description)
{
    return Response::error(status, u"API-%1"_s.arg(status * 10),
                           QString::fromLatin1(reasonPhrase(status)), description);
}

} // namespace

// One client connection: reads requests with every limit enforced on the bytes as they arrive,
// hands complete ones to the server, writes the answers, keeps or closes the connection.
class HttpConnection final : public QObject
{
public:
    HttpConnection(HttpServer &server, QTcpSocket *socket)
        : QObject(&server)
        , m_server(server)
        , m_socket(socket)
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

private:
    enum class State
    {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
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

    void onTimer()
    {
        if (m_state == State::Draining) {
            if (m_lingerDeadline.hasExpired()) {
                m_socket->abort();
                finish();
            } else if (m_quietDeadline.hasExpired() && m_socket->bytesToWrite() == 0) {
                m_state = State::Closed;
                m_socket->disconnectFromHost();
                if (m_socket->state() == QAbstractSocket::UnconnectedState)
                    deleteLater();
                else
                    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
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
        while (m_socket->bytesAvailable() > 0 && m_state != State::Draining &&
               m_state != State::Closed && m_state != State::Streaming &&
               m_state != State::Waiting) {
            const QByteArray chunk = m_socket->read(SocketReadBuffer);
            if (chunk.isEmpty())
                break;
            if (!m_requestStarted) {
                m_requestStarted = true;
                m_requestDeadline = QDeadlineTimer(limits().requestTimeoutMs);
                m_received.start();
            }
            m_buffer += chunk;
            process();
        }
        schedule();
    }

    // Parses as much of m_buffer as possible.
    void process()
    {
        for (;;) {
            switch (m_state) {
            case State::Head:
                if (!readHead())
                    return;
                break;
            case State::FixedBody: {
                const qsizetype need = m_contentLength - m_body.size();
                const qsizetype take = std::min(need, m_buffer.size());
                m_body += m_buffer.left(take);
                m_buffer.remove(0, take);
                if (m_body.size() < m_contentLength)
                    return;
                complete();
                break;
            }
            case State::ChunkSize: {
                const qsizetype nl = m_buffer.indexOf('\n');
                if (nl < 0) {
                    if (m_buffer.size() > ChunkLineBytes)
                        return refuse(framingError(400, u"Malformed chunked body."_s));
                    return;
                }
                QByteArray line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                if (line.endsWith('\r'))
                    line.chop(1);
                const QByteArray hex = line.split(';').value(0).trimmed();
                bool ok = false;
                const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
                if (!ok || size < 0)
                    return refuse(framingError(400, u"Malformed chunk size."_s));
                if (m_body.size() + size > limits().bodyBytes)
                    return refuseTooLarge();
                m_chunkRemaining = size;
                m_state = size == 0 ? State::Trailers : State::ChunkData;
                break;
            }
            case State::ChunkData: {
                const qsizetype take =
                    qsizetype(std::min<qint64>(m_chunkRemaining, m_buffer.size()));
                m_body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_chunkRemaining -= take;
                if (m_chunkRemaining > 0)
                    return;
                m_state = State::ChunkDataEnd;
                break;
            }
            case State::ChunkDataEnd: {
                if (m_buffer.size() < 1)
                    return;
                if (m_buffer.startsWith("\r\n"))
                    m_buffer.remove(0, 2);
                else if (m_buffer.startsWith('\n'))
                    m_buffer.remove(0, 1);
                else if (m_buffer.size() == 1 && m_buffer.at(0) == '\r')
                    return;
                else
                    return refuse(framingError(400, u"Malformed chunked body."_s));
                m_state = State::ChunkSize;
                break;
            }
            case State::Trailers: {
                const qsizetype nl = m_buffer.indexOf('\n');
                if (nl < 0) {
                    if (m_buffer.size() > limits().headerLineBytes)
                        return refuse(framingError(431, u"A trailer field is too large."_s));
                    return;
                }
                QByteArray line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                m_trailerBytes += line.size();
                if (m_trailerBytes > limits().headerBlockBytes)
                    return refuse(framingError(431, u"The trailer fields are too large."_s));
                if (line == "\r" || line.isEmpty())
                    complete(); // trailers are read and dropped
                break;
            }
            default:
                return;
            }
            if (m_state == State::Head && m_buffer.isEmpty())
                return;
        }
    }

    // Returns false when more bytes are needed (or the request was refused).
    bool readHead()
    {
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
            m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
        const HttpServer::Limits &lim = limits();
        qsizetype end = -1;
        qsizetype endLength = 0;
        // The head ends with an empty line; look for it only within the allowed size.
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lf = m_buffer.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            end = crlf;
            endLength = 4;
        } else if (lf >= 0) {
            end = lf;
            endLength = 2;
        }
        const QByteArrayView head =
            end >= 0 ? QByteArrayView(m_buffer).first(end) : QByteArrayView(m_buffer);
        // Limits first, on whatever arrived so far.
        const qsizetype firstNl = head.indexOf('\n');
        const qsizetype requestLineLength = firstNl < 0 ? head.size() : firstNl;
        if (requestLineLength > lim.requestLineBytes) {
            refuse(framingError(414,
                                u"The request line exceeds %1 bytes."_s.arg(lim.requestLineBytes)));
            return false;
        }
        if (firstNl >= 0) {
            const QByteArrayView fields = head.sliced(firstNl + 1);
            if (fields.size() > lim.headerBlockBytes) {
                refuse(framingError(
                    431, u"The header fields exceed %1 bytes."_s.arg(lim.headerBlockBytes)));
                return false;
            }
            qsizetype start = 0;
            int count = 0;
            while (start <= fields.size()) {
                qsizetype nl = fields.indexOf('\n', start);
                const qsizetype len = (nl < 0 ? fields.size() : nl) - start;
                if (len > lim.headerLineBytes) {
                    refuse(framingError(
                        431, u"A header field exceeds %1 bytes."_s.arg(lim.headerLineBytes)));
                    return false;
                }
                ++count;
                if (nl < 0)
                    break;
                start = nl + 1;
            }
            if (count > lim.headerCount) {
                refuse(framingError(431, u"More than %1 header fields."_s.arg(lim.headerCount)));
                return false;
            }
        }
        if (end < 0)
            return false;

        const QByteArray headBytes = m_buffer.left(end);
        m_buffer.remove(0, end + endLength);
        QList<QByteArray> lines = headBytes.split('\n');
        for (QByteArray &l : lines) {
            if (l.endsWith('\r'))
                l.chop(1);
        }
        // Request line: method SP target SP version.
        const QList<QByteArray> parts = lines.takeFirst().split(' ');
        if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
            refuse(framingError(400, u"Malformed request line."_s));
            return false;
        }
        const QByteArray &version = parts.at(2);
        if (version == "HTTP/1.1") {
            m_keepAlive = true;
        } else if (version == "HTTP/1.0") {
            m_keepAlive = false;
        } else if (version.size() == 8 && version.startsWith("HTTP/") &&
                   std::isdigit(static_cast<unsigned char>(version.at(5))) &&
                   version.at(6) == '.' &&
                   std::isdigit(static_cast<unsigned char>(version.at(7)))) {
            refuse(framingError(505, u"Only HTTP/1.0 and HTTP/1.1 are served."_s));
            return false;
        } else {
            refuse(framingError(400, u"Malformed request line."_s));
            return false;
        }
        const QByteArray &target = parts.at(1);
        for (char c : target) {
            const auto u = static_cast<unsigned char>(c);
            if (u <= 0x20 || u >= 0x7f) {
                refuse(framingError(400, u"Malformed request target."_s));
                return false;
            }
        }
        QUrl url;
        if (target.startsWith('/'))
            url = QUrl(u"http://localhost"_s + QString::fromLatin1(target));
        else if (target.startsWith("http://") || target.startsWith("https://"))
            url = QUrl(QString::fromLatin1(target));
        else if (target == "*")
            url = QUrl(u"http://localhost/*"_s);
        if (!url.isValid() || url.path().isEmpty()) {
            refuse(framingError(400, u"Malformed request target."_s));
            return false;
        }

        m_request = Request();
        m_request.method = QString::fromLatin1(parts.at(0));
        m_request.path = url.path(QUrl::FullyDecoded);
        m_request.query = QUrlQuery(url.query());
        m_request.peer = m_socket->peerAddress().toString();
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.startsWith(' ') || line.startsWith('\t')) {
                refuse(framingError(400, u"Folded header fields are not accepted."_s));
                return false;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
                refuse(framingError(400, u"Malformed header field."_s));
                return false;
            }
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (!isFieldValue(value)) {
                refuse(framingError(400, u"A header field holds a control character."_s));
                return false;
            }
            m_request.headers.append({line.left(colon), value});
        }

        // Framing (RFC 9112 §6): Transfer-Encoding and Content-Length together are refused, so
        // that no leftover bytes can run as a second request.
        QList<QByteArray> lengths;
        QList<QByteArray> encodings;
        for (const auto &[name, value] : std::as_const(m_request.headers)) {
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                lengths << value;
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                encodings << value;
            else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
                for (const QByteArray &option : value.split(',')) {
                    if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
                        m_keepAlive = false;
                }
            }
        }
        m_body.clear();
        m_trailerBytes = 0;
        if (!encodings.isEmpty() && !lengths.isEmpty()) {
            refuse(
                framingError(400, u"Content-Length and Transfer-Encoding exclude each other."_s));
            return false;
        }
        if (!encodings.isEmpty()) {
            if (encodings.size() != 1 ||
                encodings.first().compare("chunked", Qt::CaseInsensitive) != 0) {
                refuse(framingError(501, u"Only the chunked transfer coding is served."_s));
                return false;
            }
            if (!continueIfAsked())
                return false;
            m_state = State::ChunkSize;
            return true;
        }
        m_contentLength = 0;
        if (!lengths.isEmpty()) {
            for (const QByteArray &l : std::as_const(lengths)) {
                bool ok = l.size() <= 18;
                for (char c : l)
                    ok = ok && c >= '0' && c <= '9';
                if (!ok || l.isEmpty() || l != lengths.first()) {
                    refuse(framingError(400, u"Malformed Content-Length."_s));
                    return false;
                }
            }
            m_contentLength = lengths.first().toLongLong();
            if (m_contentLength > limits().bodyBytes) {
                refuseTooLarge();
                return false;
            }
        }
        if (m_contentLength > 0 && !continueIfAsked())
            return false;
        m_state = State::FixedBody;
        return true;
    }

    bool continueIfAsked()
    {
        if (m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return true;
    }

    void refuseTooLarge()
    {
        refuse(Response::error(413, u"API-4130"_s, u"Request body too large"_s,
                               u"The request body exceeds the limit of 1 MiB."_s));
    }

    // Answers a request that cannot be read and ends the connection (after draining it).
    void refuse(const Response &response)
    {
        Request logged = m_request;
        if (logged.method.isEmpty())
            logged.method = u"-"_s;
        m_server.log(logged, response.status, m_received.isValid() ? m_received.elapsed() : 0);
        m_socket->write(HttpServer::serialize(response, true));
        m_buffer.clear();
        m_body.clear();
        m_buffer.squeeze();
        m_body.squeeze();
        m_requestStarted = false;
        m_state = State::Draining;
        m_lingerDeadline = QDeadlineTimer(LingerMs);
        m_quietDeadline = QDeadlineTimer(QuietMs);
        m_socket->skip(m_socket->bytesAvailable());
        schedule();
    }

    void complete()
    {
        m_request.body = m_body;
        m_body.clear();
        m_requestStarted = false;
        if (m_server.m_preflight) {
            QPointer<HttpConnection> self(this);
            const bool waiting = m_server.m_preflight(m_request, [self] {
                if (self)
                    self->resume();
            });
            if (waiting) {
                m_state = State::Waiting;
                m_timer.stop();
                return;
            }
        }
        respond();
    }

    void resume()
    {
        if (m_state != State::Waiting)
            return;
        respond();
        if (m_state == State::Head) {
            process();
            onReadyRead();
        }
    }

    void respond()
    {
        Response response;
        const bool streaming = m_server.handle(m_request, m_socket, &response);
        if (streaming) {
            m_state = State::Streaming;
            m_timer.stop();
            m_buffer.clear();
            return;
        }
        const bool close = !m_keepAlive || m_connectionDeadline.hasExpired();
        m_socket->write(HttpServer::serialize(response, close, m_request.method == u"HEAD"_s));
        m_request = Request();
        m_state = State::Head;
        if (close) {
            m_state = State::Closed;
            m_timer.stop();
            m_socket->disconnectFromHost();
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
            else
                connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
            return;
        }
        touch();
    }

    HttpServer &m_server;
    QTcpSocket *m_socket;
    State m_state = State::Head;
    QByteArray m_buffer;
    QByteArray m_body;
    Request m_request;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = 0;
    qsizetype m_trailerBytes = 0;
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
            if (QTcpSocket *socket = server->nextPendingConnection())
                new HttpConnection(*this, socket);
        }
    });
}

QByteArray HttpServer::serialize(const Response &response, bool close, bool head)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[k, v] : response.headers) {
        // A value never carries a line break into the response (e.g. an echoed correlation id).
        if (isToken(k) && isFieldValue(v))
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
        return Response::error(500, u"API-5000"_s, u"Internal server error"_s,
                               QString::fromUtf8(e.what()));
    }
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
