#pragma once

#include "core/domain/Role.h"
#include "core/models/ApiReady.h"
#include "core/models/PagedRowsModel.h"

#include <QSortFilterProxyModel>

namespace tid::core {

class AdminApi;

// A row of RolesModel: the role from the list, with its detail once loaded.
struct RoleListRow
{
    Role role;
    bool detailed = false;
};

// Roles, a page at a time. List summaries carry no permissions; the permission count comes
// from each role's detail, loaded when a view first shows that column (or for every row with
// requestAllDetails()). Accepts agents dropped on a role (dropEntities()).
class RolesModel final : public PagedRowsModel<RoleListRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolesModel)

public:
    enum Column
    {
        NameColumn,
        DescriptionColumn,
        PermissionsColumn,
        OrganizationUnitColumn,
        ColumnCount
    };

    explicit RolesModel(const AdminApi *api = nullptr, QObject *parent = nullptr);

    const AdminApi *api() const { return m_api; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    Role roleAt(int row) const;
    bool hasDetail(int row) const;
    QList<Role> loadedRoles() const;
    void upsert(const Role &role);
    void removeRole(const QString &id);

Q_SIGNALS:
    // Entities were dropped on a role; the view decides (e.g. adds them as assignments).
    void entitiesDropped(const QString &roleId, const QList<tid::core::EntityRef> &entities);

protected:
    bool canRequest() const override { return apiReady(m_api); }
    void requestPage(const PageRequest &request, int generation) override;
    QString idOf(const RoleListRow &r) const override { return r.role.id; }
    bool needsDetail(int row) const override;
    void requestDetail(const QString &id, int generation) override;

private:
    using Row = RoleListRow;
    const AdminApi *m_api;
};

// Typed filter over RolesModel: free text, and "grants this permission" (which needs details).
class RoleFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleFilterProxy)

public:
    explicit RoleFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    // Roles granting `permission` on resource server `resourceServerId`; empty: any.
    void setGrantedPermission(const QString &resourceServerId, const QString &permission);
    void setShowReadOnly(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_rsId;
    QString m_permission;
    bool m_showReadOnly = true;
};

} // namespace tid::core
