#include "sandbox/store/Sql.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        throw SqlError(
            QString(u"prepare failed: "_s + q.lastError().text() + u" in: "_s + sql).toStdString());
    }
    return q;
}

void run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec()) {
        throw SqlError(QString(u"statement failed: "_s + q.lastError().text() + u" in: "_s + sql)
                           .toStdString());
    }
}

} // namespace

QSqlQuery Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = prepared(db, sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    run(q, sql);
    return q;
}

QSqlQuery Sql::execNamed(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q = prepared(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    run(q, sql);
    return q;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(db, sql, binds);
    if (q.next())
        return q.value(0);
    return {};
}

bool Sql::exists(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(db, sql, binds);
    return q.next();
}

QVariant Sql::nullable(const QString &value)
{
    if (value.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return value;
}

QString Sql::jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Sql::Page Sql::page(const QSqlDatabase &db, const QString &columns, const QString &from,
                    const QString &orderBy, const QVariantList &binds, int limit, int offset)
{
    Page out;
    out.total = scalar(db, QString(u"SELECT COUNT(*)"_s + from), binds).toInt();
    QVariantList all = binds;
    all << limit << offset;
    out.rows =
        exec(db, QString(u"SELECT "_s + columns + from + u" "_s + orderBy + u" LIMIT ? OFFSET ?"_s),
             all);
    return out;
}

} // namespace tid::sandbox
