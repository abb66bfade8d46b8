#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace tid::core {

class AuditEventsApi;
class HistoryStore;
struct ApiError;

// Incremental sync of the audit-events extension (`GET /audit/events`, cursor `after`) into a
// history store, in the background. Each page is stored in one transaction together with the
// cursor that follows it, so a restart resumes exactly where the last stored page ended:
// nothing is fetched twice into the store, nothing skipped. A server that goes away pauses the
// sync with a message and retries with backoff (5 s doubling to 2 min); once caught up it polls
// for new events every `pollInterval`.
class AuditSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditSync)

public:
    enum class State
    {
        Idle,
        Syncing,
        UpToDate,
        Paused, // the server failed; retrying
        Stopped,
    };
    Q_ENUM(State)

    // `api` (the connection's audit-events client, ServerApis::audit()) must outlive the sync.
    AuditSync(const AuditEventsApi *api, HistoryStore *store, QObject *parent = nullptr);
    ~AuditSync() override;

    // The cursor is kept in the store under this key (one per connection profile / server).
    void setCursorKey(const QString &key) { m_cursorKey = key; }
    QString cursorKey() const { return m_cursorKey; }
    static QString cursorKeyFor(const QString &profileOrServer);
    void setPageSize(int n) { m_pageSize = n; }
    // 0: stop when caught up (the command line) instead of polling.
    void setPollInterval(int ms) { m_pollMs = ms; }
    void setRetryInterval(int ms) { m_retryMs = m_firstRetryMs = ms; }

    void start();
    void stop();
    State state() const { return m_state; }
    qint64 fetched() const { return m_fetched; } // events received in this run
    qint64 stored() const { return m_stored; }   // of which new in the store
    qint64 total() const { return m_total; }     // the server's totalResults (all events)
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(tid::core::AuditSync::State state);
    void progress(qint64 fetched, qint64 total);
    // Up to date (the command line quits here when not polling).
    void caughtUp();
    // Paused with a reason (translated); the sync retries by itself.
    void paused(const QString &message);

private:
    void setState(State state);
    void fetchNext(); // the shared cursor, then the page after it
    void fetchPage();
    void fail(const QString &message);

    const AuditEventsApi *m_api;
    QPointer<HistoryStore> m_store;
    QString m_cursorKey;
    QString m_cursor;
    QString m_storedCursor; // the store's cursor as this sync last read or wrote it
    QTimer m_timer;
    State m_state = State::Idle;
    int m_pageSize = 1000;
    int m_pollMs = 30000;
    int m_firstRetryMs = 5000;
    int m_retryMs = 5000;
    qint64 m_fetched = 0;
    qint64 m_stored = 0;
    qint64 m_total = 0;
    QString m_lastError;
    int m_generation = 0;
};

} // namespace tid::core
