#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::core {

// A successful CIBA backchannel authentication answer (POST bc-authorize, poll mode).
// `authReqId` is a handle the client redeems with its credentials: never log it.
struct BackchannelAuthentication
{
    QString authReqId;
    qint64 expiresIn = 0; // seconds
    int interval = 5;     // seconds between polls; CIBA's default when the server does not say

    static BackchannelAuthentication fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace tid::core
