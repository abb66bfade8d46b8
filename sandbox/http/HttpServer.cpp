#include "sandbox/http/HttpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTextStream>

#include <cstdio>
#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

static QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

Request HttpServer::toRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    r.body = request.body();
    const auto headers = request.headers();
    for (const auto &[k, v] : headers)
        r.headers.append({k, v});
    if (socket)
        r.peer = socket->peerAddress().toString();
    return r;
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

bool HttpServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request = toRequest(httpRequest, socket);

    const Router::Match match = m_router.match(request.method, request.path);
    if (match.stream) {
        request.params = match.params;
        if (match.options.access != Access::Public && m_auth) {
            if (auto denied = m_auth(request, match.options.access)) {
                write(httpRequest, socket, *denied);
                log(request, denied->status, timer.elapsed());
                return true;
            }
        }
        log(request, 200, timer.elapsed());
        (*match.stream)(request, socket);
        return true;
    }

    const Response response = dispatch(request);
    write(httpRequest, socket, response);
    log(request, response.status, timer.elapsed());
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r = toRequest(request, socket);
    const Response response = Response::error(404, u"API-4040"_s, u"Not found"_s, {});
    write(request, socket, response);
    log(r, response.status, 0);
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                       const Response &response) const
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[k, v] : response.headers)
        responder.writeHeader(k, v);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void HttpServer::log(const Request &request, int status, qint64 elapsedMs) const
{
    if (m_quiet)
        return;
    const QByteArray line = request.method.toLatin1() + ' ' + request.path.toUtf8() + ' ' +
                            QByteArray::number(status) + ' ' + QByteArray::number(elapsedMs) +
                            "ms\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace tid::sandbox
