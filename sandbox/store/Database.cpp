#include "sandbox/store/Database.h"

#include "sandbox/Logging.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static QAtomicInt s_connectionCounter;

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(u"tid-sandbox-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    // A shared-cache in-memory database keeps one database for this connection's lifetime.
    db.setDatabaseName(m_path.isEmpty() ? u":memory:"_s : m_path);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA synchronous = NORMAL"_s,
    };
    if (!m_path.isEmpty() && !q.exec(u"PRAGMA journal_mode = WAL"_s)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (module TEXT PRIMARY KEY, "
                "version INTEGER NOT NULL)"_s)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion(const QString &module) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT version FROM schema_version WHERE module = ?"_s);
    q.addBindValue(module);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::migrate(const QString &module, const QStringList &steps, QString *error)
{
    const int current = schemaVersion(module);
    for (int i = current; i < steps.size(); ++i) {
        const bool ok = transaction([&] {
            QSqlQuery q(db());
            const QStringList statements = steps.at(i).split(u";\n"_s, Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (!q.exec(statement)) {
                    if (error)
                        *error = u"%1 migration %2: %3"_s.arg(module).arg(i + 1).arg(
                            q.lastError().text());
                    return false;
                }
            }
            q.prepare(u"INSERT INTO schema_version(module, version) VALUES(?, ?) "
                      "ON CONFLICT(module) DO UPDATE SET version = excluded.version"_s);
            q.addBindValue(module);
            q.addBindValue(i + 1);
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            qCDebug(lcStore) << "migrated" << module << "to version" << i + 1;
            return true;
        });
        if (!ok)
            return false;
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &fn)
{
    if (m_txDepth > 0) {
        ++m_txDepth;
        bool ok = false;
        try {
            ok = fn();
        } catch (...) { // the outermost call rolls back
            --m_txDepth;
            throw;
        }
        --m_txDepth;
        return ok;
    }
    QSqlDatabase d = db();
    if (!d.transaction())
        return false;
    ++m_txDepth;
    bool ok = false;
    try {
        ok = fn();
    } catch (...) {
        --m_txDepth;
        d.rollback();
        throw;
    }
    --m_txDepth;
    if (ok)
        ok = d.commit();
    if (!ok)
        d.rollback();
    return ok;
}

} // namespace tid::sandbox
