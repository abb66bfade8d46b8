#pragma once

#include "core/domain/EntityRef.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tid::core {

struct Group
{
    QString id;
    QString name;
    QString description;
    QString ouId;
    QString ouHandle;
    bool isReadOnly = false; // declarative: not editable (ThunderID sends it on groups too)
    QList<Member> members;   // on get/create only
    QJsonObject raw;

    static Group fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;       // CreateGroupRequest (with members when set)
    QJsonObject toUpdateJson() const; // UpdateGroupRequest
};

} // namespace tid::core
