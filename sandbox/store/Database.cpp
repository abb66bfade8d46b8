#include "sandbox/store/Database.h"

#include "sandbox/Logging.h"
#include "sandbox/store/Sql.h"

#include <QAtomicInt>
#include <QSqlError>
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
    const QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA synchronous = NORMAL"_s,
    };
    try {
        if (!m_path.isEmpty())
            Sql::exec(db, u"PRAGMA journal_mode = WAL"_s);
        for (const QString &p : pragmas)
            Sql::exec(db, p);
        Sql::exec(db, u"CREATE TABLE IF NOT EXISTS schema_version (module TEXT PRIMARY KEY, "
                      "version INTEGER NOT NULL)"_s);
    } catch (const SqlError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
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
