#pragma once

#include "core/domain/JsonRead.h"

#include <QList>
#include <QUrlQuery>

#include <functional>

namespace tid::core {

// ThunderID's paging parameters: `limit` (1..100, default 30) and `offset`; `filter` where the
// endpoint supports it (`attr eq "value"`).
struct PageRequest
{
    int limit = 30;
    int offset = 0;
    QString filter;
    bool includeDisplay = false; // include=display (ouHandle, display names)

    static PageRequest window(int limit, int offset = 0)
    {
        PageRequest r;
        r.limit = limit;
        r.offset = offset;
        return r;
    }

    void addTo(QUrlQuery &query) const
    {
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        if (!filter.isEmpty())
            query.addQueryItem(QStringLiteral("filter"), filter);
        if (includeDisplay)
            query.addQueryItem(QStringLiteral("include"), QStringLiteral("display"));
    }
};

struct PageLink
{
    QString href;
    QString rel;
};

// The list envelope {totalResults, startIndex (1-based), count, <items>, links}.
template<typename T> struct Page
{
    int totalResults = 0;
    int startIndex = 1;
    int count = 0;
    QList<T> items;
    QList<PageLink> links;

    int offset() const { return startIndex > 0 ? startIndex - 1 : 0; }
    int nextOffset() const { return offset() + int(items.size()); }
    bool hasMore() const { return !items.isEmpty() && nextOffset() < totalResults; }

    // itemFromJson(object, &error) builds one item; the first problem found is reported.
    static Page fromJson(const QJsonObject &o, QLatin1StringView itemsKey,
                         const std::function<T(const QJsonValue &, QString *)> &itemFromJson,
                         QString *error)
    {
        Page page;
        json::JsonRead r(o, QStringLiteral("list response"));
        if (!o.contains(itemsKey))
            r.complain(itemsKey, "missing");
        const QJsonArray items = r.array(itemsKey);
        page.items.reserve(items.size());
        for (const QJsonValue &v : items) {
            QString itemError;
            page.items.append(itemFromJson(v, &itemError));
            if (!itemError.isEmpty())
                r.complainText(itemError);
        }
        page.count = int(r.integer(QLatin1StringView("count"), items.size()));
        page.startIndex = int(r.integer(QLatin1StringView("startIndex"), 1));
        page.totalResults = int(r.integer(QLatin1StringView("totalResults"), items.size()));
        for (const QJsonValue &v : r.array(QLatin1StringView("links"))) {
            const QJsonObject l = v.toObject();
            page.links.append({l.value(QLatin1StringView("href")).toString(),
                               l.value(QLatin1StringView("rel")).toString()});
        }
        r.report(error);
        return page;
    }
};

// Book-keeping for a model that pages lazily (canFetchMore/fetchMore over limit/offset).
class PageCursor
{
public:
    explicit PageCursor(int pageSize = 50)
        : m_pageSize(pageSize)
    {}

    bool canFetchMore() const { return !m_inFlight && (m_total < 0 || m_loaded < m_total); }
    bool isFetching() const { return m_inFlight; }
    int loaded() const { return m_loaded; }
    int total() const { return m_total; } // -1 until the first page arrived
    int pageSize() const { return m_pageSize; }

    // The request for the next page; marks a fetch in flight.
    PageRequest begin(const QString &filter = {})
    {
        m_inFlight = true;
        return PageRequest{m_pageSize, m_loaded, filter, false};
    }
    template<typename T> void received(const Page<T> &page)
    {
        m_inFlight = false;
        m_loaded += int(page.items.size());
        m_total = page.totalResults;
        if (page.items.isEmpty())
            m_total = m_loaded; // the server ran out early: stop asking
    }
    void failed() { m_inFlight = false; }
    void reset()
    {
        m_loaded = 0;
        m_total = -1;
        m_inFlight = false;
    }

private:
    int m_pageSize;
    int m_loaded = 0;
    int m_total = -1;
    bool m_inFlight = false;
};

} // namespace tid::core
