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

const QString Columns =
    u"e.id, e.event_id, e.twin_id, e.source, e.ts, e.type, e.outcome, e.client, e.grant_type, "
    "e.scope, e.subject, e.audience, e.trace, e.jti, e.parent_jti, e.act, e.depth, "
    "e.error_code, e.raw, e.twin_raw"_s;

enum SourceBits
{
    FileBit = 1,
    ApiBit = 2,
};

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QStringList scopeSet(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}

// Term kinds of the fields stored through `terms`.
int termKindOf(HistoryFilter::Field field)
{
    switch (field) {
    case HistoryFilter::Field::Type:
        return 1;
    case HistoryFilter::Field::Client:
        return 2;
    case HistoryFilter::Field::Grant:
        return 3;
    case HistoryFilter::Field::Scope:
        return 4;
    case HistoryFilter::Field::Subject:
        return 5;
    case HistoryFilter::Field::Audience:
        return 6;
    default:
        return 0;
    }
}

// Fields compared with one bound value: their SQL and whether the value is the term's number.
struct Direct
{
    HistoryFilter::Field field;
    const char16_t *sql;
    bool number;
};
constexpr Direct Directs[] = {
    {HistoryFilter::Field::Outcome, u"outcome = ?", true},
    {HistoryFilter::Field::Since, u"ts >= ?", true},
    {HistoryFilter::Field::Until, u"ts < ?", true},
    {HistoryFilter::Field::Trace, u"trace = ?", false},
    {HistoryFilter::Field::Jti, u"jti = ?", false},
    {HistoryFilter::Field::Parent, u"parent_jti = ?", false},
};

const Direct *directOf(HistoryFilter::Field field)
{
    for (const Direct &d : Directs)
        if (d.field == field)
            return &d;
    return nullptr;
}

QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'%';
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'%';
    return out;
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

// Event ids are UUIDv7 almost always: kept as their 16 bytes (a smaller row and unique index);
// anything else as its text. The two never compare equal in SQLite.
QByteArray idKey(const QString &id)
{
    if (id.size() != 36)
        return id.toUtf8();
    QByteArray bytes;
    bytes.reserve(16);
    for (qsizetype i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (id[i] != u'-')
                return id.toUtf8();
            continue;
        }
        const auto hex = [](QChar c) {
            const char16_t u = c.unicode();
            return u >= '0' && u <= '9'   ? int(u - '0')
                   : u >= 'a' && u <= 'f' ? int(u - 'a' + 10)
                                          : -1;
        };
        const int hi = hex(id[i]);
        const int lo = i + 1 < 36 ? hex(id[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return id.toUtf8();
        bytes.append(char(hi << 4 | lo));
        ++i;
    }
    return bytes;
}

bool isIdBlob(const QByteArray &key)
{
    return key.size() == 16;
}

QString idText(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const QByteArray b = stored.toByteArray();
    if (b.size() != 16)
        return QString::fromUtf8(b);
    const QString hex = QString::fromLatin1(b.toHex());
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
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

} // namespace

SqliteHistoryBackend::SqliteHistoryBackend(const QString &path)
    : m_path(path)
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

bool SqliteHistoryBackend::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = tr("history database error: %1").arg(query.lastError().text());
    return false;
}

bool SqliteHistoryBackend::prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = tr("history database error: %1").arg(query.lastError().text());
    return false;
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

void SqliteHistoryBackend::loadTerms()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, kind, text FROM terms WHERE id > ?"_s);
    q.addBindValue(m_maxTermId);
    if (!q.exec())
        return;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int kind = q.value(1).toInt();
        const QString text = q.value(2).toString();
        if (kind > 0 && kind < 7)
            m_termIds[kind].insert(text, id);
        m_termTexts.insert(id, text);
        m_maxTermId = std::max(m_maxTermId, id);
    }
}

QString SqliteHistoryBackend::termText(qint64 id)
{
    auto it = m_termTexts.constFind(id);
    if (it == m_termTexts.constEnd()) {
        loadTerms(); // written by the other connection since
        it = m_termTexts.constFind(id);
        if (it == m_termTexts.constEnd())
            return {};
    }
    return *it;
}

QVariant SqliteHistoryBackend::termId(int kind, const QString &text, QString *error)
{
    if (text.isEmpty())
        return QVariant(QMetaType(QMetaType::LongLong));
    if (const auto it = m_termIds[kind].constFind(text); it != m_termIds[kind].constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO terms(kind, text) VALUES (?, ?) ON CONFLICT(kind, text) DO NOTHING"_s);
    q.addBindValue(kind);
    q.addBindValue(text);
    if (!exec(q, error))
        return {};
    q.prepare(u"SELECT id FROM terms WHERE kind = ? AND text = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(text);
    if (!exec(q, error) || !q.next())
        return {};
    const qint64 id = q.value(0).toLongLong();
    m_termIds[kind].insert(text, id);
    m_termTexts.insert(id, text);
    return id;
}

bool SqliteHistoryBackend::mergeTwin(const HistoryEvent &e, const QVariant &client, QString *error,
                                     bool *merged)
{
    *merged = false;
    const bool tokenEvent = e.type == "TOKEN_ISSUED"_L1 || e.type == "TOKEN_ISSUANCE_FAILED"_L1;
    const bool revocation = e.type == "TOKEN_REVOKED"_L1 && !e.jti.isEmpty();
    if (!tokenEvent && !revocation)
        return true;
    const int otherSource = e.source == HistoryEvent::Source::File ? ApiBit : FileBit;
    if ((otherSource == ApiBit && !m_hasApi) || (otherSource == FileBit && !m_hasFile))
        return true;
    QSqlQuery q(m_db);
    QString sql = u"SELECT id FROM events WHERE source = ? AND twin_id IS NULL AND type = ? AND "_s;
    if (tokenEvent) {
        if (e.traceId.isEmpty())
            return true;
        sql += u"trace = ? AND client IS ? AND abs(ts - ?) < 5000000000 ORDER BY abs(ts - ?) "
               "LIMIT 1"_s;
    } else {
        sql += u"jti = ? LIMIT 1"_s;
    }
    if (!prepare(q, sql, error))
        return false;
    q.addBindValue(otherSource);
    q.addBindValue(m_termIds[TypeTerm].value(e.type));
    if (tokenEvent) {
        q.addBindValue(e.traceId);
        q.addBindValue(client);
        q.addBindValue(e.timeNs);
        q.addBindValue(e.timeNs);
    } else {
        q.addBindValue(e.jti);
    }
    if (!exec(q, error))
        return false;
    if (!q.next())
        return true;
    const qint64 rowId = q.value(0).toLongLong();
    q.finish();
    // The API's event knows subject, audience and act; the file's does not.
    QSqlQuery u(m_db);
    if (e.source == HistoryEvent::Source::AuditApi) {
        QString subjectError;
        const QVariant subject = termId(SubjectTerm, e.subject, error);
        const QVariant audience = termId(AudienceTerm, e.audience, error);
        if (!prepare(u,
                     u"UPDATE events SET twin_id = ?, twin_raw = ?, source = 3, "
                     "subject = coalesce(?, subject), audience = coalesce(?, audience), "
                     "jti = coalesce(?, jti), parent_jti = coalesce(?, parent_jti), "
                     "act = coalesce(?, act), depth = max(depth, ?) WHERE id = ?"_s,
                     error))
            return false;
        u.addBindValue(e.id);
        u.addBindValue(RawCodec::encode(e.raw));
        u.addBindValue(subject);
        u.addBindValue(audience);
        u.addBindValue(textOrNull(e.jti));
        u.addBindValue(textOrNull(e.parentJti));
        u.addBindValue(e.act.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(QString::fromUtf8(
                                             QJsonDocument(e.act).toJson(QJsonDocument::Compact))));
        u.addBindValue(e.depth);
        u.addBindValue(rowId);
    } else {
        if (!prepare(u, u"UPDATE events SET twin_id = ?, twin_raw = ?, source = 3 WHERE id = ?"_s,
                     error))
            return false;
        u.addBindValue(e.id);
        u.addBindValue(RawCodec::encode(e.raw));
        u.addBindValue(rowId);
    }
    if (!exec(u, error))
        return false;
    m_hasTwins = true;
    *merged = true;
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
    auto bindRow = [this, error](sqlite3_stmt *stmt, int base, const HistoryEvent &e,
                                 QVariant *clientOut) {
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
        if (clientOut)
            *clientOut = client;
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
                if (!bindRow(m_multiInsertStmt, i * 17, events.at(start + i), nullptr))
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
        QVariant client;
        if (!bindRow(ins, 0, e, &client))
            return fail();
        if (stepFailed(ins))
            return fail();
        if (sqlite3_changes(m_handle) == 0) {
            ++result.duplicates;
            continue;
        }
        const qint64 rowId = sqlite3_last_insert_rowid(m_handle);
        bool merged = false;
        if (!mergeTwin(e, client, error, &merged))
            return fail();
        if (merged) {
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
    for (const auto &[key, value] : meta) {
        if (!setMeta(key, value, error))
            return fail();
    }
    if (!m_db.commit()) {
        if (error)
            *error = tr("history database error: %1").arg(m_db.lastError().text());
        return fail();
    }
    return result;
}

std::optional<QString> SqliteHistoryBackend::meta(const QString &key, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SqliteHistoryBackend::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value "
              "= excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, error);
}

SqliteHistoryBackend::Where SqliteHistoryBackend::where(const HistoryFilter &filter)
{
    loadTerms(); // terms the writer added since
    using Field = HistoryFilter::Field;
    using Op = HistoryFilter::Op;
    Where w;
    QStringList parts;
    for (const HistoryFilter::Term &t : filter.terms()) {
        QString expr;
        const int kind = termKindOf(t.field);
        const bool negate = t.negated != (t.op == Op::Ne && t.field != Field::Depth);
        if (const Direct *d = directOf(t.field)) {
            expr = QString::fromUtf16(d->sql);
            w.values << (d->number ? QVariant(t.number) : QVariant(t.value));
            parts << (negate ? u"NOT coalesce("_s + expr + u", 0)"_s : expr);
            continue;
        }
        switch (t.field) {
        case Field::Type:
        case Field::Client:
        case Field::Subject:
        case Field::Audience: {
            // Terms resolve to their ids here: the planner sees `client = 17` and takes the
            // (client, ts) index. An unknown value matches nothing.
            const QString column = t.field == Field::Type      ? u"type"_s
                                   : t.field == Field::Client  ? u"client"_s
                                   : t.field == Field::Subject ? u"subject"_s
                                                               : u"audience"_s;
            expr = column + u" = ?"_s;
            w.values << m_termIds[kind].value(t.value, -1);
            break;
        }
        case Field::Grant:
        case Field::Scope: {
            QStringList ids;
            const QString &wanted = t.value;
            for (auto it = m_termIds[kind].cbegin(); it != m_termIds[kind].cend(); ++it) {
                const QString &text = it.key();
                const bool match =
                    t.field == Field::Grant
                        ? (text == wanted || HistoryEvent::grantShortName(text) == wanted)
                        : scopeSet(text).contains(wanted);
                if (match)
                    ids << QString::number(it.value());
            }
            const QString column = t.field == Field::Grant ? u"grant_type"_s : u"scope"_s;
            expr = ids.isEmpty() ? u"0"_s : column + u" IN ("_s + ids.join(u',') + u')';
            break;
        }
        case Field::Depth: {
            static const QHash<int, QString> ops = {{int(Op::Eq), u"="_s}, {int(Op::Ne), u"!="_s},
                                                    {int(Op::Gt), u">"_s}, {int(Op::Ge), u">="_s},
                                                    {int(Op::Lt), u"<"_s}, {int(Op::Le), u"<="_s}};
            expr = u"depth "_s + ops.value(int(t.op)) + u" ?"_s;
            w.values << t.number;
            break;
        }
        case Field::Outcome:
        case Field::Since:
        case Field::Until:
        case Field::Trace:
        case Field::Jti:
        case Field::Parent:
            break; // compared directly, above
        case Field::Id:
            expr = u"(event_id = ? OR event_id = ? OR twin_id = ?)"_s;
            w.values << QVariant(idKey(t.value)) << t.value << t.value;
            break;
        case Field::Source:
            expr = t.value == u"api"_s ? u"(source & 2) != 0"_s : u"(source & 1) != 0"_s;
            break;
        case Field::Text:
            expr = u"(tid_raw(raw) LIKE ? ESCAPE '\\' OR coalesce(tid_raw(twin_raw) LIKE ? "
                   "ESCAPE '\\', 0))"_s;
            w.values << likeEscaped(t.value) << likeEscaped(t.value);
            break;
        }
        parts << (negate ? u"NOT coalesce("_s + expr + u", 0)"_s : expr);
    }
    w.sql = parts.isEmpty() ? u"1"_s : parts.join(u" AND "_s);
    return w;
}

QList<HistoryEvent> SqliteHistoryBackend::readEvents(QSqlQuery &q)
{
    QList<HistoryEvent> out;
    while (q.next()) {
        HistoryEvent e;
        e.rowId = q.value(0).toLongLong();
        e.id = idText(q.value(1));
        e.twinId = q.value(2).toString();
        const int source = q.value(3).toInt();
        e.source = (source & FileBit) ? HistoryEvent::Source::File : HistoryEvent::Source::AuditApi;
        e.timeNs = q.value(4).toLongLong();
        e.type = termText(q.value(5).toLongLong());
        e.outcome = HistoryEvent::Outcome(q.value(6).toInt());
        e.clientId = q.value(7).isNull() ? QString() : termText(q.value(7).toLongLong());
        e.grantType = q.value(8).isNull() ? QString() : termText(q.value(8).toLongLong());
        e.scope = q.value(9).isNull() ? QString() : termText(q.value(9).toLongLong());
        e.subject = q.value(10).isNull() ? QString() : termText(q.value(10).toLongLong());
        e.audience = q.value(11).isNull() ? QString() : termText(q.value(11).toLongLong());
        e.traceId = q.value(12).toString();
        e.jti = q.value(13).toString();
        e.parentJti = q.value(14).toString();
        if (!q.value(15).isNull())
            e.act = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
        e.depth = q.value(16).toInt();
        e.errorCode = q.value(17).toString();
        e.raw = RawCodec::decode(q.value(18).toByteArray());
        e.twinRaw = RawCodec::decode(q.value(19).toByteArray());
        out << e;
    }
    return out;
}

qint64 SqliteHistoryBackend::count(const HistoryFilter &filter, QString *error)
{
    const Where w = where(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, u"SELECT count(*) FROM events WHERE "_s + w.sql, error))
        return 0;
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!exec(q, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<HistoryEvent> SqliteHistoryBackend::page(const HistoryFilter &filter,
                                               const std::optional<HistoryKey> &from, int limit,
                                               bool ascending, QString *error)
{
    const Where w = where(filter);
    QString sql = u"SELECT "_s + Columns + u" FROM events e WHERE "_s + w.sql;
    if (from)
        sql += ascending ? u" AND (e.ts, e.id) >= (?, ?)"_s : u" AND (e.ts, e.id) <= (?, ?)"_s;
    sql +=
        ascending ? u" ORDER BY e.ts, e.id LIMIT ?"_s : u" ORDER BY e.ts DESC, e.id DESC LIMIT ?"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, sql, error))
        return {};
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (from) {
        q.addBindValue(from->timeNs);
        q.addBindValue(from->rowId);
    }
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    return readEvents(q);
}

HistoryWindowIndex SqliteHistoryBackend::windowIndex(const HistoryFilter &filter, int stride,
                                                     QString *error)
{
    // Every row's key in index order, every stride-th kept: one pass through SQLite's C API
    // (no per-row QVariant), about 100 ns a row.
    HistoryWindowIndex index;
    index.stride = std::max(1, stride);
    const Where w = where(filter);
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

HistoryFacets SqliteHistoryBackend::facets(const HistoryFilter &filter, int topN, QString *error)
{
    HistoryFacets f;
    const Where w = where(filter);
    auto group = [&](const QString &column, QList<HistoryFacetCount> *out, bool terms) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepare(q,
                     u"SELECT "_s + column + u", count(*) AS c FROM events WHERE "_s + w.sql +
                         u" GROUP BY "_s + column + u" ORDER BY c DESC LIMIT ?"_s,
                     error))
            return false;
        for (const QVariant &v : w.values)
            q.addBindValue(v);
        q.addBindValue(topN);
        if (!exec(q, error))
            return false;
        while (q.next()) {
            QString value;
            if (q.value(0).isNull())
                value.clear();
            else if (terms)
                value = termText(q.value(0).toLongLong());
            else
                value = HistoryEvent::outcomeName(HistoryEvent::Outcome(q.value(0).toInt()));
            out->append({value, q.value(1).toLongLong()});
        }
        return true;
    };
    if (!group(u"type"_s, &f.types, true) || !group(u"client"_s, &f.clients, true) ||
        !group(u"outcome"_s, &f.outcomes, false) || !group(u"grant_type"_s, &f.grants, true))
        return {};
    for (const HistoryFacetCount &c : std::as_const(f.types))
        f.total += c.count;
    if (f.types.size() == topN)
        f.total = count(filter, error);
    return f;
}

QList<HistoryBucket> SqliteHistoryBackend::timeline(const HistoryFilter &filter, qint64 bucketNs,
                                                    QString *error)
{
    QList<HistoryBucket> out;
    if (bucketNs <= 0)
        return out;
    const auto [first, last] = timeRange(filter, error);
    if (first == 0 && last == 0)
        return out;
    const qint64 origin = first - (first % bucketNs);
    const Where w = where(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 u"SELECT (ts - ?) / ? AS b, outcome, count(*) FROM events WHERE "_s + w.sql +
                     u" GROUP BY b, outcome ORDER BY b"_s,
                 error))
        return out;
    q.addBindValue(origin);
    q.addBindValue(bucketNs);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!exec(q, error))
        return out;
    const qint64 buckets = (last - origin) / bucketNs + 1;
    if (buckets > 100000) {
        if (error)
            *error = tr("too many timeline intervals");
        return {};
    }
    out.resize(buckets);
    for (qint64 i = 0; i < buckets; ++i)
        out[i].startNs = origin + i * bucketNs;
    while (q.next()) {
        const qint64 b = q.value(0).toLongLong();
        if (b < 0 || b >= buckets)
            continue;
        const qint64 n = q.value(2).toLongLong();
        switch (HistoryEvent::Outcome(q.value(1).toInt())) {
        case HistoryEvent::Outcome::Success:
            out[b].success += n;
            break;
        case HistoryEvent::Outcome::Failure:
            out[b].failure += n;
            break;
        case HistoryEvent::Outcome::InProgress:
            out[b].inProgress += n;
            break;
        case HistoryEvent::Outcome::Unknown:
            out[b].other += n;
            break;
        }
    }
    return out;
}

QPair<qint64, qint64> SqliteHistoryBackend::timeRange(const HistoryFilter &filter, QString *error)
{
    const Where w = where(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Two ordered probes use the time index; min()/max() over a filter would scan.
    qint64 first = 0, last = 0;
    for (const bool newest : {false, true}) {
        if (!prepare(q,
                     u"SELECT ts FROM events WHERE "_s + w.sql + u" ORDER BY ts "_s +
                         (newest ? u"DESC"_s : u"ASC"_s) + u" LIMIT 1"_s,
                     error))
            return {};
        for (const QVariant &v : w.values)
            q.addBindValue(v);
        if (!exec(q, error))
            return {};
        if (!q.next())
            return {0, 0};
        (newest ? last : first) = q.value(0).toLongLong();
        q.finish();
    }
    return {first, last};
}

std::optional<HistoryEvent> SqliteHistoryBackend::event(qint64 rowId, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, u"SELECT "_s + Columns + u" FROM events e WHERE e.id = ?"_s, error))
        return std::nullopt;
    q.addBindValue(rowId);
    if (!exec(q, error))
        return std::nullopt;
    const auto events = readEvents(q);
    if (events.isEmpty())
        return std::nullopt;
    return events.first();
}

QList<HistoryEvent> SqliteHistoryBackend::linked(const HistoryEvent &event, int limit,
                                                 QString *error)
{
    QStringList conditions;
    QVariantList values;
    if (!event.traceId.isEmpty()) {
        conditions << u"e.trace = ?"_s;
        values << event.traceId;
    }
    if (!event.parentJti.isEmpty()) {
        conditions << u"e.jti = ?"_s;
        values << event.parentJti;
    }
    if (!event.jti.isEmpty()) {
        conditions << u"e.parent_jti = ?"_s << u"e.jti = ?"_s;
        values << event.jti << event.jti;
    }
    if (conditions.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 u"SELECT "_s + Columns + u" FROM events e WHERE e.id != ? AND ("_s +
                     conditions.join(u" OR "_s) + u") ORDER BY e.ts, e.id LIMIT ?"_s,
                 error))
        return {};
    q.addBindValue(event.rowId);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    return readEvents(q);
}

QList<DelegationChain> SqliteHistoryBackend::chains(const HistoryFilter &filter, int limit,
                                                    QString *error)
{
    // Final tokens: issued through exchange (a parent) and not exchanged further.
    const Where w = where(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 u"SELECT "_s + Columns + u" FROM events e WHERE "_s + w.sql +
                     u" AND e.parent_jti IS NOT NULL AND e.jti IS NOT NULL AND e.type = (SELECT "
                     "id FROM terms WHERE kind = 1 AND text = 'TOKEN_ISSUED') AND NOT EXISTS "
                     "(SELECT 1 FROM events c WHERE c.parent_jti = e.jti AND c.type = e.type) "
                     "ORDER BY e.ts DESC, e.id DESC LIMIT ?"_s,
                 error))
        return {};
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    const QList<HistoryEvent> finals = readEvents(q);
    q.finish();
    QSqlQuery up(m_db);
    up.setForwardOnly(true);
    if (!prepare(up,
                 u"SELECT "_s + Columns +
                     u" FROM events e WHERE e.jti = ? AND e.type = (SELECT id FROM terms WHERE "
                     "kind = 1 AND text = 'TOKEN_ISSUED') LIMIT 1"_s,
                 error))
        return {};
    QList<DelegationChain> out;
    for (const HistoryEvent &last : finals) {
        QList<HistoryEvent> tokens{last};
        QSet<QString> seen{last.jti};
        while (!tokens.first().parentJti.isEmpty() && tokens.size() < 64) {
            const QString parent = tokens.first().parentJti;
            if (seen.contains(parent))
                break; // a loop in bad data
            up.bindValue(0, parent);
            if (!exec(up, error))
                return {};
            const auto found = readEvents(up);
            up.finish();
            if (found.isEmpty())
                break; // the parent is older than the store (or another server's)
            seen.insert(parent);
            tokens.prepend(found.first());
        }
        DelegationChain chain;
        const HistoryEvent &root = tokens.first();
        chain.rootSubject = root.subject;
        const QString rootGrant = root.grantShortName();
        chain.rootIsHuman = !root.parentJti.isEmpty()
                                ? false
                                : (rootGrant != u"client_credentials"_s && !rootGrant.isEmpty());
        QStringList parentScopes;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const HistoryEvent &t = tokens[i];
            DelegationHop hop{t.rowId,    t.jti,   t.clientId, t.subject,
                              t.audience, t.scope, t.timeNs,   true};
            if (i > 0) {
                for (const QString &s : scopeSet(t.scope))
                    if (!parentScopes.contains(s))
                        hop.scopesWithinParent = false;
            }
            parentScopes = scopeSet(t.scope);
            chain.hops << hop;
        }
        chain.finalAudience = last.audience;
        out << chain;
    }
    return out;
}

QStringList SqliteHistoryBackend::values(HistoryFilter::Field field, const QString &prefix,
                                         int limit, QString *error)
{
    using Field = HistoryFilter::Field;
    if (field == Field::Outcome)
        return QStringList{u"success"_s, u"failure"_s, u"in_progress"_s}.filter(prefix);
    if (field == Field::Source)
        return QStringList{u"file"_s, u"api"_s}.filter(prefix);
    const int kind = termKindOf(field);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql;
    if (kind != 0) {
        sql = u"SELECT text FROM terms WHERE kind = %1 AND substr(text, 1, length(?)) = ? "
              "ORDER BY text LIMIT ?"_s.arg(kind);
    } else if (field == Field::Trace || field == Field::Jti || field == Field::Parent) {
        const QString column = field == Field::Trace ? u"trace"_s
                               : field == Field::Jti ? u"jti"_s
                                                     : u"parent_jti"_s;
        sql = u"SELECT DISTINCT %1 FROM events WHERE %1 >= ? AND substr(%1, 1, length(?)) = ? "
              "ORDER BY %1 LIMIT ?"_s.arg(column);
    } else {
        return {};
    }
    if (!prepare(q, sql, error))
        return {};
    if (kind == 0)
        q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
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

bool SqliteHistoryBackend::forEach(const HistoryFilter &filter, int batchSize,
                                   const std::function<bool(const QList<HistoryEvent> &)> &sink,
                                   QString *error)
{
    std::optional<HistoryKey> from;
    while (true) {
        QString pageError;
        QList<HistoryEvent> batch = page(filter, from, batchSize + 1, true, &pageError);
        if (!pageError.isEmpty()) {
            if (error)
                *error = pageError;
            return false;
        }
        const bool more = batch.size() > batchSize;
        if (more) {
            from = HistoryKey{batch.last().timeNs, batch.last().rowId};
            batch.removeLast();
        }
        if (!batch.isEmpty() && !sink(batch))
            return true;
        if (!more)
            return true;
    }
}

} // namespace tid::core
