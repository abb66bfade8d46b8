#pragma once

#include "core/api/ApiError.h"
#include "core/domain/EntityRef.h"
#include "core/models/ModelRoles.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace tid::core {

class AdminApi;

// For one scope (a permission on a resource server): which roles grant it, and which agents
// hold it — assigned one of those roles directly, or through a group. Walks roles (details),
// their assignments and the groups' members; rows appear as they are found.
class ScopeHoldersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeHoldersModel)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ViaColumn,
        ColumnCount
    };
    enum class HolderKind
    {
        Role,
        Agent
    };

    explicit ScopeHoldersModel(const AdminApi *api = nullptr, QObject *parent = nullptr);

    // Starts the walk for this scope (empty permission: clears).
    void setScope(const QString &resourceServerId, const QString &permission);
    QString permission() const { return m_permission; }

    bool isBusy() const { return m_pending > 0; }
    bool isFinished() const { return !m_permission.isEmpty() && m_pending == 0; }
    ApiError lastError() const { return m_lastError; }
    QStringList agentIds() const;
    QStringList roleIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorOccurred(const tid::core::ApiError &error);
    void finished();

private:
    struct Row
    {
        HolderKind kind;
        QString id;
        QString name;
        QStringList via;
    };
    void listRoles(int offset);
    void checkRole(const QString &roleId);
    void listAssignments(const QString &roleId, const QString &roleName, int offset);
    void listMembers(const QString &groupId, const QString &groupName, const QString &roleName,
                     int offset);
    void addHolder(HolderKind kind, const QString &id, const QString &name, const QString &via);
    void started();
    void done(const ApiError &error = {});

    const AdminApi *m_api;
    QString m_rsId;
    QString m_permission;
    QList<Row> m_rows;
    int m_pending = 0;
    int m_generation = 0;
    ApiError m_lastError;
};

class ScopeHolderFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeHolderFilterProxy)

public:
    explicit ScopeHolderFilterProxy(QObject *parent = nullptr);
    // -1: both kinds.
    void setHolderKind(int kind);
    void setHolderKind(ScopeHoldersModel::HolderKind kind) { setHolderKind(int(kind)); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
};

} // namespace tid::core
