#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::core {

struct OrganizationUnit
{
    QString id;
    QString handle;
    QString name;
    QString description;
    QString parentId; // "parent"; empty for a root
    bool isReadOnly = false;
    QJsonObject raw; // everything the server sent, kept for full-replacement updates

    static OrganizationUnit fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const; // create/update body
};

} // namespace tid::core
