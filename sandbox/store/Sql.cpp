#include "sandbox/store/Sql.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QSqlQuery Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        throw SqlError(
            QString(u"prepare failed: "_s + q.lastError().text() + u" in: "_s + sql).toStdString());
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        throw SqlError(QString(u"statement failed: "_s + q.lastError().text() + u" in: "_s + sql)
                           .toStdString());
    }
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

} // namespace tid::sandbox
