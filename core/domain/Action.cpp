#include "core/domain/Action.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

Action Action::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"action"_s);
    Action a;
    a.id = r.required("id"_L1);
    a.name = r.string("name"_L1);
    a.handle = r.string("handle"_L1);
    a.description = r.string("description"_L1);
    a.permission = r.string("permission"_L1);
    a.kind = r.string("kind"_L1);
    a.raw = o;
    r.report(error);
    return a;
}

QJsonObject Action::toJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    o.insert("handle"_L1, handle);
    json::putIfNotEmpty(o, "description"_L1, description);
    json::putIfNotEmpty(o, "kind"_L1, kind);
    return o;
}

QJsonObject Action::toUpdateJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    return o;
}

} // namespace tid::core
