#include "core/models/EntityNames.h"

#include "core/api/AdminApi.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

EntityNames::EntityNames(const AdminApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QString EntityNames::name(const QString &id, EntityRef::Type type) const
{
    if (id.isEmpty())
        return {};
    const auto it = m_names.constFind(id);
    if (it != m_names.constEnd())
        return *it;
    if (!m_api || m_pending.contains(id))
        return {};
    m_pending.insert(id);
    QList<EntityRef::Type> order;
    if (type == EntityRef::Type::Unknown)
        order = {EntityRef::Type::User, EntityRef::Type::Agent, EntityRef::Type::App};
    else
        order = {type};
    const EntityRef::Type first = order.takeFirst();
    lookup(id, first, order);
    return {};
}

void EntityNames::remember(const QString &id, const QString &name, EntityRef::Type type)
{
    if (id.isEmpty() || name.isEmpty())
        return;
    const bool changed = m_names.value(id) != name;
    m_names.insert(id, name);
    m_types.insert(id, type);
    if (changed)
        Q_EMIT resolved(id);
}

void EntityNames::clear()
{
    ++m_generation;
    m_names.clear();
    m_types.clear();
    m_pending.clear();
}

void EntityNames::lookup(const QString &id, EntityRef::Type type,
                         QList<EntityRef::Type> fallbacks) const
{
    const int gen = m_generation;
    auto next = [this, id, gen, fallbacks](const ApiError &error) {
        if (gen != m_generation)
            return;
        if (error.isNotFound() && !fallbacks.isEmpty()) {
            QList<EntityRef::Type> rest = fallbacks;
            const EntityRef::Type t = rest.takeFirst();
            lookup(id, t, rest);
            return;
        }
        finish(id, id, EntityRef::Type::Unknown); // show the id rather than nothing
    };
    fetch(id, type, UserName::Person,
          [this, id, type, gen, next](const QString &name, const ApiError &error) {
              if (gen != m_generation)
                  return;
              if (error.isError())
                  next(error);
              else
                  finish(id, name, type);
          });
}

void EntityNames::fetch(const QString &id, EntityRef::Type type, UserName userName,
                        Fetched done) const
{
    const auto answer = [done](const auto &r, const QString &name) {
        done(r.ok() ? name : QString(), r.error);
    };
    switch (type) {
    case EntityRef::Type::User:
        m_api->getUser(id).then(this, [answer, userName](const Result<User> &r) {
            // A person's name reads better than a username where the schema has one.
            const QString person = r.value.attributes.value("name"_L1).toString();
            answer(r, userName == UserName::Person && !person.isEmpty() ? person
                                                                        : r.value.displayName());
        });
        break;
    case EntityRef::Type::Agent:
        m_api->getAgent(id).then(this,
                                 [answer](const Result<Agent> &r) { answer(r, r.value.name); });
        break;
    case EntityRef::Type::App:
        m_api->getApplication(id).then(
            this, [answer](const Result<Application> &r) { answer(r, r.value.name); });
        break;
    case EntityRef::Type::Group:
        m_api->getGroup(id).then(this,
                                 [answer](const Result<Group> &r) { answer(r, r.value.name); });
        break;
    case EntityRef::Type::Unknown:
        done(id, {});
        break;
    }
}

ActorNameResolver::Lookup EntityNames::principalLookup(const QString &issuer) const
{
    QPointer<const EntityNames> self(this);
    return [self, issuer](const QString &sub, const QString &iss, ActorNameResolver::Done done) {
        if (!self || !self->m_api || (!iss.isEmpty() && !issuer.isEmpty() && iss != issuer)) {
            done({});
            return;
        }
        self->principal(sub, {EntityRef::Type::Agent, EntityRef::Type::User, EntityRef::Type::App},
                        done);
    };
}

void EntityNames::principal(const QString &id, QList<EntityRef::Type> order,
                            const ActorNameResolver::Done &done) const
{
    const EntityRef::Type type = order.takeFirst();
    fetch(id, type, UserName::Account,
          [this, id, type, order, done](const QString &name, const ApiError &error) {
              if (!error.isError()) {
                  done({name, type == EntityRef::Type::User ? PrincipalKind::User
                                                            : PrincipalKind::Agent});
                  return;
              }
              if (!error.isNotFound() || order.isEmpty()) {
                  done({});
                  return;
              }
              principal(id, order, done);
          });
}

void EntityNames::finish(const QString &id, const QString &name, EntityRef::Type type) const
{
    m_pending.remove(id);
    m_names.insert(id, name.isEmpty() ? id : name);
    m_types.insert(id, type);
    Q_EMIT const_cast<EntityNames *>(this)->resolved(id);
}

} // namespace tid::core
