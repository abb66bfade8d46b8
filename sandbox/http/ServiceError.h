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

} // namespace tid::sandbox
