#include "sandbox/store/Database.h"

#include "sandbox/Logging.h"
#include "sandbox/store/Sql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static QAtomicInt s_connectionCounter;

namespace {

// A process-wide number per thread (thread ids and QThread addresses may be reused).
quint64 threadKey()
{
    static std::atomic<quint64> next{1};
    thread_local const quint64 key = next.fetch_add(1, std::memory_order_relaxed);
    return key;
}

// In-memory stores of sandboxes that ended without removing them (killed, or the machine's
// power): each store folder holds a lock (QLockFile, its owner's pid) for as long as its sandbox
// runs; where that process is gone the lock is stale and the folder goes. Folders without a lock
// (an older sandbox's, or one being created this instant) and other users' (mode 0700: the lock
// cannot even be seen) are left alone.
void removeAbandonedStores(const QString &base)
{
    const QFileInfoList folders = QDir(base).entryInfoList(
        {u"thunderid-sandbox-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        const QString lockPath = folder.absoluteFilePath() + u"/owner.lock"_s;
        if (!QFileInfo::exists(lockPath))
            continue;
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0); // only a lock whose process is gone is stale
        if (!lock.tryLock(0))
            continue; // its sandbox runs
        lock.unlock();
        if (QDir(folder.absoluteFilePath()).removeRecursively())
            qCInfo(lcStore, "removed an abandoned in-memory store: %s",
                   qPrintable(folder.absoluteFilePath()));
    }
}

// `owned`: the connection belongs to the calling thread. A worker's connection is closed from
// the store's thread once the workers are done: QSqlDatabase::database() would refuse it (and
// warn), removeDatabase() closes it as its last handle goes.
void closeConnection(const QString &name, bool owned)
{
    Sql::dropStatements(name);
    if (owned) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(u"tid-sandbox-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    m_main.name = m_connectionName;
}

Database::~Database()
{
    QHash<quint64, Connection *> threads;
    {
        QMutexLocker lock(&m_lock);
        threads.swap(m_threads);
    }
    // The worker threads are done with the store by now (their owner waited for them).
    for (Connection *c : std::as_const(threads)) {
        closeConnection(c->name, false);
        delete c;
    }
    closeConnection(m_connectionName, true);
}

bool Database::configure(QSqlDatabase &db, QString *error) const
{
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    const QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = 5000"_s,
        // Pages read through a memory map: a connection's page cache is dropped whenever another
        // connection commits (every token's audit record), and reading them back by mmap costs
        // no system call.
        u"PRAGMA mmap_size = 268435456"_s,
        // Nothing of an in-memory store outlives the process: no sync at all.
        m_path.isEmpty() ? u"PRAGMA synchronous = OFF"_s
        : m_durable      ? u"PRAGMA synchronous = FULL"_s
                         : u"PRAGMA synchronous = NORMAL"_s,
    };
    try {
        Sql::exec(db, u"PRAGMA journal_mode = WAL"_s);
        for (const QString &p : pragmas)
            Sql::exec(db, p);
    } catch (const SqlError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

bool Database::open(QString *error)
{
    m_owner = QThread::currentThread();
    m_file = m_path;
    if (m_path.isEmpty()) {
        // On a RAM file system where there is one (/dev/shm), else in the temporary directory.
        const QString base =
            QFileInfo(u"/dev/shm"_s).isWritable() ? u"/dev/shm"_s : QDir::tempPath();
        m_tempDir = std::make_unique<QTemporaryDir>(base + u"/thunderid-sandbox-XXXXXX"_s);
        if (!m_tempDir->isValid()) {
            if (error)
                *error = u"cannot create a temporary directory for the in-memory store: %1"_s.arg(
                    m_tempDir->errorString());
            return false;
        }
        // Held until this store goes (before its folder): marks the folder as in use.
        m_ownerLock = std::make_unique<QLockFile>(m_tempDir->filePath(u"owner.lock"_s));
        m_ownerLock->setStaleLockTime(0);
        if (!m_ownerLock->tryLock(0))
            qCWarning(lcStore, "cannot lock the in-memory store's folder %s",
                      qPrintable(m_tempDir->path()));
        removeAbandonedStores(base);
        m_file = m_tempDir->filePath(u"store.sqlite"_s);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_file);
    if (!configure(db, error))
        return false;
    try {
        Sql::exec(db, u"CREATE TABLE IF NOT EXISTS schema_version (module TEXT PRIMARY KEY, "
                      "version INTEGER NOT NULL)"_s);
    } catch (const SqlError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

Database::Connection &Database::current() const
{
    if (QThread::currentThread() == m_owner || !m_owner)
        return m_main;
    const quint64 key = threadKey();
    QMutexLocker lock(&m_lock);
    if (Connection *c = m_threads.value(key))
        return *c;
    auto *c = new Connection{u"%1-t%2"_s.arg(m_connectionName).arg(key), 0};
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, c->name);
    QString error;
    if (!configure(db, &error))
        qCWarning(lcStore) << "cannot open a connection for a worker thread:" << error;
    m_threads.insert(key, c);
    return *c;
}

bool Database::isOwnerThread() const
{
    return !m_owner || QThread::currentThread() == m_owner;
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(current().name, false);
}

int Database::schemaVersion(const QString &module) const
{
    return Sql::scalar(db(), u"SELECT version FROM schema_version WHERE module = ?"_s, {module})
        .toInt();
}

bool Database::migrate(const QString &module, const QStringList &steps, QString *error)
{
    int step = 0;
    try {
        for (step = schemaVersion(module); step < steps.size(); ++step) {
            const bool ok = transaction([&] {
                const QStringList statements = steps.at(step).split(u";\n"_s, Qt::SkipEmptyParts);
                for (const QString &statement : statements) {
                    if (!statement.trimmed().isEmpty())
                        Sql::exec(db(), statement);
                }
                Sql::exec(db(),
                          u"INSERT INTO schema_version(module, version) VALUES(?, ?) "
                          "ON CONFLICT(module) DO UPDATE SET version = excluded.version"_s,
                          {module, step + 1});
                qCDebug(lcStore) << "migrated" << module << "to version" << step + 1;
                return true;
            });
            if (!ok) {
                if (error)
                    *error = u"%1 migration %2: the transaction did not commit"_s.arg(module).arg(
                        step + 1);
                return false;
            }
        }
    } catch (const SqlError &e) {
        if (error)
            *error = u"%1 migration %2: %3"_s.arg(module).arg(step + 1).arg(
                QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &fn)
{
    int &depth = current().txDepth;
    if (depth > 0) {
        ++depth;
        bool ok = false;
        try {
            ok = fn();
        } catch (...) { // the outermost call rolls back
            --depth;
            throw;
        }
        --depth;
        return ok;
    }
    QSqlDatabase d = db();
    const auto run = [&d](const QString &sql) { return QSqlQuery(d).exec(sql); };
    // IMMEDIATE: the write lock is taken at BEGIN (waiting, with busy_timeout, for another
    // thread's connection to commit). A deferred transaction that read first could not be
    // upgraded once another connection had written meanwhile (SQLITE_BUSY_SNAPSHOT, no retry).
    if (!run(u"BEGIN IMMEDIATE"_s))
        return false;
    ++depth;
    bool ok = false;
    try {
        ok = fn();
    } catch (...) {
        --depth;
        run(u"ROLLBACK"_s);
        if (Sql::takeTrackedWrite())
            Sql::invalidate();
        throw;
    }
    --depth;
    if (ok)
        ok = run(u"COMMIT"_s);
    if (!ok)
        run(u"ROLLBACK"_s);
    // Whatever was read while the transaction was open is forgotten once it ends.
    if (Sql::takeTrackedWrite())
        Sql::invalidate();
    return ok;
}

} // namespace tid::sandbox
