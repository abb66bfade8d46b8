#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace tid::sandbox {

// ThunderID's list filter: `attribute op "value"` (op eq, and for some lists gt/lt). A value
// without quotes is read as a number or true/false (`age eq 25`). The attribute may be a dotted
// path into nested objects (`address.city eq "Mountain View"`).
struct ListFilter
{
    QString attribute;
    QString op;
    QJsonValue value;

    static std::optional<ListFilter> parse(const QString &text,
                                           const QStringList &operators = {QStringLiteral("eq")});
    static QJsonValue lookup(const QJsonObject &object, const QString &dottedPath);
    bool matches(const QJsonValue &actual) const;
    bool matchesObject(const QJsonObject &object) const
    {
        return matches(lookup(object, attribute));
    }
};

} // namespace tid::sandbox
