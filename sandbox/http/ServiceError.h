#pragma once

#include "sandbox/http/Router.h"

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

// An unexpected failure (a failed statement, an exception in a handler): `detail` (which may hold
// database text) is logged under tid.sandbox.http with a new error id and never sent; the client
// gets ThunderID's 500 shape (`code`, error.internal_server_error) naming only that id.
Response internalError(const QString &detail, const QString &code = QStringLiteral("SSE-5000"));

} // namespace tid::sandbox
