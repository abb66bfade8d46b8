#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace tid::core {

// How often and how patiently an idempotent call is retried after a connection error or a
// 502/503/504: delays double from initialDelayMs up to maxDelayMs (a Retry-After header on 503
// lengthens the wait up to maxDelayMs).
struct RetryPolicy
{
    int maxRetries = 3;
    int initialDelayMs = 250;
    int maxDelayMs = 4000;

    int delayForAttempt(int retryNumber) const; // retryNumber: 1 for the first retry
};

// One HTTP call, described without any Qt Network objects so that jobs can be re-sent.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to the client's base URL ("/roles/x"), or an absolute URL
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    bool bearer = true;        // attach the client's bearer token
    QByteArray authorization;  // explicit Authorization header (e.g. Basic); wins over bearer
    std::optional<bool> retry; // default: GET and HEAD only
    int timeoutMs = -1;        // -1: the client's default

    bool isRetryable() const { return retry.value_or(method == "GET" || method == "HEAD"); }
};

} // namespace tid::core
