#pragma once

#include "core/domain/Role.h"
#include "core/models/ModelRoles.h"
#include "core/models/ScopesModel.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace tid::core {

// Scopes × roles: one row per permission (grouped under its resource server), one checkbox
// column per role. Toggling a box edits a working copy of the role's permissions; changedRoles()
// gives the roles to PUT, markSaved() accepts the server's answer, revert() drops the edits.
// Permissions a role holds that are not in the catalog are kept as they are.
class PermissionMatrixModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixModel)

public:
    static constexpr int ScopeColumn = 0; // then one column per role

    explicit PermissionMatrixModel(QObject *parent = nullptr);
    ~PermissionMatrixModel() override;

    // The catalog: every resource and action permission (ScopesModel::loadedScopes() after
    // fetchAll()), plus the resource servers' names.
    void setScopes(const QList<ScopesModel::Scope> &scopes);
    // Roles with their permissions (details). Unsaved edits of a role with the same id are kept.
    void setRoles(const QList<Role> &roles);
    // Replaces one role (e.g. after its detail arrived); keeps unsaved edits unless `force`.
    void updateRole(const Role &role, bool force = false);
    void removeRole(const QString &roleId);

    int roleCount() const { return int(m_roles.size()); }
    Role roleAt(int i) const; // the working copy
    int columnOfRole(const QString &roleId) const;
    bool isDirty() const;
    bool isDirty(const QString &roleId) const;
    QList<Role> changedRoles() const;
    void markSaved(const Role &role);
    void revert();
    void revert(const QString &roleId);

    // Sets one checkbox programmatically (same as a click).
    bool setGranted(const QString &roleId, const QString &resourceServerId,
                    const QString &permission, bool granted);
    bool isGranted(const QString &roleId, const QString &resourceServerId,
                   const QString &permission) const;
    QModelIndex indexOfPermission(const QString &resourceServerId, const QString &permission,
                                  int column = ScopeColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void dirtyChanged(bool dirty);

private:
    struct Group
    {
        QString rsId;
        QString rsName;
        QString rsIdentifier;
        QList<ScopesModel::Scope> scopes;
    };
    static constexpr quintptr GroupTag = ~quintptr(0);

    const ScopesModel::Scope *scopeOf(const QModelIndex &index) const;
    Qt::CheckState groupState(int group, int roleIndex) const;
    void emitCellChanged(int group, int row, int column);
    void announceDirty(bool before);

    QList<Group> m_groups;
    QList<Role> m_roles;    // working copies
    QList<Role> m_original; // as last loaded or saved
};

// Filter over the matrix: free text on the scope (name, permission, description), and "only
// rows granted to this role".
class PermissionMatrixFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixFilterProxy)

public:
    explicit PermissionMatrixFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    // Empty: all rows.
    void setGrantedToRole(const QString &roleId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_roleId;
};

} // namespace tid::core
