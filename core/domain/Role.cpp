#include "core/domain/Role.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QJsonArray permissionsJson(const QList<ResourcePermissions> &permissions)
{
    QJsonArray arr;
    for (const ResourcePermissions &p : permissions) {
        arr.append(QJsonObject{{"resourceServerId"_L1, p.resourceServerId},
                               {"permissions"_L1, json::toArray(p.permissions)}});
    }
    return arr;
}

} // namespace

QStringList Role::permissionsFor(const QString &resourceServerId) const
{
    for (const ResourcePermissions &p : permissions) {
        if (p.resourceServerId == resourceServerId)
            return p.permissions;
    }
    return {};
}

int Role::permissionCount() const
{
    int n = 0;
    for (const ResourcePermissions &p : permissions)
        n += int(p.permissions.size());
    return n;
}

Role Role::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"role"_s);
    Role role;
    role.id = r.required("id"_L1);
    role.name = r.string("name"_L1);
    role.description = r.string("description"_L1);
    role.ouId = r.string("ouId"_L1);
    role.ouHandle = r.string("ouHandle"_L1);
    role.isReadOnly = r.boolean("isReadOnly"_L1);
    for (const QJsonValue &v : r.array("permissions"_L1)) {
        const QJsonObject p = v.toObject();
        json::JsonRead pr(p, u"role permissions"_s);
        ResourcePermissions rp;
        rp.resourceServerId = pr.required("resourceServerId"_L1);
        rp.permissions = pr.strings("permissions"_L1);
        QString perr;
        pr.report(&perr);
        if (!perr.isEmpty())
            r.complainText(perr);
        role.permissions.append(rp);
    }
    for (const QJsonValue &v : r.array("assignments"_L1)) {
        QString aerr;
        role.assignments.append(EntityRef::fromJson(v.toObject(), &aerr));
        if (!aerr.isEmpty())
            r.complainText(aerr);
    }
    role.raw = o;
    r.report(error);
    return role;
}

QJsonObject Role::toJson() const
{
    QJsonObject o = toUpdateJson();
    if (!assignments.isEmpty()) {
        QJsonArray arr;
        for (const Assignment &a : assignments)
            arr.append(a.toJson());
        o.insert("assignments"_L1, arr);
    }
    return o;
}

QJsonObject Role::toUpdateJson() const
{
    QJsonObject o;
    o.insert("name"_L1, name);
    json::putIfNotEmpty(o, "description"_L1, description);
    // Never "": ThunderID answers 400 INVALID_INPUT_METADATA {"errors":{"ouId":…}}.
    if (!ouId.isEmpty())
        o.insert("ouId"_L1, ouId);
    o.insert("permissions"_L1, permissionsJson(permissions));
    return o;
}

} // namespace tid::core
