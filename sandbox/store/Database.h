#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace tid::sandbox {

// The sandbox's SQLite store: one named connection, WAL, foreign keys, and forward-only
// migrations tracked per module in `schema_version(module, version)` so that each module (admin,
// oauth, ciba, audit, ...) owns its own tables without a shared migration list.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // path empty => in-memory database.
    explicit Database(const QString &path);
    ~Database();

    bool open(QString *error);
    QSqlDatabase db() const;
    bool isInMemory() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }

    // Applies steps[currentVersion..] for `module`, each in its own transaction. A step may hold
    // several statements separated by ";\n".
    bool migrate(const QString &module, const QStringList &steps, QString *error);
    int schemaVersion(const QString &module) const;

    // Runs fn inside a transaction; commits when it returns true, rolls back otherwise.
    // Nested calls join the outer transaction.
    bool transaction(const std::function<bool()> &fn);

private:
    QString m_path;
    QString m_connectionName;
    int m_txDepth = 0;
};

} // namespace tid::sandbox
