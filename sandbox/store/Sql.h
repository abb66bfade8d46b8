#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <stdexcept>

namespace tid::sandbox {

// Thrown by Sql on a failed statement. HttpServer turns it into a 500, and Database::transaction
// rolls the surrounding transaction back, so a handler never leaves half-written rows.
class SqlError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Small helpers over prepared statements. Every call throws SqlError on failure.
class Sql final
{
public:
    static QSqlQuery exec(const QSqlDatabase &db, const QString &sql,
                          const QVariantList &binds = {});
    // The same with named placeholders (":name" -> value), for a statement that uses one value
    // in several places.
    static QSqlQuery execNamed(const QSqlDatabase &db, const QString &sql,
                               const QVariantMap &binds);
    // First column of the first row, or an invalid QVariant when there is no row.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &binds = {});
    static bool exists(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
    // NULL for an empty string, the string otherwise.
    static QVariant nullable(const QString &value);
    // A JSON object as the store keeps it in a TEXT column (compact).
    static QString jsonText(const QJsonObject &object);

    // Count-then-page, the shape of every list: `total` is SELECT COUNT(*) <from>, `rows` runs
    // SELECT <columns> <from> <orderBy> LIMIT ? OFFSET ? with the same binds. `from` holds the
    // FROM clause and any WHERE (e.g. " FROM roles WHERE ou_id = ?").
    struct Page
    {
        int total = 0;
        QSqlQuery rows;
    };
    static Page page(const QSqlDatabase &db, const QString &columns, const QString &from,
                     const QString &orderBy, const QVariantList &binds, int limit, int offset);
};

} // namespace tid::sandbox
