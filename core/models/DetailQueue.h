#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace tid::core {

// The details (GET by id) a list model loads on demand, shared by PagedTableModel and
// SparseTableModel: ids are wanted from const data() while a view paints, and asked for once
// the view has settled (no new id wanted for a moment), a few at a time, the newest first
// forgotten last. A failed detail is not asked again automatically (no storm from a view
// repainting); forget() makes an id askable again (its row left the cache).
class DetailQueue final
{
public:
    // `send(id)` sends the request for id, or returns false when the row no longer needs it.
    DetailQueue(QObject *owner, std::function<bool(const QString &)> send,
                std::function<void()> afterPump);
    ~DetailQueue();
    DetailQueue(const DetailQueue &) = delete;
    DetailQueue &operator=(const DetailQueue &) = delete;

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void setDelay(int ms) { m_delayMs = qMax(0, ms); }

    bool isBusy() const { return m_inFlight > 0 || !m_queue.isEmpty(); }
    void want(const QString &id);
    // An answer arrived (ok or not); then pump() for the next ones.
    void done(const QString &id, bool ok);
    void pump();
    void forget(const QString &id) { m_requested.remove(id); }
    void clear();

private:
    static constexpr int MaxQueued = 96;

    std::function<bool(const QString &)> m_send;
    std::function<void()> m_afterPump;
    QStringList m_queue;
    QSet<QString> m_requested;
    QTimer *m_timer;
    int m_delayMs = 80;
    int m_inFlight = 0;
    int m_concurrency = 4;
};

} // namespace tid::core
