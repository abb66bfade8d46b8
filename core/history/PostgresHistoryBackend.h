#pragma once

#include "core/history/SqlHistoryBackend.h"

#include <QElapsedTimer>
#include <QSet>

#include <array>
#include <memory>
#include <string_view>
#include <unordered_map>

struct pg_conn; // libpq's PGconn

namespace tid::core {

// A team's shared token history on a PostgreSQL server (Qt's QPSQL driver): the same logical
// schema and filter semantics as the local SQLite store, for many consoles at once.
//
// - Versioned migrations (`schema_version`), run by the first console under an advisory lock; a
//   schema newer than this build is refused. A role that may only read never runs DDL.
// - `events` is partitioned by month (declarative, on `ts`); a writer creates the partitions of
//   the months it inserts through `tid_history_partition()`, a SECURITY DEFINER function of the
//   schema's owner, so the importer role needs no ownership.
// - Event ids are unique across partitions through `event_ids` (the registry every writer
//   claims an id in with `INSERT … ON CONFLICT DO NOTHING RETURNING`): concurrent importers and
//   syncs never store an event twice. A batch of file lines claims its ids in one statement (an
//   array, ids in sorted order: no deadlock between two writers) and sends the rows that won
//   with COPY on the driver's own libpq connection; one transaction per batch together with its
//   meta (the audit-sync cursor, shared by every console).
// - Every value is a bound parameter; the password is given by the caller (keychain or
//   PGPASSWORD) and never appears in location() or an error.
class PostgresHistoryBackend final : public SqlHistoryBackend
{
public:
    // postgresql://user@host:port/database?sslmode=require (postgres:// too). No password: it
    // comes from the keychain or PGPASSWORD, never from a URL that ends up in shell history.
    struct Location
    {
        QString user;
        QString host;
        int port = 5432;
        QString database;
        QString sslMode; // empty: libpq's default (prefer)

        static bool isPostgres(const QString &text);
        static std::optional<Location> parse(const QString &text, QString *error = nullptr);
        QString toString() const;
    };

    PostgresHistoryBackend(const Location &location, const QString &password);
    ~PostgresHistoryBackend() override;
    PostgresHistoryBackend(const PostgresHistoryBackend &) = delete;
    PostgresHistoryBackend &operator=(const PostgresHistoryBackend &) = delete;

    bool open(QString *error) override;
    void close() override;
    QString location() const override { return m_location.toString(); }
    int schemaVersion() const override { return m_schemaVersion; }

    HistoryInsertResult insert(const QList<HistoryEvent> &events,
                               const QList<QPair<QString, QString>> &meta, QString *error) override;
    HistoryWindowIndex windowIndex(const HistoryFilter &filter, int stride,
                                   QString *error) override;
    qint64 purgeBefore(qint64 beforeNs, QString *error) override;
    // Indexes stay (other consoles query meanwhile); at the end of a large import the planner's
    // statistics are refreshed (ANALYZE; skipped with a notice for a role that does not own it).
    bool setBulkLoading(bool on, QString *error) override;

    // The migrations this build knows (version i + 1 is Migrations[i]); PostgreSQL's own
    // numbering (version 2 changed only indexes, which SQLite does not share).
    static constexpr int SchemaVersion = 3;
    // Tests: open migrating only up to `version` (an older console's schema).
    void setTargetVersion(int version) { m_targetVersion = version; }

protected:
    QString errorText(const QSqlError &error) const override;
    bool connectionReady(QString *error) override;

private:
    bool connect(QString *error);
    bool migrate(QString *error);
    bool ensureTerms(const QList<HistoryEvent> &events, QString *error);
    bool ensurePartitions(const QList<HistoryEvent> &events, QString *error);
    bool storeHasApiEvents(QString *error);
    HistoryInsertResult insertOnce(const QList<HistoryEvent> &events,
                                   const QList<QPair<QString, QString>> &meta, QString *error,
                                   bool *retry);
    bool insertRows(const QList<const HistoryEvent *> &rows, QString *error);
    // The bulk path over libpq: claims the ids of `sorted` (sorted by id) and returns the events
    // that won (an id twice in the batch: its first line); then COPYs those rows.
    bool claimIds(const QList<const HistoryEvent *> &sorted, QList<const HistoryEvent *> *won,
                  QString *error);
    enum class CopyClaim
    {
        Claimed,
        Conflict,
        Failed
    };
    // claimIds' way for a batch of new ids: one COPY under a savepoint; Conflict when an id is
    // stored already (undone; claim them the other way).
    CopyClaim copyClaims(const QList<const HistoryEvent *> &sorted, const QList<QByteArray> &ids,
                         QList<const HistoryEvent *> *won, QString *error);
    bool copyRows(const QList<const HistoryEvent *> &rows, QString *error);
    // COPY … FROM STDIN: started (the server waits for rows), then ended and its results read —
    // the first failure's text (empty: the rows are in) and its SQLSTATE in *state.
    bool startCopy(pg_conn *conn, const char *sql, QString *error) const;
    QString endCopy(pg_conn *conn, bool sent, QByteArray *state) const;
    pg_conn *nativeConnection() const;
    QString libpqError(pg_conn *conn, const void *result) const;
    void resetStatements();

    Location m_location;
    QString m_password;
    QString m_connection;
    int m_schemaVersion = 0;
    int m_targetVersion = SchemaVersion;
    QSet<int> m_months; // partitions known to exist: year * 12 + month - 1
    bool m_hasApi = false;
    bool m_copyClaims = true; // the last batch's ids were all new (claimIds)
    // The batch being inserted (ensureTerms, then copyRows): each distinct term text's id once
    // per kind, keyed by the batch's own strings; each event's slots (type, client, grant,
    // scope, subject, audience) point at those ids, nullptr where it has no such term.
    struct BatchTerms
    {
        const HistoryEvent *base = nullptr;
        std::unordered_map<std::u16string_view, qint64> ids[TermKinds];
        QList<std::array<const qint64 *, 6>> slots;
    } m_batch;
    // A session unused this long is checked with a round trip before the next statement.
    static constexpr int IdleCheckMs = 1000;
    QElapsedTimer m_lastUse;
    mutable bool m_lost = false; // the server went away: reconnect before the next statement
    mutable QString m_lastCode;  // SQLSTATE of the last error
    QString m_reconnectError;
    std::unique_ptr<QSqlQuery> m_claimOne;
    std::unique_ptr<QSqlQuery> m_insertOne;
};

} // namespace tid::core
