#include "core/models/PagedTableModel.h"

#include "core/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

PagedTableModel::PagedTableModel(QObject *parent)
    : ListModelBase(parent)
{}

PagedTableModel::~PagedTableModel() = default;

void PagedTableModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 100);
    if (isLoaded())
        reload();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && canRequest() && !m_stalled && !m_inFlight && hasMore();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_inFlight = true;
    const PageRequest request = PageRequest::window(m_pageSize, m_nextOffset);
    emitBusyIfChanged();
    requestPage(request, m_generation);
}

QString PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < loadedRows() ? rowId(row) : QString();
}

void PagedTableModel::requestAllDetails()
{
    for (int row = 0; row < loadedRows(); ++row)
        wantDetail(row);
}

void PagedTableModel::reload()
{
    ++m_generation;
    m_stalled = false;
    m_lastError = {};
    details().clear();
    beginResetModel();
    clearRows();
    m_rowOfId.clear();
    m_localIds.clear();
    m_nextOffset = 0;
    m_total = -1;
    m_inFlight = false;
    endResetModel();
    m_reloadPending = true;
    if (canRequest())
        fetchMore({});
    emitBusyIfChanged();
}

void PagedTableModel::clear()
{
    ++m_generation;
    m_stalled = false;
    m_fetchAll = false;
    m_reloadPending = false;
    m_lastError = {};
    details().clear();
    beginResetModel();
    clearRows();
    m_rowOfId.clear();
    m_localIds.clear();
    m_nextOffset = 0;
    m_total = -1;
    m_inFlight = false;
    endResetModel();
    emitBusyIfChanged();
}

void PagedTableModel::retry()
{
    m_stalled = false;
    m_lastError = {};
    fetchMore({});
}

void PagedTableModel::fetchAll()
{
    m_fetchAll = true;
    if (!m_inFlight)
        fetchMore({});
    if (!m_inFlight)
        m_fetchAll = false; // nothing more to fetch
}

void PagedTableModel::failPage(const ApiError &error)
{
    qCInfo(lcModels).noquote() << metaObject()->className() << "page failed:" << error.toString();
    m_inFlight = false;
    m_stalled = true;
    m_fetchAll = false;
    m_lastError = error;
    emitBusyIfChanged();
    Q_EMIT errorOccurred(error);
}

void PagedTableModel::pageArrived(int offset, int count)
{
    qCDebug(lcModels) << metaObject()->className() << "page at" << offset << ":" << count
                      << "new rows," << m_total << "in all";
    m_lastError = {};
    Q_EMIT pageLoaded(offset, count);
    if (m_reloadPending) {
        m_reloadPending = false;
        Q_EMIT reloaded();
    }
    if (m_fetchAll && canFetchMore({}))
        fetchMore({});
    else
        m_fetchAll = false;
    emitBusyIfChanged();
}

void PagedTableModel::noteLocalInsert(const QString &id)
{
    m_localIds.insert(id);
    if (m_total >= 0)
        ++m_total;
    reindex();
    Q_EMIT rowsChangedByWrite();
}

void PagedTableModel::noteLocalRemoval(const QString &id)
{
    if (!m_localIds.remove(id))
        m_nextOffset = qMax(0, m_nextOffset - 1);
    if (m_total > 0)
        --m_total;
    Q_EMIT rowsChangedByWrite();
}

void PagedTableModel::reindex()
{
    m_rowOfId.clear();
    for (int i = 0; i < loadedRows(); ++i)
        m_rowOfId.insert(rowId(i), i);
}

} // namespace tid::core
