#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace tid::ui {

// Maps ActorChainModel's KindRole to a user / agent / unknown icon in the first column.
class ActorIconProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ActorIconProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QIcon userIcon();
    static QIcon agentIcon();
    static QIcon unknownIcon();
};

} // namespace tid::ui
