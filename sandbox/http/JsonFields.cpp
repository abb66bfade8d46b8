#include "sandbox/http/JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

bool JsonFields::optionalString(const QJsonObject &object, const QString &key, QString *out,
                                bool *present)
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

std::optional<QJsonObject> JsonFields::parseObject(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        if (error)
            *error = u"The request body is empty."_s;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = u"The request body is not valid JSON: %1 at offset %2."_s
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = u"The request body must be a JSON object."_s;
        return std::nullopt;
    }
    return doc.object();
}

void JsonFields::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool JsonFields::has(const QString &key) const
{
    return m_object.contains(key);
}

bool JsonFields::isNull(const QString &key) const
{
    return m_object.contains(key) && m_object.value(key).isNull();
}

QString JsonFields::string(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(u"%1: is required"_s.arg(key));
        return {};
    }
    if (!v.isString()) {
        fail(u"%1: must be a string"_s.arg(key));
        return {};
    }
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty())
        fail(u"%1: must not be empty"_s.arg(key));
    return s;
}

QString JsonFields::name(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (!s.isEmpty()) {
        const QString problem = nameProblem(s);
        if (!problem.isEmpty())
            fail(u"%1: %2"_s.arg(key, problem));
    }
    return s;
}

QString JsonFields::nameProblem(const QString &value)
{
    if (value.size() > MaxNameLength)
        return u"must be at most %1 characters"_s.arg(MaxNameLength);
    for (const char32_t c : value.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return u"must not contain control, zero-width or bidirectional formatting "
                   "characters"_s;
        default:
            break;
        }
    }
    return {};
}

std::optional<QString> JsonFields::optionalString(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(u"%1: must be a string"_s.arg(key));
        return std::nullopt;
    }
    return v.toString();
}

bool JsonFields::boolean(const QString &key, bool defaultValue)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    if (!v.isBool()) {
        fail(u"%1: must be a boolean"_s.arg(key));
        return defaultValue;
    }
    return v.toBool();
}

std::optional<qint64> JsonFields::integer(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15) {
        fail(u"%1: must be an integer"_s.arg(key));
        return std::nullopt;
    }
    return qint64(d);
}

QJsonObject JsonFields::object(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(u"%1: is required"_s.arg(key));
        return {};
    }
    if (!v.isObject()) {
        fail(u"%1: must be an object"_s.arg(key));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(u"%1: is required"_s.arg(key));
        return {};
    }
    if (!v.isArray()) {
        fail(u"%1: must be an array"_s.arg(key));
        return {};
    }
    return v.toArray();
}

QStringList JsonFields::stringArray(const QString &key)
{
    const QJsonArray a = array(key);
    QStringList out;
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            fail(u"%1: must be an array of strings"_s.arg(key));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

void JsonFields::copy(const QString &key, Kind kind, QJsonObject *out)
{
    if (!has(key) || isNull(key))
        return;
    switch (kind) {
    case Kind::String:
        if (const auto v = optionalString(key))
            out->insert(key, *v);
        break;
    case Kind::Bool: {
        const bool v = boolean(key);
        if (ok())
            out->insert(key, v);
        break;
    }
    case Kind::Integer:
        if (const auto v = integer(key))
            out->insert(key, double(*v));
        break;
    case Kind::Object: {
        const QJsonObject v = object(key);
        if (ok())
            out->insert(key, v);
        break;
    }
    case Kind::Array: {
        const QJsonArray v = array(key);
        if (ok())
            out->insert(key, v);
        break;
    }
    case Kind::StringArray: {
        const QStringList v = stringArray(key);
        if (ok())
            out->insert(key, QJsonArray::fromStringList(v));
        break;
    }
    }
}

} // namespace tid::sandbox
