#include "core/models/RolesModel.h"

#include "core/api/AdminApi.h"
#include "core/models/AgentsModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {
constexpr int ReadOnlyRole = FirstCustomRole;

QList<EntityRef> entitiesFrom(const QMimeData *data)
{
    QList<EntityRef> out;
    if (!data || !data->hasFormat(AgentsModel::entityMimeType()))
        return out;
    const QJsonArray arr =
        QJsonDocument::fromJson(data->data(AgentsModel::entityMimeType())).array();
    for (const QJsonValue &v : arr) {
        EntityRef ref = EntityRef::fromJson(v.toObject());
        if (!ref.id.isEmpty() && ref.type != EntityRef::Type::Unknown)
            out.append(ref);
    }
    return out;
}
} // namespace

RolesModel::RolesModel(const AdminApi *api, QObject *parent)
    : PagedRowsModel(parent)
    , m_api(api)
{}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Role &r = row.role;
    if (role == IdRole)
        return r.id;
    if (role == DetailLoadedRole)
        return row.detailed;
    if (role == ReadOnlyRole)
        return r.isReadOnly;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return r.name;
        if (role == SortRole)
            return r.name.toCaseFolded();
        if (role == Qt::ToolTipRole)
            return r.isReadOnly ? tr("%1 (read-only)").arg(r.name) : r.name;
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return r.description;
        if (role == SortRole)
            return r.description.toCaseFolded();
        break;
    case PermissionsColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == SortRole ||
            role == Qt::ToolTipRole) {
            if (!row.detailed) {
                wantDetail(index.row());
                if (role == Qt::DisplayRole)
                    return tr("…");
                return role == RawRole ? QVariant(QStringList()) : QVariant(-1);
            }
            if (role == Qt::DisplayRole)
                return tr("%n permission(s)", nullptr, r.permissionCount());
            if (role == SortRole)
                return r.permissionCount();
            QStringList all;
            for (const ResourcePermissions &p : r.permissions)
                all += p.permissions;
            if (role == Qt::ToolTipRole)
                return all.join(u'\n');
            return all;
        }
        break;
    case OrganizationUnitColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.ouHandle.isEmpty() ? r.ouId : r.ouHandle;
        if (role == RawRole || role == Qt::ToolTipRole)
            return r.ouId;
        break;
    default:
        break;
    }
    return {};
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case PermissionsColumn:
        return tr("Permissions");
    case OrganizationUnitColumn:
        return tr("Organization unit");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags RolesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_rows.at(index.row()).role.isReadOnly)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList RolesModel::mimeTypes() const
{
    return {AgentsModel::entityMimeType()};
}

Qt::DropActions RolesModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool RolesModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                 const QModelIndex &parent) const
{
    // Only onto a role (a drop between rows has no role to assign).
    const int target = parent.isValid() ? parent.row() : row;
    if (target < 0 || target >= m_rows.size() || m_rows.at(target).role.isReadOnly)
        return false;
    return !entitiesFrom(data).isEmpty();
}

bool RolesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    Q_EMIT entitiesDropped(m_rows.at(target).role.id, entitiesFrom(data));
    return true;
}

Role RolesModel::roleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).role : Role{};
}

bool RolesModel::hasDetail(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).detailed;
}

QList<Role> RolesModel::loadedRoles() const
{
    QList<Role> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.role);
    return out;
}

void RolesModel::upsert(const Role &role)
{
    upsertRow(Row{role, true});
}

void RolesModel::removeRole(const QString &id)
{
    removeRowById(id);
}

void RolesModel::requestPage(const PageRequest &request, int generation)
{
    PageRequest r = request;
    r.includeDisplay = true;
    m_api->listRoles(r).then(this, [this, generation](const Result<Page<Role>> &result) {
        deliverPage(generation, result, [this](const QList<Role> &items) {
            for (const Role &role : items)
                m_rows.append(Row{role, false});
        });
    });
}

bool RolesModel::needsDetail(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).detailed;
}

void RolesModel::requestDetail(const QString &id, int generation)
{
    m_api->getRole(id).then(this, [this, id, generation](const Result<Role> &r) {
        if (generation == this->generation() && r.ok()) {
            const int row = rowOf(id);
            if (row >= 0) {
                Role role = r.value;
                if (role.ouHandle.isEmpty())
                    role.ouHandle = m_rows.at(row).role.ouHandle;
                m_rows[row].role = role;
                m_rows[row].detailed = true;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        detailDone(generation, id, r.error);
    });
}

// --- RoleFilterProxy ------------------------------------------------------------------------

RoleFilterProxy::RoleFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void RoleFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

void RoleFilterProxy::setGrantedPermission(const QString &resourceServerId,
                                           const QString &permission)
{
    m_rsId = resourceServerId;
    m_permission = permission;
    if (!permission.isEmpty()) {
        if (auto *roles = qobject_cast<RolesModel *>(sourceModel()))
            roles->requestAllDetails();
    }
    invalidateFilter();
}

void RoleFilterProxy::setShowReadOnly(bool show)
{
    if (m_showReadOnly == show)
        return;
    m_showReadOnly = show;
    invalidateFilter();
}

bool RoleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *roles = qobject_cast<const RolesModel *>(sourceModel());
    if (!roles)
        return true;
    const Role role = roles->roleAt(sourceRow);
    if (!m_showReadOnly && role.isReadOnly)
        return false;
    if (!m_permission.isEmpty()) {
        if (!roles->hasDetail(sourceRow))
            return false;
        if (!role.permissionsFor(m_rsId).contains(m_permission))
            return false;
    }
    Q_UNUSED(sourceParent)
    if (m_text.isEmpty())
        return true;
    return role.name.contains(m_text, Qt::CaseInsensitive) ||
           role.description.contains(m_text, Qt::CaseInsensitive);
}

} // namespace tid::core
