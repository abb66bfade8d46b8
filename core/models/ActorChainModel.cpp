#include "core/models/ActorChainModel.h"

#include "core/token/ActorNameResolver.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

// Every node has at most one child, so an index's internal id is simply its position
// (0 = subject); the parent of position p is p - 1.

ActorChainModel::ActorChainModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ActorChainModel::setChain(const ActorChain &chain, const QJsonObject &payload)
{
    beginResetModel();
    m_chain = chain;
    m_grantType = payload.value(u"grant_type"_s).toString();
    m_hasToken = true;
    endResetModel();
}

void ActorChainModel::setClaims(const QJsonObject &payload)
{
    setChain(ActorChain::fromClaims(payload), payload);
}

void ActorChainModel::clear()
{
    beginResetModel();
    m_chain = ActorChain();
    m_grantType.clear();
    m_hasToken = false;
    endResetModel();
}

void ActorChainModel::setResolver(ActorNameResolver *resolver)
{
    disconnect(m_resolverConnection);
    m_resolver = resolver;
    if (resolver) {
        m_resolverConnection =
            connect(resolver, &ActorNameResolver::resolved, this, &ActorChainModel::onResolved);
    }
    if (nodeCount() > 0) {
        for (int p = 0; p < nodeCount(); ++p) {
            const QModelIndex i = indexForPosition(p);
            Q_EMIT dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
        }
    }
}

int ActorChainModel::nodeCount() const
{
    return m_hasToken ? 1 + m_chain.depth() : 0;
}

QString ActorChainModel::subOf(int position) const
{
    return position == 0 ? m_chain.subject() : m_chain.actors().at(position - 1).sub;
}

QString ActorChainModel::issOf(int position) const
{
    if (position == 0)
        return m_chain.subjectIssuer();
    const QString iss = m_chain.actors().at(position - 1).iss;
    return iss.isEmpty() ? m_chain.subjectIssuer() : iss;
}

PrincipalKind ActorChainModel::kindOf(int position) const
{
    const QString sub = subOf(position);
    if (m_resolver && !sub.isEmpty()) {
        const PrincipalKind k = m_resolver->kind(sub, issOf(position));
        if (k != PrincipalKind::Unknown)
            return k;
    }
    // Without the server's word: a client_credentials subject is the client itself.
    if (position == 0 && m_grantType == u"client_credentials"_s)
        return PrincipalKind::Agent;
    if (position > 0 && m_chain.actors().at(position - 1).claims().contains(u"client_id"_s))
        return PrincipalKind::Agent;
    return PrincipalKind::Unknown;
}

void ActorChainModel::onResolved(const QString &sub, const QString &iss)
{
    for (int p = 0; p < nodeCount(); ++p) {
        if (subOf(p) == sub && (iss.isEmpty() || issOf(p) == iss)) {
            const QModelIndex i = indexForPosition(p);
            Q_EMIT dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
        }
    }
}

QModelIndex ActorChainModel::indexForPosition(int position) const
{
    if (position < 0 || position >= nodeCount())
        return {};
    return createIndex(0, 0, quintptr(position));
}

QModelIndex ActorChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row != 0 || column < 0 || column >= ColumnCount)
        return {};
    int position = 0;
    if (parent.isValid()) {
        if (parent.column() != 0)
            return {};
        position = int(parent.internalId()) + 1;
    }
    if (position >= nodeCount())
        return {};
    return createIndex(0, column, quintptr(position));
}

QModelIndex ActorChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int position = int(child.internalId());
    if (position == 0)
        return {};
    return createIndex(0, 0, quintptr(position - 1));
}

int ActorChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return nodeCount() > 0 ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    return int(parent.internalId()) + 1 < nodeCount() ? 1 : 0;
}

int ActorChainModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActorChainModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int position = int(index.internalId());
    if (position >= nodeCount())
        return {};
    const QString sub = subOf(position);
    const QString iss = issOf(position);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            if (sub.isEmpty())
                return tr("(no sub)");
            const QString name = m_resolver ? m_resolver->displayName(sub, iss) : sub;
            return name == sub ? sub : u"%1 (%2)"_s.arg(name, sub);
        }
        case RoleColumn:
            if (position == 0)
                return m_chain.isEmpty() ? tr("Subject (no delegation)") : tr("Subject");
            if (position == 1)
                return tr("Current actor");
            return tr("Prior actor %1").arg(position - 1);
        case IssuerColumn:
            if (position > 0 && m_chain.actors().at(position - 1).iss.isEmpty())
                return tr("%1 (token issuer)").arg(iss);
            return iss;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (position == 0   ? tr("Subject: the principal the token is about")
                  : position == 1 ? tr("Current actor: the party using the token now")
                                  : tr("Prior actor: acted earlier in the delegation chain"));
        lines << tr("sub: %1").arg(sub.isEmpty() ? tr("(none)") : sub);
        lines << tr("iss: %1").arg(iss.isEmpty() ? tr("(none)") : iss);
        switch (kindOf(position)) {
        case PrincipalKind::User:
            lines << tr("Kind: user");
            break;
        case PrincipalKind::Agent:
            lines << tr("Kind: agent or application");
            break;
        case PrincipalKind::Unknown:
            lines << tr("Kind: unknown (not resolved)");
            break;
        }
        if (position > 0) {
            const QJsonObject claims = m_chain.actors().at(position - 1).claims();
            for (auto it = claims.begin(); it != claims.end(); ++it) {
                if (it.key() == u"sub"_s || it.key() == u"iss"_s)
                    continue;
                const QJsonValue v = it.value();
                const QString text =
                    v.isString() ? v.toString()
                                 : QString::fromUtf8(
                                       QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                       .mid(1)
                                       .chopped(1);
                lines << u"%1: %2"_s.arg(it.key(), text);
            }
        }
        return lines.join(u'\n');
    }
    case KindRole:
        return int(kindOf(position));
    case SubjectIdRole:
        return sub;
    case IssuerRole:
        return iss;
    case PositionRole:
        return position;
    case ClaimsRole:
        return position == 0 ? QVariantMap()
                             : m_chain.actors().at(position - 1).claims().toVariantMap();
    default:
        return {};
    }
}

QVariant ActorChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Principal");
    case RoleColumn:
        return tr("Role");
    case IssuerColumn:
        return tr("Issuer");
    default:
        return {};
    }
}

QHash<int, QByteArray> ActorChainModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(SubjectIdRole, "sub");
    names.insert(IssuerRole, "iss");
    names.insert(PositionRole, "position");
    names.insert(ClaimsRole, "claims");
    return names;
}

} // namespace tid::core
