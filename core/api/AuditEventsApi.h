#pragma once

#include "core/api/Call.h"

#include <QJsonArray>
#include <QString>

namespace tid::core {

class ApiClient;

// One page of the audit-events extension (`GET /audit/events`, docs/extension-api.yaml): the
// events as the server wrote them (core/history reads them), the server's total and the cursor
// of the next page.
struct AuditEventsPage
{
    QJsonArray events;
    qint64 totalResults = -1; // -1: not given
    QString nextCursor;
    bool hasNextCursor = false; // the server says more pages follow
};

// The audit-events extension of the connected server, newest events last, paged by cursor.
class AuditEventsApi final
{
public:
    static inline const QString Extension = QStringLiteral("audit-events");
    // The cursor names an event the server no longer has (a new sandbox, a reset server).
    static inline const QString UnknownCursor = QStringLiteral("AUD-1004");

    explicit AuditEventsApi(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Up to `limit` events after the event `after` (empty: from the first). A body that is not
    // an audit-event list is a Decode error.
    Call<AuditEventsPage> page(const QString &after, int limit) const;

private:
    ApiClient *m_client;
};

} // namespace tid::core
