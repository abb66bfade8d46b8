#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::core {

// A resource of a resource server; resources nest through parentId, and `permission` is derived
// by the server from the handles and the server's delimiter.
struct Resource
{
    QString id;
    QString name;
    QString handle;
    QString description;
    QString parentId; // "parent"; empty for top level (immutable)
    QString permission;
    QJsonObject raw;

    static Resource fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;       // CreateResourceRequest
    QJsonObject toUpdateJson() const; // UpdateResourceRequest (name, description)
};

} // namespace tid::core
