#include "sandbox/http/Router.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Request::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool Request::hasQuery(const QString &name) const
{
    return query.hasQueryItem(name);
}

Response Response::json(const QJsonObject &object, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(const QJsonArray &array, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response Response::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

Response Response::error(int status, const QString &code, const QString &message,
                         const QString &description, const QString &messageKey)
{
    const QString key = messageKey.isEmpty() ? u"error."_s + code.toLower() : messageKey;
    QJsonObject body{
        {u"code"_s, code},
        {u"message"_s, QJsonObject{{u"key"_s, key}, {u"defaultValue"_s, message}}},
    };
    if (!description.isEmpty()) {
        body.insert(u"description"_s, QJsonObject{{u"key"_s, QString(key + u"_description"_s)},
                                                  {u"defaultValue"_s, description}});
    }
    return json(body, status);
}

Response Response::oauthError(int status, const QString &error, const QString &description)
{
    Response r = json(QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}},
                      status);
    r.withHeader("Cache-Control", "no-store");
    return r;
}

Response &Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

static QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(const QString &method, const QString &pattern, Handler handler,
                 RouteOptions options)
{
    m_routes.append(
        Route{method.toUpper(), splitPath(pattern), std::move(handler), {}, options});
}

void Router::addStream(const QString &pattern, StreamHandler handler, RouteOptions options)
{
    m_routes.append(Route{u"GET"_s, splitPath(pattern), {}, std::move(handler), options});
}

bool Router::matchSegments(const QStringList &pattern, const QStringList &path,
                           QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (p.startsWith(u'{') && p.endsWith(u'}')) {
            found.insert(p.mid(1, p.size() - 2), path.at(i));
        } else if (p != path.at(i)) {
            return false;
        }
    }
    *params = std::move(found);
    return true;
}

Router::Match Router::match(const QString &method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    // Literal segments win over placeholders: try routes with more literal segments first.
    const Route *best = nullptr;
    int bestLiterals = -1;
    QHash<QString, QString> bestParams;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, segments, &params))
            continue;
        if (route.method != method) {
            if (!result.allowedMethods.contains(route.method))
                result.allowedMethods.append(route.method);
            continue;
        }
        const int literals = int(route.segments.size() - params.size());
        if (literals > bestLiterals) {
            best = &route;
            bestLiterals = literals;
            bestParams = params;
        }
    }
    if (best) {
        result.handler = best->handler ? &best->handler : nullptr;
        result.stream = best->stream ? &best->stream : nullptr;
        result.options = best->options;
        result.params = std::move(bestParams);
        result.allowedMethods.clear();
    }
    return result;
}

} // namespace tid::sandbox
