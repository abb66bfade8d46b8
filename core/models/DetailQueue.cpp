#include "core/models/DetailQueue.h"

namespace tid::core {

DetailQueue::DetailQueue(QObject *owner, std::function<bool(const QString &)> send,
                         std::function<void()> afterPump)
    : m_send(std::move(send))
    , m_afterPump(std::move(afterPump))
    , m_timer(new QTimer(owner))
{
    m_timer->setSingleShot(true);
    QObject::connect(m_timer, &QTimer::timeout, owner, [this] { pump(); });
}

DetailQueue::~DetailQueue()
{
    delete m_timer;
}

void DetailQueue::want(const QString &id)
{
    if (id.isEmpty() || m_requested.contains(id))
        return;
    m_requested.insert(id);
    m_queue.append(id);
    // Rows scrolled past quickly should not queue hundreds of lookups: the newest wanted rows
    // win, older ones are forgotten (and asked again if they come back into view).
    while (m_queue.size() > MaxQueued)
        m_requested.remove(m_queue.takeFirst());
    // Wait until the view has settled (no new rows wanted for a moment): scrolling through
    // thousands of rows then looks up only the ones left on screen.
    m_timer->start(m_delayMs);
}

void DetailQueue::pump()
{
    while (m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        if (!m_send(id)) {
            m_requested.remove(id);
            continue;
        }
        ++m_inFlight;
    }
    m_afterPump();
}

void DetailQueue::done(const QString &id, bool ok)
{
    m_inFlight = qMax(0, m_inFlight - 1);
    if (ok)
        m_requested.remove(id); // loaded: the row no longer needs it
}

void DetailQueue::clear()
{
    m_queue.clear();
    m_requested.clear();
    m_inFlight = 0;
    m_timer->stop();
}

} // namespace tid::core
