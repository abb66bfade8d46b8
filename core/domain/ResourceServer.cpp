#include "core/domain/ResourceServer.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

ResourceServer ResourceServer::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"resource server"_s);
    ResourceServer rs;
    rs.id = r.required("id"_L1);
    rs.name = r.string("name"_L1);
    rs.description = r.string("description"_L1);
    rs.identifier = r.string("identifier"_L1);
    rs.type = r.string("type"_L1);
    rs.ouId = r.string("ouId"_L1);
    rs.delimiter = r.string("delimiter"_L1);
    rs.isReadOnly = r.boolean("isReadOnly"_L1);
    rs.raw = o;
    r.report(error);
    return rs;
}

QJsonObject ResourceServer::toJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    o.insert("identifier"_L1, identifier);
    json::putIfNotEmpty(o, "type"_L1, type);
    // Never "": ThunderID answers 400 INVALID_INPUT_METADATA {"errors":{"ouId":…}}.
    if (!ouId.isEmpty())
        o.insert("ouId"_L1, ouId);
    json::putIfNotEmpty(o, "delimiter"_L1, delimiter);
    return o;
}

QJsonObject ResourceServer::toUpdateJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    json::putIfNotEmpty(o, "identifier"_L1, identifier);
    // Never "": ThunderID answers 400 INVALID_INPUT_METADATA {"errors":{"ouId":…}}.
    if (!ouId.isEmpty())
        o.insert("ouId"_L1, ouId);
    return o;
}

} // namespace tid::core
