#include "sandbox/http/ServiceError.h"

#include "sandbox/Logging.h"
#include "sandbox/store/Ids.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

Response internalError(const QString &detail, const QString &code)
{
    const QString errorId = Ids::uuid4();
    qCWarning(lcHttp).noquote() << "internal error" << errorId << ":" << detail;
    return Response::error(
        500, code, u"Internal server error"_s,
        u"An unexpected error occurred while processing the request (error id %1)"_s.arg(errorId),
        u"error.internal_server_error"_s);
}

} // namespace tid::sandbox
