#pragma once

#include "core/api/ApiError.h"
#include "core/domain/ResourceServer.h"
#include "core/models/ModelRoles.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace tid::core {

class AdminApi;

// Every scope across all resource servers as a tree: resource server → resource (nested by
// parent) → action, each resource and action with its full permission string (derived by the
// server from the handles and the server's delimiter). Lazy: resource servers arrive a page at
// a time at the root; a node's resources and actions are listed when it is expanded
// (canFetchMore/fetchMore), all their pages in a row.
class ScopesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopesModel)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum Column
    {
        NameColumn,
        PermissionColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum class NodeKind
    {
        ResourceServer,
        Resource,
        Action
    };
    Q_ENUM(NodeKind)

    struct Scope
    {
        NodeKind kind = NodeKind::ResourceServer;
        QString id;
        QString resourceServerId;
        QString resourceServerName;
        QString resourceServerIdentifier;
        QString resourceId; // resources: own id; actions: the resource listing it (empty: server)
        QString name;
        QString handle;
        QString description;
        QString permission; // empty for resource servers
        QString actionKind; // MCP tool/resource for actions
        QStringList path;   // names from the resource server down to this node
    };

    explicit ScopesModel(const AdminApi *api = nullptr, QObject *parent = nullptr);
    ~ScopesModel() override;

    // Single-server mode: the root lists this server's resources and actions (the resource
    // server editor). An empty id returns to the all-servers tree.
    void setResourceServer(const ResourceServer &rs);
    // Single-server mode without a server shows nothing (instead of every server).
    void setSingleServer(bool single);
    QString resourceServerId() const { return m_server.id; }
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }

    bool isBusy() const { return m_pending > 0; }
    ApiError lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    Scope scopeAt(const QModelIndex &index) const;
    // The node with this permission string on this resource server, if loaded.
    QModelIndex findPermission(const QString &resourceServerId, const QString &permission) const;
    // Every loaded resource/action permission (not resource servers).
    QList<Scope> loadedScopes() const;

    static QString kindLabel(NodeKind kind);

public Q_SLOTS:
    void reload();
    // Loads the whole tree (every page of every level); fullyLoaded() follows.
    void fetchAll();

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorOccurred(const tid::core::ApiError &error);
    void fullyLoaded();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void fetchRootPage();
    void fetchResources(Node *node);
    void fetchActions(Node *node);
    void insertChildren(Node *parent, int at, std::vector<std::unique_ptr<Node>> nodes);
    void requestStarted();
    void requestFinished(const ApiError &error);
    void expandAll(Node *node);
    void resetRoot();
    bool nodeCanFetch(const Node *node) const;

    const AdminApi *m_api;
    std::unique_ptr<Node> m_root;
    int m_pageSize = 50;
    int m_generation = 0;
    int m_pending = 0;
    bool m_fetchAll = false;
    ApiError m_lastError;
    ResourceServer m_server; // single-server mode when id is set
    bool m_single = false;
};

// Typed filter over ScopesModel: free text (name, permission, description), one resource
// server, and which node kinds to show. Parents of matching nodes stay visible.
class ScopeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeFilterProxy)

public:
    explicit ScopeFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setResourceServerId(const QString &id); // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_rsId;
};

} // namespace tid::core
