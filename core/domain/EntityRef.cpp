#include "core/domain/EntityRef.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QString EntityRef::typeName(Type type)
{
    switch (type) {
    case Type::User:
        return u"user"_s;
    case Type::Group:
        return u"group"_s;
    case Type::App:
        return u"app"_s;
    case Type::Agent:
        return u"agent"_s;
    case Type::Unknown:
        break;
    }
    return {};
}

EntityRef::Type EntityRef::typeFromName(const QString &name)
{
    if (name == "user"_L1)
        return Type::User;
    if (name == "group"_L1)
        return Type::Group;
    if (name == "app"_L1)
        return Type::App;
    if (name == "agent"_L1)
        return Type::Agent;
    return Type::Unknown;
}

EntityRef EntityRef::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"assignment"_s);
    EntityRef ref;
    ref.id = r.required("id"_L1);
    const QString type = r.required("type"_L1);
    ref.type = typeFromName(type);
    if (ref.type == Type::Unknown && !type.isEmpty())
        r.complainText(u"unknown type \"%1\""_s.arg(type));
    ref.display = r.string("display"_L1);
    r.report(error);
    return ref;
}

QJsonObject EntityRef::toJson() const
{
    return QJsonObject{{"id"_L1, id}, {"type"_L1, typeName(type)}};
}

} // namespace tid::core
