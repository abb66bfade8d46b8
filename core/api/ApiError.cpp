#include "core/api/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString textOf(const QJsonValue &value)
{
    // ThunderID sends I18nMessage objects; be lenient with plain strings.
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QString def = o.value("defaultValue"_L1).toString();
        return def.isEmpty() ? o.value("key"_L1).toString() : def;
    }
    return value.toString();
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    // Keep it printable; drop anything that looks like markup noise.
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    if (body.size() > 200)
        text += u"…"_s;
    return text;
}

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"no error"_s;
    case Kind::Network:
        return u"network error"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"TLS error"_s;
    case Kind::Aborted:
        return u"aborted"_s;
    case Kind::Http:
        return u"HTTP error"_s;
    case Kind::Decode:
        return u"bad response"_s;
    case Kind::Auth:
        return u"authentication error"_s;
    case Kind::Usage:
        return u"usage error"_s;
    }
    return {};
}

ApiError ApiError::make(Kind kind, const QString &message, const QUrl &url)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &reasonPhrase, const QByteArray &body,
                            const QUrl &url)
{
    ApiError e = make(Kind::Http, {}, url);
    e.httpStatus = status;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains("code"_L1)) {
            e.code = o.value("code"_L1).toVariant().toString();
            e.message = textOf(o.value("message"_L1));
            e.description = textOf(o.value("description"_L1));
            // The second shape (input validation): {"errors": {"field": "message"}}.
            const QJsonObject fields = o.value("errors"_L1).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QString text = textOf(it.value()).trimmed();
                if (!it.key().isEmpty() && !text.isEmpty())
                    e.fieldErrors.insert(it.key(), text.left(500));
            }
        } else if (o.contains("error"_L1)) {
            e.code = o.value("error"_L1).toString();
            e.message = o.value("error_description"_L1).toString();
        }
    }
    if (e.message.isEmpty()) {
        e.message = QString::fromLatin1(reasonPhrase);
        if (e.message.isEmpty())
            e.message = u"HTTP status %1"_s.arg(status);
        if (!body.isEmpty() && !(parseError.error == QJsonParseError::NoError && doc.isObject()))
            e.description = u"unexpected response body: "_s + excerpt(body);
    }
    return e;
}

QString ApiError::toString() const
{
    if (!isError())
        return kindName(kind);
    QString text;
    if (kind == Kind::Http) {
        text = u"HTTP %1"_s.arg(httpStatus);
        if (!code.isEmpty())
            text += u' ' + code;
        text += u": "_s + message;
    } else {
        text = message.isEmpty() ? kindName(kind) : message;
        if (!code.isEmpty())
            text = code + u": "_s + text;
    }
    if (!description.isEmpty() && description != message)
        text += u" — "_s + description;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it)
        text += u"; "_s + it.key() + u": "_s + it.value();
    if (url.isValid() && !url.isEmpty())
        text += u" ("_s + url.toString() + u')';
    return text;
}

} // namespace tid::core
