#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tid::core {

// A successful /oauth2/token answer. Holds secrets: never log it, never put it in QSettings.
struct TokenResponse
{
    QString accessToken;
    QString tokenType;
    qint64 expiresIn = 0; // seconds; 0 if the server did not say
    QString scope;
    QString refreshToken;
    QString idToken;
    QString issuedTokenType;
    QDateTime receivedAt; // UTC, when the response arrived

    QDateTime expiresAt() const
    {
        return expiresIn > 0 ? receivedAt.addSecs(expiresIn) : QDateTime();
    }

    static TokenResponse fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace tid::core
