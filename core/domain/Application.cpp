#include "core/domain/Application.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

Application Application::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"application"_s);
    Application a;
    a.id = r.required("id"_L1);
    a.ouId = r.string("ouId"_L1);
    a.name = r.string("name"_L1);
    a.description = r.string("description"_L1);
    a.type = r.string("type"_L1);
    a.clientId = r.string("clientId"_L1);
    a.url = r.string("url"_L1);
    a.logoUrl = r.string("logoUrl"_L1);
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
    a.raw.remove("flowSecret"_L1); // a secret, shown once
    if (!inbound.isEmpty())
        a.raw.insert("inboundAuthConfig"_L1, a.oauth ? a.oauth->mergeInto(inbound) : inbound);
    r.report(error);
    return a;
}

QJsonObject Application::toJson() const
{
    QJsonObject o = raw;
    for (const auto key : {"id"_L1, "isReadOnly"_L1, "clientId"_L1, "ouHandle"_L1})
        o.remove(key);
    // Never "": ThunderID answers 400 INVALID_INPUT_METADATA {"errors":{"ouId":…}}.
    if (!ouId.isEmpty())
        o.insert("ouId"_L1, ouId);
    o.insert("name"_L1, name);
    o.insert("type"_L1, type);
    json::putIfNotEmpty(o, "description"_L1, description);
    json::putIfNotEmpty(o, "url"_L1, url);
    json::putIfNotEmpty(o, "logoUrl"_L1, logoUrl);
    if (oauth)
        o.insert("inboundAuthConfig"_L1,
                 oauth->mergeInto(o.value("inboundAuthConfig"_L1).toArray()));
    else
        o.remove("inboundAuthConfig"_L1);
    return o;
}

} // namespace tid::core
