#include "core/models/PermissionMatrixModel.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

bool roleHas(const Role &role, const QString &rsId, const QString &permission)
{
    for (const ResourcePermissions &p : role.permissions) {
        if (p.resourceServerId == rsId)
            return p.permissions.contains(permission);
    }
    return false;
}

void roleSet(Role &role, const QString &rsId, const QString &permission, bool granted)
{
    for (int i = 0; i < role.permissions.size(); ++i) {
        ResourcePermissions &p = role.permissions[i];
        if (p.resourceServerId != rsId)
            continue;
        if (granted && !p.permissions.contains(permission))
            p.permissions.append(permission);
        if (!granted)
            p.permissions.removeAll(permission);
        if (p.permissions.isEmpty())
            role.permissions.removeAt(i);
        return;
    }
    if (granted)
        role.permissions.append(ResourcePermissions{rsId, {permission}});
}

// Order-insensitive comparison of two roles' permissions.
bool samePermissions(const Role &a, const Role &b)
{
    auto flat = [](const Role &r) {
        QStringList all;
        for (const ResourcePermissions &p : r.permissions) {
            for (const QString &s : p.permissions)
                all << p.resourceServerId + u'\x1f' + s;
        }
        all.sort();
        all.removeDuplicates();
        return all;
    };
    return flat(a) == flat(b);
}

} // namespace

PermissionMatrixModel::PermissionMatrixModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

PermissionMatrixModel::~PermissionMatrixModel() = default;

void PermissionMatrixModel::setScopes(const QList<ScopesModel::Scope> &scopes)
{
    beginResetModel();
    m_groups.clear();
    QHash<QString, int> groupOf;
    for (const ScopesModel::Scope &s : scopes) {
        if (s.kind == ScopesModel::NodeKind::ResourceServer || s.permission.isEmpty())
            continue;
        int g = groupOf.value(s.resourceServerId, -1);
        if (g < 0) {
            g = int(m_groups.size());
            groupOf.insert(s.resourceServerId, g);
            m_groups.append(
                Group{s.resourceServerId, s.resourceServerName, s.resourceServerIdentifier, {}});
        }
        m_groups[g].scopes.append(s);
    }
    endResetModel();
}

void PermissionMatrixModel::setRoles(const QList<Role> &roles)
{
    const bool before = isDirty();
    QList<Role> working;
    QList<Role> original;
    for (const Role &r : roles) {
        const int old = columnOfRole(r.id) - 1;
        if (old >= 0 && !samePermissions(m_roles.at(old), m_original.at(old))) {
            working.append(m_roles.at(old)); // keep unsaved edits
            original.append(r);
        } else {
            working.append(r);
            original.append(r);
        }
    }
    beginResetModel();
    m_roles = working;
    m_original = original;
    endResetModel();
    announceDirty(before);
}

void PermissionMatrixModel::updateRole(const Role &role, bool force)
{
    const int i = columnOfRole(role.id) - 1;
    if (i < 0) {
        // Every group's rows gain the column too: a reset tells proxies and views about all of
        // them at once.
        beginResetModel();
        m_roles.append(role);
        m_original.append(role);
        endResetModel();
        return;
    }
    const bool before = isDirty();
    const bool dirty = !samePermissions(m_roles.at(i), m_original.at(i));
    m_original[i] = role;
    if (!dirty || force)
        m_roles[i] = role;
    else
        m_roles[i].name = role.name;
    Q_EMIT headerDataChanged(Qt::Horizontal, i + 1, i + 1);
    for (int g = 0; g < m_groups.size(); ++g) {
        Q_EMIT dataChanged(index(g, i + 1), index(g, i + 1));
        if (!m_groups.at(g).scopes.isEmpty()) {
            const QModelIndex parent = index(g, 0);
            Q_EMIT dataChanged(index(0, i + 1, parent),
                               index(int(m_groups.at(g).scopes.size()) - 1, i + 1, parent));
        }
    }
    announceDirty(before);
}

void PermissionMatrixModel::removeRole(const QString &roleId)
{
    const int i = columnOfRole(roleId) - 1;
    if (i < 0)
        return;
    const bool before = isDirty();
    beginResetModel();
    m_roles.removeAt(i);
    m_original.removeAt(i);
    endResetModel();
    announceDirty(before);
}

Role PermissionMatrixModel::roleAt(int i) const
{
    return i >= 0 && i < m_roles.size() ? m_roles.at(i) : Role{};
}

int PermissionMatrixModel::columnOfRole(const QString &roleId) const
{
    for (int i = 0; i < m_roles.size(); ++i) {
        if (m_roles.at(i).id == roleId)
            return i + 1;
    }
    return -1;
}

bool PermissionMatrixModel::isDirty() const
{
    for (int i = 0; i < m_roles.size(); ++i) {
        if (!samePermissions(m_roles.at(i), m_original.at(i)))
            return true;
    }
    return false;
}

bool PermissionMatrixModel::isDirty(const QString &roleId) const
{
    const int i = columnOfRole(roleId) - 1;
    return i >= 0 && !samePermissions(m_roles.at(i), m_original.at(i));
}

QList<Role> PermissionMatrixModel::changedRoles() const
{
    QList<Role> out;
    for (int i = 0; i < m_roles.size(); ++i) {
        if (!samePermissions(m_roles.at(i), m_original.at(i)))
            out.append(m_roles.at(i));
    }
    return out;
}

void PermissionMatrixModel::markSaved(const Role &role)
{
    updateRole(role, true);
}

void PermissionMatrixModel::revert()
{
    const bool before = isDirty();
    beginResetModel();
    m_roles = m_original;
    endResetModel();
    announceDirty(before);
}

void PermissionMatrixModel::revert(const QString &roleId)
{
    const int i = columnOfRole(roleId) - 1;
    if (i >= 0)
        updateRole(m_original.at(i), true);
}

bool PermissionMatrixModel::setGranted(const QString &roleId, const QString &resourceServerId,
                                       const QString &permission, bool granted)
{
    const int column = columnOfRole(roleId);
    const QModelIndex idx = indexOfPermission(resourceServerId, permission, column);
    if (column < 0 || !idx.isValid())
        return false;
    return setData(idx, granted ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

bool PermissionMatrixModel::isGranted(const QString &roleId, const QString &resourceServerId,
                                      const QString &permission) const
{
    const int i = columnOfRole(roleId) - 1;
    return i >= 0 && roleHas(m_roles.at(i), resourceServerId, permission);
}

QModelIndex PermissionMatrixModel::indexOfPermission(const QString &resourceServerId,
                                                     const QString &permission, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).rsId != resourceServerId)
            continue;
        const auto &scopes = m_groups.at(g).scopes;
        for (int r = 0; r < scopes.size(); ++r) {
            if (scopes.at(r).permission == permission)
                return index(r, column, index(g, 0));
        }
    }
    return {};
}

const ScopesModel::Scope *PermissionMatrixModel::scopeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupTag)
        return nullptr;
    return &m_groups.at(int(index.internalId())).scopes.at(index.row());
}

QModelIndex PermissionMatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupTag);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex PermissionMatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupTag)
        return {};
    return createIndex(int(child.internalId()), 0, GroupTag);
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupTag && parent.column() == 0)
        return int(m_groups.at(parent.row()).scopes.size());
    return 0;
}

int PermissionMatrixModel::columnCount(const QModelIndex &) const
{
    return int(m_roles.size()) + 1;
}

Qt::CheckState PermissionMatrixModel::groupState(int group, int roleIndex) const
{
    const Group &g = m_groups.at(group);
    int on = 0;
    for (const auto &s : g.scopes)
        on += roleHas(m_roles.at(roleIndex), g.rsId, s.permission) ? 1 : 0;
    if (on == 0)
        return Qt::Unchecked;
    return on == g.scopes.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int roleIndex = index.column() - 1;
    if (index.internalId() == GroupTag) {
        const Group &g = m_groups.at(index.row());
        if (role == ResourceServerIdRole || role == IdRole)
            return g.rsId;
        if (role == KindRole)
            return int(ScopesModel::NodeKind::ResourceServer);
        if (index.column() == ScopeColumn) {
            if (role == Qt::DisplayRole || role == RawRole || role == SortRole)
                return g.rsName;
            if (role == Qt::ToolTipRole)
                return tr("Resource server %1 (%2)").arg(g.rsName, g.rsIdentifier);
            return {};
        }
        if (role == Qt::CheckStateRole)
            return groupState(index.row(), roleIndex);
        if (role == RawRole)
            return groupState(index.row(), roleIndex) == Qt::Checked;
        return {};
    }
    const ScopesModel::Scope *s = scopeOf(index);
    if (role == PermissionRole)
        return s->permission;
    if (role == ResourceServerIdRole)
        return s->resourceServerId;
    if (role == IdRole)
        return s->id;
    if (role == KindRole)
        return int(s->kind);
    if (index.column() == ScopeColumn) {
        if (role == Qt::DisplayRole)
            return s->path.mid(1).join(u" › "_s);
        if (role == RawRole)
            return s->permission;
        if (role == SortRole)
            return s->path.join(u'/').toCaseFolded();
        if (role == Qt::ToolTipRole)
            return s->description.isEmpty() ? s->permission
                                            : QString(s->permission + u"\n" + s->description);
        return {};
    }
    const bool granted = roleHas(m_roles.at(roleIndex), s->resourceServerId, s->permission);
    if (role == Qt::CheckStateRole)
        return granted ? Qt::Checked : Qt::Unchecked;
    if (role == RawRole || role == SortRole)
        return granted;
    if (role == Qt::ToolTipRole)
        return granted ? tr("%1 grants %2").arg(m_roles.at(roleIndex).name, s->permission)
                       : tr("%1 does not grant %2").arg(m_roles.at(roleIndex).name, s->permission);
    if (role == Qt::AccessibleTextRole)
        return granted ? tr("granted") : tr("not granted");
    return {};
}

bool PermissionMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() == ScopeColumn)
        return false;
    const int roleIndex = index.column() - 1;
    if (m_roles.at(roleIndex).isReadOnly)
        return false;
    const bool granted =
        value.typeId() == QMetaType::Bool ? value.toBool() : value.toInt() != Qt::Unchecked;
    const bool before = isDirty();
    if (index.internalId() == GroupTag) {
        const Group &g = m_groups.at(index.row());
        for (const auto &s : g.scopes)
            roleSet(m_roles[roleIndex], g.rsId, s.permission, granted);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        if (!g.scopes.isEmpty()) {
            const QModelIndex parent = this->index(index.row(), 0);
            Q_EMIT dataChanged(this->index(0, index.column(), parent),
                               this->index(int(g.scopes.size()) - 1, index.column(), parent),
                               {Qt::CheckStateRole});
        }
    } else {
        const ScopesModel::Scope *s = scopeOf(index);
        roleSet(m_roles[roleIndex], s->resourceServerId, s->permission, granted);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        const QModelIndex group = parent(index);
        const QModelIndex groupCell = this->index(group.row(), index.column());
        Q_EMIT dataChanged(groupCell, groupCell, {Qt::CheckStateRole});
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, index.column(), index.column());
    announceDirty(before);
    return true;
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (section == ScopeColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Permission")) : QVariant();
    const int i = section - 1;
    if (i < 0 || i >= m_roles.size())
        return {};
    const Role &r = m_roles.at(i);
    const bool dirty = !samePermissions(r, m_original.at(i));
    if (role == Qt::DisplayRole)
        return dirty ? tr("%1 •").arg(r.name) : r.name;
    if (role == Qt::ToolTipRole)
        return dirty ? tr("%1 — unsaved changes").arg(r.name) : r.name;
    if (role == IdRole)
        return r.id;
    return {};
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != ScopeColumn) {
        const bool readOnly = m_roles.at(index.column() - 1).isReadOnly;
        if (!readOnly)
            f |= Qt::ItemIsUserCheckable;
        if (index.internalId() == GroupTag)
            f |= Qt::ItemNeverHasChildren;
    }
    if (index.internalId() != GroupTag)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

void PermissionMatrixModel::announceDirty(bool before)
{
    const bool now = isDirty();
    if (now != before)
        Q_EMIT dirtyChanged(now);
}

// --- PermissionMatrixFilterProxy ------------------------------------------------------------

PermissionMatrixFilterProxy::PermissionMatrixFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void PermissionMatrixFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

void PermissionMatrixFilterProxy::setGrantedToRole(const QString &roleId)
{
    if (m_roleId == roleId)
        return;
    m_roleId = roleId;
    invalidateFilter();
}

bool PermissionMatrixFilterProxy::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    const auto *m = qobject_cast<const PermissionMatrixModel *>(sourceModel());
    if (!m)
        return false;
    const QModelIndex idx = m->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid())
        return m_text.isEmpty() && m_roleId.isEmpty(); // groups: shown through their children
    const QString permission = idx.data(PermissionRole).toString();
    if (!m_roleId.isEmpty() &&
        !m->isGranted(m_roleId, idx.data(ResourceServerIdRole).toString(), permission))
        return false;
    if (m_text.isEmpty())
        return true;
    return permission.contains(m_text, Qt::CaseInsensitive) ||
           idx.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           idx.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace tid::core
