#pragma once

#include "core/domain/EntityRef.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tid::core {

// Permissions a role grants on one resource server.
struct ResourcePermissions
{
    QString resourceServerId;
    QStringList permissions;

    friend bool operator==(const ResourcePermissions &, const ResourcePermissions &) = default;
};

struct Role
{
    QString id;
    QString name;
    QString description;
    QString ouId;
    QString ouHandle;
    bool isReadOnly = false;
    QList<ResourcePermissions> permissions; // empty in list summaries
    QList<Assignment> assignments;          // only on create
    QJsonObject raw;

    QStringList permissionsFor(const QString &resourceServerId) const;
    int permissionCount() const;

    static Role fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;       // CreateRoleRequest (with assignments when set)
    QJsonObject toUpdateJson() const; // UpdateRoleRequest (permissions required, no assignments)
};

} // namespace tid::core
