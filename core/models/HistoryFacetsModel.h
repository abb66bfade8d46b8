#pragma once

#include "core/history/HistoryBackend.h"
#include "core/history/HistoryFilter.h"

#include <QAbstractItemModel>
#include <QHash>

namespace tid::core {

// The facet counts beside the history table as a two-level tree: one group per facet (event
// type, agent / application, outcome, grant type), its values below with how many events of the
// current filter have each. A value row carries the filter term it stands for (TermRole), so a
// click on it narrows the filter. Fed with HistoryStore::facets(); setFacets() keeps the groups
// and only replaces their values, so a view's expansion survives a new filter.
class HistoryFacetsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFacetsModel)

public:
    enum Column
    {
        ValueColumn,
        CountColumn,
        ColumnCount
    };
    enum Group
    {
        TypeGroup,
        ClientGroup,
        OutcomeGroup,
        GrantGroup,
        GroupCount
    };
    enum Role
    {
        FieldRole = Qt::UserRole + 1, // HistoryFilter::Field as int
        ValueRole,                    // the raw value (client id, full grant URN, …)
        CountRole,                    // qint64
        TermRole,                     // QString: the filter term of a value row ("client:x")
        IsGroupRole,                  // bool
    };

    explicit HistoryFacetsModel(QObject *parent = nullptr);
    ~HistoryFacetsModel() override;

    void setFacets(const HistoryFacets &facets);
    void clear();
    const HistoryFacets &facets() const { return m_facets; }
    // Display names for client ids (the raw id stays in ValueRole and in the term).
    void setClientNames(const QHash<QString, QString> &names);

    static HistoryFilter::Field groupField(Group group);
    // The term a value of a group stands for (grant types by their short name).
    static HistoryFilter::Term termFor(Group group, const QString &value);
    // The term of a value row; an invalid index or a group row: nullopt.
    std::optional<HistoryFilter::Term> termAt(const QModelIndex &index) const;
    // The value row of `value` in `group`, or an invalid index.
    QModelIndex indexOf(Group group, const QString &value) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const QList<HistoryFacetCount> &values(int group) const;
    QList<HistoryFacetCount> &values(int group);
    QString displayValue(int group, const QString &value) const;

    HistoryFacets m_facets;
    QHash<QString, QString> m_clientNames;
};

} // namespace tid::core
