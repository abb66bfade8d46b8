#include "core/domain/Consent.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QDateTime dateOf(json::JsonRead &r, QLatin1StringView key)
{
    const QString s = r.string(key);
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        r.complain(key, "not an RFC 3339 date-time");
    return t;
}

} // namespace

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
    c.createdAt = dateOf(r, "createdAt"_L1);
    c.updatedAt = dateOf(r, "updatedAt"_L1);
    c.expiresAt = dateOf(r, "expiresAt"_L1);
    c.revokedAt = dateOf(r, "revokedAt"_L1);
    c.raw = o;
    r.report(error);
    return c;
}

} // namespace tid::core
