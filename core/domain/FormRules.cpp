#include "core/domain/FormRules.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tid::core::FormRules {

namespace {

bool isPermissionChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'.' || u == u'_' || u == u':' || u == u'-' || u == u'/';
}

} // namespace

bool isAbsoluteUri(const QString &value)
{
    if (value.isEmpty() || value.contains(u' '))
        return false;
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.hasFragment())
        return false;
    const QString scheme = url.scheme().toLower();
    if ((scheme == "http"_L1 || scheme == "https"_L1) && url.host().isEmpty())
        return false;
    return true;
}

bool isValidHandle(const QString &handle, const QString &delimiter, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (handle.isEmpty())
        return fail(QCoreApplication::translate("tid::core::FormRules", "The handle is required."));
    if (handle.size() > 100)
        return fail(QCoreApplication::translate("tid::core::FormRules",
                                                "The handle is longer than 100 characters."));
    for (const QChar c : handle) {
        if (!isPermissionChar(c))
            return fail(QCoreApplication::translate(
                "tid::core::FormRules",
                "The handle may contain only letters, digits and . _ : - /"));
        if (!delimiter.isEmpty() && c == delimiter.at(0))
            return fail(
                QCoreApplication::translate("tid::core::FormRules",
                                            "The handle cannot contain the delimiter \"%1\".")
                    .arg(delimiter));
    }
    return true;
}

QString roleNameRule()
{
    return QCoreApplication::translate("tid::core::FormRules",
                                       "A role name has 3 to 64 characters.");
}

bool isValidRoleName(const QString &name, QString *why)
{
    const qsizetype n = name.trimmed().size();
    if (n >= 3 && name.size() <= 64)
        return true;
    if (why)
        *why = n == 0 ? QCoreApplication::translate("tid::core::FormRules", "The name is required.")
                      : roleNameRule();
    return false;
}

bool isValidDelimiter(const QString &delimiter)
{
    return delimiter.size() == 1 && isPermissionChar(delimiter.at(0));
}

QString derivePermission(const QString &parentPermission, const QString &delimiter,
                         const QString &handle)
{
    if (parentPermission.isEmpty())
        return handle;
    return parentPermission + delimiter + handle;
}

QString suggestHandle(const QString &name, const QString &delimiter)
{
    QString out;
    bool dash = false;
    for (const QChar c : name.trimmed().toLower()) {
        if (isPermissionChar(c) && (delimiter.isEmpty() || c != delimiter.at(0)) && c != u'/') {
            out += c;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += (delimiter == "-"_L1 ? u'_' : u'-');
            dash = true;
        }
    }
    while (out.endsWith(u'-') || out.endsWith(u'_'))
        out.chop(1);
    return out.left(100);
}

} // namespace tid::core::FormRules
