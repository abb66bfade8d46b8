#pragma once

#include "core/domain/EntityRef.h"
#include "core/token/ActorNameResolver.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace tid::core {

class AdminApi;
struct ApiError;

// Display names of users, groups, applications and agents by id, looked up on demand and
// cached (owners of agents, subjects of consents). name() answers at once with what is known
// and starts a lookup otherwise; resolved() follows. An id of unknown type is tried as a user,
// then an agent, then an application. The one principal-id -> name service of the console: it
// also answers an actor chain's ActorNameResolver (principalLookup()).
class EntityNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityNames)

public:
    explicit EntityNames(const AdminApi *api = nullptr, QObject *parent = nullptr);

    // Empty while unknown (a lookup starts); the id itself if the lookup failed.
    QString name(const QString &id, EntityRef::Type type = EntityRef::Type::Unknown) const;
    bool isKnown(const QString &id) const { return m_names.contains(id); }
    EntityRef::Type typeOf(const QString &id) const { return m_types.value(id); }
    // Records a name we already have (e.g. from a list), so no lookup is needed.
    void remember(const QString &id, const QString &name, EntityRef::Type type);
    void clear();
    int pending() const { return int(m_pending.size()); }

    // For an ActorNameResolver: a principal id is tried as an agent, then a user (by account
    // name), then an application; the first hit gives the name and the kind (user, or agent for
    // agents and applications). Ids from another issuer than `issuer` are not looked up.
    // Failures (404 everywhere, no permission, server down) leave the raw id and Unknown.
    // Answers arriving after this object is destroyed are dropped.
    ActorNameResolver::Lookup principalLookup(const QString &issuer) const;

Q_SIGNALS:
    void resolved(const QString &id);

private:
    void lookup(const QString &id, EntityRef::Type type, QList<EntityRef::Type> fallbacks) const;
    enum class UserName
    {
        Person,  // the `name` attribute where the schema has one
        Account, // User::displayName()
    };
    using Fetched = std::function<void(const QString &name, const ApiError &error)>;
    // One GET by id for `type`; `done` gets the name, or the error.
    void fetch(const QString &id, EntityRef::Type type, UserName userName, Fetched done) const;
    void principal(const QString &id, QList<EntityRef::Type> order,
                   const ActorNameResolver::Done &done) const;
    void finish(const QString &id, const QString &name, EntityRef::Type type) const;

    const AdminApi *m_api;
    mutable QHash<QString, QString> m_names;
    mutable QHash<QString, EntityRef::Type> m_types;
    mutable QSet<QString> m_pending;
    int m_generation = 0;
};

} // namespace tid::core
