#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tid::core {

// A reference to a user, group, application or agent: a role assignment or a group member.
struct EntityRef
{
    enum class Type
    {
        Unknown,
        User,
        Group,
        App,
        Agent
    };

    QString id;
    Type type = Type::Unknown;
    QString display; // only with include=display

    static QString typeName(Type type);            // "user", "group", "app", "agent"
    static Type typeFromName(const QString &name); // Unknown for anything else
    static EntityRef fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const; // {id, type}

    friend bool operator==(const EntityRef &a, const EntityRef &b)
    {
        return a.id == b.id && a.type == b.type;
    }
};

using Assignment = EntityRef;
using Member = EntityRef;

} // namespace tid::core
