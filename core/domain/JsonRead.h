#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Small, forgiving readers shared by the domain types' fromJson(). They never assert: a value of
// the wrong type reads as empty, and the caller's JsonRead collects a readable complaint.
namespace tid::core::json {

class JsonRead
{
public:
    JsonRead(const QJsonObject &object, const QString &what)
        : m_o(object)
        , m_what(what)
    {}

    // Required string: missing, null or non-string is an error.
    QString required(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString() || v.toString().isEmpty())
            complain(key, v.isUndefined() || v.isNull() ? "missing" : "not a string");
        return v.toString();
    }
    // Optional string: absent or null reads as empty; another type is an error.
    QString string(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            complain(key, "not a string");
        return {};
    }
    bool boolean(QLatin1StringView key, bool fallback = false)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            complain(key, "not a boolean");
        return fallback;
    }
    qint64 integer(QLatin1StringView key, qint64 fallback = 0)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isDouble())
            return qint64(v.toDouble());
        if (!v.isUndefined() && !v.isNull())
            complain(key, "not a number");
        return fallback;
    }
    QStringList strings(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        QStringList out;
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray()) {
                if (item.isString())
                    out << item.toString();
                else
                    complain(key, "has a non-string item");
            }
        } else if (!v.isUndefined() && !v.isNull()) {
            complain(key, "not an array");
        }
        return out;
    }
    // Optional RFC 3339 date-time (with or without fractional seconds); absent reads as null.
    QDateTime dateTime(QLatin1StringView key)
    {
        const QString s = string(key);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid())
            complain(key, "not an RFC 3339 date-time");
        return t;
    }
    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isObject() && !v.isUndefined() && !v.isNull())
            complain(key, "not an object");
        return v.toObject();
    }
    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isArray() && !v.isUndefined() && !v.isNull())
            complain(key, "not an array");
        return v.toArray();
    }

    void complain(QLatin1StringView key, const char *problem)
    {
        if (m_error.isEmpty())
            m_error = m_what + QStringLiteral(": field \"") + key + QStringLiteral("\" is ") +
                      QLatin1StringView(problem);
    }
    void complainText(const QString &text)
    {
        if (m_error.isEmpty())
            m_error = m_what + QStringLiteral(": ") + text;
    }
    // Copies the first complaint to *error (if any and if error is not null).
    void report(QString *error) const
    {
        if (error && !m_error.isEmpty() && error->isEmpty())
            *error = m_error;
    }
    bool hasError() const { return !m_error.isEmpty(); }

private:
    const QJsonObject &m_o;
    QString m_what;
    QString m_error;
};

// Sets key to value unless the value is empty (for optional request fields).
inline void putIfNotEmpty(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
    else
        o.remove(key);
}

inline QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace tid::core::json
