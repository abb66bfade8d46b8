#pragma once

#include "core/domain/Agent.h"
#include "core/models/ApiReady.h"
#include "core/models/EntityNames.h"
#include "core/models/SparseTableModel.h"

#include <QPointer>
#include <QSet>

#include <QSortFilterProxyModel>
#include <memory>

namespace tid::core {

class AdminApi;

// A row of AgentsModel: what the columns show; the full agent once its detail arrived.
struct AgentListRow
{
    QString id;
    QString name;
    QString description;
    QString clientId;
    QString owner;
    std::shared_ptr<const Agent> detail; // once GET /agents/{id} answered
};

// Agents, as sparse pages: a server may hold 100,000 of them, and only the pages a view shows are
// fetched and kept (SparseTableModel). The list summary has no OAuth profile, so the kind
// (autonomous / interactive / hybrid, from the grant types) and the grants come from each
// agent's detail, loaded when a view first shows those columns. The owner's name comes from
// EntityNames.
class AgentsModel final : public SparseTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        OwnerColumn,
        ClientIdColumn,
        GrantsColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit AgentsModel(const AdminApi *api = nullptr, QObject *parent = nullptr);
    ~AgentsModel() override;

    const AdminApi *api() const { return m_api; }
    // Optional shared name cache (the model makes its own otherwise).
    void setEntityNames(EntityNames *names);
    EntityNames *entityNames() const { return m_names; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // The agent of a row; an empty one (no id) for a row not loaded.
    Agent agentAt(int row) const;
    bool hasDetail(int row) const;
    // After an update elsewhere: the loaded row of this agent shows it (false: not loaded).
    bool upsert(const Agent &agent);
    // After a create: the new agent, where the server lists it (last).
    void addCreated(const Agent &agent);
    void removeAgent(const QString &id);

    static QString kindLabel(Agent::Kind kind);
    static QString grantLabel(const QString &grantType);
    // MIME type of dragged agents: a JSON array of {id, type:"agent", display}.
    static QString entityMimeType();

protected:
    bool canRequest() const override { return apiReady(m_api); }
    void requestPage(const PageRequest &request, int ticket) override;
    void dropRows(const QStringList &ids) override;
    void clearRows() override { m_rows.clear(); }
    bool needsDetail(int row) const override;
    void requestDetail(const QString &id, int generation) override;

private:
    using Row = AgentListRow;
    // Shares the text of values most rows repeat (organization unit, agent type).
    class Interned
    {
    public:
        QString intern(const QString &s)
        {
            if (s.isEmpty())
                return s;
            const auto it = m_set.constFind(s);
            if (it != m_set.constEnd())
                return *it;
            m_set.insert(s);
            return s;
        }

    private:
        QSet<QString> m_set;
    };
    Row makeRow(Agent a, bool detailed);
    void onNameResolved(const QString &id);
    const Row *rowAt(int row) const;

    const AdminApi *m_api;
    QHash<QString, Row> m_rows; // the loaded rows, by id
    QPointer<EntityNames> m_names;
    Interned m_interned;
};

// Typed filter and sort over AgentsModel: kind, owner and free text (name, client id, owner,
// description). Filtering by kind asks the model for every loaded row's detail. While the
// model does not hold the whole list, rows keep the server's order (sorting would read every
// row) and a filter looks only at the loaded rows (the others are hidden, not fetched).
class AgentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentFilterProxy)

public:
    explicit AgentFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Remembered; applied while the model holds the whole list (else the server's order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Agent::Kind::Unknown: every kind.
    void setAgentKind(Agent::Kind kind);
    Agent::Kind agentKind() const { return m_kind; }
    void setOwner(const QString &ownerId);
    void setText(const QString &text);
    QString text() const { return m_text; }

    // A filter is set (text, kind or owner).
    bool isFiltering() const;
    // Sorting by the columns applies (the model holds the whole list).
    bool sortsByColumns() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refresh();

    QPointer<AgentsModel> m_agents;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Agent::Kind m_kind = Agent::Kind::Unknown;
    QString m_owner;
    QString m_text;
};

} // namespace tid::core
