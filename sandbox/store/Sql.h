#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <stdexcept>

namespace tid::sandbox {

// Thrown by Sql on a failed statement. HttpServer turns it into a 500, and Database::transaction
// rolls the surrounding transaction back, so a handler never leaves half-written rows.
class SqlError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Small helpers over prepared statements. Every call throws SqlError on failure.
//
// Statement cache (issue 15): query(), scalar() and exists() prepare a statement once per
// connection (one connection per thread, Database::db()) and reuse it; preparing was about a
// third of a token request's time. A cached statement is reset as soon as its Rows go out of
// scope (no read transaction is left open), and a statement whose Rows are still alive when the
// same SQL is asked for again (a nested use) is prepared afresh for that use. exec() and page()
// still prepare each time: their QSqlQuery may be kept by the caller for as long as it likes.
class Sql final
{
public:
    // The rows of a cached statement, forward only; the statement is reset on destruction.
    class Rows
    {
    public:
        Rows(Rows &&other) noexcept;
        Rows &operator=(Rows &&) = delete;
        Rows(const Rows &) = delete;
        ~Rows();
        bool next() { return m_query->next(); }
        QVariant value(int index) const { return m_query->value(index); }
        int numRowsAffected() const { return m_query->numRowsAffected(); }

        struct Slot; // a cached statement (Sql.cpp)

    private:
        friend class Sql;
        Rows(QSqlQuery *query, std::shared_ptr<Slot> slot, std::unique_ptr<QSqlQuery> own);
        QSqlQuery *m_query = nullptr;
        std::shared_ptr<Slot> m_slot;     // the cache slot this borrows (marked busy), or null
        std::unique_ptr<QSqlQuery> m_own; // a statement of its own (nested use, no cache)
    };
    // Whether a write invalidates what Database::memo() remembers. Untracked: the audit record and
    // the secret's last_used_at stamp, which nothing remembered depends on (they are written for
    // every token; tracking them would forget everything every time).
    enum class Tracking
    {
        Tracked,
        Untracked
    };
    static Rows query(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {},
                      Tracking tracking = Tracking::Tracked);
    // A process-wide count of tracked writes: bumped after every statement that may change rows
    // (anything but SELECT, a WITH without INSERT/UPDATE/DELETE/REPLACE, PRAGMA and transaction
    // control) and again when a transaction that made one ends (Database::transaction).
    static quint64 generation();
    static void invalidate();
    // Whether this thread made a tracked write since the last call (and forgets it).
    static bool takeTrackedWrite();
    static bool isWrite(const QString &sql);
    // Drops the cached statements of a connection (before it is closed).
    static void dropStatements(const QString &connectionName);

    static QSqlQuery exec(const QSqlDatabase &db, const QString &sql,
                          const QVariantList &binds = {});
    // The same with named placeholders (":name" -> value), for a statement that uses one value
    // in several places.
    static QSqlQuery execNamed(const QSqlDatabase &db, const QString &sql,
                               const QVariantMap &binds);
    // First column of the first row, or an invalid QVariant when there is no row.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &binds = {});
    static bool exists(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
    // NULL for an empty string, the string otherwise.
    static QVariant nullable(const QString &value);
    // A JSON object as the store keeps it in a TEXT column (compact).
    static QString jsonText(const QJsonObject &object);

    // Count-then-page, the shape of every list: `total` is SELECT COUNT(*) <from>, `rows` runs
    // SELECT <columns> <from> <orderBy> LIMIT ? OFFSET ? with the same binds. `from` holds the
    // FROM clause and any WHERE (e.g. " FROM roles WHERE ou_id = ?").
    struct Page
    {
        int total = 0;
        QSqlQuery rows;
    };
    static Page page(const QSqlDatabase &db, const QString &columns, const QString &from,
                     const QString &orderBy, const QVariantList &binds, int limit, int offset);
};

} // namespace tid::sandbox
