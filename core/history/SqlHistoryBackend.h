#pragma once

#include "core/history/HistoryBackend.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>

class QSqlError;
class QSqlQuery;

namespace tid::core {

// What the SQLite and the PostgreSQL stores share: the logical schema's queries over Qt SQL —
// the filter language as a parameterised WHERE clause (one builder for both), the `terms`
// cache, pages by keyset, facets, timeline, chains, completions and meta. A subclass opens its
// connection, creates or migrates the schema and writes (each database has its fast path).
class SqlHistoryBackend : public HistoryBackend
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };

    ~SqlHistoryBackend() override;
    SqlHistoryBackend(const SqlHistoryBackend &) = delete;
    SqlHistoryBackend &operator=(const SqlHistoryBackend &) = delete;

    std::optional<QString> meta(const QString &key, QString *error = nullptr) override;
    bool setMeta(const QString &key, const QString &value, QString *error = nullptr) override;
    qint64 count(const HistoryFilter &filter, QString *error) override;
    QList<HistoryEvent> page(const HistoryFilter &filter, const std::optional<HistoryKey> &from,
                             int limit, bool ascending, QString *error) override;
    HistoryFacets facets(const HistoryFilter &filter, int topN, QString *error) override;
    QList<HistoryBucket> timeline(const HistoryFilter &filter, qint64 bucketNs,
                                  QString *error) override;
    QPair<qint64, qint64> timeRange(const HistoryFilter &filter, QString *error) override;
    std::optional<HistoryEvent> event(qint64 rowId, QString *error) override;
    QList<HistoryEvent> linked(const HistoryEvent &event, int limit, QString *error) override;
    QList<DelegationChain> chains(const HistoryFilter &filter, int limit, QString *error) override;
    QStringList values(HistoryFilter::Field field, const QString &prefix, int limit,
                       QString *error) override;
    bool forEach(const HistoryFilter &filter, int batchSize,
                 const std::function<bool(const QList<HistoryEvent> &)> &sink,
                 QString *error) override;

    // The SQL WHERE clause of a filter and its bound values (exposed for tests and EXPLAIN).
    // Only values from the filter are bound; the SQL text holds nothing the user typed.
    struct Where
    {
        QString sql;
        QVariantList values;
        QString error; // a filter this store cannot evaluate (its queries then fail with it)
        bool failed(QString *out) const
        {
            if (error.isEmpty())
                return false;
            if (out)
                *out = error;
            return true;
        }
    };
    Where where(const HistoryFilter &filter);

    // policy:FILE terms are evaluated in C++ over the rows the rest of the WHERE clause lets
    // through: SQLite calls tid_policy(key, type, grant_type, scope, subject, audience, act,
    // client) — this — for each. True when the row is a TOKEN_ISSUED event whose token holds
    // every rule of the policy where() registered under `key`; nullopt for any other event.
    std::optional<bool> policyHolds(const QString &key, qint64 type, qint64 grant, qint64 scope,
                                    qint64 subject, qint64 audience, const QString &act,
                                    qint64 client);

protected:
    explicit SqlHistoryBackend(Dialect dialect);

    enum TermKind
    {
        TypeTerm = 1,
        ClientTerm = 2,
        GrantTerm = 3,
        ScopeTerm = 4,
        SubjectTerm = 5,
        AudienceTerm = 6,
    };
    enum SourceBits
    {
        FileBit = 1,
        ApiBit = 2,
    };
    static constexpr int TermKinds = 7;
    // The columns readEvents() decodes, in its order, of the events table aliased `e`.
    static const QString Columns;

    // Overridable so that a backend can explain its errors (e.g. a role without a privilege).
    virtual QString errorText(const QSqlError &error) const;
    // Called when a call starts, before its queries exist: a backend whose server went away
    // reconnects (which ends every query of the connection).
    virtual bool connectionReady(QString *error)
    {
        Q_UNUSED(error)
        return true;
    }
    bool exec(QSqlQuery &query, QString *error);
    bool prepare(QSqlQuery &query, const QString &sql, QString *error);

    // The id of a term, inserted when new (in the caller's transaction); invalid on error.
    QVariant termId(int kind, const QString &text, QString *error);
    QString termText(qint64 id);
    void loadTerms(); // terms added since the last call (ids only grow)
    void forgetTerms();
    QList<HistoryEvent> readEvents(QSqlQuery &query);
    // Joins `e` into the other source's row of the same occurrence when there is one (a file
    // line and its audit event, docs/history.md): that row gets `e`'s id and text as its twin
    // and what only the API knows. `*merged` false: no such row (store `e` as its own).
    bool mergeTwin(const HistoryEvent &e, QString *error, bool *merged);
    // The end of an insert: `meta` stored in the open transaction, which then commits.
    bool commitWithMeta(const QList<QPair<QString, QString>> &meta, QString *error);
    // An event's original text as the `raw` column keeps it.
    QVariant storedRaw(const QByteArray &raw) const;

    // Event ids as stored: SQLite keeps a UUID as its 16 bytes, anything else as text.
    static QByteArray idKey(const QString &id);
    static QString idText(const QVariant &stored);
    static QVariant textOrNull(const QString &s);
    static QStringList scopeSet(const QString &scope);

    // A policy term of a filter: the policy, TOKEN_ISSUED's term id, and the subjects the store
    // has seen sign in (a TOKEN_ISSUED through authorization code or CIBA): users.
    struct PolicyContext
    {
        std::shared_ptr<const ChainPolicy> policy;
        qint64 tokenIssued = -1;
        QSet<qint64> userSubjects;
        QHash<QString, bool> verdicts; // memo of policyHolds() for this where()
    };
    QString registerPolicy(const std::shared_ptr<const ChainPolicy> &policy);
    HistoryFacets facetsInOnePass(const Where &w, int topN, QString *error);

    Dialect m_dialect;
    QSqlDatabase m_db;
    QHash<QString, PolicyContext> m_policies;
    QHash<QString, QJsonObject> m_actCache; // act texts → objects, for tid_policy()
    QHash<QString, qint64> m_termIds[TermKinds];
    QHash<qint64, QString> m_termTexts;
    qint64 m_maxTermId = 0;
};

} // namespace tid::core
