#pragma once

#include "sandbox/http/Router.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/store/Database.h"

#include <functional>

namespace tid::sandbox {

// Runs a handler's writes in one transaction: commits when the returned response is a success
// (< 400), rolls back otherwise, and on an exception (SqlError) rolls back and rethrows, which
// HttpServer answers with 500 (internalError). Nothing is ever half-written.
class WriteTransaction final
{
public:
    static Response run(Database &db, const std::function<Response()> &work)
    {
        Response response;
        const bool committed = db.transaction([&] {
            response = work();
            return response.status < 400;
        });
        if (!committed && response.status < 400) {
            return internalError(QStringLiteral("the transaction could not be committed"));
        }
        return response;
    }
};

} // namespace tid::sandbox
