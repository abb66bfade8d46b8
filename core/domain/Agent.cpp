#include "core/domain/Agent.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

Agent::Kind Agent::kindForGrants(const QStringList &grantTypes)
{
    const bool autonomous = grantTypes.contains(grant::ClientCredentials);
    const bool delegated =
        grantTypes.contains(grant::AuthorizationCode) || grantTypes.contains(grant::Ciba);
    if (autonomous && delegated)
        return Kind::Hybrid;
    if (autonomous)
        return Kind::Autonomous;
    if (delegated)
        return Kind::Interactive;
    return Kind::Unknown;
}

Agent::Kind Agent::kind() const
{
    return oauth ? kindForGrants(oauth->grantTypes) : Kind::Unknown;
}

QString Agent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Autonomous:
        return u"autonomous"_s;
    case Kind::Interactive:
        return u"interactive"_s;
    case Kind::Hybrid:
        return u"hybrid"_s;
    case Kind::Unknown:
        break;
    }
    return {};
}

Agent Agent::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"agent"_s);
    Agent a;
    a.id = r.required("id"_L1);
    a.ouId = r.string("ouId"_L1);
    a.ouHandle = r.string("ouHandle"_L1);
    a.type = r.string("type"_L1);
    a.name = r.string("name"_L1);
    a.description = r.string("description"_L1);
    a.logoUrl = r.string("logoUrl"_L1);
    a.clientId = r.string("clientId"_L1);
    a.owner = r.string("owner"_L1);
    a.attributes = r.object("attributes"_L1);
    a.isReadOnly = r.boolean("isReadOnly"_L1);
    const QJsonArray inbound = r.array("inboundAuthConfig"_L1);
    OAuthClientConfig config;
    QString oerr;
    if (OAuthClientConfig::findIn(inbound, &config, &oerr)) {
        if (config.clientId.isEmpty())
            config.clientId = a.clientId;
        else if (a.clientId.isEmpty())
            a.clientId = config.clientId;
        a.oauth = config;
    }
    if (!oerr.isEmpty())
        r.complainText(oerr);
    a.raw = o;
    if (!inbound.isEmpty())
        a.raw.insert("inboundAuthConfig"_L1, a.oauth ? a.oauth->mergeInto(inbound) : inbound);
    r.report(error);
    return a;
}

QJsonObject Agent::toJson() const
{
    QJsonObject o = raw;
    for (const auto key : {"id"_L1, "ouHandle"_L1, "isReadOnly"_L1, "clientId"_L1})
        o.remove(key);
    // Never "": ThunderID answers 400 INVALID_INPUT_METADATA {"errors":{"ouId":…}}.
    if (!ouId.isEmpty())
        o.insert("ouId"_L1, ouId);
    o.insert("type"_L1, type);
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    json::putIfNotEmpty(o, "logoUrl"_L1, logoUrl);
    json::putIfNotEmpty(o, "owner"_L1, owner);
    if (!attributes.isEmpty() || o.contains("attributes"_L1))
        o.insert("attributes"_L1, attributes);
    if (oauth)
        o.insert("inboundAuthConfig"_L1,
                 oauth->mergeInto(o.value("inboundAuthConfig"_L1).toArray()));
    else
        o.remove("inboundAuthConfig"_L1);
    return o;
}

} // namespace tid::core
