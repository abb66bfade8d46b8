#include "ui/history/SubjectNamesProxy.h"

#include "core/token/ActorNameResolver.h"

namespace tid::ui {

SubjectNamesProxy::SubjectNamesProxy(int subjectColumn, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_column(subjectColumn)
{}

void SubjectNamesProxy::setResolver(core::ActorNameResolver *resolver, const QString &issuer)
{
    disconnect(m_connection);
    m_resolver = resolver;
    m_issuer = issuer;
    if (resolver)
        m_connection = connect(resolver, &core::ActorNameResolver::resolved, this,
                               [this](const QString &sub) { onResolved(sub); });
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, m_column), index(rowCount() - 1, m_column), {Qt::DisplayRole});
}

QVariant SubjectNamesProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() != m_column || !m_resolver || !m_resolver->hasLookup() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QIdentityProxyModel::data(index, role);
    const QString sub = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
    // "…" (not loaded yet) and empty cells stay as they are.
    if (sub.isEmpty() || sub.size() < 2)
        return QIdentityProxyModel::data(index, role);
    if (role == Qt::ToolTipRole)
        return sub;
    return m_resolver->displayName(sub, m_issuer);
}

void SubjectNamesProxy::onResolved(const QString &)
{
    // Which rows show that id is not known without reading them: repaint the column (only the
    // visible rows are asked again).
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, m_column), index(rowCount() - 1, m_column), {Qt::DisplayRole});
}

} // namespace tid::ui
