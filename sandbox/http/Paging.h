#pragma once

#include "sandbox/http/Router.h"
#include "sandbox/http/ServiceError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tid::sandbox {

// ThunderID list conventions: `limit` (default 30, max 100) and `offset` query parameters; the
// envelope {totalResults, startIndex (1-based), count, <items>, links[{href, rel}]}.
struct Page
{
    int limit = 30;
    int offset = 0;
};

struct PagingErrors
{
    QString limitCode;  // e.g. RES-1011
    QString offsetCode; // e.g. RES-1012
    QString keyPrefix;  // e.g. error.resourceservice

    // ThunderID's common texts, under keyPrefix.invalid_limit_parameter / _offset_parameter.
    ServiceError limitError() const;
    ServiceError offsetError() const;
};

// Returns an error response for a limit that is not an integer in 1..100, or a negative offset.
std::optional<Response> parsePage(const Request &request, const PagingErrors &errors, Page *page);

// `basePath` without leading slash, e.g. "resource-servers" (links are relative, as ThunderID's).
QJsonObject listEnvelope(int totalResults, const Page &page, const QString &itemsKey,
                         const QJsonArray &items, const QString &basePath,
                         const QString &extraQuery = {});

// The same, for services whose limit/offset errors have their own keys and texts (agents:
// error.agentservice.invalid_limit, "Invalid pagination parameter").
std::optional<Response> parsePage(const Request &request, const ServiceError &limitError,
                                  const ServiceError &offsetError, Page *page);

// Slices `all` by the page and wraps it in the list envelope.
QJsonObject listPage(const QJsonArray &all, const Page &page, const QString &itemsKey,
                     const QString &basePath, const QString &extraQuery = {});

} // namespace tid::sandbox
