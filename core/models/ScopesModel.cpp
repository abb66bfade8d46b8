#include "core/models/ScopesModel.h"

#include "core/api/AdminApi.h"
#include "core/models/ApiReady.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

struct ScopesModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    Scope scope;
    bool isRoot = false;
    bool listsServers = false; // the root of the all-servers tree
    std::vector<std::unique_ptr<Node>> children;
    int resourceChildren = 0; // resources come first, then actions

    // Paging state of the children (root: resource servers; others: resources and actions).
    int resourcesNext = 0;
    int resourcesTotal = -1;
    int actionsNext = 0;
    int actionsTotal = -1;
    int inFlight = 0;
    bool failed = false;

    bool resourcesDone() const { return resourcesTotal >= 0 && resourcesNext >= resourcesTotal; }
    bool actionsDone() const { return actionsTotal >= 0 && actionsNext >= actionsTotal; }
    bool complete() const
    {
        if (scope.kind == NodeKind::Action && !isRoot)
            return true;
        return listsServers ? resourcesDone() : resourcesDone() && actionsDone();
    }
};

ScopesModel::ScopesModel(const AdminApi *api, QObject *parent)
    : QAbstractItemModel(parent)
    , m_api(api)
{
    resetRoot();
}

void ScopesModel::resetRoot()
{
    m_root = std::make_unique<Node>();
    m_root->isRoot = true;
    m_root->listsServers = !m_single && m_server.id.isEmpty();
    if (m_single && m_server.id.isEmpty()) {
        m_root->resourcesTotal = m_root->actionsTotal = 0; // nothing to list
    } else if (!m_server.id.isEmpty()) {
        m_root->scope.kind = NodeKind::ResourceServer;
        m_root->scope.id = m_server.id;
        m_root->scope.resourceServerId = m_server.id;
        m_root->scope.resourceServerName = m_server.name;
        m_root->scope.resourceServerIdentifier = m_server.identifier;
        m_root->scope.name = m_server.name;
        m_root->scope.path = {m_server.name};
    }
}

void ScopesModel::setSingleServer(bool single)
{
    m_single = single;
    reload();
}

void ScopesModel::setResourceServer(const ResourceServer &rs)
{
    m_server = rs;
    reload();
}

ScopesModel::~ScopesModel() = default;

void ScopesModel::reload()
{
    ++m_generation;
    const bool wasBusy = isBusy();
    beginResetModel();
    resetRoot();
    m_pending = 0;
    m_fetchAll = false;
    m_lastError = {};
    endResetModel();
    if (wasBusy)
        Q_EMIT busyChanged(false);
    if (apiReady(m_api))
        fetchMore({});
}

void ScopesModel::fetchAll()
{
    m_fetchAll = true;
    expandAll(m_root.get());
    if (m_pending == 0) {
        m_fetchAll = false;
        Q_EMIT fullyLoaded();
    }
}

void ScopesModel::expandAll(Node *node)
{
    if (nodeCanFetch(node))
        fetchMore(indexOf(node));
    for (const auto &child : node->children)
        expandAll(child.get());
}

ScopesModel::Node *ScopesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ScopesModel::indexOf(const Node *node, int column) const
{
    if (!node || node->isRoot)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ScopesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex ScopesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    return indexOf(n->parent);
}

int ScopesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ScopesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ScopesModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    if (!n->children.empty())
        return true;
    if (n->isRoot || n->scope.kind == NodeKind::Action)
        return false;
    return !n->complete(); // not listed yet: may have children (expandable)
}

bool ScopesModel::nodeCanFetch(const Node *n) const
{
    if (!apiReady(m_api) || n->failed || n->inFlight > 0)
        return false;
    if (!n->isRoot && n->scope.kind == NodeKind::Action)
        return false;
    return !n->complete();
}

bool ScopesModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return nodeCanFetch(nodeOf(parent));
}

void ScopesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = nodeOf(parent);
    if (n->listsServers) {
        fetchRootPage();
        return;
    }
    if (!n->resourcesDone())
        fetchResources(n);
    if (!n->actionsDone())
        fetchActions(n);
}

void ScopesModel::requestStarted()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ScopesModel::requestFinished(const ApiError &error)
{
    if (error.isError()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
    if (--m_pending == 0) {
        Q_EMIT busyChanged(false);
        if (m_fetchAll) {
            // Children that arrived may be expandable themselves.
            expandAll(m_root.get());
            if (m_pending == 0) {
                m_fetchAll = false;
                Q_EMIT fullyLoaded();
            }
        }
    }
}

void ScopesModel::insertChildren(Node *parent, int at, std::vector<std::unique_ptr<Node>> nodes)
{
    if (nodes.empty())
        return;
    const int n = int(nodes.size());
    beginInsertRows(indexOf(parent), at, at + n - 1);
    for (auto &node : nodes)
        node->parent = parent;
    parent->children.insert(parent->children.begin() + at, std::make_move_iterator(nodes.begin()),
                            std::make_move_iterator(nodes.end()));
    for (int i = at; i < int(parent->children.size()); ++i)
        parent->children[size_t(i)]->row = i;
    endInsertRows();
}

void ScopesModel::fetchRootPage()
{
    Node *root = m_root.get();
    ++root->inFlight;
    requestStarted();
    const int gen = m_generation;
    m_api->listResourceServers(PageRequest::window(m_pageSize, root->resourcesNext))
        .then(this, [this, gen](const Result<Page<ResourceServer>> &r) {
            if (gen != m_generation)
                return;
            Node *root = m_root.get();
            --root->inFlight;
            if (!r.ok()) {
                root->failed = true;
                requestFinished(r.error);
                return;
            }
            std::vector<std::unique_ptr<Node>> nodes;
            for (const ResourceServer &rs : r.value.items) {
                auto node = std::make_unique<Node>();
                node->scope.kind = NodeKind::ResourceServer;
                node->scope.id = rs.id;
                node->scope.resourceServerId = rs.id;
                node->scope.resourceServerName = rs.name;
                node->scope.resourceServerIdentifier = rs.identifier;
                node->scope.name = rs.name;
                node->scope.description = rs.description;
                node->scope.path = {rs.name};
                nodes.push_back(std::move(node));
            }
            root->resourcesNext += int(r.value.items.size());
            root->resourcesTotal = r.value.items.isEmpty()
                                       ? root->resourcesNext
                                       : qMax(r.value.totalResults, root->resourcesNext);
            insertChildren(root, int(root->children.size()), std::move(nodes));
            requestFinished({});
        });
}

void ScopesModel::fetchResources(Node *node)
{
    ++node->inFlight;
    requestStarted();
    const int gen = m_generation;
    const QString parentId = node->scope.kind == NodeKind::Resource ? node->scope.id : QString();
    m_api
        ->listResources(node->scope.resourceServerId, PageRequest::window(100, node->resourcesNext),
                        parentId)
        .then(this, [this, gen, node](const Result<Page<Resource>> &r) {
            if (gen != m_generation)
                return;
            --node->inFlight;
            if (!r.ok()) {
                node->failed = true;
                requestFinished(r.error);
                return;
            }
            std::vector<std::unique_ptr<Node>> nodes;
            for (const Resource &res : r.value.items) {
                auto child = std::make_unique<Node>();
                child->scope = node->scope;
                child->scope.kind = NodeKind::Resource;
                child->scope.id = res.id;
                child->scope.resourceId = res.id;
                child->scope.name = res.name;
                child->scope.handle = res.handle;
                child->scope.description = res.description;
                child->scope.permission = res.permission;
                child->scope.actionKind.clear();
                child->scope.path = node->scope.path;
                child->scope.path << res.name;
                nodes.push_back(std::move(child));
            }
            node->resourcesNext += int(r.value.items.size());
            node->resourcesTotal = r.value.items.isEmpty()
                                       ? node->resourcesNext
                                       : qMax(r.value.totalResults, node->resourcesNext);
            const int at = node->resourceChildren;
            node->resourceChildren += int(nodes.size());
            insertChildren(node, at, std::move(nodes));
            if (!node->resourcesDone()) {
                fetchResources(node); // a node's children load completely once expanded
            }
            requestFinished({});
        });
}

void ScopesModel::fetchActions(Node *node)
{
    ++node->inFlight;
    requestStarted();
    const int gen = m_generation;
    const QString resourceId = node->scope.kind == NodeKind::Resource ? node->scope.id : QString();
    m_api
        ->listActions(node->scope.resourceServerId, resourceId,
                      PageRequest::window(100, node->actionsNext))
        .then(this, [this, gen, node](const Result<Page<Action>> &r) {
            if (gen != m_generation)
                return;
            --node->inFlight;
            if (!r.ok()) {
                node->failed = true;
                requestFinished(r.error);
                return;
            }
            std::vector<std::unique_ptr<Node>> nodes;
            for (const Action &a : r.value.items) {
                auto child = std::make_unique<Node>();
                child->scope = node->scope;
                child->scope.kind = NodeKind::Action;
                child->scope.id = a.id;
                child->scope.resourceId =
                    node->scope.kind == NodeKind::Resource ? node->scope.id : QString();
                child->scope.name = a.name;
                child->scope.handle = a.handle;
                child->scope.description = a.description;
                child->scope.permission = a.permission;
                child->scope.actionKind = a.kind;
                child->scope.path = node->scope.path;
                child->scope.path << a.name;
                child->resourcesTotal = child->actionsTotal = 0; // leaves
                nodes.push_back(std::move(child));
            }
            node->actionsNext += int(r.value.items.size());
            node->actionsTotal = r.value.items.isEmpty()
                                     ? node->actionsNext
                                     : qMax(r.value.totalResults, node->actionsNext);
            insertChildren(node, int(node->children.size()), std::move(nodes));
            if (!node->actionsDone())
                fetchActions(node);
            requestFinished({});
        });
}

QString ScopesModel::kindLabel(NodeKind kind)
{
    switch (kind) {
    case NodeKind::ResourceServer:
        return tr("Resource server");
    case NodeKind::Resource:
        return tr("Resource");
    case NodeKind::Action:
        return tr("Action");
    }
    return {};
}

QVariant ScopesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    const Scope &s = n->scope;
    switch (role) {
    case IdRole:
        return s.id;
    case KindRole:
        return int(s.kind);
    case PermissionRole:
        return s.permission;
    case ResourceServerIdRole:
        return s.resourceServerId;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return s.name;
        if (role == SortRole)
            return s.name.toCaseFolded();
        if (role == Qt::ToolTipRole)
            return s.kind == NodeKind::ResourceServer
                       ? tr("Resource server %1 (%2)").arg(s.name, s.resourceServerIdentifier)
                       : tr("%1 %2").arg(kindLabel(s.kind), s.path.join(u" › "_s));
        break;
    case PermissionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return s.kind == NodeKind::ResourceServer ? s.resourceServerIdentifier : s.permission;
        if (role == RawRole || role == SortRole)
            return s.permission;
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return s.description;
        if (role == SortRole)
            return s.description.toCaseFolded();
        break;
    default:
        break;
    }
    return {};
}

QVariant ScopesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PermissionColumn:
        return tr("Permission (scope)");
    case DescriptionColumn:
        return tr("Description");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ScopesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(PermissionRole, "permission");
    names.insert(ResourceServerIdRole, "resourceServerId");
    return names;
}

ScopesModel::Scope ScopesModel::scopeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return nodeOf(index)->scope;
}

QModelIndex ScopesModel::findPermission(const QString &resourceServerId,
                                        const QString &permission) const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (!n->isRoot && n->scope.resourceServerId == resourceServerId &&
            n->scope.permission == permission && n->scope.kind != NodeKind::ResourceServer)
            return indexOf(n);
        for (const auto &c : n->children) {
            if (n->isRoot && c->scope.resourceServerId != resourceServerId)
                continue;
            stack.push_back(c.get());
        }
    }
    return {};
}

QList<ScopesModel::Scope> ScopesModel::loadedScopes() const
{
    QList<Scope> out;
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (!n->isRoot && n->scope.kind != NodeKind::ResourceServer)
            out.append(n->scope);
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return out;
}

// --- ScopeFilterProxy -----------------------------------------------------------------------

ScopeFilterProxy::ScopeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ScopeFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

void ScopeFilterProxy::setResourceServerId(const QString &id)
{
    if (m_rsId == id)
        return;
    m_rsId = id;
    invalidateFilter();
}

bool ScopeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    const QModelIndex idx = m->index(sourceRow, 0, sourceParent);
    if (!m_rsId.isEmpty() && idx.data(ResourceServerIdRole).toString() != m_rsId)
        return false;
    if (m_text.isEmpty())
        return true;
    // Recursive filtering keeps the ancestors of a match; with a resource-server filter set, a
    // non-matching server row must still pass for its children to show.
    for (int c = 0; c < ScopesModel::ColumnCount; ++c) {
        if (m->index(sourceRow, c, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tid::core
