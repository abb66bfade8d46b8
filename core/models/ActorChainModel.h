#pragma once

#include "core/token/ActorChain.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace tid::core {

class ActorNameResolver;

// The delegation of a token as a tree: the subject at the root, the current actor as its child,
// each prior actor one level deeper (RFC 8693 §4.1 order). KindRole tells the view which icon to
// draw (user / agent / unknown); names come from an optional ActorNameResolver, raw ids otherwise.
class ActorChainModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorChainModel)

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        IssuerColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(PrincipalKind)
        SubjectIdRole,               // raw sub
        IssuerRole,                  // iss, or the token's iss when the actor has none
        PositionRole,                // 0 = subject, 1 = current actor, 2… = prior actors
        ClaimsRole,                  // QVariantMap of the node's other claims
    };

    explicit ActorChainModel(QObject *parent = nullptr);

    void setChain(const ActorChain &chain, const QJsonObject &payload = {});
    void setClaims(const QJsonObject &payload);
    void clear();
    void setResolver(ActorNameResolver *resolver);

    const ActorChain &chain() const { return m_chain; }
    // Number of nodes (subject + actors); 0 when no token is set.
    int nodeCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Index of the node at `position` (0 = subject) in column 0.
    QModelIndex indexForPosition(int position) const;

private:
    void onResolved(const QString &sub, const QString &iss);
    QString subOf(int position) const;
    QString issOf(int position) const;
    PrincipalKind kindOf(int position) const;

    ActorChain m_chain;
    QString m_grantType;
    bool m_hasToken = false;
    QPointer<ActorNameResolver> m_resolver;
    QMetaObject::Connection m_resolverConnection;
};

} // namespace tid::core
