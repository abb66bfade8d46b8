#include "core/models/SparseTableModel.h"

#include "core/Logging.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

SparseTableModel::SparseTableModel(QObject *parent)
    : ListModelBase(parent)
    , m_fetchTimer(new QTimer(this))
{
    m_clock.start();
    m_fetchTimer->setSingleShot(true);
    connect(m_fetchTimer, &QTimer::timeout, this, &SparseTableModel::onFetchTimer);
}

SparseTableModel::~SparseTableModel() = default;

void SparseTableModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 100);
    if (isLoaded())
        reload();
}

void SparseTableModel::setMaxCachedPages(int pages)
{
    m_maxPages = qMax(3, pages);
    if (isLoaded())
        reload();
}

void SparseTableModel::setServerFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    reload();
}

int SparseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : qMax(0, m_total);
}

SparseTableModel::Chunks::const_iterator SparseTableModel::chunkOf(int row) const
{
    auto it = m_chunks.upperBound(row);
    if (it == m_chunks.cbegin())
        return m_chunks.cend();
    --it;
    return row < it.key() + it->ids.size() ? it : m_chunks.cend();
}

QString SparseTableModel::idAt(int row) const
{
    const auto it = chunkOf(row);
    return it == m_chunks.cend() ? QString() : it->ids.at(row - it.key());
}

bool SparseTableModel::rowReady(int row) const
{
    const auto it = chunkOf(row);
    if (it != m_chunks.cend()) {
        it->readAt = m_clock.elapsed();
        m_focusRow = row;
        return true;
    }
    if (!isLoaded() || row < 0 || row >= m_total)
        return false;
    const int offset = pageOffsetOf(row);
    if (m_failed.contains(offset) || m_inFlight.contains(offset))
        return false;
    // Wait until the view has settled: a scroll bar being dragged asks for rows all the way,
    // and only the pages where it stops are fetched. A page asked for again (the view
    // repainting in place) does not put the fetch off; a new one does.
    m_focusRow = row;
    const qint64 now = m_clock.elapsed();
    const bool isNew = !m_wanted.contains(offset);
    m_wanted.insert(offset, now);
    if (isNew || !m_fetchTimer->isActive()) {
        m_lastWant = now;
        m_fetchTimer->start(m_fetchDelayMs);
    }
    return false;
}

QVariant SparseTableModel::placeholder(const QModelIndex &index, int role) const
{
    if (index.column() != 0)
        return {};
    const bool failed = isRowFailed(index.row());
    if (role == Qt::DisplayRole)
        return failed ? tr("Could not load") : tr("Loading…");
    if (role == Qt::ToolTipRole && failed)
        return tr("This part of the list could not be loaded: %1").arg(m_lastError.toString());
    return {};
}

void SparseTableModel::forEachLoadedRow(const std::function<void(int, const QString &)> &fn) const
{
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it) {
        for (int i = 0; i < it->ids.size(); ++i)
            fn(it.key() + i, it->ids.at(i));
    }
}

void SparseTableModel::loadRows(int first, int last)
{
    if (!isLoaded())
        return;
    first = qMax(0, first);
    last = qMin(last, m_total - 1);
    for (int offset = pageOffsetOf(first); offset <= last; offset += m_pageSize) {
        if (!m_queue.contains(offset))
            m_queue.append(offset);
    }
    m_focusRow = qMax(first, 0);
    pumpPages();
}

bool SparseTableModel::pageComplete(int offset) const
{
    const int end = qMin(offset + m_pageSize, m_total);
    for (int row = offset; row < end;) {
        const auto it = chunkOf(row);
        if (it == m_chunks.cend())
            return false;
        row = it.key() + int(it->ids.size());
    }
    return true;
}

void SparseTableModel::request(int offset)
{
    const int ticket = ++m_nextTicket;
    m_pending.insert(ticket, {offset, m_epoch});
    m_inFlight.insert(offset);
    m_requested.append(offset);
    PageRequest page = PageRequest::window(m_pageSize, offset);
    page.filter = m_filter;
    requestPage(page, ticket);
}

void SparseTableModel::askAgain(int offset)
{
    m_inFlight.remove(offset);
    m_queue.prepend(offset);
    pumpPages();
}

void SparseTableModel::pumpPages()
{
    while (m_pending.size() < MaxInFlight && !m_queue.isEmpty() && canRequest()) {
        const int offset = m_queue.takeFirst();
        if (m_failed.contains(offset) || m_inFlight.contains(offset))
            continue;
        if (isLoaded() && (offset >= m_total || pageComplete(offset)))
            continue;
        request(offset);
    }
    emitBusyIfChanged();
}

void SparseTableModel::onFetchTimer()
{
    // Only what the view read last (one paint reads its rows within a few ms): pages passed on
    // the way are forgotten, and asked for again if the view comes back to them.
    QList<int> pages;
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (it.value() >= m_lastWant - WantWindowMs)
            pages.append(it.key());
    }
    m_wanted.clear();
    if (!m_fetchAll)
        m_queue.clear(); // pages wanted before and not asked yet are off screen by now
    const int focus = m_focusRow;
    std::sort(pages.begin(), pages.end(),
              [focus](int a, int b) { return std::abs(a - focus) < std::abs(b - focus); });
    for (int i = int(pages.size()) - 1; i >= 0; --i) {
        m_queue.removeAll(pages.at(i));
        m_queue.prepend(pages.at(i));
    }
    pumpPages();
}

void SparseTableModel::placePage(int offset, const QStringList &ids, int serverTotal)
{
    m_inFlight.remove(offset);
    const int n = int(ids.size());
    const int total = qMax(serverTotal, offset + n);
    const bool first = !isLoaded();
    QStringList dropped;

    if (first) {
        if (total > 0)
            beginInsertRows({}, 0, total - 1);
        m_total = total;
    } else if (total != m_total) {
        setTotal(total, &dropped);
    }

    // The same item elsewhere in the cache: the server's list moved (changes by someone else);
    // that older part is stale.
    const QSet<QString> fresh(ids.cbegin(), ids.cend());
    QList<int> staleStarts;
    for (const QString &id : ids) {
        const int at = m_rowOfId.value(id, -1);
        if (at >= 0 && (at < offset || at >= offset + n)) {
            const auto it = chunkOf(at);
            if (it != m_chunks.cend() && !staleStarts.contains(it.key()))
                staleStarts.append(it.key());
        }
    }
    for (int start : std::as_const(staleStarts)) {
        const Chunk chunk = m_chunks.take(start);
        for (const QString &id : chunk.ids) {
            if (!fresh.contains(id))
                dropped.append(id);
        }
        if (!first)
            Q_EMIT dataChanged(index(start, 0),
                               index(start + int(chunk.ids.size()) - 1, columnCount() - 1));
    }
    // What the cache held at these rows gives way to the server's answer.
    if (n > 0)
        removeRange(offset, offset + n - 1, &dropped);
    dropped.erase(std::remove_if(dropped.begin(), dropped.end(),
                                 [&fresh](const QString &id) { return fresh.contains(id); }),
                  dropped.end());
    if (!dropped.isEmpty())
        drop(dropped);
    if (n > 0)
        m_chunks.insert(offset, Chunk{ids, m_clock.elapsed()});
    reindex();
    evict(offset);

    if (first) {
        if (total > 0)
            endInsertRows();
    } else if (n > 0) {
        Q_EMIT dataChanged(index(offset, 0), index(offset + n - 1, columnCount() - 1));
    }
    if (m_failed.isEmpty())
        m_lastError = {};
    qCDebug(lcModels) << metaObject()->className() << "page at" << offset << ":" << n << "rows,"
                      << m_total << "in all," << loadedRowCount() << "cached";
    Q_EMIT pageLoaded(offset, n);
    if (holdsWholeList() != m_lastWhole) {
        m_lastWhole = holdsWholeList();
        Q_EMIT wholeListChanged(m_lastWhole);
    }
    if (m_reloadPending) {
        m_reloadPending = false;
        Q_EMIT reloaded();
    }
    if (first && holdsWholeList())
        m_fetchAll = true; // a short list is loaded whole: sortable and searchable as before
    if (m_fetchAll)
        queueWholeList();
    pumpPages();
}

void SparseTableModel::setTotal(int total, QStringList *dropped)
{
    if (total > m_total) {
        beginInsertRows({}, m_total, total - 1);
        m_total = total;
        endInsertRows();
        return;
    }
    beginRemoveRows({}, total, m_total - 1);
    removeRange(total, m_total - 1, dropped);
    m_total = total;
    reindex();
    endRemoveRows();
}

void SparseTableModel::removeRange(int first, int last, QStringList *dropped)
{
    // Chunks overlapping [first, last] keep what lies outside it.
    auto it = m_chunks.upperBound(first);
    if (it != m_chunks.begin())
        --it;
    QList<QPair<int, Chunk>> keep;
    while (it != m_chunks.end() && it.key() <= last) {
        const int start = it.key();
        const int end = start + int(it->ids.size()) - 1;
        if (end < first) {
            ++it;
            continue;
        }
        const Chunk chunk = *it;
        it = m_chunks.erase(it);
        if (start < first)
            keep.append({start, Chunk{chunk.ids.mid(0, first - start), chunk.readAt}});
        if (end > last)
            keep.append({last + 1, Chunk{chunk.ids.mid(last + 1 - start), chunk.readAt}});
        const int from = qMax(first, start) - start;
        const int to = qMin(last, end) - start;
        for (int i = from; i <= to; ++i)
            dropped->append(chunk.ids.at(i));
    }
    for (const auto &[start, chunk] : std::as_const(keep))
        m_chunks.insert(start, chunk);
}

void SparseTableModel::evict(int keepOffset)
{
    const int cap = m_maxPages * m_pageSize;
    if (loadedRowCount() <= cap)
        return;
    const qint64 now = m_clock.elapsed();
    const int focus = m_focusRow;
    QList<int> candidates;
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it) {
        if (it.key() != keepOffset && now - it->readAt > KeepReadMs)
            candidates.append(it.key());
    }
    auto distance = [this, focus](int start) {
        const int end = start + int(m_chunks.value(start).ids.size()) - 1;
        return focus < start ? start - focus : (focus > end ? focus - end : 0);
    };
    std::sort(candidates.begin(), candidates.end(),
              [&distance](int a, int b) { return distance(a) > distance(b); });
    int rows = loadedRowCount();
    QStringList dropped;
    QList<QPair<int, int>> ranges;
    for (int start : std::as_const(candidates)) {
        if (rows <= cap)
            break;
        const Chunk chunk = m_chunks.take(start);
        rows -= int(chunk.ids.size());
        dropped += chunk.ids;
        ranges.append({start, start + int(chunk.ids.size()) - 1});
    }
    if (dropped.isEmpty())
        return;
    qCDebug(lcModels) << metaObject()->className() << "evicted" << dropped.size() << "rows";
    reindex();
    drop(dropped);
    // Views and proxies read these rows again (now placeholders) when they need them.
    for (const auto &[from, to] : std::as_const(ranges))
        Q_EMIT dataChanged(index(from, 0), index(to, columnCount() - 1));
}

void SparseTableModel::drop(const QStringList &ids)
{
    for (const QString &id : ids)
        details().forget(id); // asked again when the row is read again
    dropRows(ids);
}

void SparseTableModel::reindex()
{
    m_rowOfId.clear();
    forEachLoadedRow([this](int row, const QString &id) { m_rowOfId.insert(id, row); });
}

void SparseTableModel::failPage(int offset, const ApiError &error)
{
    qCInfo(lcModels).noquote() << metaObject()->className() << "page at" << offset
                               << "failed:" << error.toString();
    m_inFlight.remove(offset);
    m_failed.insert(offset);
    m_fetchAll = false;
    m_lastError = error;
    if (isLoaded() && offset < m_total) {
        const int last = qMin(offset + m_pageSize, m_total) - 1;
        Q_EMIT dataChanged(index(offset, 0), index(last, 0));
    }
    emitBusyIfChanged();
    Q_EMIT errorOccurred(error);
    pumpPages();
}

void SparseTableModel::resetState()
{
    ++m_generation;
    m_lastError = {};
    m_pending.clear();
    m_inFlight.clear();
    m_failed.clear();
    m_queue.clear();
    m_wanted.clear();
    m_requested.clear();
    m_fetchTimer->stop();
    details().clear();
    beginResetModel();
    clearRows();
    m_chunks.clear();
    m_rowOfId.clear();
    m_total = -1;
    endResetModel();
    if (m_lastWhole) {
        m_lastWhole = false;
        Q_EMIT wholeListChanged(false);
    }
}

void SparseTableModel::reload()
{
    resetState();
    m_reloadPending = true;
    if (canRequest())
        request(0);
    emitBusyIfChanged();
}

void SparseTableModel::clear()
{
    resetState();
    m_fetchAll = false;
    m_reloadPending = false;
    emitBusyIfChanged();
}

void SparseTableModel::retry()
{
    QList<int> failed = m_failed.values();
    std::sort(failed.begin(), failed.end());
    m_failed.clear();
    m_lastError = {};
    if (!isLoaded() && !m_inFlight.contains(0) && canRequest()) {
        request(0);
    } else {
        for (int offset : std::as_const(failed)) {
            if (!m_queue.contains(offset))
                m_queue.append(offset);
            if (offset < m_total)
                Q_EMIT dataChanged(index(offset, 0),
                                   index(qMin(offset + m_pageSize, m_total) - 1, 0));
        }
    }
    pumpPages();
}

void SparseTableModel::fetchAll()
{
    m_fetchAll = true;
    if (isLoaded())
        queueWholeList();
    pumpPages();
}

void SparseTableModel::queueWholeList()
{
    if (!holdsWholeList()) {
        m_fetchAll = false; // a long list stays sparse
        return;
    }
    for (int offset = 0; offset < m_total; offset += m_pageSize) {
        if (!m_queue.contains(offset) && !m_inFlight.contains(offset) && !pageComplete(offset))
            m_queue.append(offset);
    }
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        m_fetchAll = false;
}

void SparseTableModel::insertLocalRow(int row, const QString &id)
{
    if (!isLoaded())
        return; // the first page will bring it
    row = qBound(0, row, m_total);
    beginInsertRows({}, row, row);
    // The row goes into the chunk that holds or ends at `row`; every chunk after it moves down.
    Chunks moved;
    bool placed = false;
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it) {
        const int start = it.key();
        Chunk chunk = *it;
        if (!placed && start <= row && row <= start + chunk.ids.size()) {
            chunk.ids.insert(row - start, id);
            placed = true;
            moved.insert(start, chunk);
        } else {
            moved.insert(start >= row ? start + 1 : start, chunk);
        }
    }
    if (!placed)
        moved.insert(row, Chunk{{id}, m_clock.elapsed()});
    m_chunks = moved;
    ++m_total;
    ++m_epoch;
    reindex();
    endInsertRows();
    Q_EMIT rowsChangedByWrite();
}

void SparseTableModel::removeLocalRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        // Not in the cache: the rows after it moved on the server, where is not known here.
        // Pages on their way are asked again; the stale ones are replaced as they are read.
        ++m_epoch;
        Q_EMIT rowsChangedByWrite();
        return;
    }
    beginRemoveRows({}, row, row);
    Chunks moved;
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it) {
        Chunk chunk = *it;
        int start = it.key();
        if (row >= start && row < start + chunk.ids.size())
            chunk.ids.removeAt(row - start);
        else if (start > row)
            --start;
        if (!chunk.ids.isEmpty())
            moved.insert(start, chunk);
    }
    m_chunks = moved;
    --m_total;
    ++m_epoch;
    reindex();
    endRemoveRows();
    drop({id});
    Q_EMIT rowsChangedByWrite();
}

void SparseTableModel::requestAllDetails()
{
    forEachLoadedRow([this](int row, const QString &) { wantDetail(row); });
}

} // namespace tid::core
