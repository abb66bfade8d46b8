#pragma once

#include "core/domain/EntityRef.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace tid::core {

class AdminApi;

// Display names of users, groups, applications and agents by id, looked up on demand and
// cached (owners of agents, subjects of consents). name() answers at once with what is known
// and starts a lookup otherwise; resolved() follows. An id of unknown type is tried as a user,
// then an agent, then an application.
class EntityNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityNames)

public:
    explicit EntityNames(const AdminApi *api = nullptr, QObject *parent = nullptr);

    void setApi(const AdminApi *api);
    // Empty while unknown (a lookup starts); the id itself if the lookup failed.
    QString name(const QString &id, EntityRef::Type type = EntityRef::Type::Unknown) const;
    bool isKnown(const QString &id) const { return m_names.contains(id); }
    EntityRef::Type typeOf(const QString &id) const { return m_types.value(id); }
    // Records a name we already have (e.g. from a list), so no lookup is needed.
    void remember(const QString &id, const QString &name, EntityRef::Type type);
    void clear();
    int pending() const { return int(m_pending.size()); }

Q_SIGNALS:
    void resolved(const QString &id);

private:
    void lookup(const QString &id, EntityRef::Type type, QList<EntityRef::Type> fallbacks) const;
    void finish(const QString &id, const QString &name, EntityRef::Type type) const;

    const AdminApi *m_api;
    mutable QHash<QString, QString> m_names;
    mutable QHash<QString, EntityRef::Type> m_types;
    mutable QSet<QString> m_pending;
    int m_generation = 0;
};

} // namespace tid::core
