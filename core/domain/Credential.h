#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tid::core {

// Metadata of one client secret of an agent (extension API `credentials`). The secret itself is
// never part of this type: it is shown once, from RotatedCredential.
struct Credential
{
    enum class Status
    {
        Unknown,
        Active,
        Expiring, // an older secret inside its grace window
        Expired,
        Revoked
    };

    QString id;
    QString type; // client_secret
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsedAt;
    QDateTime revokedAt;
    Status status = Status::Unknown;
    QJsonObject raw;

    static QString statusName(Status status); // "ACTIVE", ...
    static Status statusFromName(const QString &name);
    static Credential fromJson(const QJsonObject &o, QString *error = nullptr);
};

struct CredentialList
{
    QString agentId;
    QString clientId;
    int totalResults = 0;
    QList<Credential> credentials;

    static CredentialList fromJson(const QJsonObject &o, QString *error = nullptr);
};

// POST /agents/{id}/credentials/rotate. Holds a secret: never log it, never store it.
struct RotatedCredential
{
    QString agentId;
    QString clientId;
    QString credentialId;
    QString clientSecret;
    QDateTime createdAt;
    int graceSeconds = 0;
    QDateTime previousSecretsExpireAt;

    static RotatedCredential fromJson(const QJsonObject &o, QString *error = nullptr);
};

// POST /agents/{id}/credentials/revoke.
struct RevokedCredentials
{
    QString agentId;
    QString clientId;
    int revokedCredentials = 0;
    QDateTime tokensRevokedBefore;

    static RevokedCredentials fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace tid::core
