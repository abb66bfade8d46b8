#include "core/domain/CibaRequest.h"

#include "core/domain/JsonRead.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QStringList CibaRequest::scopeNames() const
{
    QStringList out;
    out.reserve(scopes.size());
    for (const Scope &s : scopes)
        out << s.name;
    return out;
}

QString CibaRequest::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"PENDING"_s;
    case Status::Approved:
        return u"APPROVED"_s;
    case Status::Denied:
        return u"DENIED"_s;
    case Status::Expired:
        return u"EXPIRED"_s;
    case Status::Consumed:
        return u"CONSUMED"_s;
    case Status::Unknown:
        break;
    }
    return {};
}

CibaRequest::Status CibaRequest::statusFromName(const QString &name)
{
    for (Status s :
         {Status::Pending, Status::Approved, Status::Denied, Status::Expired, Status::Consumed}) {
        if (name.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return Status::Unknown;
}

CibaRequest CibaRequest::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"CIBA request"_s);
    CibaRequest c;
    c.id = r.required("id"_L1);
    c.status = statusFromName(r.required("status"_L1));
    const QJsonObject client = r.object("client"_L1);
    {
        json::JsonRead cr(client, u"CIBA request client"_s);
        c.clientEntityId = cr.string("id"_L1);
        c.clientId = cr.string("clientId"_L1);
        c.clientType = cr.string("type"_L1);
        c.clientName = cr.string("name"_L1);
        const QJsonObject owner = cr.object("owner"_L1);
        c.clientOwnerId = owner.value("id"_L1).toString();
        c.clientOwnerName = owner.value("name"_L1).toString();
        cr.report(error);
    }
    if (c.clientName.isEmpty())
        c.clientName = r.string("agentName"_L1);
    c.userId = r.string("userId"_L1);
    for (const QJsonValue &v : r.array("scopes"_L1)) {
        if (v.isString()) { // tolerate a plain list of names
            c.scopes.append({v.toString(), {}});
            continue;
        }
        const QJsonObject s = v.toObject();
        const QString name = s.value("name"_L1).toString();
        if (name.isEmpty()) {
            r.complain("scopes"_L1, "has an item without a name");
            continue;
        }
        c.scopes.append({name, s.value("description"_L1).toString()});
    }
    const QJsonObject resource = r.object("resource"_L1);
    c.resourceServerId = resource.value("id"_L1).toString();
    c.resourceServerIdentifier = resource.value("identifier"_L1).toString();
    c.resourceServerName = resource.value("name"_L1).toString();
    c.bindingMessage = r.string("bindingMessage"_L1);
    c.createdAt = r.dateTime("createdAt"_L1);
    c.expiresAt = r.dateTime("expiresAt"_L1);
    c.decidedAt = r.dateTime("decidedAt"_L1);
    c.decidedBy = r.string("decidedBy"_L1);
    c.authorizedScopes = r.strings("authorizedScopes"_L1);
    const QJsonObject actingFor = r.object("actingFor"_L1);
    const auto party = [](const QJsonObject &p) {
        return Party{p.value("id"_L1).toString(), p.value("type"_L1).toString(),
                     p.value("name"_L1).toString()};
    };
    c.actingFor = party(actingFor.value("subject"_L1).toObject());
    for (const QJsonValue &v : actingFor.value("earlierActors"_L1).toArray())
        c.earlierActors.append(party(v.toObject()));
    if (!actingFor.isEmpty() && c.actingFor.id.isEmpty())
        r.complain("actingFor"_L1, "has no subject id");
    r.report(error);
    return c;
}

bool CibaRequest::isHighImpactScope(const QString &name)
{
    static const QStringList words{u"write"_s,  u"delete"_s, u"admin"_s, u"manage"_s, u"create"_s,
                                   u"update"_s, u"remove"_s, u"send"_s,  u"modify"_s, u"transfer"_s,
                                   u"pay"_s,    u"system"_s, u"all"_s,   u"full"_s,   u"*"_s,
                                   u"edit"_s,   u"execute"_s};
    static const QRegularExpression separators(u"[:._/\\-\\s]+"_s);
    const QStringList parts = name.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (words.contains(part))
            return true;
    }
    return false;
}

} // namespace tid::core
