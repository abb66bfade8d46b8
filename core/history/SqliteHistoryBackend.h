#pragma once

#include "core/history/SqlHistoryBackend.h"

#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace tid::core {

// The local token history: one SQLite file per connection profile (WAL, a schema version with
// forward migrations, batched transactions). Low-cardinality text (types, clients, grants,
// scopes, subjects, audiences) is stored once in `terms` and referenced by id, which keeps the
// database near the size of the original files and makes the filters index lookups.
class SqliteHistoryBackend final : public SqlHistoryBackend
{
public:
    explicit SqliteHistoryBackend(const QString &path);
    ~SqliteHistoryBackend() override;
    SqliteHistoryBackend(const SqliteHistoryBackend &) = delete;
    SqliteHistoryBackend &operator=(const SqliteHistoryBackend &) = delete;

    bool open(QString *error) override;
    void close() override;
    QString location() const override { return m_path; }
    int schemaVersion() const override { return m_schemaVersion; }

    HistoryInsertResult insert(const QList<HistoryEvent> &events,
                               const QList<QPair<QString, QString>> &meta, QString *error) override;
    HistoryWindowIndex windowIndex(const HistoryFilter &filter, int stride,
                                   QString *error) override;
    qint64 purgeBefore(qint64 beforeNs, QString *error) override;
    bool setBulkLoading(bool on, QString *error) override;
    bool packsRaw() const override { return true; }

private:
    bool migrate(QString *error);

    QString m_path;
    QString m_connection;
    int m_schemaVersion = 0;
    bool m_hasFile = false;
    bool m_hasApi = false;
    bool m_hasTwins = false;
    bool m_bulk = false;
    ::sqlite3 *m_handle = nullptr;               // the QSQLITE connection's, for the bulk insert
    ::sqlite3_stmt *m_insertStmt = nullptr;      // prepared once per connection
    ::sqlite3_stmt *m_multiInsertStmt = nullptr; // RowsPerStatement rows at once
    static constexpr int RowsPerStatement = 32;
    std::unique_ptr<QSqlQuery> m_isTwin;
};

} // namespace tid::core
