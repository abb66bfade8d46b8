#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::core {

// An action on a resource server or on one of its resources; its `permission` is the scope
// string that roles grant.
struct Action
{
    QString id;
    QString name;
    QString handle;
    QString description;
    QString permission;
    QString kind;       // MCP primitive: tool or resource; may be empty
    QString resourceId; // not in the JSON: which resource it was listed under (empty = server)
    QJsonObject raw;

    static Action fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;       // CreateActionRequest
    QJsonObject toUpdateJson() const; // UpdateActionRequest (name, description)
};

} // namespace tid::core
