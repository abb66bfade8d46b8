#pragma once

#include "core/models/PagedTableModel.h"

#include <QList>

namespace tid::core {

// The rows under a PagedTableModel list: pages appended as they arrive, and the local changes
// after a write that keep paging aligned with the server (a created or changed item upserted,
// a deleted one removed). `Row` is the list's row type; the subclass says how to read its id.
template<typename Row> class PagedRowsModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

protected:
    // The id of a row (the key of the id → row index).
    virtual QString idOf(const Row &row) const = 0;

    int loadedRows() const final { return int(m_rows.size()); }
    void clearRows() final { m_rows.clear(); }
    QString rowId(int row) const final { return idOf(m_rows.at(row)); }

    // The row, or an empty one for a row that is not loaded.
    Row rowOr(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Row{}; }
    // A known row is replaced in place; a new one goes first (a created item).
    void upsertRow(const Row &row)
    {
        const int at = rowOf(idOf(row));
        if (at >= 0) {
            m_rows[at] = row;
            Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
            return;
        }
        beginInsertRows({}, 0, 0);
        m_rows.prepend(row);
        noteLocalInsert(idOf(row));
        endInsertRows();
    }
    // After a delete on the server.
    void removeRowById(const QString &id)
    {
        const int at = rowOf(id);
        if (at < 0)
            return;
        noteLocalRemoval(id);
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        reindex();
        endRemoveRows();
    }

    QList<Row> m_rows;
};

} // namespace tid::core
