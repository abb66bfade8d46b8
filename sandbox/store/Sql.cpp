#include "sandbox/store/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

// The driver's text and the statement go into the exception, for the server's log only (the
// HTTP layer answers a generic 500).
[[noreturn]] void fail(const char *what, const QSqlQuery &q, const QString &sql)
{
    const QString text =
        QLatin1StringView(what) + u": "_s + q.lastError().text() + u" in: "_s + sql;
    throw SqlError(text.toStdString());
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        fail("prepare failed", q, sql);
    return q;
}

void run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec())
        fail("statement failed", q, sql);
}

} // namespace

struct Sql::Rows::Slot
{
    QSqlQuery query;
    bool busy = false;
    bool write = false;
};

namespace {

std::atomic<quint64> s_generation{1};
thread_local bool t_trackedWrite = false;

void afterWrite()
{
    t_trackedWrite = true;
    s_generation.fetch_add(1, std::memory_order_acq_rel);
}

} // namespace

quint64 Sql::generation()
{
    return s_generation.load(std::memory_order_acquire);
}

void Sql::invalidate()
{
    s_generation.fetch_add(1, std::memory_order_acq_rel);
}

bool Sql::takeTrackedWrite()
{
    return std::exchange(t_trackedWrite, false);
}

bool Sql::isWrite(const QString &sql)
{
    const QStringView text = QStringView(sql).trimmed();
    const auto starts = [&](QLatin1StringView word) {
        return text.startsWith(word, Qt::CaseInsensitive);
    };
    if (starts("SELECT"_L1) || starts("PRAGMA"_L1) || starts("BEGIN"_L1) || starts("COMMIT"_L1) ||
        starts("ROLLBACK"_L1) || starts("SAVEPOINT"_L1) || starts("RELEASE"_L1) || starts("END"_L1))
        return false;
    if (starts("WITH"_L1)) {
        for (const auto word : {"INSERT"_L1, "UPDATE"_L1, "DELETE"_L1, "REPLACE"_L1}) {
            if (text.contains(word, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

namespace {

// connection name -> SQL -> slot. A connection belongs to one thread, so only that thread ever
// touches its slots; the lock guards the maps themselves (and dropStatements from another
// thread, once the connection's thread no longer uses it).
QMutex s_cacheLock;
QHash<QString, QHash<QString, std::shared_ptr<Sql::Rows::Slot>>> &statementCache()
{
    static QHash<QString, QHash<QString, std::shared_ptr<Sql::Rows::Slot>>> cache;
    return cache;
}
constexpr qsizetype MaxCachedPerConnection = 256;

} // namespace

Sql::Rows::Rows(QSqlQuery *query, std::shared_ptr<Slot> slot, std::unique_ptr<QSqlQuery> own)
    : m_query(query)
    , m_slot(std::move(slot))
    , m_own(std::move(own))
{}

Sql::Rows::Rows(Rows &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_slot(std::move(other.m_slot))
    , m_own(std::move(other.m_own))
{}

Sql::Rows::~Rows()
{
    if (!m_query)
        return;
    m_query->finish(); // sqlite3_reset: the read transaction ends here
    if (m_slot)
        m_slot->busy = false;
}

Sql::Rows Sql::query(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                     Tracking tracking)
{
    std::shared_ptr<Rows::Slot> slot;
    {
        QMutexLocker lock(&s_cacheLock);
        // Keyed by the driver too: a connection removed and added again under the same name
        // (tests do) never meets the statements of the old one.
        auto &perConnection = statementCache()[db.connectionName() + u'@' +
                                               QString::number(quintptr(db.driver()), 16)];
        slot = perConnection.value(sql);
        if (!slot && perConnection.size() < MaxCachedPerConnection) {
            slot = std::make_shared<Rows::Slot>();
            slot->write = isWrite(sql);
            slot->query = QSqlQuery(db);
            slot->query.setForwardOnly(true);
            if (!slot->query.prepare(sql))
                fail("prepare failed", slot->query, sql);
            perConnection.insert(sql, slot);
        }
    }
    QSqlQuery *q = nullptr;
    std::unique_ptr<QSqlQuery> own;
    const bool write = slot ? slot->write : isWrite(sql);
    if (slot && !slot->busy) {
        slot->busy = true;
        q = &slot->query;
    } else {
        slot.reset();
        own = std::make_unique<QSqlQuery>(prepared(db, sql));
        own->setForwardOnly(true);
        q = own.get();
    }
    Rows rows(q, std::move(slot), std::move(own));
    for (qsizetype i = 0; i < binds.size(); ++i)
        q->bindValue(int(i), binds.at(i));
    run(*q, sql);
    if (write && tracking == Tracking::Tracked)
        afterWrite();
    return rows;
}

void Sql::dropStatements(const QString &connectionName)
{
    QHash<QString, std::shared_ptr<Rows::Slot>> dropped;
    {
        QMutexLocker lock(&s_cacheLock);
        const QString prefix = connectionName + u'@';
        for (auto it = statementCache().begin(); it != statementCache().end();) {
            if (it.key().startsWith(prefix)) {
                for (auto &slot : *it)
                    dropped.insert(it.key() + slot->query.lastQuery(), slot);
                it = statementCache().erase(it);
            } else {
                ++it;
            }
        }
    }
    // Destroyed here, outside the lock.
}

QSqlQuery Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = prepared(db, sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    run(q, sql);
    if (isWrite(sql))
        afterWrite();
    return q;
}

QSqlQuery Sql::execNamed(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q = prepared(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    run(q, sql);
    if (isWrite(sql))
        afterWrite();
    return q;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    Rows q = query(db, sql, binds);
    if (q.next())
        return q.value(0);
    return {};
}

bool Sql::exists(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    Rows q = query(db, sql, binds);
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
