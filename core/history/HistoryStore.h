#pragma once

#include "core/history/HistoryBackend.h"
#include "core/history/HistoryImporter.h"

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace tid::core {

template<typename T> struct HistoryResult
{
    T value{};
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// A long job on the store (import, export): progress and cancellation, reported on the thread
// that created it. Deleted by its owner after finished().
class HistoryTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTask)

public:
    explicit HistoryTask(QObject *parent = nullptr);
    ~HistoryTask() override;
    void cancel() { *m_cancelled = true; }
    bool isCancelled() const { return *m_cancelled; }
    // Shared with the worker, which stops at its next batch once it is set (also when the task
    // is deleted).
    std::shared_ptr<std::atomic<bool>> cancelFlag() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    // Set before finished(): what the job did (an ImportReport, an export's summary).
    QString error() const { return m_error; }
    ImportReport importReport() const { return m_report; }
    qint64 exported() const { return m_exported; }

    // Called on the task's thread (the store queues them there from its workers).
    void reportProgress(qint64 done, qint64 total) { Q_EMIT progress(done, total); }
    void finish(const QString &error, const ImportReport &report = {}, qint64 exported = 0);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_finished = false;
    QString m_error;
    ImportReport m_report;
    qint64 m_exported = 0;
};

// The token history for one connection profile, asynchronous: a writer and two reader threads
// (the table's pages; facets, timeline and chains), each with its own HistoryBackend connection
// (WAL lets the readers go on while the writer imports). Every call returns a QFuture resolved on
// the worker; continue on the GUI thread with `future.then(context, …)`. The GUI thread never waits
// on SQL.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    using Factory = std::function<std::unique_ptr<HistoryBackend>()>;

    explicit HistoryStore(Factory factory, QObject *parent = nullptr);
    ~HistoryStore() override;

    // A local SQLite store at `path` (created with its folder when missing).
    static HistoryStore *openSqlite(const QString &path, QObject *parent = nullptr);
    // A team's store on a PostgreSQL server: `location` is postgresql://user@host:port/db
    // (?sslmode=…), the password from the caller (the keychain, PGPASSWORD) and kept only in
    // memory. nullptr with `error` when the location is not one.
    static HistoryStore *openPostgres(const QString &location, const QString &password,
                                      QObject *parent = nullptr, QString *error = nullptr);
    // openPostgres() for a postgresql:// location, openSqlite() for anything else (a path).
    static HistoryStore *openLocation(const QString &location, const QString &password,
                                      QObject *parent = nullptr, QString *error = nullptr);
    static bool isPostgresLocation(const QString &location);
    // Whether `location` is a PostgreSQL location openPostgres() accepts (the message if not).
    static bool checkPostgresLocation(const QString &location, QString *error);
    // <AppDataLocation>/history/<profile>.sqlite; "sandbox" for the embedded sandbox.
    static QString defaultPath(const QString &profileName);
    // Deletes a closed SQLite store with its -wal, -shm and -journal files (a server that forgot
    // everything, e.g. an in-memory sandbox). False with `error` when a file stays.
    static bool removeSqlite(const QString &path, QString *error = nullptr);

    QString location() const { return m_location; }

    // Opens both connections (the writer first: it creates or migrates the schema).
    QFuture<HistoryResult<bool>> open();
    bool isOpen() const { return m_open; }

    QFuture<HistoryResult<HistoryInsertResult>>
    insert(const QList<HistoryEvent> &events, const QList<QPair<QString, QString>> &meta = {});
    QFuture<HistoryResult<std::optional<QString>>> meta(const QString &key);
    QFuture<HistoryResult<qint64>> count(const HistoryFilter &filter);
    QFuture<HistoryResult<QList<HistoryEvent>>> page(const HistoryFilter &filter,
                                                     const std::optional<HistoryKey> &from,
                                                     int limit, bool ascending = false);
    QFuture<HistoryResult<HistoryWindowIndex>> windowIndex(const HistoryFilter &filter, int stride);
    QFuture<HistoryResult<HistoryFacets>> facets(const HistoryFilter &filter, int topN = 12);
    QFuture<HistoryResult<QList<HistoryBucket>>> timeline(const HistoryFilter &filter,
                                                          qint64 bucketNs);
    QFuture<HistoryResult<QPair<qint64, qint64>>> timeRange(const HistoryFilter &filter);
    QFuture<HistoryResult<std::optional<HistoryEvent>>> event(qint64 rowId);
    QFuture<HistoryResult<QList<HistoryEvent>>> linked(const HistoryEvent &event, int limit = 200);
    QFuture<HistoryResult<QList<DelegationChain>>> chains(const HistoryFilter &filter,
                                                          int limit = 500);
    QFuture<HistoryResult<QStringList>> values(HistoryFilter::Field field, const QString &prefix,
                                               int limit = 50);
    // Retention: deletes events older than `days` days (0 = keep forever: does nothing).
    QFuture<HistoryResult<qint64>> applyRetention(int days);

    // Imports files or folders (ThunderID observability files, .gz too) on the writer thread.
    // The task reports bytes read / total and finishes with an ImportReport.
    HistoryTask *importPaths(const QStringList &paths, QObject *parent = nullptr);
    enum class ExportFormat
    {
        Csv,
        JsonLines,
    };
    // Streams the filter's events (oldest first) to `path` and writes `path`.sha256 beside it.
    // Cancelled or failed: neither file is left behind.
    HistoryTask *exportTo(const HistoryFilter &filter, const QString &path, ExportFormat format,
                          QObject *parent = nullptr);

    // Runs `job` on the reader (or writer) thread with that thread's backend.
    template<typename T>
    QFuture<HistoryResult<T>> read(std::function<T(HistoryBackend &, QString *)> job)
    {
        return run<T>(m_reader, std::move(job), false);
    }
    // Facets, timeline, chains and completions: a second reader, so that the table's pages
    // never wait behind them.
    template<typename T>
    QFuture<HistoryResult<T>> analyze(std::function<T(HistoryBackend &, QString *)> job)
    {
        return run<T>(m_analytics, std::move(job), false);
    }
    template<typename T>
    QFuture<HistoryResult<T>> write(std::function<T(HistoryBackend &, QString *)> job)
    {
        return run<T>(m_writer, std::move(job), true);
    }

Q_SIGNALS:
    // Something was stored (import, sync, follow) or removed: views re-query.
    void changed();

private:
    // One thread and the backend only that thread touches (created there on first use).
    struct Worker
    {
        QThreadPool pool;
        std::unique_ptr<HistoryBackend> backend;
        Factory factory;
        QString openError;
        bool opened = false;
    };
    template<typename T>
    QFuture<HistoryResult<T>> run(const std::shared_ptr<Worker> &worker,
                                  std::function<T(HistoryBackend &, QString *)> job, bool writes)
    {
        QPointer<HistoryStore> self(this);
        return QtConcurrent::run(&worker->pool, [worker, job = std::move(job), writes, self] {
            HistoryResult<T> result;
            if (!worker->opened) {
                result.error = worker->openError.isEmpty()
                                   ? QStringLiteral("the history store is not open")
                                   : worker->openError;
                return result;
            }
            result.value = job(*worker->backend, &result.error);
            if (writes && result.ok() && self)
                QMetaObject::invokeMethod(self.data(), &HistoryStore::changed,
                                          Qt::QueuedConnection);
            return result;
        });
    }

    // From a worker: runs `fn` on the GUI thread if the task still exists then.
    void post(const QPointer<HistoryTask> &task, std::function<void(HistoryTask *)> fn);

    Factory m_factory;
    QString m_location;
    std::shared_ptr<Worker> m_writer;
    std::shared_ptr<Worker> m_reader;
    std::shared_ptr<Worker> m_analytics;
    bool m_open = false;
};

} // namespace tid::core
