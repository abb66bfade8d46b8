#include "core/models/ResourceServersModel.h"

#include "core/api/AdminApi.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {
constexpr int ReadOnlyRole = FirstCustomRole;
}

ResourceServersModel::ResourceServersModel(const AdminApi *api, QObject *parent)
    : PagedRowsModel(parent)
    , m_api(api)
{}

int ResourceServersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ResourceServersModel::Type ResourceServersModel::typeOf(const QString &typeName)
{
    if (typeName.compare("API"_L1, Qt::CaseInsensitive) == 0)
        return Type::Api;
    if (typeName.compare("MCP"_L1, Qt::CaseInsensitive) == 0)
        return Type::Mcp;
    return Type::Custom;
}

QString ResourceServersModel::typeName(Type type)
{
    switch (type) {
    case Type::Api:
        return u"API"_s;
    case Type::Mcp:
        return u"MCP"_s;
    case Type::Custom:
        return u"CUSTOM"_s;
    case Type::Any:
        break;
    }
    return {};
}

QString ResourceServersModel::typeLabel(Type type)
{
    switch (type) {
    case Type::Api:
        return tr("API");
    case Type::Mcp:
        return tr("MCP server");
    case Type::Custom:
        return tr("Custom");
    case Type::Any:
        break;
    }
    return tr("Any type");
}

QVariant ResourceServersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceServer &rs = m_rows.at(index.row());
    if (role == IdRole)
        return rs.id;
    if (role == KindRole)
        return int(typeOf(rs.type));
    if (role == ReadOnlyRole)
        return rs.isReadOnly;
    if (role == ResourceServerIdRole)
        return rs.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return rs.name;
        if (role == SortRole)
            return rs.name.toCaseFolded();
        if (role == Qt::ToolTipRole)
            return rs.isReadOnly ? tr("%1 (read-only)").arg(rs.name) : rs.name;
        break;
    case IdentifierColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == SortRole ||
            role == Qt::ToolTipRole)
            return rs.identifier;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return typeLabel(typeOf(rs.type));
        if (role == RawRole)
            return rs.type;
        if (role == SortRole)
            return int(typeOf(rs.type));
        break;
    case DelimiterColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == SortRole)
            return rs.delimiter;
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return rs.description;
        if (role == SortRole)
            return rs.description.toCaseFolded();
        break;
    default:
        break;
    }
    return {};
}

QVariant ResourceServersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier (audience)");
    case TypeColumn:
        return tr("Type");
    case DelimiterColumn:
        return tr("Delimiter");
    case DescriptionColumn:
        return tr("Description");
    default:
        break;
    }
    return {};
}

ResourceServer ResourceServersModel::serverAt(int row) const
{
    return rowOr(row);
}

void ResourceServersModel::upsert(const ResourceServer &rs)
{
    upsertRow(rs);
}

void ResourceServersModel::removeServer(const QString &id)
{
    removeRowById(id);
}

void ResourceServersModel::requestPage(const PageRequest &request, int generation)
{
    m_api->listResourceServers(request).then(
        this, [this, generation](const Result<Page<ResourceServer>> &r) {
            deliverPage(generation, r,
                        [this](const QList<ResourceServer> &items) { m_rows.append(items); });
        });
}

// --- ResourceServerFilterProxy ----------------------------------------------------------------

ResourceServerFilterProxy::ResourceServerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ResourceServerFilterProxy::setServerType(ResourceServersModel::Type type)
{
    if (m_type == type)
        return;
    m_type = type;
    invalidateFilter();
}

void ResourceServerFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

void ResourceServerFilterProxy::setShowReadOnly(bool show)
{
    if (m_showReadOnly == show)
        return;
    m_showReadOnly = show;
    invalidateFilter();
}

bool ResourceServerFilterProxy::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    const QModelIndex name = m->index(sourceRow, ResourceServersModel::NameColumn, sourceParent);
    if (m_type != ResourceServersModel::Type::Any && name.data(KindRole).toInt() != int(m_type))
        return false;
    if (!m_showReadOnly && name.data(ReadOnlyRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c :
         {int(ResourceServersModel::NameColumn), int(ResourceServersModel::IdentifierColumn),
          int(ResourceServersModel::DescriptionColumn)}) {
        if (m->index(sourceRow, c, sourceParent)
                .data(RawRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tid::core
