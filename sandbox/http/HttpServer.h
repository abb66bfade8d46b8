#pragma once

#include "sandbox/http/Router.h"

#include <QAbstractHttpServer>

#include <functional>
#include <optional>

namespace tid::sandbox {

// The sandbox's HTTP front: routing, body limits, content types, authentication hook and one
// log line per request. It uses its own router instead of QHttpServer's so that unknown paths,
// wrong methods (405) and oversized bodies (413) get ThunderID-shaped JSON errors.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    // Returns an error response when the request may not pass; fills request.principal.
    using Authenticator = std::function<std::optional<Response>(Request &, Access)>;

    explicit HttpServer(QObject *parent = nullptr);

    Router &router() { return m_router; }
    void setAuthenticator(Authenticator authenticator) { m_auth = std::move(authenticator); }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    // Sees every routed request once its handler answered (e.g. to audit admin changes).
    using ResponseObserver = std::function<void(const Request &, const Response &)>;
    void setResponseObserver(ResponseObserver observer) { m_observer = std::move(observer); }

    // Runs a request through routing and handlers without a socket (used by handleRequest and
    // available to in-process callers).
    Response dispatch(Request &request) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static Request toRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void write(const QHttpServerRequest &request, QTcpSocket *socket,
               const Response &response) const;
    void log(const Request &request, int status, qint64 elapsedMs) const;

    Router m_router;
    Authenticator m_auth;
    ResponseObserver m_observer;
    bool m_quiet = false;
};

} // namespace tid::sandbox
