#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tid::core {

// A user's consent to a client acting on a resource server with a set of scopes (extension API
// `consents`, docs/extension-api.yaml).
struct Consent
{
    enum class Status
    {
        Unknown,
        Active,
        Revoked,
        Expired
    };

    QString id;
    QString userId;
    QString clientId;       // OAuth client id
    QString clientEntityId; // the agent or application id
    QString clientType;     // "agent" or "app"
    QString clientName;
    QString resourceServerId; // empty when only OIDC scopes were consented
    QString resourceServerIdentifier;
    QString resourceServerName;
    QStringList scopes;
    Status status = Status::Unknown;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QDateTime revokedAt;
    QJsonObject raw;

    static QString statusName(Status status); // "ACTIVE", "REVOKED", "EXPIRED", ""
    static Status statusFromName(const QString &name);
    static Consent fromJson(const QJsonObject &o, QString *error = nullptr);
};

// Server-side filters of GET /consents.
struct ConsentQuery
{
    QString userId;
    QString clientId; // OAuth client id, or agent/application id
    QString resourceServerId;
    Consent::Status status = Consent::Status::Unknown; // Unknown: any

    bool isEmpty() const
    {
        return userId.isEmpty() && clientId.isEmpty() && resourceServerId.isEmpty() &&
               status == Consent::Status::Unknown;
    }
    friend bool operator==(const ConsentQuery &, const ConsentQuery &) = default;
};

} // namespace tid::core
