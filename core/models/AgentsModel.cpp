#include "core/models/AgentsModel.h"

#include "core/api/AdminApi.h"
#include "core/models/EntityNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

AgentsModel::AgentsModel(const AdminApi *api, QObject *parent)
    : SparseTableModel(parent)
    , m_api(api)
{
    setEntityNames(new EntityNames(api, this));
}

AgentsModel::~AgentsModel() = default;

void AgentsModel::setEntityNames(EntityNames *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (m_names)
        connect(m_names, &EntityNames::resolved, this, &AgentsModel::onNameResolved);
}

int AgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentsModel::kindLabel(Agent::Kind kind)
{
    switch (kind) {
    case Agent::Kind::Autonomous:
        return tr("Autonomous");
    case Agent::Kind::Interactive:
        return tr("Interactive");
    case Agent::Kind::Hybrid:
        return tr("Hybrid");
    case Agent::Kind::Unknown:
        break;
    }
    return tr("No OAuth profile");
}

QString AgentsModel::grantLabel(const QString &grantType)
{
    if (grantType == grant::ClientCredentials)
        return tr("client credentials");
    if (grantType == grant::AuthorizationCode)
        return tr("authorization code");
    if (grantType == grant::RefreshToken)
        return tr("refresh token");
    if (grantType == grant::TokenExchange)
        return tr("token exchange");
    if (grantType == grant::Ciba)
        return tr("CIBA");
    if (grantType == grant::JwtBearer)
        return tr("JWT bearer");
    return grantType;
}

QString AgentsModel::entityMimeType()
{
    return u"application/x-thunderid-entities+json"_s;
}

QVariant AgentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *found = rowReady(index.row()) ? rowAt(index.row()) : nullptr;
    if (!found)
        return role == DetailLoadedRole ? QVariant(false) : placeholder(index, role);
    const Row &row = *found;
    const bool detailed = row.detail != nullptr;
    const int column = index.column();

    if (role == IdRole)
        return row.id;
    if (role == DetailLoadedRole)
        return detailed;
    if (role == KindRole) {
        if (!detailed)
            wantDetail(index.row());
        return detailed ? int(row.detail->kind()) : -1;
    }

    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.name;
        if (role == RawRole)
            return row.name;
        if (role == SortRole)
            return row.name.toCaseFolded();
        if (role == Qt::ToolTipRole)
            return row.description.isEmpty() ? row.name
                                             : QString(row.name + u'\n' + row.description);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == SortRole) {
            if (!detailed) {
                wantDetail(index.row());
                return role == Qt::DisplayRole ? QVariant(tr("…")) : QVariant(-1);
            }
            if (role == Qt::DisplayRole)
                return kindLabel(row.detail->kind());
            return int(row.detail->kind());
        }
        if (role == Qt::ToolTipRole && detailed) {
            switch (row.detail->kind()) {
            case Agent::Kind::Autonomous:
                return tr("Acts as itself (client credentials)");
            case Agent::Kind::Interactive:
                return tr("Acts for a user (authorization code or CIBA)");
            case Agent::Kind::Hybrid:
                return tr("Acts as itself and for users");
            case Agent::Kind::Unknown:
                return tr("Cannot obtain tokens: no OAuth profile");
            }
        }
        break;
    case OwnerColumn:
        if (role == RawRole)
            return row.owner;
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
            if (row.owner.isEmpty())
                return role == SortRole ? QVariant(QString()) : QVariant(tr("—"));
            const QString name = m_names ? m_names->name(row.owner) : QString();
            if (role == Qt::ToolTipRole)
                return row.owner;
            if (role == SortRole)
                return (name.isEmpty() ? row.owner : name).toCaseFolded();
            return name.isEmpty() ? tr("…") : name;
        }
        break;
    case ClientIdColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return row.clientId;
        if (role == SortRole)
            return row.clientId;
        break;
    case GrantsColumn: {
        if (role != Qt::DisplayRole && role != RawRole && role != SortRole &&
            role != Qt::ToolTipRole)
            break;
        if (!detailed) {
            wantDetail(index.row());
            if (role == RawRole)
                return QStringList();
            return role == Qt::DisplayRole ? QVariant(tr("…")) : QVariant(QString());
        }
        const QStringList grants =
            detailed && row.detail->oauth ? row.detail->oauth->grantTypes : QStringList();
        if (role == RawRole)
            return grants;
        QStringList labels;
        for (const QString &g : grants)
            labels << grantLabel(g);
        if (role == Qt::ToolTipRole)
            return grants.join(u'\n');
        return labels.join(u", "_s);
    }
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return row.description;
        if (role == SortRole)
            return row.description.toCaseFolded();
        break;
    default:
        break;
    }
    return {};
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case ClientIdColumn:
        return tr("Client ID");
    case GrantsColumn:
        return tr("Grants");
    case DescriptionColumn:
        return tr("Description");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags AgentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isRowLoaded(index.row()))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList AgentsModel::mimeTypes() const
{
    return {entityMimeType()};
}

QMimeData *AgentsModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray arr;
    QSet<int> seen;
    for (const QModelIndex &i : indexes) {
        const Row *row = i.isValid() ? rowAt(i.row()) : nullptr;
        if (!row || seen.contains(i.row()))
            continue;
        seen.insert(i.row());
        const Row &r = *row;
        arr.append(QJsonObject{{u"id"_s, r.id}, {u"type"_s, u"agent"_s}, {u"display"_s, r.name}});
    }
    auto *mime = new QMimeData;
    mime->setData(entityMimeType(), QJsonDocument(arr).toJson(QJsonDocument::Compact));
    return mime;
}

const AgentsModel::Row *AgentsModel::rowAt(int row) const
{
    const auto it = m_rows.constFind(idAt(row));
    return it == m_rows.cend() ? nullptr : &*it;
}

Agent AgentsModel::agentAt(int row) const
{
    const Row *found = rowAt(row);
    if (!found)
        return {};
    const Row &r = *found;
    if (r.detail)
        return *r.detail;
    Agent a;
    a.id = r.id;
    a.name = r.name;
    a.description = r.description;
    a.clientId = r.clientId;
    a.owner = r.owner;
    return a;
}

bool AgentsModel::hasDetail(int row) const
{
    const Row *r = rowAt(row);
    return r && r->detail;
}

bool AgentsModel::upsert(const Agent &agent)
{
    const int row = rowOf(agent.id);
    if (row < 0)
        return false; // not loaded: its page, when read, brings the server's version
    m_rows.insert(agent.id, makeRow(agent, true));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void AgentsModel::addCreated(const Agent &agent)
{
    if (upsert(agent))
        return;
    if (!isLoaded())
        return; // the first page will list it
    m_rows.insert(agent.id, makeRow(agent, true));
    insertLocalRow(totalCount(), agent.id);
}

void AgentsModel::removeAgent(const QString &id)
{
    removeLocalRow(id);
}

void AgentsModel::dropRows(const QStringList &ids)
{
    for (const QString &id : ids)
        m_rows.remove(id);
}

AgentsModel::Row AgentsModel::makeRow(Agent a, bool detailed)
{
    // A list may hold 100,000 agents: a row keeps what the columns show; the full agent only
    // once its detail arrived, and then without the server's whole JSON (the editor fetches
    // the agent again before any write).
    Row row{a.id, a.name, a.description, a.effectiveClientId(), a.owner, {}};
    if (detailed) {
        a.raw = QJsonObject();
        a.attributes = QJsonObject();
        if (a.oauth) {
            a.oauth->raw = QJsonObject();
            a.oauth->clientSecret.clear();
        }
        a.ouId = m_interned.intern(a.ouId);
        a.type = m_interned.intern(a.type);
        row.detail = std::make_shared<const Agent>(std::move(a));
    }
    return row;
}

void AgentsModel::requestPage(const PageRequest &request, int ticket)
{
    m_api->listAgents(request).then(this, [this, ticket](const Result<Page<Agent>> &r) {
        deliverPage(ticket, r, [this](const Agent &a) {
            Row row = makeRow(a, false);
            // A detail already here stays (the summary has none).
            const auto it = m_rows.constFind(a.id);
            if (it != m_rows.cend())
                row.detail = it->detail;
            m_rows.insert(a.id, std::move(row));
        });
    });
}

bool AgentsModel::needsDetail(int row) const
{
    const Row *r = rowAt(row);
    return r && !r->detail;
}

void AgentsModel::requestDetail(const QString &id, int generation)
{
    m_api->getAgent(id).then(this, [this, id, generation](const Result<Agent> &r) {
        if (generation == this->generation() && r.ok()) {
            const int row = rowOf(id);
            if (row >= 0) {
                m_rows.insert(id, makeRow(r.value, true));
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        detailDone(generation, id, r.error);
    });
}

void AgentsModel::onNameResolved(const QString &id)
{
    forEachLoadedRow([this, &id](int row, const QString &agentId) {
        if (m_rows.value(agentId).owner == id)
            Q_EMIT dataChanged(index(row, OwnerColumn), index(row, OwnerColumn));
    });
}

// --- AgentFilterProxy -----------------------------------------------------------------------

AgentFilterProxy::AgentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AgentFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_agents = qobject_cast<AgentsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (AgentsModel *agents = m_agents) {
        connect(agents, &QAbstractItemModel::rowsInserted, this, [this, agents] {
            if (m_kind != Agent::Kind::Unknown)
                agents->requestAllDetails();
        });
        connect(agents, &SparseTableModel::pageLoaded, this, [this, agents] {
            if (m_kind != Agent::Kind::Unknown)
                agents->requestAllDetails();
        });
        // Sorting by the columns starts (or stops) applying.
        connect(agents, &SparseTableModel::wholeListChanged, this,
                [this] { sort(m_sortColumn, m_sortOrder); });
    }
}

void AgentFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    // Unsorted while the list is sparse: sorting would read (and so fetch) every row, and
    // even by row number it costs 100,000 comparisons for nothing.
    QSortFilterProxyModel::sort(sortsByColumns() ? column : -1, order);
}

bool AgentFilterProxy::isFiltering() const
{
    return m_kind != Agent::Kind::Unknown || !m_owner.isEmpty() || !m_text.isEmpty();
}

bool AgentFilterProxy::sortsByColumns() const
{
    return !m_agents || m_agents->holdsWholeList();
}

bool AgentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The server's order while the list is sparse: comparing the values would read (and so
    // fetch) every row.
    if (!sortsByColumns()) // either way up (the proxy swaps the sides for a descending sort)
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

void AgentFilterProxy::setAgentKind(Agent::Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    if (kind != Agent::Kind::Unknown) {
        if (auto *agents = qobject_cast<AgentsModel *>(sourceModel()))
            agents->requestAllDetails();
    }
    refresh();
}

void AgentFilterProxy::setOwner(const QString &ownerId)
{
    if (m_owner == ownerId)
        return;
    m_owner = ownerId;
    refresh();
}

void AgentFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    refresh();
}

void AgentFilterProxy::refresh()
{
    invalidateFilter();
}

bool AgentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    if (!isFiltering())
        return true;
    // A row not loaded is not matched (and not fetched: the filter would read every row).
    if (m_agents && !m_agents->isRowLoaded(sourceRow))
        return false;
    if (m_kind != Agent::Kind::Unknown) {
        // Rows whose detail has not arrived yet stay hidden until it does (dataChanged
        // re-filters them).
        const QVariant kind =
            m->index(sourceRow, AgentsModel::KindColumn, sourceParent).data(RawRole);
        if (kind.toInt() != int(m_kind))
            return false;
    }
    if (!m_owner.isEmpty() &&
        m->index(sourceRow, AgentsModel::OwnerColumn, sourceParent).data(RawRole).toString() !=
            m_owner)
        return false;
    if (!m_text.isEmpty()) {
        for (int c : {int(AgentsModel::NameColumn), int(AgentsModel::ClientIdColumn),
                      int(AgentsModel::OwnerColumn), int(AgentsModel::DescriptionColumn)}) {
            if (m->index(sourceRow, c, sourceParent)
                    .data(Qt::DisplayRole)
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace tid::core
