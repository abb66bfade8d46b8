#include "core/token/ActorNameResolver.h"

#include <QPointer>

namespace tid::core {

ActorNameResolver::ActorNameResolver(QObject *parent)
    : QObject(parent)
{}

void ActorNameResolver::setLookup(Lookup lookup)
{
    m_lookup = std::move(lookup);
    clear();
}

bool ActorNameResolver::isKnown(const QString &sub, const QString &iss) const
{
    return m_cache.contains(key(sub, iss));
}

void ActorNameResolver::request(const QString &sub, const QString &iss)
{
    if (!m_lookup || sub.isEmpty())
        return;
    const QString k = key(sub, iss);
    if (m_cache.contains(k) || m_pending.contains(k))
        return;
    m_pending.insert(k);
    QPointer<ActorNameResolver> self(this);
    const quint64 generation = m_generation;
    m_lookup(sub, iss, [self, sub, iss, generation](const Entry &entry) {
        // The resolver may be gone, or cleared since (another server): drop stale answers.
        if (!self || self->m_generation != generation)
            return;
        self->insert(sub, iss, entry);
    });
}

QString ActorNameResolver::displayName(const QString &sub, const QString &iss)
{
    const auto it = m_cache.constFind(key(sub, iss));
    if (it != m_cache.constEnd())
        return it->name.isEmpty() ? sub : it->name;
    request(sub, iss);
    // The lookup may have answered synchronously.
    const auto again = m_cache.constFind(key(sub, iss));
    if (again != m_cache.constEnd() && !again->name.isEmpty())
        return again->name;
    return sub;
}

PrincipalKind ActorNameResolver::kind(const QString &sub, const QString &iss)
{
    const auto it = m_cache.constFind(key(sub, iss));
    if (it != m_cache.constEnd())
        return it->kind;
    request(sub, iss);
    return m_cache.value(key(sub, iss)).kind;
}

void ActorNameResolver::insert(const QString &sub, const QString &iss, const Entry &entry)
{
    const QString k = key(sub, iss);
    m_pending.remove(k);
    m_cache.insert(k, entry);
    Q_EMIT resolved(sub, iss);
}

void ActorNameResolver::clear()
{
    ++m_generation;
    m_cache.clear();
    m_pending.clear();
}

} // namespace tid::core
