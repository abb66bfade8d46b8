#include "core/domain/OrganizationUnit.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

OrganizationUnit OrganizationUnit::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"organization unit"_s);
    OrganizationUnit ou;
    ou.id = r.required("id"_L1);
    ou.handle = r.string("handle"_L1);
    ou.name = r.string("name"_L1);
    ou.description = r.string("description"_L1);
    ou.parentId = r.string("parent"_L1);
    ou.isReadOnly = r.boolean("isReadOnly"_L1);
    ou.raw = o;
    r.report(error);
    return ou;
}

QJsonObject OrganizationUnit::toJson() const
{
    QJsonObject o;
    o.insert("handle"_L1, handle);
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    json::putIfNotEmpty(o, "parent"_L1, parentId);
    return o;
}

} // namespace tid::core
