#pragma once

#include "core/domain/EntityRef.h"
#include "core/models/ApiReady.h"
#include "core/models/PagedRowsModel.h"

#include <QSortFilterProxyModel>

namespace tid::core {

class AdminApi;

// A row of EntityPickerModel.
struct EntityPickerRow
{
    QString id;
    QString name;
    QString detail;
};

// Users, groups, applications or agents as EntityRefs with a display name and a detail line,
// a page at a time — the search picker of role assignments, owners and consent filters. Rows
// can be dragged (AgentsModel::entityMimeType()) onto a role.
class EntityPickerModel final : public PagedRowsModel<EntityPickerRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPickerModel)

public:
    enum Column
    {
        NameColumn,
        DetailColumn,
        ColumnCount
    };

    explicit EntityPickerModel(const AdminApi *api = nullptr, QObject *parent = nullptr);

    void setEntityType(EntityRef::Type type); // reloads
    EntityRef::Type entityType() const { return m_type; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    EntityRef entityAt(int row) const;

protected:
    bool canRequest() const override
    {
        return apiReady(m_api) && m_type != EntityRef::Type::Unknown;
    }
    void requestPage(const PageRequest &request, int generation) override;
    QString idOf(const EntityPickerRow &r) const override { return r.id; }

private:
    using Row = EntityPickerRow;
    template<typename T> void deliver(int generation, const Result<Page<T>> &r);

    const AdminApi *m_api;
    EntityRef::Type m_type = EntityRef::Type::Unknown;
};

// Text search over the picker (name and detail).
class EntityPickerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPickerFilterProxy)

public:
    explicit EntityPickerFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    // Ids to leave out (e.g. already assigned).
    void setExcludedIds(const QSet<QString> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<QString> m_excluded;
};

} // namespace tid::core
