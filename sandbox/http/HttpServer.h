#pragma once

#include "sandbox/http/HttpRequestParser.h"
#include "sandbox/http/Router.h"

#include <QObject>

#include <functional>
#include <optional>

class QHostAddress;
class QTcpServer;
class QTcpSocket;

namespace tid::sandbox {

class HttpConnection;

// The sandbox's HTTP front: reading HTTP/1.1 requests from the sockets with every limit enforced
// while reading, routing, body limits, content types, authentication hook and one log line per
// request. It reads the sockets itself (not through QHttpServer, which holds a whole request in
// memory before anything can look at it): the request line, each header, the header block and
// the body are bounded as the bytes arrive (414/431/413 before they are held), a connection has
// an idle, a per-request and a total deadline, `Connection: close` and HTTP/1.0 close the
// connection, and ambiguous framing (Content-Length with Transfer-Encoding, an unknown version)
// is refused. Unknown paths, wrong methods (405) and oversized bodies (413) get ThunderID-shaped
// JSON errors.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    // The parser's limits on the request line, header fields and body, and the connection's.
    struct Limits : HttpRequestParser::Limits
    {
        int idleTimeoutMs = 30'000;        // no byte for this long: closed (408 mid-request)
        int requestTimeoutMs = 30'000;     // one request must arrive whole within this (408)
        int connectionTimeoutMs = 300'000; // a connection ends after this (event streams aside)
        // Open connections at once, in all and from one remote address (loopback addresses
        // aside: every local process shares them). Beyond either, a new connection is answered
        // 503 with Retry-After and `Connection: close` at once and closed, without reading it.
        int maxConnections = 512;
        int maxConnectionsPerAddress = 64;
    };

    // Returns an error response when the request may not pass; fills request.principal.
    using Authenticator = std::function<std::optional<Response>(Request &, Access)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Serves the connections `server` accepts (plain or QSslServer, through
    // pendingConnectionAvailable). The server stays owned by its parent.
    void bind(QTcpServer *server);
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Connections open now (for tests and the log).
    int connectionCount() const { return m_connections; }

    Router &router() { return m_router; }
    void setAuthenticator(Authenticator authenticator) { m_auth = std::move(authenticator); }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    // Runs before a complete request is handled: returns true when it started work elsewhere
    // (e.g. a password hash on a worker thread) and will call `resume` on this thread when done;
    // the connection waits meanwhile (reading nothing more) and the event loop stays free. It may
    // instead fill `answer`, which is then sent without running the handler (e.g. 503 when too
    // much work is queued).
    using Preflight = std::function<bool(const Request &, std::function<void()> resume,
                                         std::optional<Response> *answer)>;
    void setPreflight(Preflight preflight) { m_preflight = std::move(preflight); }
    // Runs a complete request elsewhere (issue 15: client_credentials token requests on worker
    // threads): returns true when it took the request and will call `done` with the answer on
    // this thread; the connection waits meanwhile, as for a preflight. Runs before the preflight;
    // a request it does not take goes on as usual. The worker answers through dispatchLogged(),
    // or through dispatch() and log() once it knows the final status.
    using Offload = std::function<bool(const Request &, std::function<void(Response)> done)>;
    void setOffload(Offload offload) { m_offload = std::move(offload); }
    // dispatch() and the request's log line, from any thread (not for stream routes): the
    // handlers a worker runs must be safe there.
    Response dispatchLogged(Request &request) const;
    // The request's log line (unless quiet), from any thread.
    void log(const Request &request, int status, qint64 elapsedMs) const;
    // Sees every routed request once its handler answered (e.g. to audit admin changes).
    using ResponseObserver = std::function<void(const Request &, const Response &)>;
    void setResponseObserver(ResponseObserver observer) { m_observer = std::move(observer); }

    // Runs a request through routing and handlers without a socket (used for every request read
    // from a socket and available to in-process callers).
    Response dispatch(Request &request) const;

    // The serialized response: status line, headers, Content-Length, body (none for HEAD).
    static QByteArray serialize(const Response &response, bool close, bool head = false);

private:
    friend class HttpConnection;
    // A complete request read by a connection: routes it; a stream route takes the socket over
    // (returns true then).
    bool handle(Request &request, QTcpSocket *socket, Response *response);

    Router m_router;
    Authenticator m_auth;
    ResponseObserver m_observer;
    Preflight m_preflight;
    Offload m_offload;
    // Counts an accepted connection; false (and the connection was refused) beyond a limit.
    bool admit(QTcpSocket *socket);
    void release(const QHostAddress &peer);

    Limits m_limits;
    bool m_quiet = false;
    int m_connections = 0;
    QHash<QString, int> m_perAddress;
};

} // namespace tid::sandbox
