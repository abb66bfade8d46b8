#pragma once

#include "core/api/ApiJob.h"
#include "core/api/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace tid::core {

// A typed handle on an ApiJob: the job does the HTTP, the parser turns its response into T.
//
//     api.listAgents({.limit = 50}).then(this, [this](const Result<Page<Agent>> &r) { ... });
//
// The callback runs once, from the event loop, unless `context` is destroyed first. Keep the
// handle (it is cheap to copy) to abort(). A parser reports a body of the wrong shape through
// its ApiError argument (Kind::Decode); it never throws.
template<typename T> class Call
{
public:
    using Parser = std::function<T(const ApiResponse &, ApiError *)>;

    Call() = default;
    Call(ApiJob *job, Parser parser)
        : m_job(job)
        , m_parser(std::move(parser))
    {}

    ApiJob *job() const { return m_job; }
    bool isValid() const { return !m_job.isNull(); }
    void abort() const
    {
        if (m_job)
            m_job->abort();
    }

    template<typename F> const Call &then(const QObject *context, F &&callback) const
    {
        Q_ASSERT(m_job);
        QObject::connect(m_job.data(), &ApiJob::finished, context,
                         [parser = m_parser, cb = std::forward<F>(callback)](
                             const ApiResponse &response) mutable { cb(parse(parser, response)); });
        return *this;
    }

    static Result<T> parse(const Parser &parser, const ApiResponse &response)
    {
        Result<T> result;
        result.httpStatus = response.httpStatus;
        result.error = response.error;
        if (!result.error.isError() && parser) {
            ApiError decodeError;
            result.value = parser(response, &decodeError);
            if (decodeError.isError()) {
                decodeError.httpStatus = response.httpStatus;
                if (decodeError.url.isEmpty())
                    decodeError.url = response.error.url.isEmpty()
                                          ? response.url.adjusted(QUrl::RemoveQuery)
                                          : response.error.url;
                result.error = decodeError;
                result.value = T{};
            }
        }
        return result;
    }

private:
    QPointer<ApiJob> m_job;
    Parser m_parser;
};

} // namespace tid::core
