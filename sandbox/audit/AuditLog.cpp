#include "sandbox/audit/AuditLog.h"

#include "sandbox/http/Router.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <future>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QStringList AuditLog::types()
{
    return {TokenIssued,      TokenIssuanceFailed, TokenRevoked,      TokenIntrospected,
            CredentialIssued, CredentialRotated,   CredentialRevoked, ConsentGranted,
            ConsentRevoked,   CibaRequested,       CibaApproved,      CibaDenied,
            CibaExpired,      AdminChange};
}

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

AuditLog::~AuditLog()
{
    {
        QMutexLocker lock(&m_batchLock);
        m_stopping = true;
        m_wakeWriter.wakeAll();
    }
    if (m_writer)
        m_writer->wait(); // after writing what was queued
}

namespace {
// The calling thread's innermost Deferral, if any.
thread_local AuditLog::Deferral *t_deferral = nullptr;
} // namespace

AuditLog::Deferral::Deferral(AuditLog &log)
    : m_log(log)
    , m_outer(t_deferral)
{
    t_deferral = this;
}

AuditLog::Deferral::~Deferral()
{
    t_deferral = m_outer;
    if (!m_events.empty())
        m_log.enqueue(Unit{std::move(m_events), {}});
}

void AuditLog::Deferral::submit(std::function<void(const QString &error)> then)
{
    if (m_events.empty()) {
        then({});
        return;
    }
    m_log.enqueue(Unit{std::exchange(m_events, {}), std::move(then)});
}

QStringList AuditLog::migrations() const
{
    return {
        uR"(CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    occurred_ms INTEGER NOT NULL,
    client_id TEXT,
    subject TEXT,
    resource_server TEXT,
    trace_id TEXT,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_type ON audit_events(type, seq);
CREATE INDEX audit_events_client ON audit_events(client_id, seq);
CREATE INDEX audit_events_subject ON audit_events(subject, seq);
CREATE INDEX audit_events_rs ON audit_events(resource_server, seq);
CREATE INDEX audit_events_time ON audit_events(occurred_ms))"_s,
    };
}

static const QString InsertSql =
    u"INSERT INTO audit_events(id, type, occurred_at, occurred_ms, client_id, subject, "
    "resource_server, trace_id, data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

void AuditLog::insert(const QVariantList &values) const
{
    // A cached statement of the calling thread's connection (Sql::query).
    Sql::query(m_db.db(), InsertSql, values, Sql::Tracking::Untracked);
}

bool AuditLog::record(const AuditEvent &event)
{
    const QDateTime at = event.at.isValid() ? event.at.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 ms = at.toMSecsSinceEpoch();
    QVariantList values{Ids::uuid7(ms),
                        event.type,
                        Ids::iso(at),
                        ms,
                        Sql::nullable(event.clientId),
                        Sql::nullable(event.subject),
                        Sql::nullable(event.resourceServer),
                        Sql::nullable(event.traceId),
                        Sql::jsonText(event.data)};
    if (t_deferral && &t_deferral->m_log == this && !m_db.inTransaction()) {
        t_deferral->m_events.push_back(std::move(values));
        return true;
    }
    if (m_db.isOwnerThread() || m_db.inTransaction()) {
        // Joins the caller's transaction (or commits at once, on the event-loop thread).
        try {
            insert(values);
        } catch (const SqlError &e) {
            throw SqlError(QString(u"audit: cannot record "_s + event.type + u": "_s +
                                   QString::fromUtf8(e.what()))
                               .toStdString());
        }
        return true;
    }
    recordInBatch(std::move(values));
    return true;
}

void AuditLog::recordInBatch(QVariantList values)
{
    // Waits for the writer's transaction that holds the event.
    auto committed = std::make_shared<std::promise<QString>>();
    std::future<QString> result = committed->get_future();
    enqueue(Unit{{std::move(values)},
                 [committed](const QString &error) { committed->set_value(error); }});
    const QString error = result.get();
    if (!error.isEmpty())
        throw SqlError(QString(u"audit: cannot record an event: "_s + error).toStdString());
}

void AuditLog::enqueue(Unit unit)
{
    QMutexLocker lock(&m_batchLock);
    m_queue.push_back(std::move(unit));
    if (!m_writer) {
        m_writer.reset(QThread::create([this] { writerLoop(); }));
        m_writer->setObjectName(u"audit writer"_s);
        m_writer->start();
    }
    m_wakeWriter.wakeOne();
}

void AuditLog::writerLoop()
{
    // Group commit on a connection of its own: whatever was queued while the previous
    // transaction ran is written in the next one. Only this connection writes audit records
    // from worker threads, so its page cache stays warm (a connection's cache is dropped when
    // another one commits).
    QMutexLocker lock(&m_batchLock);
    for (;;) {
        while (m_queue.empty() && !m_stopping)
            m_wakeWriter.wait(&m_batchLock);
        if (m_queue.empty())
            return; // stopping, and everything was written
        std::vector<Unit> batch;
        batch.swap(m_queue);
        lock.unlock();
        QString error;
        qint64 events = 0;
        try {
            if (!m_db.transaction([&] {
                    for (const Unit &unit : batch) {
                        for (const QVariantList &values : unit.events) {
                            insert(values);
                            ++events;
                        }
                    }
                    return true;
                }))
                error = u"the transaction did not commit"_s;
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        for (Unit &unit : batch) {
            if (unit.then)
                unit.then(error);
        }
        lock.relock();
        if (error.isEmpty()) {
            ++m_commits;
            m_batchedEvents += events;
        }
    }
}

qint64 AuditLog::groupCommits() const
{
    QMutexLocker lock(&m_batchLock);
    return m_commits;
}

qint64 AuditLog::groupCommitEvents() const
{
    QMutexLocker lock(&m_batchLock);
    return m_batchedEvents;
}

qint64 AuditLog::count(const QString &type) const
{
    return (type.isEmpty()
                ? Sql::scalar(m_db.db(), u"SELECT COUNT(*) FROM audit_events"_s)
                : Sql::scalar(m_db.db(), u"SELECT COUNT(*) FROM audit_events WHERE type = ?"_s,
                              {type}))
        .toLongLong();
}

void AuditLog::registerRoutes(Router &router)
{
    router.add(
        u"GET"_s, u"/audit/events"_s, [this](Request &r) { return list(r); },
        RouteOptions{Access::Admin, true});
}

static Response badParameter(const QString &code, const QString &message,
                             const QString &description, const QString &key)
{
    return Response::error(400, code, message, description, u"error.auditservice."_s + key);
}

static QDateTime parseTime(const QString &value)
{
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value, Qt::ISODate);
    return t;
}

Response AuditLog::list(const Request &request) const
{
    int limit = DefaultLimit;
    if (request.hasQuery(u"limit"_s)) {
        bool ok = false;
        limit = request.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit) {
            return badParameter(u"AUD-1001"_s, u"Invalid limit parameter"_s,
                                u"The limit parameter must be a positive integer not greater "
                                "than 1000"_s,
                                u"invalid_limit_parameter"_s);
        }
    }

    QStringList where;
    QVariantList binds;
    QStringList linkQuery;
    auto addFilter = [&](const QString &param, const QString &clause, int binds_ = 1) {
        if (!request.hasQuery(param))
            return;
        const QString value = request.queryValue(param);
        where << clause;
        for (int i = 0; i < binds_; ++i)
            binds << value;
        linkQuery << param + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(value));
    };
    if (request.hasQuery(u"type"_s)) {
        const QString type = request.queryValue(u"type"_s);
        if (!types().contains(type)) {
            return badParameter(u"AUD-1002"_s, u"Invalid type parameter"_s,
                                u"Unknown audit event type: %1"_s.arg(type),
                                u"invalid_type_parameter"_s);
        }
    }
    addFilter(u"type"_s, u"type = ?"_s);
    addFilter(u"clientId"_s, u"client_id = ?"_s);
    addFilter(u"subject"_s, u"subject = ?"_s);
    // Either the resource server's identifier (the audience) or its id.
    addFilter(u"resourceServer"_s,
              u"(resource_server = ? OR resource_server = (SELECT identifier FROM "
              "resource_servers WHERE id = ?))"_s,
              2);
    for (const QString &bound : {u"from"_s, u"to"_s}) {
        if (!request.hasQuery(bound))
            continue;
        const QDateTime t = parseTime(request.queryValue(bound));
        if (!t.isValid()) {
            return badParameter(u"AUD-1003"_s, u"Invalid %1 parameter"_s.arg(bound),
                                u"The %1 parameter must be an RFC 3339 date-time"_s.arg(bound),
                                u"invalid_%1_parameter"_s.arg(bound));
        }
        where << (bound == u"from"_s ? u"occurred_ms >= ?"_s : u"occurred_ms <= ?"_s);
        binds << t.toMSecsSinceEpoch();
        linkQuery << bound + u'=' +
                         QString::fromUtf8(QUrl::toPercentEncoding(request.queryValue(bound)));
    }

    const QString filterSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    const qint64 total =
        Sql::scalar(m_db.db(), QString(u"SELECT COUNT(*) FROM audit_events"_s + filterSql), binds)
            .toLongLong();

    QStringList pageWhere = where;
    QVariantList pageBinds = binds;
    if (request.hasQuery(u"after"_s)) {
        const QVariant seq = Sql::scalar(m_db.db(), u"SELECT seq FROM audit_events WHERE id = ?"_s,
                                         {request.queryValue(u"after"_s)});
        if (!seq.isValid()) {
            return badParameter(u"AUD-1004"_s, u"Invalid after parameter"_s,
                                u"The after cursor does not name an audit event"_s,
                                u"invalid_after_parameter"_s);
        }
        pageWhere << u"seq > ?"_s;
        pageBinds << seq;
    }
    pageBinds << limit + 1;
    QSqlQuery q = Sql::exec(
        m_db.db(),
        QString(u"SELECT id, type, occurred_at, client_id, subject, resource_server, trace_id, "
                "data FROM audit_events"_s +
                (pageWhere.isEmpty() ? QString() : u" WHERE "_s + pageWhere.join(u" AND "_s)) +
                u" ORDER BY seq LIMIT ?"_s),
        pageBinds);
    QJsonArray events;
    bool more = false;
    QString lastId;
    while (q.next()) {
        if (events.size() == limit) {
            more = true;
            break;
        }
        QJsonObject e{{u"id"_s, q.value(0).toString()},
                      {u"type"_s, q.value(1).toString()},
                      {u"timestamp"_s, q.value(2).toString()}};
        if (!q.value(3).isNull())
            e.insert(u"clientId"_s, q.value(3).toString());
        if (!q.value(4).isNull())
            e.insert(u"subject"_s, q.value(4).toString());
        if (!q.value(5).isNull())
            e.insert(u"resourceServer"_s, q.value(5).toString());
        if (!q.value(6).isNull())
            e.insert(u"traceId"_s, q.value(6).toString());
        e.insert(u"data"_s, QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
        lastId = q.value(0).toString();
        events.append(e);
    }
    QJsonObject body{
        {u"totalResults"_s, total}, {u"count"_s, events.size()}, {u"events"_s, events}};
    QJsonArray links;
    if (more) {
        body.insert(u"nextCursor"_s, lastId);
        QStringList next = linkQuery;
        next << u"after="_s + lastId << u"limit="_s + QString::number(limit);
        links.append(QJsonObject{{u"href"_s, QString(u"audit/events?"_s + next.join(u'&'))},
                                 {u"rel"_s, u"next"_s}});
    }
    body.insert(u"links"_s, links);
    return Response::json(body);
}

} // namespace tid::sandbox
