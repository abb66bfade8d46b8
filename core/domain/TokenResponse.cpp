#include "core/domain/TokenResponse.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

TokenResponse TokenResponse::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"token response"_s);
    TokenResponse t;
    t.accessToken = r.required("access_token"_L1);
    t.tokenType = r.string("token_type"_L1);
    // Some servers send expires_in as a string; accept both.
    const QJsonValue exp = o.value("expires_in"_L1);
    t.expiresIn = exp.isString() ? exp.toString().toLongLong() : r.integer("expires_in"_L1);
    t.scope = r.string("scope"_L1);
    t.refreshToken = r.string("refresh_token"_L1);
    t.idToken = r.string("id_token"_L1);
    t.issuedTokenType = r.string("issued_token_type"_L1);
    t.receivedAt = QDateTime::currentDateTimeUtc();
    r.report(error);
    return t;
}

} // namespace tid::core
