#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace tid::sandbox {

// One parsed request as a handler sees it. `params` holds the {placeholders} of the route.
struct Request
{
    QString method; // upper case: GET, POST, ...
    QString path;   // decoded path without query
    QHash<QString, QString> params;
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString peer;
    // Filled by the authenticator for protected routes: the verified claims of the bearer token.
    QJsonObject principal;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const;
    bool hasQuery(const QString &name) const;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    // Not sent: what a token response was made of — its JSON body, the access token's claims and
    // signing algorithm — for the audit record, so that it is not parsed back (issue 15).
    struct IssuedToken
    {
        QJsonObject body;
        QJsonObject claims;
        QString algorithm;
    };
    std::shared_ptr<const IssuedToken> issued;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response noContent();
    static Response text(const QByteArray &body, const QByteArray &contentType, int status = 200);
    // ThunderID's error body: {code, message:{key,defaultValue}, description:{key,defaultValue}}
    // `messageKey` defaults to error.<code>; ThunderID uses per-service keys such as
    // error.resourceservice.invalid_limit_parameter (the description key appends _description).
    static Response error(int status, const QString &code, const QString &message,
                          const QString &description = {}, const QString &messageKey = {});
    // RFC 6749 §5.2 error body: {error, error_description}
    static Response oauthError(int status, const QString &error, const QString &description);
    Response &withHeader(const QByteArray &name, const QByteArray &value);
};

// A streaming route takes the socket over (text/event-stream); it writes its own headers.
using Handler = std::function<Response(Request &)>;
using StreamHandler = std::function<void(Request &, QTcpSocket *)>;

enum class Access
{
    Public,   // no token
    Admin,    // bearer token with the `system` scope (ThunderID's management API rule)
    AnyToken, // any valid bearer token issued by this server (e.g. a user's own token)
};

struct RouteOptions
{
    Access access = Access::Admin;
    // Require `Content-Type: application/json` on requests that carry a body.
    bool jsonBody = true;
};

class Router final
{
public:
    void add(const QString &method, const QString &pattern, Handler handler,
             RouteOptions options = {});
    void addStream(const QString &pattern, StreamHandler handler, RouteOptions options = {});

    struct Match
    {
        const Handler *handler = nullptr;
        const StreamHandler *stream = nullptr;
        RouteOptions options;
        QHash<QString, QString> params;
        QStringList allowedMethods; // non-empty when the path exists under other methods
    };
    Match match(const QString &method, const QString &path) const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
        StreamHandler stream;
        RouteOptions options;
    };
    static bool matchSegments(const QStringList &pattern, const QStringList &path,
                              QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace tid::sandbox
