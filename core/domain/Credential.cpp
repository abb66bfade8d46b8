#include "core/domain/Credential.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QString Credential::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return u"ACTIVE"_s;
    case Status::Expiring:
        return u"EXPIRING"_s;
    case Status::Expired:
        return u"EXPIRED"_s;
    case Status::Revoked:
        return u"REVOKED"_s;
    case Status::Unknown:
        break;
    }
    return {};
}

Credential::Status Credential::statusFromName(const QString &name)
{
    for (Status s : {Status::Active, Status::Expiring, Status::Expired, Status::Revoked}) {
        if (name.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return Status::Unknown;
}

Credential Credential::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"credential"_s);
    Credential c;
    c.id = r.required("id"_L1);
    c.type = r.string("type"_L1);
    c.createdAt = r.dateTime("createdAt"_L1);
    c.expiresAt = r.dateTime("expiresAt"_L1);
    c.lastUsedAt = r.dateTime("lastUsedAt"_L1);
    c.revokedAt = r.dateTime("revokedAt"_L1);
    c.status = statusFromName(r.string("status"_L1));
    c.raw = o;
    r.report(error);
    return c;
}

CredentialList CredentialList::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"credential list"_s);
    CredentialList list;
    list.agentId = r.string("agentId"_L1);
    list.clientId = r.string("clientId"_L1);
    if (!o.contains("credentials"_L1))
        r.complain("credentials"_L1, "missing");
    for (const QJsonValue &v : r.array("credentials"_L1)) {
        QString itemError;
        list.credentials.append(Credential::fromJson(v.toObject(), &itemError));
        if (!itemError.isEmpty())
            r.complainText(itemError);
    }
    list.totalResults = int(r.integer("totalResults"_L1, list.credentials.size()));
    r.report(error);
    return list;
}

RotatedCredential RotatedCredential::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"rotated credential"_s);
    RotatedCredential c;
    c.agentId = r.string("agentId"_L1);
    c.clientId = r.string("clientId"_L1);
    c.credentialId = r.string("credentialId"_L1);
    c.clientSecret = r.required("clientSecret"_L1);
    c.createdAt = r.dateTime("createdAt"_L1);
    c.graceSeconds = int(r.integer("graceSeconds"_L1));
    c.previousSecretsExpireAt = r.dateTime("previousSecretsExpireAt"_L1);
    r.report(error);
    return c;
}

RevokedCredentials RevokedCredentials::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"revoked credentials"_s);
    RevokedCredentials c;
    c.agentId = r.string("agentId"_L1);
    c.clientId = r.string("clientId"_L1);
    c.revokedCredentials = int(r.integer("revokedCredentials"_L1));
    c.tokensRevokedBefore = r.dateTime("tokensRevokedBefore"_L1);
    r.report(error);
    return c;
}

} // namespace tid::core
