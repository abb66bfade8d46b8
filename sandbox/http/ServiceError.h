#pragma once

#include "sandbox/http/Router.h"

#include <QMap>
#include <QString>

namespace tid::sandbox {

// One ThunderID service error: HTTP status, code (e.g. AGT-1004), i18n key and default texts.
// The description key is the message key + "_description", as ThunderID's.
struct ServiceError
{
    int status = 400;
    QString code;
    QString key;
    QString message;
    QString description;

    // `detail` replaces the default description when it says more about this request.
    Response response(const QString &detail = {}) const
    {
        return Response::error(status, code, message, detail.isEmpty() ? description : detail, key);
    }
};

// The errors of one ThunderID service: every key starts with error.<service>. (e.g.
// error.agentservice.agent_not_found), and the errors all services share are made here once.
class ServiceErrors
{
public:
    explicit ServiceErrors(const QString &service)
        : m_prefix(QStringLiteral("error.") + service + u'.')
    {}
    ServiceError operator()(int status, const QString &code, const QString &key,
                            const QString &message, const QString &description) const
    {
        return ServiceError{status, code, m_prefix + key, message, description};
    }
    // 400 invalid_request_format, "The request body is malformed or contains invalid data".
    ServiceError invalidRequest(const QString &code) const
    {
        return (*this)(400, code, QStringLiteral("invalid_request_format"),
                       QStringLiteral("Invalid request format"),
                       QStringLiteral("The request body is malformed or contains invalid data"));
    }
    // 400 organization_unit_not_found, for an ouId that names no organization unit.
    ServiceError ouNotFound(const QString &code) const
    {
        return (*this)(400, code, QStringLiteral("organization_unit_not_found"),
                       QStringLiteral("Organization unit not found"),
                       QStringLiteral("The specified organization unit does not exist"));
    }

private:
    QString m_prefix;
};

// ThunderID's second error shape, its input validation (not in its specs; seen on a running
// server, ../shared/thunderid-api/OBSERVED.md): 400 {"code":"INVALID_INPUT_METADATA","message":
// "Validation Failed","description":…,"errors":{field: message}} with plain strings.
Response validationFailed(const QMap<QString, QString> &fieldErrors);
// The validation answer for a required field that is absent or empty.
Response missingField(const QString &field);

// An unexpected failure (a failed statement, an exception in a handler): `detail` (which may hold
// database text) is logged under tid.sandbox.http with a new error id and never sent; the client
// gets ThunderID's 500 shape (`code`, error.internal_server_error) naming only that id.
Response internalError(const QString &detail, const QString &code = QStringLiteral("SSE-5000"));

} // namespace tid::sandbox
