#include "core/domain/Consent.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QString Consent::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return u"ACTIVE"_s;
    case Status::Revoked:
        return u"REVOKED"_s;
    case Status::Expired:
        return u"EXPIRED"_s;
    case Status::Unknown:
        break;
    }
    return {};
}

Consent::Status Consent::statusFromName(const QString &name)
{
    if (name.compare("ACTIVE"_L1, Qt::CaseInsensitive) == 0)
        return Status::Active;
    if (name.compare("REVOKED"_L1, Qt::CaseInsensitive) == 0)
        return Status::Revoked;
    if (name.compare("EXPIRED"_L1, Qt::CaseInsensitive) == 0)
        return Status::Expired;
    return Status::Unknown;
}

Consent Consent::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"consent"_s);
    Consent c;
    c.id = r.required("id"_L1);
    c.userId = r.string("userId"_L1);
    c.clientId = r.string("clientId"_L1);
    c.clientEntityId = r.string("clientEntityId"_L1);
    c.clientType = r.string("clientType"_L1);
    c.clientName = r.string("clientName"_L1);
    c.resourceServerId = r.string("resourceServerId"_L1);
    c.resourceServerIdentifier = r.string("resourceServerIdentifier"_L1);
    c.resourceServerName = r.string("resourceServerName"_L1);
    c.scopes = r.strings("scopes"_L1);
    c.status = statusFromName(r.string("status"_L1));
    c.createdAt = r.dateTime("createdAt"_L1);
    c.updatedAt = r.dateTime("updatedAt"_L1);
    c.expiresAt = r.dateTime("expiresAt"_L1);
    c.revokedAt = r.dateTime("revokedAt"_L1);
    c.raw = o;
    r.report(error);
    return c;
}

} // namespace tid::core
