#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

namespace tid::core {

// What a finished ApiJob hands over: the decoded body on success, or a typed error.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json; // null when the body is empty (204) or not JSON (then error is set)
    QList<QPair<QByteArray, QByteArray>> headers;
    // The header fields the request was sent with (as set on it: Accept, User-Agent,
    // Content-Type, Authorization) — what the playground shows of the exchange.
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QUrl url;
    QByteArray peerCertificateSha256; // hex, for https
    int attempts = 0;                 // 1 + retries
    ApiError error;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace tid::core
