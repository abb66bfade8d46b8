#pragma once

#include "core/history/HistoryBackend.h"
#include "core/history/HistoryFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace tid::core {

class HistoryStore;

// The history table: every event matching a filter, newest first, over a store of any size.
// Rows are fetched in blocks of BlockSize around what is shown, each block by keyset (from the
// nearest anchor of a HistoryWindowIndex, never OFFSET into the millions); only the blocks near
// the last requests are kept. rowCount() is the filter's exact count once the window index has
// arrived (the first block shows before that). A row not fetched yet shows "…".
class HistoryEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryEventsModel)

public:
    enum Column
    {
        Time,
        Type,
        Outcome,
        Client,
        Subject,
        Audience,
        Scopes,
        Grant,
        Depth,
        Trace,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        EventRole = Qt::UserRole + 100, // the whole HistoryEvent (QVariant)
        RowIdRole,                      // the store's row id (qint64)
        TimeNsRole,                     // ns since the epoch (qint64)
        OutcomeRole,                    // HistoryEvent::Outcome as int
        LoadedRole,                     // bool: the row's block has arrived
    };
    static constexpr int BlockSize = 200;
    static constexpr int MaxBlocks = 64; // blocks kept (12,800 rows)

    explicit HistoryEventsModel(QObject *parent = nullptr);
    ~HistoryEventsModel() override;

    void setStore(HistoryStore *store);
    HistoryStore *store() const { return m_store; }
    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    // Re-queries the current filter (the store changed).
    void reload();
    // Display names for client ids (agents and applications), e.g. from the admin API.
    void setClientNames(const QHash<QString, QString> &names);

    bool isLoading() const { return m_loading; }
    bool isCountKnown() const { return m_countKnown; }
    qint64 totalCount() const { return m_count; }
    QString lastError() const { return m_error; }
    // The event of a row if its block is loaded.
    std::optional<HistoryEvent> eventAt(int row) const;
    // The row of an event id among the loaded blocks, or -1.
    int rowOfRowId(qint64 rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The exact count of the current filter is known (rowCount() equals it).
    void countKnown(qint64 count);
    void errorOccurred(const QString &message);
    // A block arrived (views may scroll to a pending selection).
    void blockLoaded(int firstRow, int lastRow);

private:
    struct Block
    {
        QList<HistoryEvent> events;
        quint64 lastUsed = 0;
    };
    void requestBlock(int block) const;
    void setLoading(bool loading);
    QString clientDisplay(const QString &clientId) const;

    QPointer<HistoryStore> m_store;
    HistoryFilter m_filter;
    HistoryWindowIndex m_index;
    qint64 m_count = 0;
    int m_rows = 0;
    bool m_countKnown = false;
    bool m_loading = false;
    QString m_error;
    int m_generation = 0;       // of the filter and the rows: answers for an older one are dropped
    int m_reloadGeneration = 0; // of reload(): only the newest answer counts
    mutable QHash<int, Block> m_blocks;
    mutable QSet<int> m_requested;
    mutable quint64 m_useClock = 0;
    QHash<QString, QString> m_clientNames;
};

} // namespace tid::core
