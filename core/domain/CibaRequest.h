#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tid::core {

// One CIBA backchannel authentication request as the approving user sees it (extension API
// `ciba-approvals`, docs/extension-api.yaml). `id` is the public id, never the client's
// auth_req_id.
struct CibaRequest
{
    enum class Status
    {
        Unknown,
        Pending,
        Approved,
        Denied,
        Expired,
        Consumed
    };

    struct Scope
    {
        QString name;
        QString description;
    };

    // A link of a delegation chain: its `sub`, and what the server says it is.
    struct Party
    {
        QString id;
        QString type; // "user", "agent", "app", or empty when the server does not know it
        QString name;
    };

    QString id;
    Status status = Status::Unknown;
    QString clientEntityId; // the agent or application id
    QString clientId;       // OAuth client id
    QString clientType;     // "agent" or "app"
    QString clientName;
    QString clientOwnerId;   // an agent's owner (a user, application or agent id), if told
    QString clientOwnerName; // its name, if told
    QString userId;
    QList<Scope> scopes;
    QString resourceServerId; // empty when only OIDC scopes were asked for
    QString resourceServerIdentifier;
    QString resourceServerName;
    QString bindingMessage;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime decidedAt;
    QString decidedBy;
    QStringList authorizedScopes;
    // When the agent acts for another party (the sandbox's `actingFor`): that party, and the
    // actors before the agent, most recent first. Empty id = the agent asks for itself.
    Party actingFor;
    QList<Party> earlierActors;

    QStringList scopeNames() const;
    // A scope that lets the agent change, delete or administer something (its name has a
    // write / delete / admin-level word as one of its parts, e.g. "payments:send",
    // "mail.delete", "admin"): the approver's attention goes there first.
    static bool isHighImpactScope(const QString &name);
    // PENDING and not past expiresAt at `now`.
    bool isDecidable(const QDateTime &now) const
    {
        return status == Status::Pending && (!expiresAt.isValid() || now < expiresAt);
    }

    static QString statusName(Status status); // "PENDING", …, "" for Unknown
    static Status statusFromName(const QString &name);
    static CibaRequest fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace tid::core
