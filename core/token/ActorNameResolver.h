#pragma once

#include "core/token/ActorChain.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace tid::core {

// Turns raw principal ids (sub, iss) into display names and kinds, caching the answers.
// The lookup is supplied by whoever knows the server (e.g. an AdminApi-backed function when the
// console is connected); it may answer at once or later through `done`. Without a lookup, or
// until it answers, ids are shown raw and the kind is Unknown.
class ActorNameResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorNameResolver)

public:
    struct Entry
    {
        QString name;
        PrincipalKind kind = PrincipalKind::Unknown;
    };
    using Done = std::function<void(const Entry &entry)>;
    using Lookup = std::function<void(const QString &sub, const QString &iss, Done done)>;

    explicit ActorNameResolver(QObject *parent = nullptr);

    void setLookup(Lookup lookup);
    bool hasLookup() const { return bool(m_lookup); }

    // Cached display name, or `sub` itself; starts one lookup per unknown id.
    QString displayName(const QString &sub, const QString &iss = {});
    PrincipalKind kind(const QString &sub, const QString &iss = {});
    bool isKnown(const QString &sub, const QString &iss = {}) const;
    void insert(const QString &sub, const QString &iss, const Entry &entry);
    void clear();

Q_SIGNALS:
    void resolved(const QString &sub, const QString &iss);

private:
    static QString key(const QString &sub, const QString &iss) { return iss + QChar(u'\n') + sub; }
    void request(const QString &sub, const QString &iss);

    Lookup m_lookup;
    QHash<QString, Entry> m_cache;
    QSet<QString> m_pending;
    quint64 m_generation = 0;
};

} // namespace tid::core
