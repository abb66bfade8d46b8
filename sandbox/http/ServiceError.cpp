#include "sandbox/http/ServiceError.h"

#include "sandbox/Logging.h"
#include "sandbox/store/Ids.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

Response validationFailed(const QMap<QString, QString> &fieldErrors)
{
    QJsonObject errors;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it)
        errors.insert(it.key(), it.value());
    return Response::json(
        QJsonObject{{u"code"_s, u"INVALID_INPUT_METADATA"_s},
                    {u"message"_s, u"Validation Failed"_s},
                    {u"description"_s,
                     u"One or more inbound fields failed structural edge-boundary rules."_s},
                    {u"errors"_s, errors}},
        400);
}

Response missingField(const QString &field)
{
    return validationFailed(
        {{field, u"The field '%1' is missing but is strictly required."_s.arg(field)}});
}

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
