#pragma once

#include "core/api/Result.h"
#include "core/domain/Page.h"
#include "core/models/DetailQueue.h"
#include "core/models/ModelRoles.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

#include <memory>

namespace tid::core {

// Base of the admin list models: rows arrive a page at a time (canFetchMore/fetchMore mapped to
// ThunderID's limit/offset), requests in flight make the model busy, a failed page stops paging
// (no retry storm from a view asking again) until retry() or reload(), and answers of an
// earlier reload() are ignored. Subclasses may also load a row's detail (GET by id) on demand,
// when a view first asks for a column that needs it, at most a few at a time.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    void setPageSize(int size); // 1..100, ThunderID's maximum
    int pageSize() const { return m_pageSize; }

    bool isBusy() const { return m_inFlight || m_details->isBusy() || m_extraBusy > 0; }
    bool isFetching() const { return m_inFlight; }
    bool isLoaded() const { return m_total >= 0; } // the first page has arrived
    bool isStalled() const { return m_stalled; }
    // totalResults of the last page (adjusted by local inserts/removals), -1 before the first.
    int totalCount() const { return m_total; }
    bool hasMore() const { return m_total < 0 || m_nextOffset < m_total; }
    ApiError lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of an id, -1 if not loaded.
    int rowOf(const QString &id) const { return m_rowOfId.value(id, -1); }
    QString idAt(int row) const;

    // Detail loading on demand (subclasses that have details).
    void setDetailConcurrency(int n) { m_details->setConcurrency(n); }
    // How long the wanted rows must stay put before their details are asked for (ms).
    void setDetailDelay(int ms) { m_details->setDelay(ms); }
    // Asks for the detail of every loaded row (e.g. a filter that needs it).
    void requestAllDetails();

public Q_SLOTS:
    // Clears and loads the first page.
    void reload();
    // After a failed page: try it again.
    void retry();
    // Keeps fetching until every row is loaded (tests, benchmarks, "select all").
    void fetchAll();
    void clear();

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorOccurred(const tid::core::ApiError &error);
    void pageLoaded(int offset, int count);
    void reloaded(); // after reload(), when the first page arrived
    // A row was created or deleted here (after a write on the server): totals elsewhere (the
    // window's counts) are stale.
    void rowsChangedByWrite();
    void detailLoaded(int row);

protected:
    // The subclass sends the request and answers with deliverPage()/failPage() (later, from the
    // event loop), passing back the generation.
    virtual bool canRequest() const = 0;
    virtual void requestPage(const PageRequest &request, int generation) = 0;
    virtual int loadedRows() const = 0;
    virtual void clearRows() = 0; // inside begin/endResetModel

    // Details: override both to load details; requestDetail() answers with detailDone().
    virtual bool needsDetail(int row) const;
    virtual void requestDetail(const QString &id, int generation);

    // Called by the subclass from requestPage's callback.
    template<typename T, typename Append>
    void deliverPage(int generation, const Result<Page<T>> &result, Append append)
    {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            failPage(result.error);
            return;
        }
        // Skip rows we already have (created here, or shifted by changes on the server).
        QList<T> fresh;
        fresh.reserve(result.value.items.size());
        for (const T &item : result.value.items) {
            const QString id = item.id;
            if (m_rowOfId.contains(id)) {
                m_localIds.remove(id);
                continue;
            }
            fresh.append(item);
        }
        const int first = loadedRows();
        const int n = int(fresh.size());
        if (n > 0) {
            beginInsertRows({}, first, first + n - 1);
            append(fresh);
            for (int i = first; i < first + n; ++i)
                m_rowOfId.insert(idAt(i), i);
            endInsertRows();
        }
        m_inFlight = false;
        m_nextOffset += int(result.value.items.size());
        m_total = result.value.items.isEmpty() ? m_nextOffset
                                               : qMax(result.value.totalResults, m_nextOffset);
        pageArrived(first, n);
    }
    void failPage(const ApiError &error);
    void pageArrived(int offset, int count);

    // The subclass's row ids, used for the id → row index.
    virtual QString rowId(int row) const = 0;

    // Marks the detail of a row wanted (from const data()); requests are batched.
    void wantDetail(int row) const;
    void detailDone(int generation, const QString &id, const ApiError &error = {});
    int generation() const { return m_generation; }
    // Local changes after a create or delete, so that paging stays aligned with the server:
    // call noteLocalInsert() after inserting a created row, noteLocalRemoval() before removing.
    void noteLocalInsert(const QString &id);
    void noteLocalRemoval(const QString &id);
    void reindex(); // after inserting or removing rows
    // Writes or side loads the subclass wants counted as busy.
    void beginBusy();
    void endBusy();

private:
    void emitBusyIfChanged();

    int m_pageSize = 50;
    int m_nextOffset = 0;
    int m_total = -1;
    bool m_inFlight = false;
    QSet<QString> m_localIds;
    int m_generation = 0;
    bool m_stalled = false;
    bool m_fetchAll = false;
    bool m_lastBusy = false;
    bool m_reloadPending = false;
    int m_extraBusy = 0;
    ApiError m_lastError;
    QHash<QString, int> m_rowOfId;

    std::unique_ptr<DetailQueue> m_details;
};

} // namespace tid::core
