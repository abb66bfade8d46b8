#include "core/models/ScopeHoldersModel.h"

#include "core/api/AdminApi.h"
#include "core/models/ApiReady.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

ScopeHoldersModel::ScopeHoldersModel(const AdminApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

void ScopeHoldersModel::setScope(const QString &resourceServerId, const QString &permission)
{
    ++m_generation;
    const bool wasBusy = isBusy();
    beginResetModel();
    m_rows.clear();
    m_rsId = resourceServerId;
    m_permission = permission;
    m_pending = 0;
    m_lastError = {};
    endResetModel();
    if (wasBusy)
        Q_EMIT busyChanged(false);
    if (apiReady(m_api) && !permission.isEmpty())
        listRoles(0);
}

QStringList ScopeHoldersModel::agentIds() const
{
    QStringList out;
    for (const Row &r : m_rows) {
        if (r.kind == HolderKind::Agent)
            out << r.id;
    }
    return out;
}

QStringList ScopeHoldersModel::roleIds() const
{
    QStringList out;
    for (const Row &r : m_rows) {
        if (r.kind == HolderKind::Role)
            out << r.id;
    }
    return out;
}

void ScopeHoldersModel::started()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ScopeHoldersModel::done(const ApiError &error)
{
    if (error.isError()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
    if (--m_pending == 0) {
        Q_EMIT busyChanged(false);
        Q_EMIT finished();
    }
}

void ScopeHoldersModel::listRoles(int offset)
{
    started();
    const int gen = m_generation;
    m_api->listRoles(PageRequest::window(100, offset))
        .then(this, [this, gen, offset](const Result<Page<Role>> &r) {
            if (gen != m_generation)
                return;
            if (r.ok()) {
                for (const Role &role : r.value.items)
                    checkRole(role.id);
                if (r.value.hasMore())
                    listRoles(offset + int(r.value.items.size()));
            }
            done(r.error);
        });
}

void ScopeHoldersModel::checkRole(const QString &roleId)
{
    started();
    const int gen = m_generation;
    m_api->getRole(roleId).then(this, [this, gen](const Result<Role> &r) {
        if (gen != m_generation)
            return;
        if (r.ok() && r.value.permissionsFor(m_rsId).contains(m_permission)) {
            addHolder(HolderKind::Role, r.value.id, r.value.name, {});
            listAssignments(r.value.id, r.value.name, 0);
        }
        done(r.error);
    });
}

void ScopeHoldersModel::listAssignments(const QString &roleId, const QString &roleName, int offset)
{
    started();
    const int gen = m_generation;
    PageRequest page = PageRequest::window(100, offset);
    page.includeDisplay = true;
    m_api->listRoleAssignments(roleId, page)
        .then(this, [this, gen, roleId, roleName, offset](const Result<Page<Assignment>> &r) {
            if (gen != m_generation)
                return;
            if (r.ok()) {
                for (const Assignment &a : r.value.items) {
                    if (a.type == EntityRef::Type::Agent)
                        addHolder(HolderKind::Agent, a.id, a.display.isEmpty() ? a.id : a.display,
                                  tr("role %1").arg(roleName));
                    else if (a.type == EntityRef::Type::Group)
                        listMembers(a.id, a.display.isEmpty() ? a.id : a.display, roleName, 0);
                }
                if (r.value.hasMore())
                    listAssignments(roleId, roleName, offset + int(r.value.items.size()));
            }
            done(r.error);
        });
}

void ScopeHoldersModel::listMembers(const QString &groupId, const QString &groupName,
                                    const QString &roleName, int offset)
{
    started();
    const int gen = m_generation;
    PageRequest page = PageRequest::window(100, offset);
    page.includeDisplay = true;
    m_api->listGroupMembers(groupId, page)
        .then(this, [this, gen, groupId, groupName, roleName,
                     offset](const Result<Page<Member>> &r) {
            if (gen != m_generation)
                return;
            if (r.ok()) {
                for (const Member &m : r.value.items) {
                    if (m.type == EntityRef::Type::Agent)
                        addHolder(HolderKind::Agent, m.id, m.display.isEmpty() ? m.id : m.display,
                                  tr("group %1 (role %2)").arg(groupName, roleName));
                }
                if (r.value.hasMore())
                    listMembers(groupId, groupName, roleName, offset + int(r.value.items.size()));
            }
            done(r.error);
        });
}

void ScopeHoldersModel::addHolder(HolderKind kind, const QString &id, const QString &name,
                                  const QString &via)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.kind == kind && row.id == id) {
            if (!via.isEmpty() && !row.via.contains(via)) {
                row.via << via;
                Q_EMIT dataChanged(index(i, ViaColumn), index(i, ViaColumn));
            }
            return;
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(Row{kind, id, name, via.isEmpty() ? QStringList() : QStringList{via}});
    endInsertRows();
}

int ScopeHoldersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScopeHoldersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeHoldersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == KindRole)
        return int(r.kind);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return r.name;
        if (role == SortRole)
            return r.name.toCaseFolded();
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return r.kind == HolderKind::Role ? tr("Role (grants it)") : tr("Agent (holds it)");
        if (role == RawRole || role == SortRole)
            return int(r.kind);
        break;
    case ViaColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.via.join(u"; "_s);
        if (role == RawRole)
            return r.via;
        if (role == SortRole)
            return r.via.join(u"; "_s).toCaseFolded();
        break;
    default:
        break;
    }
    return {};
}

QVariant ScopeHoldersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ViaColumn:
        return tr("Through");
    default:
        break;
    }
    return {};
}

ScopeHolderFilterProxy::ScopeHolderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ScopeHolderFilterProxy::setHolderKind(int kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool ScopeHolderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_kind < 0 || !sourceModel())
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(KindRole).toInt() == m_kind;
}

} // namespace tid::core
