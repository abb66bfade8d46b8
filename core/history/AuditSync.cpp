#include "core/history/AuditSync.h"

#include "core/Logging.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiError.h"
#include "core/api/AuditEventsApi.h"
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

AuditSync::AuditSync(const AuditEventsApi *api, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
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
    if (!m_api || !m_api->client() || !m_store) {
        fail(tr("No server or history store."));
        return;
    }
    ++m_generation;
    m_fetched = m_stored = 0;
    m_retryMs = m_firstRetryMs;
    if (m_cursorKey.isEmpty())
        m_cursorKey = cursorKeyFor(m_api->client()->baseUrl().toString());
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
            m_storedCursor = m_cursor;
            fetchPage();
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
    if (!m_api || !m_api->client() || !m_store || m_state == State::Stopped)
        return;
    const int generation = m_generation;
    // Another console on the same store (a team's, on PostgreSQL) may have moved the shared
    // cursor on since: continue from there rather than fetch its pages again.
    m_store->meta(m_cursorKey)
        .then(this, [this, generation](const HistoryResult<std::optional<QString>> &r) {
            if (generation != m_generation)
                return;
            if (r.ok() && r.value && !r.value->isEmpty() && *r.value != m_storedCursor) {
                m_cursor = *r.value;
                m_storedCursor = *r.value;
            }
            fetchPage();
        });
}

void AuditSync::fetchPage()
{
    if (!m_api || !m_api->client() || !m_store || m_state == State::Stopped)
        return;
    if (m_state != State::Syncing)
        setState(State::Syncing);
    const int generation = m_generation;
    m_api->page(m_cursor, m_pageSize)
        .then(this, [this, generation](const Result<AuditEventsPage> &r) {
            if (generation != m_generation)
                return;
            if (r.error.isError()) {
                if (r.error.kind == ApiError::Kind::Http && r.httpStatus == 400 &&
                    r.error.code == AuditEventsApi::UnknownCursor) {
                    // The cursor names an event the server no longer has (a new sandbox, a reset
                    // server): start over; ids already stored are recognised as duplicates.
                    m_cursor.clear();
                    m_timer.start(0);
                    return;
                }
                if (r.error.kind == ApiError::Kind::Decode) {
                    fail(tr("Audit sync paused: the server's answer is not an audit-event list."));
                    return;
                }
                fail(tr("Audit sync paused: %1").arg(r.error.toString()));
                return;
            }
            const AuditEventsPage &page = r.value;
            QList<HistoryEvent> events;
            const QJsonArray &array = page.events;
            events.reserve(array.size());
            for (const QJsonValue &v : array) {
                QString problem;
                const QJsonObject o = v.toObject();
                if (auto e = HistoryEvent::fromAuditEvent(o, {}, &problem))
                    events << std::move(*e);
                else
                    qCWarning(lcHistory).noquote() << "audit sync: skipped an event:" << problem;
            }
            if (page.totalResults >= 0)
                m_total = page.totalResults;
            const QString lastId =
                array.isEmpty() ? QString() : array.last().toObject().value("id"_L1).toString();
            const QString next = page.hasNextCursor ? page.nextCursor : lastId;
            const bool more = page.hasNextCursor && !array.isEmpty();
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
                              m_cursor = m_storedCursor = next;
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
