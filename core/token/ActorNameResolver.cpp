#include "core/token/ActorNameResolver.h"

#include "core/token/ChainPolicy.h"

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

// Declared with PolicyEvidence (ChainPolicy.h) but defined here, so that ChainPolicy itself
// needs no QObject (the fuzz targets build it without moc).
PolicyEvidence::PrincipalLookup PolicyEvidence::fromResolver(ActorNameResolver *resolver,
                                                             const QString &source)
{
    QPointer<ActorNameResolver> r(resolver);
    return [r, source](const QString &sub, const QString &iss) {
        PrincipalAnswer a;
        a.source = source;
        if (!r || !r->hasLookup())
            return a;
        a.kind = r->kind(sub, iss); // starts the lookup when needed
        a.state = r->isKnown(sub, iss) ? PrincipalAnswer::State::Answered
                                       : PrincipalAnswer::State::Pending;
        return a;
    };
}

} // namespace tid::core
