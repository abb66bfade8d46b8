#include "sandbox/audit/Principal.h"

#include "sandbox/store/Database.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox::principal {

bool hasScope(const QJsonObject &claims, const QString &scope)
{
    QStringList held;
    for (const QString &key : {u"scope"_s, u"scopes"_s, u"authorized_permissions"_s}) {
        const QJsonValue v = claims.value(key);
        if (v.isString())
            held += v.toString().split(u' ', Qt::SkipEmptyParts);
        else if (v.isArray()) {
            for (const QJsonValue &s : v.toArray())
                held += s.toString();
        }
    }
    for (const QString &h : held) {
        if (h == scope || scope.startsWith(h + u':'))
            return true;
    }
    return false;
}

bool isUserSession(const Database &db, const QJsonObject &claims)
{
    if (claims.contains(u"act"_s) || subject(claims).isEmpty())
        return false;
    const QString clientId = claims.value(u"client_id"_s).toString();
    return clientId.isEmpty() ||
           !Sql::exists(db.db(), u"SELECT 1 FROM agents WHERE client_id = ?"_s, {clientId});
}

QJsonObject actor(const QJsonObject &claims)
{
    QJsonObject out{{u"sub"_s, claims.value(u"sub"_s).toString()}};
    const QString clientId = claims.value(u"client_id"_s).toString();
    if (!clientId.isEmpty())
        out.insert(u"clientId"_s, clientId);
    return out;
}

} // namespace tid::sandbox::principal
