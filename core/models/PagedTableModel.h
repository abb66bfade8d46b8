#pragma once

#include "core/api/Result.h"
#include "core/domain/Page.h"
#include "core/models/ListModelBase.h"
#include "core/models/ModelRoles.h"

#include <QSet>
#include <QStringList>

#include <memory>

namespace tid::core {

// Base of the admin list models: rows arrive a page at a time (canFetchMore/fetchMore mapped to
// ThunderID's limit/offset), requests in flight make the model busy, a failed page stops paging
// (no retry storm from a view asking again) until retry() or reload(), and answers of an
// earlier reload() are ignored. Subclasses may also load a row's detail (GET by id) on demand
// (ListModelBase).
class PagedTableModel : public ListModelBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    void setPageSize(int size); // 1..100, ThunderID's maximum
    int pageSize() const { return m_pageSize; }

    bool isFetching() const { return m_inFlight; }
    bool isLoaded() const { return m_total >= 0; } // the first page has arrived
    bool isStalled() const { return m_stalled; }
    // totalResults of the last page (adjusted by local inserts/removals), -1 before the first.
    int totalCount() const { return m_total; }
    bool hasMore() const { return m_total < 0 || m_nextOffset < m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString idAt(int row) const override;

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

protected:
    // The subclass sends the request and answers with deliverPage()/failPage() (later, from the
    // event loop), passing back the generation.
    virtual bool canRequest() const = 0;
    virtual void requestPage(const PageRequest &request, int generation) = 0;
    virtual int loadedRows() const = 0;
    virtual void clearRows() = 0; // inside begin/endResetModel
    bool isLoading() const override { return m_inFlight; }

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

    // Local changes after a create or delete, so that paging stays aligned with the server:
    // call noteLocalInsert() after inserting a created row, noteLocalRemoval() before removing.
    void noteLocalInsert(const QString &id);
    void noteLocalRemoval(const QString &id);
    void reindex(); // after inserting or removing rows

private:
    int m_pageSize = 50;
    int m_nextOffset = 0;
    int m_total = -1;
    bool m_inFlight = false;
    QSet<QString> m_localIds;
    bool m_stalled = false;
    bool m_fetchAll = false;
    bool m_reloadPending = false;
};

} // namespace tid::core
