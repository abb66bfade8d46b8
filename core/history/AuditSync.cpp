#include "core/history/AuditSync.h"

#include "core/Logging.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiError.h"
#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

constexpr int MaxRetryMs = 120000;

} // namespace

AuditSync::AuditSync(ApiClient *client, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AuditSync::fetchNext);
}

AuditSync::~AuditSync() = default;

QString AuditSync::cursorKeyFor(const QString &profileOrServer)
{
    return u"audit-cursor:"_s + profileOrServer;
}

void AuditSync::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuditSync::start()
{
    if (!m_client || !m_store) {
        fail(tr("No server or history store."));
        return;
    }
    ++m_generation;
    m_fetched = m_stored = 0;
    m_retryMs = m_firstRetryMs;
    if (m_cursorKey.isEmpty())
        m_cursorKey = cursorKeyFor(m_client->baseUrl().toString());
    setState(State::Syncing);
    const int generation = m_generation;
    // Resume where the last stored page ended.
    m_store->meta(m_cursorKey)
        .then(this, [this, generation](const HistoryResult<std::optional<QString>> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                fail(r.error);
                return;
            }
            m_cursor = r.value.value_or(QString());
            fetchNext();
        });
}

void AuditSync::stop()
{
    ++m_generation;
    m_timer.stop();
    setState(State::Stopped);
}

void AuditSync::fail(const QString &message)
{
    m_lastError = message;
    setState(State::Paused);
    Q_EMIT paused(message);
    m_timer.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, MaxRetryMs);
}

void AuditSync::fetchNext()
{
    if (!m_client || !m_store || m_state == State::Stopped)
        return;
    if (m_state != State::Syncing)
        setState(State::Syncing);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!m_cursor.isEmpty())
        query.addQueryItem(u"after"_s, m_cursor);
    const int generation = m_generation;
    ApiJob *job = m_client->get(u"/audit/events"_s, query);
    connect(job, &ApiJob::finished, this, [this, generation](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        if (response.error.isError()) {
            if (response.error.kind == ApiError::Kind::Http && response.httpStatus == 400 &&
                response.error.code == u"AUD-1004"_s) {
                // The cursor names an event the server no longer has (a new sandbox, a reset
                // server): start over; ids already stored are recognised as duplicates.
                m_cursor.clear();
                m_timer.start(0);
                return;
            }
            fail(tr("Audit sync paused: %1").arg(response.error.toString()));
            return;
        }
        const QJsonObject body = response.json.object();
        const QJsonValue eventsValue = body.value("events"_L1);
        if (!response.json.isObject() || !eventsValue.isArray()) {
            fail(tr("Audit sync paused: the server's answer is not an audit-event list."));
            return;
        }
        QList<HistoryEvent> events;
        const QJsonArray array = eventsValue.toArray();
        events.reserve(array.size());
        for (const QJsonValue &v : array) {
            QString problem;
            const QJsonObject o = v.toObject();
            if (auto e = HistoryEvent::fromAuditEvent(o, {}, &problem))
                events << std::move(*e);
            else
                qCWarning(lcHistory).noquote() << "audit sync: skipped an event:" << problem;
        }
        m_total = body.value("totalResults"_L1).toInteger(m_total);
        const QString lastId =
            array.isEmpty() ? QString() : array.last().toObject().value("id"_L1).toString();
        const QString next = body.value("nextCursor"_L1).toString(lastId);
        const bool more = body.contains("nextCursor"_L1) && !array.isEmpty();
        m_fetched += array.size();
        if (events.isEmpty() && (next.isEmpty() || next == m_cursor)) {
            // Caught up and nothing new: nothing to store.
            m_retryMs = m_firstRetryMs;
            Q_EMIT progress(m_fetched, m_total);
            setState(State::UpToDate);
            Q_EMIT caughtUp();
            if (m_pollMs > 0)
                m_timer.start(m_pollMs);
            return;
        }
        QList<QPair<QString, QString>> meta;
        if (!next.isEmpty())
            meta << qMakePair(m_cursorKey, next);
        // The page and the cursor after it are stored in one transaction.
        m_store->insert(events, meta)
            .then(this,
                  [this, generation, next, more](const HistoryResult<HistoryInsertResult> &r) {
                      if (generation != m_generation)
                          return;
                      if (!r.ok()) {
                          fail(tr("Audit sync paused: %1").arg(r.error));
                          return;
                      }
                      m_retryMs = m_firstRetryMs;
                      m_stored += r.value.inserted + r.value.merged;
                      if (!next.isEmpty())
                          m_cursor = next;
                      Q_EMIT progress(m_fetched, m_total);
                      if (more) {
                          fetchNext();
                          return;
                      }
                      setState(State::UpToDate);
                      Q_EMIT caughtUp();
                      if (m_pollMs > 0)
                          m_timer.start(m_pollMs);
                  });
    });
}

} // namespace tid::core
