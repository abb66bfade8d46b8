#include "core/history/HistoryStore.h"

#include "core/history/PostgresHistoryBackend.h"
#include "core/history/SqliteHistoryBackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

HistoryTask::HistoryTask(QObject *parent)
    : QObject(parent)
{}

HistoryTask::~HistoryTask()
{
    *m_cancelled = true;
}

void HistoryTask::finish(const QString &error, const ImportReport &report, qint64 exported)
{
    m_error = error;
    m_report = report;
    m_exported = exported;
    m_finished = true;
    Q_EMIT finished();
}

void HistoryStore::post(const QPointer<HistoryTask> &task, std::function<void(HistoryTask *)> fn)
{
    // The store outlives its workers (its destructor waits for them), so posting to it is safe.
    QMetaObject::invokeMethod(
        this,
        [task, fn = std::move(fn)] {
            if (task)
                fn(task.data());
        },
        Qt::QueuedConnection);
}

HistoryStore::HistoryStore(Factory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_writer(std::make_shared<Worker>())
    , m_reader(std::make_shared<Worker>())
    , m_analytics(std::make_shared<Worker>())
{
    for (const auto &w : {m_writer, m_reader, m_analytics}) {
        w->pool.setMaxThreadCount(1);
        w->pool.setExpiryTimeout(-1); // one thread for the connection's whole life
        w->factory = m_factory;
    }
}

HistoryStore::~HistoryStore()
{
    // Close each connection on its own thread, then let the pools finish.
    for (const auto &w : {m_writer, m_reader, m_analytics}) {
        w->pool.start([w] { w->backend.reset(); });
        w->pool.waitForDone();
    }
}

HistoryStore *HistoryStore::openSqlite(const QString &path, QObject *parent)
{
    auto *store =
        new HistoryStore([path] { return std::make_unique<SqliteHistoryBackend>(path); }, parent);
    store->m_location = path;
    return store;
}

HistoryStore *HistoryStore::openPostgres(const QString &location, const QString &password,
                                         QObject *parent, QString *error)
{
    const auto parsed = PostgresHistoryBackend::Location::parse(location, error);
    if (!parsed)
        return nullptr;
    auto *store = new HistoryStore(
        [l = *parsed, password] { return std::make_unique<PostgresHistoryBackend>(l, password); },
        parent);
    store->m_location = parsed->toString();
    return store;
}

HistoryStore *HistoryStore::openLocation(const QString &location, const QString &password,
                                         QObject *parent, QString *error)
{
    if (isPostgresLocation(location))
        return openPostgres(location, password, parent, error);
    return openSqlite(location, parent);
}

bool HistoryStore::isPostgresLocation(const QString &location)
{
    return PostgresHistoryBackend::Location::isPostgres(location);
}

bool HistoryStore::checkPostgresLocation(const QString &location, QString *error)
{
    return PostgresHistoryBackend::Location::parse(location, error).has_value();
}

QString HistoryStore::defaultPath(const QString &profileName)
{
    QString name = profileName.isEmpty() ? u"sandbox"_s : profileName;
    // A profile name is free text: keep it a single safe file name.
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'_';
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(u"history/"_s + name + u".sqlite"_s);
}

bool HistoryStore::removeSqlite(const QString &path, QString *error)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            if (error)
                *error = QCoreApplication::translate("HistoryStore", "Cannot delete %1: %2")
                             .arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

QFuture<HistoryResult<bool>> HistoryStore::open()
{
    QPointer<HistoryStore> self(this);
    auto openOn = [](const std::shared_ptr<Worker> &w) {
        HistoryResult<bool> r;
        if (w->opened) {
            r.value = true;
            return r;
        }
        w->backend = w->factory();
        QString error;
        if (!w->backend->open(&error)) {
            w->openError = error;
            w->backend.reset();
            r.error = error;
            return r;
        }
        w->opened = true;
        r.value = true;
        return r;
    };
    auto reader = m_reader;
    auto analytics = m_analytics;
    QFuture<HistoryResult<bool>> writerOpened =
        QtConcurrent::run(&m_writer->pool, openOn, m_writer);
    // The writer first (it creates or migrates the schema), then both readers.
    return writerOpened
        .then(&m_analytics->pool,
              [analytics, openOn](const HistoryResult<bool> &w) {
                  if (!w.ok()) {
                      analytics->openError = w.error;
                      return w;
                  }
                  return openOn(analytics);
              })
        .then(&m_reader->pool, [reader, openOn, self](const HistoryResult<bool> &a) {
            if (!a.ok()) {
                reader->openError = a.error;
                return a;
            }
            HistoryResult<bool> r = openOn(reader);
            if (r.ok() && self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self] {
                        if (self)
                            self->m_open = true;
                    },
                    Qt::QueuedConnection);
            return r;
        });
}

QFuture<HistoryResult<HistoryInsertResult>>
HistoryStore::insert(const QList<HistoryEvent> &events, const QList<QPair<QString, QString>> &meta)
{
    // `changed` only when rows were stored: a caught-up sync's empty page re-queries nothing.
    QPointer<HistoryStore> self(this);
    return run<HistoryInsertResult>(
        m_writer,
        [events, meta, self](HistoryBackend &b, QString *e) {
            const HistoryInsertResult r = b.insert(events, meta, e);
            if (e->isEmpty() && r.inserted + r.merged > 0 && self)
                QMetaObject::invokeMethod(self.data(), &HistoryStore::changed,
                                          Qt::QueuedConnection);
            return r;
        },
        false);
}

QFuture<HistoryResult<std::optional<QString>>> HistoryStore::meta(const QString &key)
{
    return read<std::optional<QString>>(
        [key](HistoryBackend &b, QString *e) { return b.meta(key, e); });
}

QFuture<HistoryResult<qint64>> HistoryStore::count(const HistoryFilter &filter)
{
    return read<qint64>([filter](HistoryBackend &b, QString *e) { return b.count(filter, e); });
}

QFuture<HistoryResult<QList<HistoryEvent>>>
HistoryStore::page(const HistoryFilter &filter, const std::optional<HistoryKey> &from, int limit,
                   bool ascending)
{
    return read<QList<HistoryEvent>>(
        [=](HistoryBackend &b, QString *e) { return b.page(filter, from, limit, ascending, e); });
}

QFuture<HistoryResult<HistoryWindowIndex>> HistoryStore::windowIndex(const HistoryFilter &filter,
                                                                     int stride)
{
    return read<HistoryWindowIndex>(
        [=](HistoryBackend &b, QString *e) { return b.windowIndex(filter, stride, e); });
}

QFuture<HistoryResult<HistoryFacets>> HistoryStore::facets(const HistoryFilter &filter, int topN)
{
    return analyze<HistoryFacets>(
        [=](HistoryBackend &b, QString *e) { return b.facets(filter, topN, e); });
}

QFuture<HistoryResult<QList<HistoryBucket>>> HistoryStore::timeline(const HistoryFilter &filter,
                                                                    qint64 bucketNs)
{
    return analyze<QList<HistoryBucket>>(
        [=](HistoryBackend &b, QString *e) { return b.timeline(filter, bucketNs, e); });
}

QFuture<HistoryResult<QPair<qint64, qint64>>> HistoryStore::timeRange(const HistoryFilter &filter)
{
    return analyze<QPair<qint64, qint64>>(
        [=](HistoryBackend &b, QString *e) { return b.timeRange(filter, e); });
}

QFuture<HistoryResult<std::optional<HistoryEvent>>> HistoryStore::event(qint64 rowId)
{
    return read<std::optional<HistoryEvent>>(
        [=](HistoryBackend &b, QString *e) { return b.event(rowId, e); });
}

QFuture<HistoryResult<QList<HistoryEvent>>> HistoryStore::linked(const HistoryEvent &event,
                                                                 int limit)
{
    return read<QList<HistoryEvent>>(
        [=](HistoryBackend &b, QString *e) { return b.linked(event, limit, e); });
}

QFuture<HistoryResult<QList<DelegationChain>>> HistoryStore::chains(const HistoryFilter &filter,
                                                                    int limit)
{
    return analyze<QList<DelegationChain>>(
        [=](HistoryBackend &b, QString *e) { return b.chains(filter, limit, e); });
}

QFuture<HistoryResult<QStringList>> HistoryStore::values(HistoryFilter::Field field,
                                                         const QString &prefix, int limit)
{
    return analyze<QStringList>(
        [=](HistoryBackend &b, QString *e) { return b.values(field, prefix, limit, e); });
}

QFuture<HistoryResult<qint64>> HistoryStore::applyRetention(int days)
{
    if (days <= 0)
        return read<qint64>([](HistoryBackend &, QString *) { return qint64(0); });
    const qint64 before =
        (QDateTime::currentMSecsSinceEpoch() - qint64(days) * 86400 * 1000) * 1000000LL;
    return write<qint64>(
        [before](HistoryBackend &b, QString *e) { return b.purgeBefore(before, e); });
}

HistoryTask *HistoryStore::importPaths(const QStringList &paths, QObject *parent)
{
    auto *task = new HistoryTask(parent);
    const QPointer<HistoryTask> guard(task);
    const auto cancel = task->cancelFlag();
    write<bool>([this, paths, guard, cancel](HistoryBackend &b, QString *) {
        HistoryImporter importer(b);
        importer.setCancelFlag(cancel.get());
        importer.setProgress([&](qint64 done, qint64 total) {
            post(guard, [done, total](HistoryTask *t) { t->reportProgress(done, total); });
        });
        QString error;
        const ImportReport report = importer.importPaths(paths, &error);
        post(guard, [error, report](HistoryTask *t) { t->finish(error, report); });
        return true;
    });
    return task;
}

HistoryTask *HistoryStore::exportTo(const HistoryFilter &filter, const QString &path,
                                    ExportFormat format, QObject *parent)
{
    auto *task = new HistoryTask(parent);
    const QPointer<HistoryTask> guard(task);
    const auto cancel = task->cancelFlag();
    analyze<bool>([this, filter, path, format, guard, cancel](HistoryBackend &b, QString *) {
        QString error;
        if (cancel->load()) { // cancelled before it started: nothing written
            post(guard, [](HistoryTask *t) {
                t->finish(QCoreApplication::translate("HistoryStore", "Export cancelled."));
            });
            return false;
        }
        const qint64 total = b.count(filter, &error);
        QSaveFile file(path);
        if (error.isEmpty() && !file.open(QIODevice::WriteOnly))
            error = QCoreApplication::translate("HistoryStore", "Cannot write %1: %2")
                        .arg(path, file.errorString());
        QCryptographicHash sha(QCryptographicHash::Sha256);
        qint64 written = 0;
        bool cancelled = false;
        auto put = [&](const QByteArray &bytes) {
            sha.addData(bytes);
            if (file.write(bytes) != bytes.size() && error.isEmpty())
                error = QCoreApplication::translate("HistoryStore", "Cannot write %1: %2")
                            .arg(path, file.errorString());
        };
        if (error.isEmpty()) {
            if (format == ExportFormat::Csv)
                put(HistoryEvent::csvHeader());
            b.forEach(
                filter, 2000,
                [&](const QList<HistoryEvent> &batch) {
                    QByteArray chunk;
                    for (const HistoryEvent &e : batch) {
                        if (format == ExportFormat::JsonLines) {
                            chunk += e.raw;
                            chunk += '\n';
                        } else {
                            chunk += e.csvLine();
                        }
                    }
                    put(chunk);
                    written += batch.size();
                    post(guard,
                         [written, total](HistoryTask *t) { t->reportProgress(written, total); });
                    cancelled = cancel->load();
                    return error.isEmpty() && !cancelled;
                },
                &error);
        }
        if (cancelled || !error.isEmpty()) {
            file.cancelWriting();
        } else if (!file.commit()) {
            error = QCoreApplication::translate("HistoryStore", "Cannot write %1: %2")
                        .arg(path, file.errorString());
        } else {
            QSaveFile sum(path + u".sha256"_s);
            if (sum.open(QIODevice::WriteOnly)) {
                sum.write(sha.result().toHex() + "  " + QFileInfo(path).fileName().toUtf8() + '\n');
                sum.commit();
            }
        }
        if (cancelled && error.isEmpty())
            error = QCoreApplication::translate("HistoryStore", "Export cancelled.");
        post(guard, [error, written](HistoryTask *t) { t->finish(error, {}, written); });
        return true;
    });
    return task;
}

} // namespace tid::core
