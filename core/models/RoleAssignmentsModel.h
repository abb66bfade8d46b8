#pragma once

#include "core/domain/EntityRef.h"
#include "core/models/ApiReady.h"
#include "core/models/PagedRowsModel.h"

#include <QSortFilterProxyModel>

namespace tid::core {

class AdminApi;

// The assignments (users, groups, applications, agents) of one role, a page at a time, with
// display names (include=display).
class RoleAssignmentsModel final : public PagedRowsModel<Assignment>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleAssignmentsModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        IdColumn,
        ColumnCount
    };

    explicit RoleAssignmentsModel(const AdminApi *api = nullptr, QObject *parent = nullptr);

    // Loads the assignments of this role (empty: none).
    void setRoleId(const QString &roleId);
    QString roleId() const { return m_roleId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Assignment assignmentAt(int row) const;
    // After a successful add/remove on the server.
    void addLocally(const QList<Assignment> &assignments);
    void removeLocally(const QList<Assignment> &assignments);

    static QString typeLabel(EntityRef::Type type);

protected:
    bool canRequest() const override { return apiReady(m_api) && !m_roleId.isEmpty(); }
    void requestPage(const PageRequest &request, int generation) override;
    // Ids of different types could collide in theory: key rows by type and id.
    QString idOf(const Assignment &a) const override { return keyOf(a); }

private:
    static QString keyOf(const Assignment &a);

    const AdminApi *m_api;
    QString m_roleId;
};

class AssignmentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentFilterProxy)

public:
    explicit AssignmentFilterProxy(QObject *parent = nullptr);

    // Unknown: every type.
    void setEntityType(EntityRef::Type type);
    EntityRef::Type entityType() const { return m_type; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EntityRef::Type m_type = EntityRef::Type::Unknown;
    QString m_text;
};

} // namespace tid::core
