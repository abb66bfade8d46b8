#include "core/models/EntityNames.h"

#include "core/api/AdminApi.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

EntityNames::EntityNames(const AdminApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void EntityNames::setApi(const AdminApi *api)
{
    m_api = api;
    clear();
}

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
    switch (type) {
    case EntityRef::Type::User:
        m_api->getUser(id).then(this, [this, id, gen, next](const Result<User> &r) {
            if (gen != m_generation)
                return;
            if (r.ok()) {
                // A person's name reads better than a username where the schema has one.
                const QString name = r.value.attributes.value("name"_L1).toString();
                finish(id, name.isEmpty() ? r.value.displayName() : name, EntityRef::Type::User);
            } else
                next(r.error);
        });
        break;
    case EntityRef::Type::Agent:
        m_api->getAgent(id).then(this, [this, id, gen, next](const Result<Agent> &r) {
            if (gen != m_generation)
                return;
            if (r.ok())
                finish(id, r.value.name, EntityRef::Type::Agent);
            else
                next(r.error);
        });
        break;
    case EntityRef::Type::App:
        m_api->getApplication(id).then(this, [this, id, gen, next](const Result<Application> &r) {
            if (gen != m_generation)
                return;
            if (r.ok())
                finish(id, r.value.name, EntityRef::Type::App);
            else
                next(r.error);
        });
        break;
    case EntityRef::Type::Group:
        m_api->getGroup(id).then(this, [this, id, gen, next](const Result<Group> &r) {
            if (gen != m_generation)
                return;
            if (r.ok())
                finish(id, r.value.name, EntityRef::Type::Group);
            else
                next(r.error);
        });
        break;
    case EntityRef::Type::Unknown:
        finish(id, id, EntityRef::Type::Unknown);
        break;
    }
}

void EntityNames::finish(const QString &id, const QString &name, EntityRef::Type type) const
{
    m_pending.remove(id);
    m_names.insert(id, name.isEmpty() ? id : name);
    m_types.insert(id, type);
    Q_EMIT const_cast<EntityNames *>(this)->resolved(id);
}

} // namespace tid::core
