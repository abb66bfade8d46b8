#include "sandbox/admin/ResourceServerCommon.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox::authzutil {

Response errorResponse(const ErrorSpec &spec)
{
    return errorResponse(spec, QString::fromUtf16(spec.description));
}

Response errorResponse(const ErrorSpec &spec, const QString &description)
{
    return Response::error(spec.status, QString::fromUtf16(spec.code),
                           QString::fromUtf16(spec.message), description,
                           QString::fromUtf16(spec.key));
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool readString(const QJsonObject &object, const QString &key, QString *out, bool *present)
{
    if (present)
        *present = false;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    if (present)
        *present = true;
    return true;
}

} // namespace tid::sandbox::authzutil
