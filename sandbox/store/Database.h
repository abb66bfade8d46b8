#pragma once

#include "sandbox/store/Sql.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <any>
#include <functional>
#include <memory>

class QLockFile;
class QTemporaryDir;
class QThread;

namespace tid::sandbox {

// The sandbox's SQLite store: WAL, foreign keys, and forward-only migrations tracked per module
// in `schema_version(module, version)` so that each module (admin, oauth, ciba, audit, ...) owns
// its own tables without a shared migration list.
//
// One connection per thread (issue 15): the thread that opened the store uses the main
// connection; any other thread that calls db() gets a connection of its own to the same file,
// opened on first use and closed with the store (worker threads that serve token requests).
// An in-memory store is a file in a private temporary directory (0700, removed with the store,
// synchronous = OFF) rather than SQLite's ":memory:", which one connection alone can see.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // path empty => in-memory database.
    explicit Database(const QString &path);
    ~Database();

    // synchronous = FULL instead of NORMAL (a --data store): every commit is on the disk before
    // it returns, so a committed audit record survives a power loss too, not only a crash of the
    // sandbox. Call before open().
    void setDurable(bool durable) { m_durable = durable; }
    bool open(QString *error);
    // The calling thread's connection (see above).
    QSqlDatabase db() const;
    // Whether the calling thread is the one that opened the store (the event loop's).
    bool isOwnerThread() const;
    // Whether the calling thread's connection is inside transaction().
    bool inTransaction() const { return current().txDepth > 0; }
    bool isInMemory() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }

    // Applies steps[currentVersion..] for `module`, each in its own transaction. A step may hold
    // several statements separated by ";\n".
    bool migrate(const QString &module, const QStringList &steps, QString *error);
    int schemaVersion(const QString &module) const;

    // Runs fn inside a transaction; commits when it returns true, rolls back otherwise.
    // Nested calls join the outer transaction.
    bool transaction(const std::function<bool()> &fn);

    // What a token request reads on every call (a client, its secrets' hashes, a resource server,
    // permissions) remembered until the next tracked write anywhere in the process
    // (Sql::generation): `load` runs on a miss, or when anything was written since the value was
    // loaded. Any thread. Values are copied out; at most MaxMemo keys are kept. Every write of
    // the sandbox goes through Sql (or Database::transaction); code that writes past it (a test
    // with a QSqlQuery of its own) calls Sql::invalidate().
    template<typename T> T memo(const QString &key, const std::function<T()> &load) const
    {
        const quint64 generation = Sql::generation(); // before loading: a write meanwhile wins
        {
            QMutexLocker lock(&m_memoLock);
            const auto it = m_memo.constFind(key);
            if (it != m_memo.cend() && it->generation == generation)
                return std::any_cast<T>(it->value);
        }
        T value = load();
        QMutexLocker lock(&m_memoLock);
        if (m_memo.size() >= MaxMemo)
            m_memo.clear();
        m_memo.insert(key, MemoEntry{generation, value});
        return value;
    }
    static constexpr qsizetype MaxMemo = 20000;

private:
    struct Connection
    {
        QString name;
        int txDepth = 0;
    };
    Connection &current() const;
    bool configure(QSqlDatabase &db, QString *error) const;

    QString m_path;
    QString m_file; // the SQLite file: m_path, or one in m_tempDir
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QLockFile> m_ownerLock; // in m_tempDir; released before the folder goes
    QString m_connectionName;
    QThread *m_owner = nullptr;
    bool m_durable = false;
    mutable Connection m_main;
    mutable QMutex m_lock; // m_threads
    mutable QHash<quint64, Connection *> m_threads;
    struct MemoEntry
    {
        quint64 generation = 0;
        std::any value;
    };
    mutable QMutex m_memoLock;
    mutable QHash<QString, MemoEntry> m_memo;
};

} // namespace tid::sandbox
