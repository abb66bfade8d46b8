#pragma once

#include "core/history/HistoryBackend.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace tid::core {

// The local token history: one SQLite file per connection profile (WAL, a schema version with
// forward migrations, batched transactions). Low-cardinality text (types, clients, grants,
// scopes, subjects, audiences) is stored once in `terms` and referenced by id, which keeps the
// database near the size of the original files and makes the filters index lookups.
class SqliteHistoryBackend final : public HistoryBackend
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
    std::optional<QString> meta(const QString &key, QString *error = nullptr) override;
    bool setMeta(const QString &key, const QString &value, QString *error = nullptr) override;
    qint64 count(const HistoryFilter &filter, QString *error) override;
    QList<HistoryEvent> page(const HistoryFilter &filter, const std::optional<HistoryKey> &from,
                             int limit, bool ascending, QString *error) override;
    HistoryWindowIndex windowIndex(const HistoryFilter &filter, int stride,
                                   QString *error) override;
    HistoryFacets facets(const HistoryFilter &filter, int topN, QString *error) override;
    QList<HistoryBucket> timeline(const HistoryFilter &filter, qint64 bucketNs,
                                  QString *error) override;
    QPair<qint64, qint64> timeRange(const HistoryFilter &filter, QString *error) override;
    std::optional<HistoryEvent> event(qint64 rowId, QString *error) override;
    QList<HistoryEvent> linked(const HistoryEvent &event, int limit, QString *error) override;
    QList<DelegationChain> chains(const HistoryFilter &filter, int limit, QString *error) override;
    QStringList values(HistoryFilter::Field field, const QString &prefix, int limit,
                       QString *error) override;
    qint64 purgeBefore(qint64 beforeNs, QString *error) override;
    bool setBulkLoading(bool on, QString *error) override;
    bool forEach(const HistoryFilter &filter, int batchSize,
                 const std::function<bool(const QList<HistoryEvent> &)> &sink,
                 QString *error) override;

    // The SQL WHERE clause of a filter and its bound values (exposed for tests and EXPLAIN).
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Where where(const HistoryFilter &filter);

private:
    enum TermKind
    {
        TypeTerm = 1,
        ClientTerm = 2,
        GrantTerm = 3,
        ScopeTerm = 4,
        SubjectTerm = 5,
        AudienceTerm = 6,
    };
    bool migrate(QString *error);
    QVariant termId(int kind, const QString &text, QString *error);
    QString termText(qint64 id);
    void loadTerms();
    QList<HistoryEvent> readEvents(QSqlQuery &query);
    bool exec(QSqlQuery &query, QString *error);
    bool prepare(QSqlQuery &query, const QString &sql, QString *error);
    bool mergeTwin(const HistoryEvent &e, const QVariant &client, QString *error, bool *merged);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QHash<QString, qint64> m_termIds[7];
    QHash<qint64, QString> m_termTexts;
    qint64 m_maxTermId = 0;
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
