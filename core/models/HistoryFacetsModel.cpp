#include "core/models/HistoryFacetsModel.h"

#include "core/history/HistoryEvent.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

// internalId of a group row; a value row stores its group + 1.
constexpr quintptr GroupId = 0;

} // namespace

HistoryFacetsModel::HistoryFacetsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

HistoryFacetsModel::~HistoryFacetsModel() = default;

const QList<HistoryFacetCount> &HistoryFacetsModel::values(int group) const
{
    switch (group) {
    case TypeGroup:
        return m_facets.types;
    case ClientGroup:
        return m_facets.clients;
    case OutcomeGroup:
        return m_facets.outcomes;
    default:
        return m_facets.grants;
    }
}

QList<HistoryFacetCount> &HistoryFacetsModel::values(int group)
{
    return const_cast<QList<HistoryFacetCount> &>(std::as_const(*this).values(group));
}

void HistoryFacetsModel::setFacets(const HistoryFacets &facets)
{
    // Group by group: the four group rows stay, so a view keeps them expanded.
    const QList<HistoryFacetCount> incoming[GroupCount] = {facets.types, facets.clients,
                                                           facets.outcomes, facets.grants};
    m_facets.total = facets.total;
    for (int g = 0; g < GroupCount; ++g) {
        QList<HistoryFacetCount> &current = values(g);
        const QModelIndex parent = index(g, 0);
        const int before = int(current.size());
        const int after = int(incoming[g].size());
        if (before > after) {
            beginRemoveRows(parent, after, before - 1);
            current.resize(after);
            endRemoveRows();
        }
        const int common = std::min(before, after);
        for (int i = 0; i < common; ++i)
            current[i] = incoming[g].at(i);
        if (common > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(common - 1, ColumnCount - 1, parent));
        if (after > before) {
            beginInsertRows(parent, before, after - 1);
            for (int i = before; i < after; ++i)
                current.append(incoming[g].at(i));
            endInsertRows();
        }
    }
    Q_EMIT dataChanged(index(0, 0), index(GroupCount - 1, ColumnCount - 1));
}

void HistoryFacetsModel::clear()
{
    setFacets({});
}

void HistoryFacetsModel::setClientNames(const QHash<QString, QString> &names)
{
    m_clientNames = names;
    const QModelIndex parent = index(ClientGroup, 0);
    if (rowCount(parent) > 0)
        Q_EMIT dataChanged(index(0, ValueColumn, parent),
                           index(rowCount(parent) - 1, ValueColumn, parent));
}

HistoryFilter::Field HistoryFacetsModel::groupField(Group group)
{
    switch (group) {
    case TypeGroup:
        return HistoryFilter::Field::Type;
    case ClientGroup:
        return HistoryFilter::Field::Client;
    case OutcomeGroup:
        return HistoryFilter::Field::Outcome;
    default:
        return HistoryFilter::Field::Grant;
    }
}

HistoryFilter::Term HistoryFacetsModel::termFor(Group group, const QString &value)
{
    HistoryFilter::Term term;
    term.field = groupField(group);
    term.op = HistoryFilter::Op::Eq;
    term.value = group == GrantGroup ? HistoryEvent::grantShortName(value) : value;
    return term;
}

std::optional<HistoryFilter::Term> HistoryFacetsModel::termAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId || index.model() != this)
        return std::nullopt;
    const int group = int(index.internalId() - 1);
    const QString value = values(group).at(index.row()).value;
    if (value.isEmpty()) // "none": the language has no term for a missing value
        return std::nullopt;
    return termFor(Group(group), value);
}

QModelIndex HistoryFacetsModel::indexOf(Group group, const QString &value) const
{
    const QList<HistoryFacetCount> &list = values(group);
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).value == value)
            return index(i, 0, index(group, 0));
    }
    return {};
}

QString HistoryFacetsModel::displayValue(int group, const QString &value) const
{
    if (value.isEmpty())
        return tr("(none)");
    switch (group) {
    case ClientGroup: {
        // The name alone: the column is narrow; the tooltip has the id.
        const QString name = m_clientNames.value(value);
        return name.isEmpty() ? value : name;
    }
    case OutcomeGroup: {
        const auto outcome = HistoryEvent::outcomeFromName(value);
        switch (outcome) {
        case HistoryEvent::Outcome::Success:
            return tr("success");
        case HistoryEvent::Outcome::Failure:
            return tr("failure");
        case HistoryEvent::Outcome::InProgress:
            return tr("in progress");
        case HistoryEvent::Outcome::Unknown:
            break;
        }
        return value;
    }
    case GrantGroup:
        return HistoryEvent::grantShortName(value);
    default:
        return value;
    }
}

QModelIndex HistoryFacetsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0)
        return {};
    if (row >= values(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HistoryFacetsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int HistoryFacetsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(values(parent.row()).size());
}

int HistoryFacetsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HistoryFacetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const auto group = Group(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == CountColumn)
                return {};
            switch (group) {
            case TypeGroup:
                return tr("Event type");
            case ClientGroup:
                return tr("Agent / application");
            case OutcomeGroup:
                return tr("Outcome");
            default:
                return tr("Grant type");
            }
        case FieldRole:
            return int(groupField(group));
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const int group = int(index.internalId() - 1);
    const HistoryFacetCount &facet = values(group).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return QLocale().toString(facet.count);
        return displayValue(group, facet.value);
    case Qt::ToolTipRole: {
        const auto term = termAt(index);
        const QString events = tr("%1 events").arg(QLocale().toString(facet.count));
        return term ? tr("%1 — click to add “%2” to the filter")
                          .arg(events, HistoryFilter::termText(*term))
                    : events;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FieldRole:
        return int(groupField(Group(group)));
    case ValueRole:
        return facet.value;
    case CountRole:
        return facet.count;
    case TermRole: {
        const auto term = termAt(index);
        return term ? HistoryFilter::termText(*term) : QString();
    }
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant HistoryFacetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ValueColumn   ? tr("Facet")
           : section == CountColumn ? tr("Events")
                                    : QVariant();
}

Qt::ItemFlags HistoryFacetsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace tid::core
