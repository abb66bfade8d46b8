#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tid::core {

// RFC 7662 introspection response. Inactive tokens carry nothing but active=false.
struct Introspection
{
    bool active = false;
    QString scope;
    QString clientId;
    QString username;
    QString tokenType;
    QString sub;
    QStringList aud; // a string or an array in the JSON
    QString iss;
    QString jti;
    QString grantType; // extension member (sandbox)
    QDateTime exp;
    QDateTime iat;
    QDateTime nbf;
    QJsonObject raw; // everything, including extension members such as `act`

    static Introspection fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace tid::core
