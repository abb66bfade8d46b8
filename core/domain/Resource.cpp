#include "core/domain/Resource.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

Resource Resource::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"resource"_s);
    Resource res;
    res.id = r.required("id"_L1);
    res.name = r.string("name"_L1);
    res.handle = r.string("handle"_L1);
    res.description = r.string("description"_L1);
    res.parentId = r.string("parent"_L1);
    res.permission = r.string("permission"_L1);
    res.raw = o;
    r.report(error);
    return res;
}

QJsonObject Resource::toJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    o.insert("handle"_L1, handle);
    json::putIfNotEmpty(o, "description"_L1, description);
    json::putIfNotEmpty(o, "parent"_L1, parentId);
    return o;
}

QJsonObject Resource::toUpdateJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    return o;
}

} // namespace tid::core
