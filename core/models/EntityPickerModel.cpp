#include "core/models/EntityPickerModel.h"

#include "core/api/AdminApi.h"
#include "core/models/AgentsModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString detailOf(const User &u)
{
    const QString email = u.attributes.value("email"_L1).toString();
    return email.isEmpty() ? u.attributes.value("username"_L1).toString() : email;
}

QString nameOf(const User &u)
{
    const QString name = u.attributes.value("name"_L1).toString();
    return name.isEmpty() ? u.displayName() : name;
}

} // namespace

EntityPickerModel::EntityPickerModel(const AdminApi *api, QObject *parent)
    : PagedRowsModel(parent)
    , m_api(api)
{}

void EntityPickerModel::setEntityType(EntityRef::Type type)
{
    m_type = type;
    reload();
}

int EntityPickerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == KindRole)
        return int(m_type);
    const QString &text = index.column() == NameColumn ? r.name : r.detail;
    switch (role) {
    case Qt::DisplayRole:
    case RawRole:
    case Qt::ToolTipRole:
        return text;
    case SortRole:
        return text.toCaseFolded();
    default:
        break;
    }
    return {};
}

QVariant EntityPickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Name");
    if (section == DetailColumn)
        return m_type == EntityRef::Type::User ? tr("E-mail") : tr("Description");
    return {};
}

Qt::ItemFlags EntityPickerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList EntityPickerModel::mimeTypes() const
{
    return {AgentsModel::entityMimeType()};
}

QMimeData *EntityPickerModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray arr;
    QSet<int> seen;
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || seen.contains(i.row()))
            continue;
        seen.insert(i.row());
        const Row &r = m_rows.at(i.row());
        arr.append(QJsonObject{
            {u"id"_s, r.id}, {u"type"_s, EntityRef::typeName(m_type)}, {u"display"_s, r.name}});
    }
    auto *mime = new QMimeData;
    mime->setData(AgentsModel::entityMimeType(), QJsonDocument(arr).toJson(QJsonDocument::Compact));
    return mime;
}

EntityRef EntityPickerModel::entityAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return EntityRef{m_rows.at(row).id, m_type, m_rows.at(row).name};
}

template<typename T> void EntityPickerModel::deliver(int generation, const Result<Page<T>> &r)
{
    deliverPage(generation, r, [this](const QList<T> &items) {
        for (const T &item : items) {
            if constexpr (std::is_same_v<T, User>)
                m_rows.append(Row{item.id, nameOf(item), detailOf(item)});
            else
                m_rows.append(Row{item.id, item.name, item.description});
        }
    });
}

void EntityPickerModel::requestPage(const PageRequest &request, int generation)
{
    switch (m_type) {
    case EntityRef::Type::User:
        m_api->listUsers(request).then(
            this, [this, generation](const Result<Page<User>> &r) { deliver(generation, r); });
        break;
    case EntityRef::Type::Group:
        m_api->listGroups(request).then(
            this, [this, generation](const Result<Page<Group>> &r) { deliver(generation, r); });
        break;
    case EntityRef::Type::App:
        m_api->listApplications(request).then(
            this,
            [this, generation](const Result<Page<Application>> &r) { deliver(generation, r); });
        break;
    case EntityRef::Type::Agent:
        m_api->listAgents(request).then(
            this, [this, generation](const Result<Page<Agent>> &r) { deliver(generation, r); });
        break;
    case EntityRef::Type::Unknown:
        break;
    }
}

// --- EntityPickerFilterProxy ------------------------------------------------------------------

EntityPickerFilterProxy::EntityPickerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void EntityPickerFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

void EntityPickerFilterProxy::setExcludedIds(const QSet<QString> &ids)
{
    m_excluded = ids;
    invalidateFilter();
}

bool EntityPickerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    const QModelIndex name = m->index(sourceRow, 0, sourceParent);
    if (!m_excluded.isEmpty() && m_excluded.contains(name.data(IdRole).toString()))
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           m->index(sourceRow, 1, sourceParent)
               .data()
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace tid::core
