#include "core/history/PostgresHistoryBackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresHistoryBackend", text);
}

// Serialises schema changes and new terms between every console on the server.
constexpr qint64 MigrationLock = 0x7469642d6869'01; // "tid-hi" 1
constexpr qint64 TermsLock = 0x7469642d6869'02;

// Internal meta key: set once the store holds an audit-API event (file lines then look for
// their twin; before, they go the bulk path).
const QString HasApiKey = u"store:has-api-events"_s;

// Version 1: the logical schema of the SQLite store, with ids claimed in `event_ids` (a unique
// constraint of a partitioned table must include the partition key; ids must be unique across
// months) and `raw` as text (ILIKE for the free-text terms).
const char *const MigrationV1[] = {
    "CREATE TABLE meta(key text PRIMARY KEY, value text)",
    "CREATE TABLE terms(id bigserial PRIMARY KEY, kind smallint NOT NULL, text text NOT NULL, "
    "UNIQUE(kind, text))",
    "CREATE TABLE event_ids(event_id text PRIMARY KEY, ts bigint NOT NULL)",
    "CREATE SEQUENCE events_id_seq AS bigint",
    // source: 1 file, 2 audit API, 3 both (merged). ts: ns since the epoch. Low-cardinality
    // text columns reference terms. raw: the first source's original text; twin_*: the other's.
    "CREATE TABLE events(id bigint NOT NULL DEFAULT nextval('events_id_seq'), event_id text NOT "
    "NULL, twin_id text, source smallint NOT NULL, ts bigint NOT NULL, type bigint NOT NULL, "
    "outcome smallint NOT NULL, client bigint, grant_type bigint, scope bigint, subject bigint, "
    "audience bigint, trace text, jti text, parent_jti text, act text, depth integer NOT NULL "
    "DEFAULT 0, error_code text, raw text NOT NULL, twin_raw text) PARTITION BY RANGE (ts)",
    "ALTER SEQUENCE events_id_seq OWNED BY events.id",
    // (ts, id) is the table's keyset order; the others serve the filter keys.
    "CREATE INDEX events_ts ON events(ts, id)",
    "CREATE INDEX events_id ON events(id)",
    "CREATE INDEX events_outcome_ts ON events(outcome, ts)",
    "CREATE INDEX events_grant_ts ON events(grant_type, ts)",
    "CREATE INDEX events_client_ts ON events(client, ts)",
    "CREATE INDEX events_type_ts ON events(type, ts)",
    "CREATE INDEX events_subject_ts ON events(subject, ts)",
    "CREATE INDEX events_trace ON events(trace) WHERE trace IS NOT NULL",
    "CREATE INDEX events_jti ON events(jti) WHERE jti IS NOT NULL",
    "CREATE INDEX events_parent ON events(parent_jti) WHERE parent_jti IS NOT NULL",
    "CREATE INDEX events_twin ON events(twin_id) WHERE twin_id IS NOT NULL",
    // The month's partition, created by the schema's owner for any writer. It is created apart
    // and attached (SHARE UPDATE EXCLUSIVE): readers and other writers go on meanwhile.
    "CREATE FUNCTION tid_history_partition(y integer, m integer) RETURNS void LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path FROM CURRENT AS $$\n"
    "DECLARE\n"
    "  lo timestamptz := make_timestamptz(y, m, 1, 0, 0, 0, 'UTC');\n"
    "  name text := format('events_%s', to_char(lo AT TIME ZONE 'UTC', 'YYYY_MM'));\n"
    "  lo_ns bigint := extract(epoch FROM lo)::bigint * 1000000000;\n"
    "  hi_ns bigint := extract(epoch FROM lo + interval '1 month')::bigint * 1000000000;\n"
    "BEGIN\n"
    "  PERFORM pg_advisory_xact_lock(1953064047, y * 12 + m);\n"
    "  IF to_regclass(name) IS NULL THEN\n"
    "    EXECUTE format('CREATE TABLE %I (LIKE events INCLUDING DEFAULTS, CHECK (ts >= %s AND "
    "ts < %s))', name, lo_ns, hi_ns);\n"
    "    EXECUTE format('ALTER TABLE events ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', "
    "name, lo_ns, hi_ns);\n"
    "  END IF;\n"
    "END $$",
};

struct Migration
{
    const char *const *statements;
    size_t count;
};
const Migration Migrations[] = {
    {MigrationV1, std::size(MigrationV1)},
};
static_assert(std::size(Migrations) == PostgresHistoryBackend::SchemaVersion);

const char EventColumns[] =
    "event_id, source, ts, type, outcome, client, grant_type, scope, "
    "subject, audience, trace, jti, parent_jti, act, depth, error_code, raw";
constexpr int ColumnsPerRow = 17;

QString rowsOf(int rows, int columns)
{
    QString one = u"("_s;
    for (int c = 0; c < columns; ++c)
        one += c ? u",?"_s : u"?"_s;
    one += u')';
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r)
        all << one;
    return all.join(u',');
}

int monthOf(qint64 timeNs)
{
    const qint64 ms = timeNs / 1000000 - (timeNs % 1000000 < 0 ? 1 : 0);
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return d.year() * 12 + d.month() - 1;
}

bool isConnectionLoss(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // 08: connection exceptions; 57P01-03: the server shuts down or cannot take connections.
    if (error.type() == QSqlError::ConnectionError || code.startsWith(u"08"_s) ||
        code.startsWith(u"57P"_s))
        return true;
    // libpq's own messages carry no SQLSTATE.
    const QString text = error.databaseText();
    return code.isEmpty() && error.type() != QSqlError::NoError &&
           (text.contains(u"server closed the connection"_s) ||
            text.contains(u"no connection to the server"_s) ||
            text.contains(u"could not send data to server"_s) ||
            text.contains(u"could not receive data from server"_s));
}

} // namespace

bool PostgresHistoryBackend::Location::isPostgres(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

std::optional<PostgresHistoryBackend::Location>
PostgresHistoryBackend::Location::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!isPostgres(text) || !url.isValid())
        return fail(tr("Not a PostgreSQL location (postgresql://user@host:port/database)."));
    if (!url.password().isEmpty())
        return fail(tr("Put the database password in the keychain or PGPASSWORD, not in the "
                       "location."));
    Location l;
    l.user = url.userName();
    l.host = url.host();
    l.port = url.port(5432);
    l.database = url.path().mid(1);
    if (l.host.isEmpty() || l.database.isEmpty() || l.database.contains(u'/'))
        return fail(tr("A PostgreSQL location names a host and a database: "
                       "postgresql://user@host:port/database."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode"_s)
            return fail(
                tr("Unknown option “%1” in the location (only sslmode is known).").arg(key));
        static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                          u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        if (!modes.contains(value))
            return fail(tr("sslmode is one of %1.").arg(modes.join(u", "_s)));
        l.sslMode = value;
    }
    return l;
}

QString PostgresHistoryBackend::Location::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    if (!sslMode.isEmpty())
        url.setQuery(u"sslmode="_s + sslMode);
    return url.toString();
}

PostgresHistoryBackend::PostgresHistoryBackend(const Location &location, const QString &password)
    : SqlHistoryBackend(Dialect::Postgres)
    , m_location(location)
    , m_password(password)
    , m_connection(u"tid-history-pg-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PostgresHistoryBackend::~PostgresHistoryBackend()
{
    close();
}

void PostgresHistoryBackend::resetStatements()
{
    m_claimOne.reset();
    m_claimMany.reset();
    m_insertMany.reset();
    m_insertOne.reset();
}

void PostgresHistoryBackend::close()
{
    resetStatements();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString PostgresHistoryBackend::errorText(const QSqlError &error) const
{
    if (!m_reconnectError.isEmpty() && !m_db.isOpen())
        return m_reconnectError;
    if (m_db.isValid() && !m_db.isOpen()) {
        m_lost = true;
        return tr("The connection to the history database %1 was lost; it is opened again with "
                  "the next request.")
            .arg(m_location.toString());
    }
    if (isConnectionLoss(error))
        m_lost = true;
    const QString code = error.nativeErrorCode();
    m_lastCode = code;
    if (code == u"42501"_s)
        return tr("The database role “%1” may only read this token history; importing and "
                  "syncing need the importer role (%2).")
            .arg(m_location.user, error.databaseText());
    return tr("history database error (%1): %2")
        .arg(m_location.toString(),
             error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

bool PostgresHistoryBackend::connectionReady(QString *error)
{
    // QPSQL reports a session the server ended as not open (libpq's connection status).
    if (!m_lost && m_db.isOpen())
        return true;
    if (!m_db.isValid()) {
        if (error)
            *error = tr("The history database %1 is not open.").arg(m_location.toString());
        return false;
    }
    // The server went away (restart, failover): a new session, new prepared statements.
    resetStatements();
    m_db.close();
    if (!m_db.open()) {
        m_reconnectError =
            tr("Cannot reach the history database %1: %2")
                .arg(m_location.toString(), m_db.lastError().databaseText().trimmed());
        if (error)
            *error = m_reconnectError;
        return false;
    }
    m_reconnectError.clear();
    m_lost = false;
    m_months.clear();
    return true;
}

bool PostgresHistoryBackend::connect(QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    if (!m_db.isValid()) {
        if (error)
            *error = tr("Qt's PostgreSQL driver (QPSQL) is not installed (Debian: "
                        "libqt6sql6-psql).");
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_db.setHostName(m_location.host);
    m_db.setPort(m_location.port);
    m_db.setDatabaseName(m_location.database);
    m_db.setUserName(m_location.user);
    m_db.setPassword(m_password);
    QStringList options{u"connect_timeout=10"_s, u"application_name=thunderid-console"_s};
    if (!m_location.sslMode.isEmpty())
        options << u"sslmode="_s + m_location.sslMode;
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        // libpq's message names the host and the reason, never the password.
        if (error)
            *error = tr("Cannot open the history database %1: %2")
                         .arg(m_location.toString(), m_db.lastError().databaseText().trimmed());
        close();
        return false;
    }
    return true;
}

bool PostgresHistoryBackend::open(QString *error)
{
    if (m_db.isValid() && m_db.isOpen())
        return true;
    if (!connect(error))
        return false;
    QSqlQuery q(m_db);
    // Instants are integers; text compares byte-wise like SQLite's; UTC for the partitions.
    for (const char *setting : {"SET TIME ZONE 'UTC'", "SET client_min_messages = warning"}) {
        if (!q.exec(QString::fromLatin1(setting))) {
            if (error)
                *error = errorText(q.lastError());
            close();
            return false;
        }
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    loadTerms();
    return true;
}

bool PostgresHistoryBackend::migrate(QString *error)
{
    auto readVersion = [this](int *version, QString *readError) {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) || !q.next()) {
            *readError = errorText(q.lastError());
            return false;
        }
        if (!q.value(0).toBool()) {
            *version = 0;
            return true;
        }
        if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_version"_s) || !q.next()) {
            *readError = errorText(q.lastError());
            return false;
        }
        *version = q.value(0).toInt();
        return true;
    };
    auto newer = [this, error] {
        if (error)
            *error = tr("The history database %1 has schema version %2, newer than this console "
                        "knows (%3). Use a newer console or another database.")
                         .arg(m_location.toString())
                         .arg(m_schemaVersion)
                         .arg(SchemaVersion);
        return false;
    };
    QString readError;
    // Read without a lock first: a current schema (and a read-only role) needs no DDL.
    if (!readVersion(&m_schemaVersion, &readError)) {
        if (error)
            *error = readError;
        return false;
    }
    if (m_schemaVersion > SchemaVersion)
        return newer();
    if (m_schemaVersion >= m_targetVersion)
        return true;
    QSqlQuery q(m_db);
    auto failed = [&](const QString &what) {
        const QString text = errorText(q.lastError());
        m_db.rollback();
        if (error)
            *error = what.isEmpty() ? text : what.arg(text);
        return false;
    };
    if (!m_db.transaction())
        return failed({});
    // One console migrates; the others wait and find the work done.
    q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
    q.addBindValue(MigrationLock);
    if (!q.exec())
        return failed({});
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version(version integer NOT NULL)"_s))
        return failed(tr("The history database has no schema yet and this role cannot create it "
                         "(the schema's owner opens it first): %1"));
    if (!readVersion(&m_schemaVersion, &readError)) {
        m_db.rollback();
        if (error)
            *error = readError;
        return false;
    }
    if (m_schemaVersion > SchemaVersion) {
        m_db.rollback();
        return newer();
    }
    for (int v = m_schemaVersion + 1; v <= m_targetVersion; ++v) {
        const Migration &m = Migrations[v - 1];
        for (size_t i = 0; i < m.count; ++i)
            if (!q.exec(QString::fromUtf8(m.statements[i])))
                return failed(tr("Cannot create the history schema: %1"));
        q.prepare(u"INSERT INTO schema_version(version) VALUES (?)"_s);
        q.addBindValue(v);
        if (!q.exec())
            return failed({});
    }
    if (!m_db.commit())
        return failed({});
    m_schemaVersion = std::max(m_schemaVersion, m_targetVersion);
    return true;
}

bool PostgresHistoryBackend::ensureTerms(const QList<HistoryEvent> &events, QString *error)
{
    QList<QPair<int, QString>> missing;
    QSet<QPair<int, QString>> seen;
    auto want = [&](int kind, const QString &text) {
        if (text.isEmpty() || m_termIds[kind].contains(text))
            return;
        const QPair<int, QString> key{kind, text};
        if (!seen.contains(key)) {
            seen.insert(key);
            missing << key;
        }
    };
    for (const HistoryEvent &e : events) {
        want(TypeTerm, e.type);
        want(ClientTerm, e.clientId);
        want(GrantTerm, e.grantType);
        want(ScopeTerm, e.scope);
        want(SubjectTerm, e.subject);
        want(AudienceTerm, e.audience);
    }
    if (missing.isEmpty())
        return true;
    loadTerms(); // another console may have added them
    missing.removeIf(
        [this](const QPair<int, QString> &k) { return m_termIds[k.first].contains(k.second); });
    if (missing.isEmpty())
        return true;
    std::sort(missing.begin(), missing.end());
    // New terms get their ids under one lock, committed before it is released: ids become
    // visible in increasing order, so loadTerms() (id > the last seen) never misses one.
    QSqlQuery q(m_db);
    if (!m_db.transaction()) {
        if (error)
            *error = errorText(m_db.lastError());
        return false;
    }
    q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
    q.addBindValue(TermsLock);
    bool ok = q.exec();
    if (!ok && error)
        *error = errorText(q.lastError());
    for (qsizetype i = 0; ok && i < missing.size(); ++i)
        ok = termId(missing[i].first, missing[i].second, error).isValid();
    if (ok && !m_db.commit()) {
        ok = false;
        if (error)
            *error = errorText(m_db.lastError());
    }
    if (!ok) {
        m_db.rollback();
        forgetTerms(); // ids cached from the rolled-back transaction
        loadTerms();
        return false;
    }
    return true;
}

bool PostgresHistoryBackend::ensurePartitions(const QList<HistoryEvent> &events, QString *error)
{
    QSet<int> months;
    for (const HistoryEvent &e : events) {
        const int m = monthOf(e.timeNs);
        if (!m_months.contains(m))
            months.insert(m);
    }
    if (months.isEmpty())
        return true;
    QList<int> sorted(months.begin(), months.end());
    std::sort(sorted.begin(), sorted.end());
    QSqlQuery q(m_db);
    if (!prepare(q, u"SELECT tid_history_partition(?, ?)"_s, error))
        return false;
    for (const int m : sorted) {
        q.bindValue(0, m / 12);
        q.bindValue(1, m % 12 + 1);
        if (!exec(q, error))
            return false;
        m_months.insert(m);
    }
    return true;
}

bool PostgresHistoryBackend::storeHasApiEvents(QString *error)
{
    if (m_hasApi)
        return true;
    const auto value = meta(HasApiKey, error);
    m_hasApi = value.has_value();
    return m_hasApi;
}

HistoryInsertResult PostgresHistoryBackend::insert(const QList<HistoryEvent> &events,
                                                   const QList<QPair<QString, QString>> &meta,
                                                   QString *error)
{
    for (int attempt = 0;; ++attempt) {
        bool retry = false;
        QString attemptError;
        HistoryInsertResult r;
        // Terms and partitions first, each in its own short transaction: the batch's
        // transaction then holds no lock another writer needs for those.
        if (connectionReady(&attemptError) && ensureTerms(events, &attemptError) &&
            ensurePartitions(events, &attemptError))
            r = insertOnce(events, meta, &attemptError, &retry);
        if (attemptError.isEmpty())
            return r;
        // Two writers that claim ids in opposite orders could deadlock; sorted claims cannot,
        // but a merge (which updates another row) still might: the server aborts one, which
        // tries again. A session the server ended (restart, failover) is opened again once.
        retry = retry || (m_lost && attempt == 0);
        if (!retry || attempt >= 4) {
            if (error)
                *error = attemptError;
            return {};
        }
    }
}

HistoryInsertResult PostgresHistoryBackend::insertOnce(const QList<HistoryEvent> &events,
                                                       const QList<QPair<QString, QString>> &meta,
                                                       QString *error, bool *retry)
{
    HistoryInsertResult result;
    if (!connectionReady(error))
        return result;
    if (!m_db.transaction()) {
        if (error)
            *error = errorText(m_db.lastError());
        return result;
    }
    m_lastCode.clear();
    auto fail = [&] {
        // A deadlock or serialization failure: the server rolled the batch back; try again.
        *retry = m_lastCode == u"40P01"_s || m_lastCode == u"40001"_s;
        m_db.rollback();
        return HistoryInsertResult{};
    };
    QList<const HistoryEvent *> sorted;
    sorted.reserve(events.size());
    bool fileOnly = true;
    for (const HistoryEvent &e : events) {
        sorted << &e;
        fileOnly = fileOnly && e.source == HistoryEvent::Source::File;
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const HistoryEvent *a, const HistoryEvent *b) { return a->id < b->id; });
    QString metaError;
    const bool hasApi = storeHasApiEvents(&metaError);
    if (!metaError.isEmpty()) {
        if (error)
            *error = metaError;
        return fail();
    }
    if (fileOnly && !hasApi) {
        // Nothing to join: claim the ids of many rows at once, then insert the rows that won.
        for (qsizetype start = 0; start < sorted.size(); start += RowsPerStatement) {
            const auto chunk = sorted.mid(start, RowsPerStatement);
            QSqlQuery adHoc(m_db);
            QSqlQuery *claim = &adHoc;
            const QString sql = u"INSERT INTO event_ids(event_id, ts) VALUES "_s +
                                rowsOf(int(chunk.size()), 2) +
                                u" ON CONFLICT DO NOTHING RETURNING event_id"_s;
            if (chunk.size() == RowsPerStatement) {
                if (!m_claimMany) {
                    m_claimMany = std::make_unique<QSqlQuery>(m_db);
                    if (!prepare(*m_claimMany, sql, error)) {
                        m_claimMany.reset();
                        return fail();
                    }
                }
                claim = m_claimMany.get();
            } else if (!prepare(adHoc, sql, error)) {
                return fail();
            }
            int i = 0;
            for (const HistoryEvent *e : chunk) {
                claim->bindValue(i++, e->id);
                claim->bindValue(i++, e->timeNs);
            }
            if (!exec(*claim, error))
                return fail();
            QSet<QString> won;
            while (claim->next())
                won.insert(claim->value(0).toString());
            claim->finish();
            QList<const HistoryEvent *> rows;
            for (const HistoryEvent *e : chunk)
                if (won.remove(e->id)) // an id twice in the batch: its first line
                    rows << e;
            result.duplicates += chunk.size() - rows.size();
            if (!rows.isEmpty() && !insertRows(rows, error))
                return fail();
            result.inserted += rows.size();
        }
    } else {
        if (!m_claimOne) {
            m_claimOne = std::make_unique<QSqlQuery>(m_db);
            if (!prepare(*m_claimOne,
                         u"INSERT INTO event_ids(event_id, ts) VALUES (?, ?) ON CONFLICT DO "
                         "NOTHING RETURNING event_id"_s,
                         error)) {
                m_claimOne.reset();
                return fail();
            }
        }
        bool storedApi = false;
        for (const HistoryEvent *e : std::as_const(sorted)) {
            m_claimOne->bindValue(0, e->id);
            m_claimOne->bindValue(1, e->timeNs);
            if (!exec(*m_claimOne, error))
                return fail();
            const bool claimed = m_claimOne->next();
            m_claimOne->finish();
            if (!claimed) {
                ++result.duplicates;
                continue;
            }
            bool merged = false;
            if (!mergeTwin(*e, error, &merged))
                return fail();
            if (merged) {
                ++result.merged;
                continue;
            }
            if (!insertRows({e}, error))
                return fail();
            ++result.inserted;
            storedApi = storedApi || e->source == HistoryEvent::Source::AuditApi;
        }
        if (storedApi && !hasApi && !setMeta(HasApiKey, u"1"_s, error))
            return fail();
    }
    for (const auto &[key, value] : meta) {
        if (!setMeta(key, value, error))
            return fail();
    }
    if (!m_db.commit()) {
        if (error)
            *error = errorText(m_db.lastError());
        return fail();
    }
    return result;
}

bool PostgresHistoryBackend::insertRows(const QList<const HistoryEvent *> &rows, QString *error)
{
    const QString sql = u"INSERT INTO events("_s + QString::fromLatin1(EventColumns) +
                        u") VALUES "_s + rowsOf(int(rows.size()), ColumnsPerRow);
    QSqlQuery adHoc(m_db);
    QSqlQuery *q = &adHoc;
    std::unique_ptr<QSqlQuery> *cached = rows.size() == RowsPerStatement ? &m_insertMany
                                         : rows.size() == 1              ? &m_insertOne
                                                                         : nullptr;
    if (cached) {
        if (!*cached) {
            *cached = std::make_unique<QSqlQuery>(m_db);
            if (!prepare(**cached, sql, error)) {
                cached->reset();
                return false;
            }
        }
        q = cached->get();
    } else if (!prepare(adHoc, sql, error)) {
        return false;
    }
    const QVariant nullText(QMetaType(QMetaType::QString));
    auto term = [this](int kind, const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                              : QVariant(m_termIds[kind].value(text));
    };
    int i = 0;
    for (const HistoryEvent *e : rows) {
        q->bindValue(i++, e->id);
        q->bindValue(i++, e->source == HistoryEvent::Source::File ? int(FileBit) : int(ApiBit));
        q->bindValue(i++, e->timeNs);
        q->bindValue(i++, term(TypeTerm, e->type));
        q->bindValue(i++, int(e->outcome));
        q->bindValue(i++, term(ClientTerm, e->clientId));
        q->bindValue(i++, term(GrantTerm, e->grantType));
        q->bindValue(i++, term(ScopeTerm, e->scope));
        q->bindValue(i++, term(SubjectTerm, e->subject));
        q->bindValue(i++, term(AudienceTerm, e->audience));
        q->bindValue(i++, textOrNull(e->traceId));
        q->bindValue(i++, textOrNull(e->jti));
        q->bindValue(i++, textOrNull(e->parentJti));
        q->bindValue(i++, e->act.isEmpty()
                              ? nullText
                              : QVariant(QString::fromUtf8(
                                    QJsonDocument(e->act).toJson(QJsonDocument::Compact))));
        q->bindValue(i++, e->depth);
        q->bindValue(i++, textOrNull(e->errorCode));
        q->bindValue(i++, QString::fromUtf8(e->raw));
    }
    if (!exec(*q, error))
        return false;
    q->finish();
    return true;
}

bool PostgresHistoryBackend::mergeTwin(const HistoryEvent &e, QString *error, bool *merged)
{
    // The same join as the SQLite store (docs/history.md): a token event by trace, type, client
    // and an instant within 5 s; a revocation by jti.
    *merged = false;
    const bool tokenEvent = e.type == "TOKEN_ISSUED"_L1 || e.type == "TOKEN_ISSUANCE_FAILED"_L1;
    const bool revocation = e.type == "TOKEN_REVOKED"_L1 && !e.jti.isEmpty();
    if (!tokenEvent && !revocation)
        return true;
    if (tokenEvent && e.traceId.isEmpty())
        return true;
    const int otherSource = e.source == HistoryEvent::Source::File ? ApiBit : FileBit;
    const QVariant client = e.clientId.isEmpty()
                                ? QVariant(QMetaType(QMetaType::LongLong))
                                : QVariant(m_termIds[ClientTerm].value(e.clientId));
    QSqlQuery q(m_db);
    QString sql = u"SELECT id, ts FROM events WHERE source = ? AND twin_id IS NULL AND type = ? "
                  "AND "_s;
    sql += tokenEvent ? u"trace = ? AND client IS NOT DISTINCT FROM ? AND ts > ? AND ts < ? "
                        "ORDER BY abs(ts - ?) LIMIT 1 FOR UPDATE"_s
                      : u"jti = ? LIMIT 1 FOR UPDATE"_s;
    if (!prepare(q, sql, error))
        return false;
    q.addBindValue(otherSource);
    q.addBindValue(m_termIds[TypeTerm].value(e.type));
    if (tokenEvent) {
        q.addBindValue(e.traceId);
        q.addBindValue(client);
        q.addBindValue(e.timeNs - 5000000000LL);
        q.addBindValue(e.timeNs + 5000000000LL);
        q.addBindValue(e.timeNs);
    } else {
        q.addBindValue(e.jti);
    }
    if (!exec(q, error))
        return false;
    if (!q.next())
        return true;
    const qint64 rowId = q.value(0).toLongLong();
    const qint64 rowTs = q.value(1).toLongLong();
    q.finish();
    QSqlQuery u(m_db);
    if (e.source == HistoryEvent::Source::AuditApi) {
        // The API's event knows subject, audience and act; the file's does not.
        auto term = [this](int kind, const QString &text) {
            return text.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                  : QVariant(m_termIds[kind].value(text));
        };
        if (!prepare(u,
                     u"UPDATE events SET twin_id = ?, twin_raw = ?, source = 3, "
                     "subject = coalesce(?, subject), audience = coalesce(?, audience), "
                     "jti = coalesce(?, jti), parent_jti = coalesce(?, parent_jti), "
                     "act = coalesce(?, act), depth = greatest(depth, ?) WHERE ts = ? AND id = ?"_s,
                     error))
            return false;
        u.addBindValue(e.id);
        u.addBindValue(QString::fromUtf8(e.raw));
        u.addBindValue(term(SubjectTerm, e.subject));
        u.addBindValue(term(AudienceTerm, e.audience));
        u.addBindValue(textOrNull(e.jti));
        u.addBindValue(textOrNull(e.parentJti));
        u.addBindValue(e.act.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(QString::fromUtf8(
                                             QJsonDocument(e.act).toJson(QJsonDocument::Compact))));
        u.addBindValue(e.depth);
    } else {
        if (!prepare(u,
                     u"UPDATE events SET twin_id = ?, twin_raw = ?, source = 3 WHERE ts = ? AND "
                     "id = ?"_s,
                     error))
            return false;
        u.addBindValue(e.id);
        u.addBindValue(QString::fromUtf8(e.raw));
    }
    u.addBindValue(rowTs);
    u.addBindValue(rowId);
    if (!exec(u, error))
        return false;
    *merged = true;
    return true;
}

HistoryWindowIndex PostgresHistoryBackend::windowIndex(const HistoryFilter &filter, int stride,
                                                       QString *error)
{
    // The server numbers the rows and sends only every stride-th key (not millions of rows).
    HistoryWindowIndex index;
    index.stride = std::max(1, stride);
    const Where w = where(filter);
    QSqlQuery q(m_db);
    if (!prepare(q,
                 u"SELECT ts, id, n FROM (SELECT ts, id, row_number() OVER (ORDER BY ts DESC, id "
                 "DESC) - 1 AS n FROM events WHERE "_s +
                     w.sql + u") s WHERE n % ? = 0 ORDER BY n"_s,
                 error))
        return index;
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(index.stride);
    if (!exec(q, error))
        return index;
    while (q.next())
        index.anchors << HistoryKey{q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    index.count = count(filter, error);
    return index;
}

qint64 PostgresHistoryBackend::purgeBefore(qint64 beforeNs, QString *error)
{
    if (!connectionReady(error))
        return 0;
    if (!m_db.transaction()) {
        if (error)
            *error = errorText(m_db.lastError());
        return 0;
    }
    QSqlQuery q(m_db);
    if (!prepare(q, u"DELETE FROM events WHERE ts < ?"_s, error)) {
        m_db.rollback();
        return 0;
    }
    q.addBindValue(beforeNs);
    if (!exec(q, error)) {
        m_db.rollback();
        return 0;
    }
    const qint64 n = q.numRowsAffected();
    QSqlQuery ids(m_db);
    if (!prepare(ids, u"DELETE FROM event_ids WHERE ts < ?"_s, error)) {
        m_db.rollback();
        return 0;
    }
    ids.addBindValue(beforeNs);
    if (!exec(ids, error) || !m_db.commit()) {
        m_db.rollback();
        return 0;
    }
    return n;
}

} // namespace tid::core
