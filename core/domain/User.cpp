#include "core/domain/User.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QString User::displayName() const
{
    if (!display.isEmpty())
        return display;
    for (const auto key : {"username"_L1, "email"_L1, "name"_L1}) {
        const QString v = attributes.value(key).toString();
        if (!v.isEmpty())
            return v;
    }
    const QString first = attributes.value("firstname"_L1).toString();
    const QString last = attributes.value("lastname"_L1).toString();
    if (!first.isEmpty() || !last.isEmpty())
        return QString(first + u' ' + last).trimmed();
    return id;
}

User User::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"user"_s);
    User u;
    u.id = r.required("id"_L1);
    u.ouId = r.string("ouId"_L1);
    u.ouHandle = r.string("ouHandle"_L1);
    u.type = r.string("type"_L1);
    u.attributes = r.object("attributes"_L1);
    u.display = r.string("display"_L1);
    u.isReadOnly = r.boolean("isReadOnly"_L1);
    u.raw = o;
    r.report(error);
    return u;
}

QJsonObject User::toJson() const
{
    QJsonObject o;
    // Never "": ThunderID answers 400 INVALID_INPUT_METADATA {"errors":{"ouId":…}}.
    if (!ouId.isEmpty())
        o.insert("ouId"_L1, ouId);
    o.insert("type"_L1, type);
    o.insert("attributes"_L1, attributes);
    return o;
}

} // namespace tid::core
