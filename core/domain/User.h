#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::core {

struct User
{
    QString id;
    QString ouId;
    QString ouHandle;
    QString type = QStringLiteral("Person"); // the user type (schema)
    QJsonObject attributes;                  // schema attributes (credentials never returned)
    QString display;                         // only with include=display
    bool isReadOnly = false;
    QJsonObject raw;

    // display, else username, email, name attributes, else the id.
    QString displayName() const;

    static User fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const; // CreateUserRequest / UpdateUserRequest
};

} // namespace tid::core
