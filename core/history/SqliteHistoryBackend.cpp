#include "core/history/SqliteHistoryBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/history/RawCodec.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteHistoryBackend", text);
}

const char *const MigrationV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
    "CREATE TABLE terms(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL, "
    "UNIQUE(kind, text))",
    // source: 1 file, 2 audit API, 3 both (merged). ts: ns since the epoch. Low-cardinality
    // text columns reference terms. raw: the first source's original text; twin_*: the other's.
    "CREATE TABLE events(id INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, twin_id TEXT, "
    "source INTEGER NOT NULL, ts INTEGER NOT NULL, type INTEGER NOT NULL, outcome INTEGER NOT "
    "NULL, client INTEGER, grant_type INTEGER, scope INTEGER, subject INTEGER, audience "
    "INTEGER, trace TEXT, jti TEXT, parent_jti TEXT, act TEXT, depth INTEGER NOT NULL DEFAULT "
    "0, error_code TEXT, raw TEXT NOT NULL, twin_raw TEXT)",
    "CREATE UNIQUE INDEX events_twin ON events(twin_id) WHERE twin_id IS NOT NULL",
};

// The indexes the filters use; a bulk import drops them and builds them once at its end. open()
// creates any that is missing (an import that died half-way).
const char *const SecondaryIndexes[][2] = {
    // (ts, rowid) is the table's keyset order.
    {"events_ts", "CREATE INDEX IF NOT EXISTS events_ts ON events(ts)"},
    // Covering indexes for the timeline and the outcome and grant facets over everything.
    {"events_outcome_ts", "CREATE INDEX IF NOT EXISTS events_outcome_ts ON events(outcome, ts)"},
    {"events_grant_ts", "CREATE INDEX IF NOT EXISTS events_grant_ts ON events(grant_type, ts)"},
    {"events_client_ts", "CREATE INDEX IF NOT EXISTS events_client_ts ON events(client, ts)"},
    {"events_type_ts", "CREATE INDEX IF NOT EXISTS events_type_ts ON events(type, ts)"},
    {"events_trace", "CREATE INDEX IF NOT EXISTS events_trace ON events(trace) WHERE trace IS NOT "
                     "NULL"},
    {"events_jti", "CREATE INDEX IF NOT EXISTS events_jti ON events(jti) WHERE jti IS NOT NULL"},
    {"events_parent", "CREATE INDEX IF NOT EXISTS events_parent ON events(parent_jti) WHERE "
                      "parent_jti IS NOT NULL"},
};

bool isIdBlob(const QByteArray &key)
{
    return key.size() == 16;
}

// tid_raw(stored): the original text of a stored `raw` (RawCodec), for free-text filters.
void rawFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const void *blob = sqlite3_value_blob(argv[0]);
    if (!blob) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray text = RawCodec::decode(
        QByteArrayView(static_cast<const char *>(blob), sqlite3_value_bytes(argv[0])));
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

// tid_policy(key, type, grant_type, scope, subject, audience, act, client): a policy:FILE term,
// evaluated by the backend in C++ (SqlHistoryBackend::policyHolds); 1, 0 or NULL.
void policyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *backend = static_cast<SqlHistoryBackend *>(sqlite3_user_data(context));
    auto text = [&](int i) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        return p ? QString::fromUtf8(p, sqlite3_value_bytes(argv[i])) : QString();
    };
    auto id = [&](int i) {
        return sqlite3_value_type(argv[i]) == SQLITE_NULL ? qint64(0)
                                                          : qint64(sqlite3_value_int64(argv[i]));
    };
    const std::optional<bool> holds =
        backend->policyHolds(text(0), id(1), id(2), id(3), id(4), id(5), text(6), id(7));
    if (holds)
        sqlite3_result_int(context, *holds ? 1 : 0);
    else
        sqlite3_result_null(context);
}

} // namespace

SqliteHistoryBackend::SqliteHistoryBackend(const QString &path)
    : SqlHistoryBackend(Dialect::Sqlite)
    , m_path(path)
    , m_connection(u"tid-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqliteHistoryBackend::~SqliteHistoryBackend()
{
    close();
}

void SqliteHistoryBackend::close()
{
    if (m_insertStmt)
        sqlite3_finalize(m_insertStmt);
    if (m_multiInsertStmt)
        sqlite3_finalize(m_multiInsertStmt);
    m_insertStmt = nullptr;
    m_multiInsertStmt = nullptr;
    m_handle = nullptr;
    m_isTwin.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SqliteHistoryBackend::open(QString *error)
{
    if (m_db.isValid() && m_db.isOpen())
        return true;
    const bool onDisk = m_path != u":memory:"_s;
    if (onDisk) {
        // Who got which token is nobody else's business: the folder 0700, the files 0600.
        const QFileInfo info(m_path);
        const bool newFolder = !QFileInfo::exists(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
            return false;
        }
        if (newFolder) // never narrow a folder that was there before (e.g. /tmp)
            QFile::setPermissions(info.absolutePath(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile file(m_path);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.close();
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open()) {
        if (error)
            *error =
                tr("Cannot open the history database %1: %2").arg(m_path, m_db.lastError().text());
        close();
        return false;
    }
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData())) {
            m_handle = h;
            sqlite3_create_function_v2(h, "tid_raw", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                       rawFunction, nullptr, nullptr, nullptr);
            // Not deterministic: its answer depends on the policy registered under the key.
            sqlite3_create_function_v2(h, "tid_policy", 8, SQLITE_UTF8,
                                       static_cast<SqlHistoryBackend *>(this), policyFunction,
                                       nullptr, nullptr, nullptr);
        }
    }
    if (!m_handle) {
        if (error)
            *error = tr("The SQLite driver does not expose its connection.");
        close();
        return false;
    }
    QSqlQuery q(m_db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16384"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            if (error)
                *error =
                    tr("Cannot open the history database %1: %2").arg(m_path, q.lastError().text());
            close();
            return false;
        }
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    for (const auto &index : SecondaryIndexes) {
        if (!q.exec(QString::fromLatin1(index[1]))) {
            if (error)
                *error =
                    tr("Cannot open the history database %1: %2").arg(m_path, q.lastError().text());
            close();
            return false;
        }
    }
    loadTerms();
    q.exec(u"SELECT (SELECT 1 FROM events WHERE source & 1 LIMIT 1), "
           "(SELECT 1 FROM events WHERE source & 2 LIMIT 1), "
           "(SELECT 1 FROM events WHERE twin_id IS NOT NULL LIMIT 1)"_s);
    if (q.next()) {
        m_hasFile = q.value(0).toInt() == 1;
        m_hasApi = q.value(1).toInt() == 1;
        m_hasTwins = q.value(2).toInt() == 1;
    }
    return true;
}

bool SqliteHistoryBackend::migrate(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)"_s))
        return exec(q, error);
    q.exec(u"SELECT max(version) FROM schema_version"_s);
    m_schemaVersion = q.next() ? q.value(0).toInt() : 0;
    if (m_schemaVersion > CurrentSchemaVersion) {
        if (error)
            *error = tr("The history database %1 has schema version %2, newer than this console "
                        "knows (%3). Use a newer console or another database.")
                         .arg(m_path)
                         .arg(m_schemaVersion)
                         .arg(CurrentSchemaVersion);
        return false;
    }
    if (m_schemaVersion == CurrentSchemaVersion)
        return true;
    m_db.transaction();
    if (m_schemaVersion < 1) {
        for (const char *statement : MigrationV1) {
            if (!q.exec(QString::fromLatin1(statement))) {
                const QString text = q.lastError().text();
                m_db.rollback();
                if (error)
                    *error = tr("Cannot create the history schema: %1").arg(text);
                return false;
            }
        }
    }
    q.prepare(u"INSERT INTO schema_version(version) VALUES (?)"_s);
    q.addBindValue(CurrentSchemaVersion);
    if (!q.exec() || !m_db.commit()) {
        m_db.rollback();
        return exec(q, error);
    }
    m_schemaVersion = CurrentSchemaVersion;
    return true;
}

HistoryInsertResult SqliteHistoryBackend::insert(const QList<HistoryEvent> &events,
                                                 const QList<QPair<QString, QString>> &meta,
                                                 QString *error)
{
    HistoryInsertResult result;
    if (!m_db.transaction()) {
        if (error)
            *error = tr("history database error: %1").arg(m_db.lastError().text());
        return result;
    }
    auto fail = [&] {
        m_db.rollback();
        return HistoryInsertResult{};
    };
    if (!m_insertStmt) {
        // The bulk path talks to SQLite directly: no QVariant per column, UTF-8 bound as is.
        static const char sql[] =
            "INSERT INTO events(event_id, source, ts, type, outcome, client, grant_type, scope, "
            "subject, audience, trace, jti, parent_jti, act, depth, error_code, raw) VALUES (?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(event_id) DO NOTHING";
        if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_insertStmt,
                               nullptr) != SQLITE_OK) {
            if (error)
                *error = tr("history database error: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
            m_insertStmt = nullptr;
            return fail();
        }
        m_isTwin = std::make_unique<QSqlQuery>(m_db);
        prepare(*m_isTwin, u"SELECT 1 FROM events WHERE twin_id = ?"_s, error);
    }
    // Binds one event's 17 values at parameter `base` + 1 … of `stmt`; false on a term error.
    auto bindRow = [this, error](sqlite3_stmt *stmt, int base, const HistoryEvent &e) {
        auto bindText = [stmt](int column, const QByteArray &utf8) {
            if (utf8.isEmpty())
                sqlite3_bind_null(stmt, column);
            else
                sqlite3_bind_text(stmt, column, utf8.constData(), int(utf8.size()),
                                  SQLITE_TRANSIENT);
        };
        auto bindTerm = [stmt](int column, const QVariant &id) {
            if (id.isNull())
                sqlite3_bind_null(stmt, column);
            else
                sqlite3_bind_int64(stmt, column, id.toLongLong());
        };
        const QVariant type = termId(TypeTerm, e.type, error);
        const QVariant client = termId(ClientTerm, e.clientId, error);
        if (!type.isValid())
            return false;
        const QByteArray key = idKey(e.id);
        if (isIdBlob(key))
            sqlite3_bind_blob(stmt, base + 1, key.constData(), 16, SQLITE_TRANSIENT);
        else
            bindText(base + 1, key);
        sqlite3_bind_int(stmt, base + 2, e.source == HistoryEvent::Source::File ? FileBit : ApiBit);
        sqlite3_bind_int64(stmt, base + 3, e.timeNs);
        bindTerm(base + 4, type);
        sqlite3_bind_int(stmt, base + 5, int(e.outcome));
        bindTerm(base + 6, client);
        bindTerm(base + 7, termId(GrantTerm, e.grantType, error));
        bindTerm(base + 8, termId(ScopeTerm, e.scope, error));
        bindTerm(base + 9, termId(SubjectTerm, e.subject, error));
        bindTerm(base + 10, termId(AudienceTerm, e.audience, error));
        bindText(base + 11, e.traceId.toUtf8());
        bindText(base + 12, e.jti.toUtf8());
        bindText(base + 13, e.parentJti.toUtf8());
        bindText(base + 14, e.act.isEmpty() ? QByteArray()
                                            : QJsonDocument(e.act).toJson(QJsonDocument::Compact));
        sqlite3_bind_int(stmt, base + 15, e.depth);
        bindText(base + 16, e.errorCode.toUtf8());
        const QByteArray packed = e.packed.isEmpty() ? RawCodec::encode(e.raw) : e.packed;
        sqlite3_bind_blob(stmt, base + 17, packed.constData(), int(packed.size()),
                          SQLITE_TRANSIENT);
        return true;
    };
    auto stepFailed = [this, error](sqlite3_stmt *stmt) {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc == SQLITE_DONE)
            return false;
        if (error)
            *error =
                tr("history database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return true;
    };
    qsizetype start = 0;
    // File lines into a store without audit events cannot join anything: many rows per statement
    // (SQLite opens its cursors once per statement, not per row).
    bool fileOnly = !m_hasApi && !m_hasTwins;
    for (const HistoryEvent &e : events)
        fileOnly = fileOnly && e.source == HistoryEvent::Source::File;
    if (fileOnly && events.size() >= RowsPerStatement) {
        if (!m_multiInsertStmt) {
            QByteArray sql = "INSERT INTO events(event_id, source, ts, type, outcome, client, "
                             "grant_type, scope, subject, audience, trace, jti, parent_jti, act, "
                             "depth, error_code, raw) VALUES ";
            for (int i = 0; i < RowsPerStatement; ++i)
                sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                         : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
            sql += " ON CONFLICT(event_id) DO NOTHING";
            if (sqlite3_prepare_v3(m_handle, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT,
                                   &m_multiInsertStmt, nullptr) != SQLITE_OK) {
                if (error)
                    *error = tr("history database error: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
                m_multiInsertStmt = nullptr;
                return fail();
            }
        }
        for (; start + RowsPerStatement <= events.size(); start += RowsPerStatement) {
            for (int i = 0; i < RowsPerStatement; ++i)
                if (!bindRow(m_multiInsertStmt, i * 17, events.at(start + i)))
                    return fail();
            if (stepFailed(m_multiInsertStmt))
                return fail();
            const int inserted = sqlite3_changes(m_handle);
            result.inserted += inserted;
            result.duplicates += RowsPerStatement - inserted;
        }
        m_hasFile = m_hasFile || result.inserted > 0;
    }
    sqlite3_stmt *ins = m_insertStmt;
    for (const HistoryEvent &e : events.sliced(start)) {
        if (m_hasTwins) {
            m_isTwin->bindValue(0, e.id);
            if (!exec(*m_isTwin, error))
                return fail();
            const bool twin = m_isTwin->next();
            m_isTwin->finish();
            if (twin) {
                ++result.duplicates;
                continue;
            }
        }
        if (!bindRow(ins, 0, e))
            return fail();
        if (stepFailed(ins))
            return fail();
        if (sqlite3_changes(m_handle) == 0) {
            ++result.duplicates;
            continue;
        }
        const qint64 rowId = sqlite3_last_insert_rowid(m_handle);
        bool merged = false;
        const bool otherSourceStored =
            e.source == HistoryEvent::Source::File ? m_hasApi : m_hasFile;
        if (otherSourceStored && !mergeTwin(e, error, &merged))
            return fail();
        if (merged) {
            m_hasTwins = true;
            // The occurrence was stored already by the other source: one row for both.
            QSqlQuery del(m_db);
            del.prepare(u"DELETE FROM events WHERE id = ?"_s);
            del.addBindValue(rowId);
            if (!exec(del, error))
                return fail();
            ++result.merged;
            continue;
        }
        ++result.inserted;
        if (e.source == HistoryEvent::Source::File)
            m_hasFile = true;
        else
            m_hasApi = true;
    }
    if (!commitWithMeta(meta, error))
        return fail();
    return result;
}

HistoryWindowIndex SqliteHistoryBackend::windowIndex(const HistoryFilter &filter, int stride,
                                                     QString *error)
{
    // Every row's key in index order, every stride-th kept: one pass through SQLite's C API
    // (no per-row QVariant), about 100 ns a row.
    HistoryWindowIndex index;
    index.stride = std::max(1, stride);
    const Where w = where(filter);
    if (w.failed(error))
        return {};
    const QByteArray sql = QByteArray("SELECT ts, id FROM events WHERE ") + w.sql.toUtf8() +
                           " ORDER BY ts DESC, id DESC";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error =
                tr("history database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return index;
    }
    for (qsizetype i = 0; i < w.values.size(); ++i) {
        const QVariant &v = w.values.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(stmt, int(i + 1), utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            sqlite3_bind_blob(stmt, int(i + 1), bytes.constData(), int(bytes.size()),
                              SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, int(i + 1), v.toLongLong());
        }
    }
    qint64 n = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (n % index.stride == 0)
            index.anchors << HistoryKey{sqlite3_column_int64(stmt, 0),
                                        sqlite3_column_int64(stmt, 1)};
        ++n;
    }
    if (rc != SQLITE_DONE && error)
        *error = tr("history database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    sqlite3_finalize(stmt);
    index.count = n;
    return index;
}

bool SqliteHistoryBackend::setBulkLoading(bool on, QString *error)
{
    QSqlQuery q(m_db);
    if (on) {
        // Joining a file to audit events looks rows up by trace: keep the indexes then.
        if (m_hasApi || m_bulk)
            return true;
        for (const auto &index : SecondaryIndexes)
            if (!q.exec(u"DROP INDEX IF EXISTS "_s + QString::fromLatin1(index[0])))
                return exec(q, error);
        m_bulk = true;
        return true;
    }
    if (!m_bulk)
        return true;
    m_bulk = false;
    for (const auto &index : SecondaryIndexes)
        if (!q.exec(QString::fromLatin1(index[1])))
            return exec(q, error);
    q.exec(u"ANALYZE"_s); // statistics for the planner over what was just loaded
    return true;
}

qint64 SqliteHistoryBackend::purgeBefore(qint64 beforeNs, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM events WHERE ts < ?"_s);
    q.addBindValue(beforeNs);
    if (!exec(q, error))
        return 0;
    return q.numRowsAffected();
}

} // namespace tid::core
