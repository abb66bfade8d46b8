#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tid::sandbox {

// An application/x-www-form-urlencoded body (RFC 6749 §B: '+' is a space, %XX is UTF-8).
// Keeps repeated parameters, which OAuth needs to reject (`resource` twice, `scope` twice).
class FormBody final
{
public:
    FormBody() = default;
    explicit FormBody(const QByteArray &body);

    // True when the request's Content-Type is application/x-www-form-urlencoded.
    static bool isFormContentType(const QByteArray &contentType);
    static QString decode(const QByteArray &component);

    bool has(const QString &name) const { return count(name) > 0; }
    int count(const QString &name) const;
    QString value(const QString &name) const; // first occurrence
    QStringList values(const QString &name) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace tid::sandbox
