#include "core/domain/Introspection.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QDateTime timeOf(json::JsonRead &r, QLatin1StringView key)
{
    const qint64 secs = r.integer(key, -1);
    return secs >= 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

} // namespace

Introspection Introspection::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"introspection response"_s);
    Introspection i;
    if (!o.value("active"_L1).isBool())
        r.complain("active"_L1, o.contains("active"_L1) ? "not a boolean" : "missing");
    i.active = r.boolean("active"_L1);
    i.scope = r.string("scope"_L1);
    i.clientId = r.string("client_id"_L1);
    i.username = r.string("username"_L1);
    i.tokenType = r.string("token_type"_L1);
    i.sub = r.string("sub"_L1);
    const QJsonValue aud = o.value("aud"_L1);
    if (aud.isArray())
        i.aud = r.strings("aud"_L1);
    else
        i.aud = aud.isString() ? QStringList{aud.toString()} : QStringList{};
    i.iss = r.string("iss"_L1);
    i.jti = r.string("jti"_L1);
    i.grantType = r.string("grant_type"_L1);
    i.exp = timeOf(r, "exp"_L1);
    i.iat = timeOf(r, "iat"_L1);
    i.nbf = timeOf(r, "nbf"_L1);
    i.raw = o;
    r.report(error);
    return i;
}

} // namespace tid::core
