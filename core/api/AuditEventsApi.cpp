#include "core/api/AuditEventsApi.h"

#include "core/api/ApiClient.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

AuditEventsApi::AuditEventsApi(ApiClient *client)
    : m_client(client)
{}

Call<AuditEventsPage> AuditEventsApi::page(const QString &after, int limit) const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    return {
        m_client->get(u"/audit/events"_s, query), [](const ApiResponse &response, ApiError *error) {
            AuditEventsPage page;
            const QJsonObject body = response.json.object();
            const QJsonValue events = body.value("events"_L1);
            if (!response.json.isObject() || !events.isArray()) {
                *error = ApiError::make(ApiError::Kind::Decode,
                                        u"the answer is not an audit-event list"_s, response.url);
                return page;
            }
            page.events = events.toArray();
            page.totalResults = body.value("totalResults"_L1).toInteger(-1);
            page.hasNextCursor = body.contains("nextCursor"_L1);
            page.nextCursor = body.value("nextCursor"_L1).toString();
            return page;
        }};
}

} // namespace tid::core
