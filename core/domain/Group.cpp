#include "core/domain/Group.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

Group Group::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"group"_s);
    Group g;
    g.id = r.required("id"_L1);
    g.name = r.string("name"_L1);
    g.description = r.string("description"_L1);
    g.ouId = r.string("ouId"_L1);
    g.ouHandle = r.string("ouHandle"_L1);
    g.isReadOnly = r.boolean("isReadOnly"_L1);
    for (const QJsonValue &v : r.array("members"_L1)) {
        QString merr;
        g.members.append(EntityRef::fromJson(v.toObject(), &merr));
        if (!merr.isEmpty())
            r.complainText(merr);
    }
    g.raw = o;
    r.report(error);
    return g;
}

QJsonObject Group::toJson() const
{
    QJsonObject o = toUpdateJson();
    if (!members.isEmpty()) {
        QJsonArray arr;
        for (const Member &m : members)
            arr.append(m.toJson());
        o.insert("members"_L1, arr);
    }
    return o;
}

QJsonObject Group::toUpdateJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    // Never "": ThunderID answers 400 INVALID_INPUT_METADATA {"errors":{"ouId":…}}.
    if (!ouId.isEmpty())
        o.insert("ouId"_L1, ouId);
    return o;
}

} // namespace tid::core
