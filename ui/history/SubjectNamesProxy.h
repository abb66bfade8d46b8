#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

namespace tid::core {
class ActorNameResolver;
}

namespace tid::ui {

// Shows the history table's subjects by name (a user's id becomes "samuel.osei") through the
// connected server's ActorNameResolver; the raw id stays in the tooltip and in EditRole. Rows
// are the source's rows one for one.
class SubjectNamesProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit SubjectNamesProxy(int subjectColumn, QObject *parent = nullptr);

    void setResolver(core::ActorNameResolver *resolver, const QString &issuer);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onResolved(const QString &sub);

    int m_column;
    QPointer<core::ActorNameResolver> m_resolver;
    QString m_issuer;
    QMetaObject::Connection m_connection;
};

} // namespace tid::ui
