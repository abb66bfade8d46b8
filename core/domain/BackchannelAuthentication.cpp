#include "core/domain/BackchannelAuthentication.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

BackchannelAuthentication BackchannelAuthentication::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"backchannel authentication response"_s);
    BackchannelAuthentication b;
    b.authReqId = r.required("auth_req_id"_L1);
    b.expiresIn = r.integer("expires_in"_L1);
    b.interval = int(qBound(qint64(1), r.integer("interval"_L1, 5), qint64(600)));
    r.report(error);
    return b;
}

} // namespace tid::core
