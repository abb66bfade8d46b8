#include "core/models/RoleAssignmentsModel.h"

#include "core/api/AdminApi.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

// deliverPage() keys items by `id`; assignments are keyed by type and id.
struct KeyedAssignment
{
    QString id;
    Assignment value;
};

} // namespace

RoleAssignmentsModel::RoleAssignmentsModel(const AdminApi *api, QObject *parent)
    : PagedRowsModel(parent)
    , m_api(api)
{}

void RoleAssignmentsModel::setRoleId(const QString &roleId)
{
    m_roleId = roleId;
    if (roleId.isEmpty())
        clear();
    else
        reload();
}

QString RoleAssignmentsModel::keyOf(const Assignment &a)
{
    return EntityRef::typeName(a.type) + u'/' + a.id;
}

int RoleAssignmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoleAssignmentsModel::typeLabel(EntityRef::Type type)
{
    switch (type) {
    case EntityRef::Type::User:
        return tr("User");
    case EntityRef::Type::Group:
        return tr("Group");
    case EntityRef::Type::App:
        return tr("Application");
    case EntityRef::Type::Agent:
        return tr("Agent");
    case EntityRef::Type::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant RoleAssignmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assignment &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == KindRole)
        return int(a.type);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return a.display.isEmpty() ? a.id : a.display;
        if (role == SortRole)
            return (a.display.isEmpty() ? a.id : a.display).toCaseFolded();
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return typeLabel(a.type);
        if (role == RawRole)
            return EntityRef::typeName(a.type);
        if (role == SortRole)
            return int(a.type);
        break;
    case IdColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == SortRole)
            return a.id;
        break;
    default:
        break;
    }
    return {};
}

QVariant RoleAssignmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("ID");
    default:
        break;
    }
    return {};
}

Assignment RoleAssignmentsModel::assignmentAt(int row) const
{
    return rowOr(row);
}

void RoleAssignmentsModel::addLocally(const QList<Assignment> &assignments)
{
    for (const Assignment &a : assignments) {
        if (rowOf(keyOf(a)) >= 0)
            continue;
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(a);
        noteLocalInsert(keyOf(a));
        endInsertRows();
    }
}

void RoleAssignmentsModel::removeLocally(const QList<Assignment> &assignments)
{
    for (const Assignment &a : assignments) {
        const int row = rowOf(keyOf(a));
        if (row < 0)
            continue;
        noteLocalRemoval(keyOf(a));
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        reindex();
        endRemoveRows();
    }
}

void RoleAssignmentsModel::requestPage(const PageRequest &request, int generation)
{
    PageRequest r = request;
    r.includeDisplay = true;
    m_api->listRoleAssignments(m_roleId, r)
        .then(this, [this, generation](const Result<Page<Assignment>> &result) {
            Result<Page<KeyedAssignment>> keyed;
            keyed.error = result.error;
            keyed.httpStatus = result.httpStatus;
            keyed.value.totalResults = result.value.totalResults;
            keyed.value.startIndex = result.value.startIndex;
            keyed.value.count = result.value.count;
            for (const Assignment &a : result.value.items)
                keyed.value.items.append({keyOf(a), a});
            deliverPage(generation, keyed, [this](const QList<KeyedAssignment> &items) {
                for (const KeyedAssignment &k : items)
                    m_rows.append(k.value);
            });
        });
}

// --- AssignmentFilterProxy --------------------------------------------------------------------

AssignmentFilterProxy::AssignmentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void AssignmentFilterProxy::setEntityType(EntityRef::Type type)
{
    if (m_type == type)
        return;
    m_type = type;
    invalidateFilter();
}

void AssignmentFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

bool AssignmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    const QModelIndex name = m->index(sourceRow, RoleAssignmentsModel::NameColumn, sourceParent);
    if (m_type != EntityRef::Type::Unknown && name.data(KindRole).toInt() != int(m_type))
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data(RawRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           name.data(IdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace tid::core
