#pragma once

#include "core/history/HistoryEvent.h"
#include "core/history/HistoryFilter.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace tid::core {

// Where a row sits in time order: newest first is (timeNs, rowId) descending.
struct HistoryKey
{
    qint64 timeNs = 0;
    qint64 rowId = 0;
    friend bool operator==(const HistoryKey &, const HistoryKey &) = default;
};

// The count of a filter and the key of every `stride`-th row (newest first): a table jumps to
// any row through the nearest anchor, never through OFFSET into the millions.
struct HistoryWindowIndex
{
    qint64 count = 0;
    int stride = 0;
    QList<HistoryKey> anchors; // anchors[i] = key of row i * stride
};

struct HistoryInsertResult
{
    qint64 inserted = 0;   // new rows
    qint64 duplicates = 0; // ids already stored
    qint64 merged = 0;     // joined to the other source's row of the same occurrence
    HistoryInsertResult &operator+=(const HistoryInsertResult &o)
    {
        inserted += o.inserted;
        duplicates += o.duplicates;
        merged += o.merged;
        return *this;
    }
};

struct HistoryFacetCount
{
    QString value;
    qint64 count = 0;
};

struct HistoryFacets
{
    qint64 total = 0;
    QList<HistoryFacetCount> types;
    QList<HistoryFacetCount> clients;
    QList<HistoryFacetCount> outcomes;
    QList<HistoryFacetCount> grants;
};

struct HistoryBucket
{
    qint64 startNs = 0;
    qint64 success = 0;
    qint64 failure = 0;
    qint64 inProgress = 0;
    qint64 other = 0;
    qint64 total() const { return success + failure + inProgress + other; }
};

// One delegation chain: a token issued through token exchange, followed back through
// `parentJti` to the token that started it.
struct DelegationHop
{
    qint64 rowId = 0;
    QString jti;
    QString clientId; // who obtained this token (the acting agent)
    QString subject;
    QString audience;
    QString scope;
    qint64 timeNs = 0;
    bool scopesWithinParent = true; // false: this hop holds a scope its parent did not
};

struct DelegationChain
{
    QString rootSubject;       // the user or agent the chain started from
    bool rootIsHuman = false;  // the first token was obtained for a user (not client credentials)
    QList<DelegationHop> hops; // root token first, the final token last
    QString finalAudience;
    int depth() const { return int(hops.size()) - 1; }
};

// The token history's storage. One instance is one connection and is used from one thread at a
// time (HistoryStore keeps a reader and a writer). Implementations: SQLite (local, per profile)
// and, later, PostgreSQL (a team's shared store) — same schema, same filter semantics.
class HistoryBackend
{
public:
    virtual ~HistoryBackend() = default;

    // Opens (creating or migrating the schema). A schema newer than this build knows is refused.
    virtual bool open(QString *error) = 0;
    virtual void close() = 0;
    virtual QString location() const = 0; // a path or a connection description, no password
    virtual int schemaVersion() const = 0;
    static constexpr int CurrentSchemaVersion = 1;

    // Stores events in one transaction, together with `meta` (e.g. a sync cursor) so that the
    // two are durable together. Existing ids are counted as duplicates; a file event and an API
    // event of the same occurrence are merged.
    virtual HistoryInsertResult insert(const QList<HistoryEvent> &events,
                                       const QList<QPair<QString, QString>> &meta,
                                       QString *error) = 0;
    virtual std::optional<QString> meta(const QString &key, QString *error = nullptr) = 0;
    virtual bool setMeta(const QString &key, const QString &value, QString *error = nullptr) = 0;

    virtual qint64 count(const HistoryFilter &filter, QString *error) = 0;
    // Up to `limit` events matching `filter`, newest first starting at `from` (inclusive) when
    // given; oldest first when `ascending` (then `from` is the first key, inclusive).
    virtual QList<HistoryEvent> page(const HistoryFilter &filter,
                                     const std::optional<HistoryKey> &from, int limit,
                                     bool ascending, QString *error) = 0;
    virtual HistoryWindowIndex windowIndex(const HistoryFilter &filter, int stride,
                                           QString *error) = 0;
    virtual HistoryFacets facets(const HistoryFilter &filter, int topN, QString *error) = 0;
    // Buckets of `bucketNs` over [fromNs, toNs) (0: the filter's own range / the data's).
    virtual QList<HistoryBucket> timeline(const HistoryFilter &filter, qint64 bucketNs,
                                          QString *error) = 0;
    // The data's first and last instants under `filter` (0, 0 when empty).
    virtual QPair<qint64, qint64> timeRange(const HistoryFilter &filter, QString *error) = 0;
    virtual std::optional<HistoryEvent> event(qint64 rowId, QString *error) = 0;
    // Events linked to `event`: the same trace, its parent token (parentJti), the tokens
    // exchanged from it, its revocation. Oldest first, `event` itself excluded.
    virtual QList<HistoryEvent> linked(const HistoryEvent &event, int limit, QString *error) = 0;
    // Delegation chains whose final token matches `filter` (newest first).
    virtual QList<DelegationChain> chains(const HistoryFilter &filter, int limit,
                                          QString *error) = 0;
    // Distinct values of a field starting with `prefix` (completion), most frequent first.
    virtual QStringList values(HistoryFilter::Field field, const QString &prefix, int limit,
                               QString *error) = 0;
    // A large import into this store is starting (true) or has ended (false). A backend may
    // defer index maintenance meanwhile (SQLite builds its secondary indexes once at the end,
    // several times faster than row by row); queries stay correct, only slower, until it ends.
    virtual bool setBulkLoading(bool on, QString *error)
    {
        Q_UNUSED(on)
        Q_UNUSED(error)
        return true;
    }
    // Whether the store keeps `raw` compact (RawCodec): the importer then encodes it on its
    // parse thread (HistoryEvent::packed), off the writer's.
    virtual bool packsRaw() const { return false; }
    // Deletes events older than `beforeNs`; returns how many.
    virtual qint64 purgeBefore(qint64 beforeNs, QString *error) = 0;
    // Calls `sink` with batches of matching events, oldest first, until it returns false.
    virtual bool forEach(const HistoryFilter &filter, int batchSize,
                         const std::function<bool(const QList<HistoryEvent> &)> &sink,
                         QString *error) = 0;
};

} // namespace tid::core
