#include "sandbox/http/Paging.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

ServiceError PagingErrors::limitError() const
{
    return ServiceError{400, limitCode, keyPrefix + u".invalid_limit_parameter"_s,
                        u"Invalid limit parameter"_s,
                        u"The limit parameter must be a positive integer not greater than 100"_s};
}

ServiceError PagingErrors::offsetError() const
{
    return ServiceError{400, offsetCode, keyPrefix + u".invalid_offset_parameter"_s,
                        u"Invalid offset parameter"_s,
                        u"The offset parameter must be a non-negative integer"_s};
}

std::optional<Response> parsePage(const Request &request, const PagingErrors &errors, Page *page)
{
    return parsePage(request, errors.limitError(), errors.offsetError(), page);
}

QJsonObject listEnvelope(int totalResults, const Page &page, const QString &itemsKey,
                         const QJsonArray &items, const QString &basePath,
                         const QString &extraQuery)
{
    QJsonArray links;
    const QString extra = extraQuery.isEmpty() ? QString() : u"&"_s + extraQuery;
    if (page.offset + items.size() < totalResults) {
        links.append(QJsonObject{{u"href"_s, u"%1?offset=%2&limit=%3%4"_s.arg(basePath)
                                                 .arg(page.offset + page.limit)
                                                 .arg(page.limit)
                                                 .arg(extra)},
                                 {u"rel"_s, u"next"_s}});
    }
    if (page.offset > 0) {
        links.append(QJsonObject{{u"href"_s, u"%1?offset=%2&limit=%3%4"_s.arg(basePath)
                                                 .arg(qMax(0, page.offset - page.limit))
                                                 .arg(page.limit)
                                                 .arg(extra)},
                                 {u"rel"_s, u"prev"_s}});
    }
    return QJsonObject{{u"totalResults"_s, totalResults},
                       {u"startIndex"_s, page.offset + 1},
                       {u"count"_s, items.size()},
                       {itemsKey, items},
                       {u"links"_s, links}};
}

std::optional<Response> parsePage(const Request &request, const ServiceError &limitError,
                                  const ServiceError &offsetError, Page *page)
{
    Page p;
    if (request.hasQuery(u"limit"_s)) {
        bool ok = false;
        const int limit = request.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return limitError.response();
        p.limit = limit;
    }
    if (request.hasQuery(u"offset"_s)) {
        bool ok = false;
        const int offset = request.queryValue(u"offset"_s).toInt(&ok);
        if (!ok || offset < 0)
            return offsetError.response();
        p.offset = offset;
    }
    *page = p;
    return std::nullopt;
}

QJsonObject listPage(const QJsonArray &all, const Page &page, const QString &itemsKey,
                     const QString &basePath, const QString &extraQuery)
{
    QJsonArray items;
    for (qsizetype i = page.offset; i < all.size() && items.size() < page.limit; ++i)
        items.append(all.at(i));
    return listEnvelope(int(all.size()), page, itemsKey, items, basePath, extraQuery);
}

} // namespace tid::sandbox
