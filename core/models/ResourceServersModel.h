#pragma once

#include "core/domain/ResourceServer.h"
#include "core/models/ApiReady.h"
#include "core/models/PagedRowsModel.h"

#include <QSortFilterProxyModel>

namespace tid::core {

class AdminApi;

// Resource servers (ThunderID's protected APIs), a page at a time.
class ResourceServersModel final : public PagedRowsModel<ResourceServer>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceServersModel)

public:
    enum Column
    {
        NameColumn,
        IdentifierColumn,
        TypeColumn,
        DelimiterColumn,
        DescriptionColumn,
        ColumnCount
    };
    // Typed view of ResourceServer::type.
    enum class Type
    {
        Any,
        Api,
        Mcp,
        Custom
    };

    explicit ResourceServersModel(const AdminApi *api = nullptr, QObject *parent = nullptr);

    const AdminApi *api() const { return m_api; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ResourceServer serverAt(int row) const;
    void upsert(const ResourceServer &rs);
    void removeServer(const QString &id);

    static Type typeOf(const QString &typeName);
    static QString typeName(Type type); // "API", "MCP", "CUSTOM"
    static QString typeLabel(Type type);

protected:
    bool canRequest() const override { return apiReady(m_api); }
    void requestPage(const PageRequest &request, int generation) override;
    QString idOf(const ResourceServer &rs) const override { return rs.id; }

private:
    const AdminApi *m_api;
};

class ResourceServerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceServerFilterProxy)

public:
    explicit ResourceServerFilterProxy(QObject *parent = nullptr);

    void setServerType(ResourceServersModel::Type type);
    ResourceServersModel::Type serverType() const { return m_type; }
    void setText(const QString &text);
    void setShowReadOnly(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ResourceServersModel::Type m_type = ResourceServersModel::Type::Any;
    QString m_text;
    bool m_showReadOnly = true;
};

} // namespace tid::core
