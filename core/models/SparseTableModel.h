#pragma once

#include "core/api/Result.h"
#include "core/domain/Page.h"
#include "core/models/ListModelBase.h"
#include "core/models/ModelRoles.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace tid::core {

// Base of a list too long to hold whole (the agents of a big server: 100,000). Once the first
// page has arrived, rowCount() is the server's totalResults; a row not loaded yet reads as a
// placeholder ("Loading…"), and asking for its data schedules the fetch of *its* page
// (limit/offset) once the view has stopped moving for a moment — a scroll bar dragged to the
// middle fetches only where it stops, a jump to the end only the last page. A few pages are in
// flight at most; at most maxCachedPages() pages are kept, and when more arrive the ones
// farthest from where the view last read go (never one read in the last 100 ms: what is on
// screen stays, even if that keeps a page or two more for a moment). A list that fits in the
// cache is loaded whole, so that it can be sorted and searched as before.
//
// The rest is PagedTableModel's contract: busy while requests are in flight, a failed page
// stalls that page only (its rows say so; a view asking again does not ask the server again)
// until retry() or reload(); answers of an earlier reload(), or from before a local insert or
// removal moved the rows, are ignored (the page is asked again); details on demand.
class SparseTableModel : public ListModelBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparseTableModel)

public:
    explicit SparseTableModel(QObject *parent = nullptr);
    ~SparseTableModel() override;

    void setPageSize(int size); // 1..100, ThunderID's maximum; reloads when loaded
    int pageSize() const { return m_pageSize; }
    // Pages kept in memory (at least 3). Reloads when loaded.
    void setMaxCachedPages(int pages);
    int maxCachedPages() const { return m_maxPages; }
    // How long the wanted rows must stay put before their pages are asked for (ms).
    void setFetchDelay(int ms) { m_fetchDelayMs = qMax(0, ms); }
    // The server's list filter (ThunderID: `attribute eq "value"`); reloads.
    void setServerFilter(const QString &filter);
    QString serverFilter() const { return m_filter; }

    bool isFetching() const { return !m_pending.isEmpty(); }
    bool isLoaded() const { return m_total >= 0; } // the first page has arrived
    bool isStalled() const { return !m_failed.isEmpty(); }
    // totalResults (adjusted by local inserts/removals), -1 before the first page.
    int totalCount() const { return m_total; }
    // The whole list fits in the cache (and is then loaded whole): sorting and searching the
    // rows here is sorting and searching the list.
    bool holdsWholeList() const { return m_total >= 0 && m_total <= m_maxPages * m_pageSize; }
    bool isRowLoaded(int row) const { return chunkOf(row) != m_chunks.cend(); }
    bool isRowFailed(int row) const { return m_failed.contains(pageOffsetOf(row)); }
    int loadedRowCount() const { return int(m_rowOfId.size()); }
    // Offsets of the pages asked for since the last reload (tests, benchmarks).
    QList<int> requestedOffsets() const { return m_requested; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}

    QString idAt(int row) const override;

    // Asks for the pages of rows first..last now (no waiting for the view to settle).
    void loadRows(int first, int last);

    // Asks for the detail of every loaded row (e.g. a filter that needs it).
    void requestAllDetails();

public Q_SLOTS:
    // Clears and loads the first page.
    void reload();
    // After a failed page: try the failed pages again.
    void retry();
    // Loads every page when the whole list fits in the cache (tests, "select all"); a longer
    // list stays sparse.
    void fetchAll();
    void clear();

Q_SIGNALS:
    // holdsWholeList() changed (the first page, or the list grew past the cache).
    void wholeListChanged(bool whole);

protected:
    // The subclass sends the request and answers with deliverPage() (later, from the event
    // loop), passing back the ticket.
    virtual bool canRequest() const = 0;
    virtual void requestPage(const PageRequest &request, int ticket) = 0;
    // The rows of these ids left the cache (evicted, or replaced by fresher ones).
    virtual void dropRows(const QStringList &ids) = 0;
    virtual void clearRows() = 0; // inside begin/endResetModel
    bool isLoading() const override
    {
        return !m_pending.isEmpty() || !m_queue.isEmpty() || !m_wanted.isEmpty();
    }

    // From requestPage's callback: `store` keeps each item (by its id) before the rows move.
    template<typename T, typename Store>
    void deliverPage(int ticket, const Result<Page<T>> &result, Store store)
    {
        const auto it = m_pending.constFind(ticket);
        if (it == m_pending.cend())
            return; // asked before a reload() or clear()
        const Pending asked = *it;
        m_pending.erase(it);
        if (!result.ok()) {
            failPage(asked.offset, result.error);
            return;
        }
        if (asked.epoch != m_epoch) {
            // A local insert or removal moved the rows while this was on its way.
            askAgain(asked.offset);
            return;
        }
        QStringList ids;
        ids.reserve(result.value.items.size());
        for (const T &item : result.value.items) {
            ids.append(item.id);
            store(item);
        }
        placePage(asked.offset, ids, result.value.totalResults);
    }

    // From data(): true when the row is loaded (and marks it as just read); otherwise the
    // row's page is wanted and the caller shows placeholder().
    bool rowReady(int row) const;
    // "Loading…" in the first column, or "Could not load" for a failed page.
    QVariant placeholder(const QModelIndex &index, int role) const;
    // Calls fn(row, id) for every loaded row.
    void forEachLoadedRow(const std::function<void(int, const QString &)> &fn) const;

    // After a create: the row of `id` (stored by the subclass) goes in at `row` (the server
    // lists a new item last: row == totalCount()).
    void insertLocalRow(int row, const QString &id);
    // After a delete on the server.
    void removeLocalRow(const QString &id);

private:
    struct Chunk
    {
        QStringList ids;
        mutable qint64 readAt = 0; // m_clock ms when a view last read a row of it
    };
    struct Pending
    {
        int offset = 0;
        int epoch = 0;
    };
    using Chunks = QMap<int, Chunk>; // first row → rows

    static constexpr int MaxInFlight = 4;
    static constexpr int WantWindowMs = 25; // pages wanted this close to the last want
    static constexpr int KeepReadMs = 100;  // a page read this recently (on screen) stays

    int pageOffsetOf(int row) const { return row / m_pageSize * m_pageSize; }
    Chunks::const_iterator chunkOf(int row) const;
    bool pageComplete(int offset) const;
    void request(int offset);
    void askAgain(int offset);
    void pumpPages();
    void onFetchTimer();
    void placePage(int offset, const QStringList &ids, int serverTotal);
    void setTotal(int total, QStringList *dropped);
    void removeRange(int first, int last, QStringList *dropped); // cache only
    void evict(int keepOffset);
    void drop(const QStringList &ids);
    void reindex();
    void failPage(int offset, const ApiError &error);
    void resetState();
    void queueWholeList();

    int m_pageSize = 100;
    int m_maxPages = 50;
    int m_fetchDelayMs = 40;
    QString m_filter;
    int m_total = -1;
    int m_epoch = 0;
    int m_nextTicket = 0;
    Chunks m_chunks;
    QHash<int, Pending> m_pending; // ticket → page
    QSet<int> m_inFlight;          // offsets
    QSet<int> m_failed;            // offsets
    QList<int> m_queue;            // offsets to ask for, first first
    QList<int> m_requested;
    mutable QHash<int, qint64> m_wanted; // offset → when
    mutable qint64 m_lastWant = 0;       // when the view last wanted a page it had not wanted yet
    mutable int m_focusRow = 0;
    QTimer *m_fetchTimer;
    QElapsedTimer m_clock;
    bool m_fetchAll = false;
    bool m_reloadPending = false;
    bool m_lastWhole = false;
};

} // namespace tid::core
