// A team's token history on a real PostgreSQL server started by the test (tests/common/
// PostgresServer: initdb in a temporary folder, its own port, as `nobody` under root): the
// schema's migrations and a newer schema refused; the same answers as the SQLite store for the
// same file (counts, pages, facets, timeline, window index, chains, completions); two importer
// processes on overlapping files and two stores on the same events → exact counts; the sync
// cursor shared; the events model under QAbstractItemModelTester; a read-only role that browses
// but cannot import, and an importer role; the server stopped mid-import → an error, whole
// batches only, and the import resumes after the restart. Without PostgreSQL: a visible SKIP.

#include "../common/PostgresServer.h"
#include "HistoryStoreChecks.h"

#include "core/history/HistoryImporter.h"
#include "core/history/HistoryStore.h"
#include "core/history/PostgresHistoryBackend.h"
#include "core/history/SqliteHistoryBackend.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;
using tid::core::HistoryBackend;
using tid::core::HistoryEvent;
using tid::core::HistoryFilter;
using tid::core::HistoryResult;
using tid::core::HistoryStore;
using tid::core::PostgresHistoryBackend;
using tid::core::SqliteHistoryBackend;
using tid::test::await;
using tid::test::checkEventsModel;
using tid::test::PostgresServer;

namespace {

using Run = tid::test::ConsoleRun;
using tid::test::finishHistoryCommand;
using tid::test::startHistoryCommand;

Run console(const QStringList &args, const QString &password)
{
    return tid::test::historyCommand(args, password);
}

QList<QByteArray> readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (!l.trimmed().isEmpty())
            out << l;
    return out;
}

bool writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (const QByteArray &l : lines)
        f.write(l + '\n');
    return true;
}

QStringList ids(const QList<HistoryEvent> &events)
{
    QStringList out;
    for (const HistoryEvent &e : events)
        out << e.id;
    return out;
}

} // namespace

class TestHistoryPostgres : public QObject
{
    Q_OBJECT

private:
    PostgresServer pg;
    QTemporaryDir tmp;
    QString eventsFile; // 30,000 generated events in ThunderID's format
    QList<QByteArray> eventLines;
    int databases = 0;

    // A fresh database owned by the superuser; its postgresql:// location.
    QString newDatabase()
    {
        const QString name = u"h%1"_s.arg(++databases);
        if (!pg.psql(u"CREATE DATABASE "_s + name))
            qWarning("%s", qPrintable(pg.errorString()));
        return name;
    }
    std::unique_ptr<PostgresHistoryBackend> backend(const QString &database,
                                                    const QString &user = u"postgres"_s,
                                                    const QString &password = {})
    {
        const auto location = PostgresHistoryBackend::Location::parse(pg.url(user, database));
        return std::make_unique<PostgresHistoryBackend>(
            *location, password.isEmpty() ? pg.password() : password);
    }
    HistoryStore *store(const QString &database, const QString &user = u"postgres"_s,
                        const QString &password = {})
    {
        QString error;
        HistoryStore *s = HistoryStore::openPostgres(
            pg.url(user, database), password.isEmpty() ? pg.password() : password, this, &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!pg.available())
            QSKIP(qPrintable(u"SKIP team history store: "_s + pg.unavailableReason()));
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("SKIP team history store: Qt's QPSQL driver is missing (libqt6sql6-psql)");
        QVERIFY(tmp.isValid());
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        eventsFile = tmp.filePath(u"observability.log"_s);
        QProcess gen;
        gen.start(u"python3"_s,
                  {QString::fromUtf8(TID_SOURCE_DIR) + u"/bench/history/gen_events.py"_s,
                   u"30000"_s, eventsFile});
        QVERIFY(gen.waitForFinished(120000));
        QCOMPARE(gen.exitCode(), 0);
        eventLines = readLines(eventsFile);
        QCOMPARE(eventLines.size(), 30000);
    }

    void cleanupTestCase() { QVERIFY2(pg.stop(), qPrintable(pg.errorString())); }

    void locations()
    {
        QString error;
        auto l = PostgresHistoryBackend::Location::parse(
            u"postgresql://audit@db.example.com:6543/history?sslmode=verify-full"_s, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->user, u"audit"_s);
        QCOMPARE(l->host, u"db.example.com"_s);
        QCOMPARE(l->port, 6543);
        QCOMPARE(l->database, u"history"_s);
        QCOMPARE(l->sslMode, u"verify-full"_s);
        QCOMPARE(l->toString(),
                 u"postgresql://audit@db.example.com:6543/history?sslmode=verify-full"_s);
        // A password in the location is refused (it belongs in the keychain).
        QVERIFY(!PostgresHistoryBackend::Location::parse(u"postgresql://a:pw@h/db"_s, &error));
        QVERIFY(error.contains(u"keychain"_s));
        QVERIFY(!PostgresHistoryBackend::Location::parse(u"postgresql://a@h/db?sslmode=x"_s));
        QVERIFY(!PostgresHistoryBackend::Location::parse(u"postgresql://a@h/"_s));
        QVERIFY(!PostgresHistoryBackend::Location::parse(u"postgresql://a@h/db?host=evil"_s));
        // The location shown never holds the password, nor does a failed login's message.
        auto b = backend(u"postgres"_s, u"postgres"_s, u"wrong-password-123"_s);
        QVERIFY(!b->open(&error));
        QVERIFY(!error.contains(u"wrong-password-123"_s));
        QVERIFY(!b->location().contains(u"wrong-password-123"_s));
        QVERIFY2(error.contains(u"password"_s), qPrintable(error));
    }

    void migrations()
    {
        const QString db = newDatabase();
        // From every earlier version (0: an empty database) to the current one.
        for (int from = 0; from < PostgresHistoryBackend::SchemaVersion; ++from) {
            const QString name = from == 0 ? db : newDatabase();
            auto old = backend(name);
            old->setTargetVersion(from);
            QString error;
            QVERIFY2(old->open(&error), qPrintable(error));
            old->close();
            auto current = backend(name);
            QVERIFY2(current->open(&error), qPrintable(error));
            QCOMPARE(current->schemaVersion(), PostgresHistoryBackend::SchemaVersion);
            QCOMPARE(pg.value(u"SELECT max(version) FROM schema_version"_s, name),
                     QString::number(PostgresHistoryBackend::SchemaVersion));
            QCOMPARE(pg.value(u"SELECT relkind FROM pg_class WHERE relname = 'events'"_s, name),
                     u"p"_s); // partitioned
            // Version 2's indexes: (outcome, ts) for the rare outcomes only, a BRIN for the id.
            QCOMPARE(pg.value(u"SELECT string_agg(indexname, ',' ORDER BY indexname) FROM "
                              "pg_indexes WHERE tablename = 'events' AND indexname IN "
                              "('events_grant_ts', 'events_outcome_ts', 'events_rare_outcome_ts', "
                              "'events_id')"_s,
                              name),
                     u"events_grant_ts,events_id,events_rare_outcome_ts"_s);
            QCOMPARE(pg.value(u"SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = "
                              "c.relam WHERE c.relname = 'events_id'"_s,
                              name),
                     u"brin"_s);
            // Version 3: ids and terms compare byte by byte, like SQLite's text.
            QCOMPARE(pg.value(u"SELECT string_agg(DISTINCT coalesce(collation_name, '-'), ',') "
                              "FROM information_schema.columns WHERE (table_name, column_name) IN "
                              "(('events', 'event_id'), ('events', 'trace'), ('events', 'jti'), "
                              "('events', 'parent_jti'), ('events', 'twin_id'), "
                              "('event_ids', 'event_id'), ('terms', 'text'))"_s,
                              name),
                     u"C"_s);
        }
        {
            // A version 1 store with rows in it: versions 2 and 3 rebuild the indexes around
            // them.
            const QString name = newDatabase();
            auto old = backend(name);
            old->setTargetVersion(1);
            QString error;
            QVERIFY2(old->open(&error), qPrintable(error));
            QList<HistoryEvent> rows;
            for (int i = 0; i < 2000; ++i)
                rows << *HistoryEvent::fromObservabilityLine(eventLines[i]);
            const auto r = old->insert(rows, {}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const qint64 failures = old->count(HistoryFilter::parse(u"outcome:failure"_s), &error);
            QVERIFY(failures > 0);
            old->close();
            auto current = backend(name);
            QVERIFY2(current->open(&error), qPrintable(error));
            QCOMPARE(current->schemaVersion(), PostgresHistoryBackend::SchemaVersion);
            QCOMPARE(current->count({}, &error), qint64(r.inserted));
            QCOMPARE(current->count(HistoryFilter::parse(u"outcome:failure"_s), &error), failures);
            const auto newest = current->page({}, std::nullopt, 1, false, &error);
            QVERIFY(!newest.isEmpty());
            const auto byRow = current->event(newest.first().rowId, &error);
            QVERIFY2(byRow && byRow->id == newest.first().id, qPrintable(error));
        }
        // Opening again changes nothing; a partition appears for each month written.
        auto again = backend(db);
        QString error;
        QVERIFY2(again->open(&error), qPrintable(error));
        QCOMPARE(pg.value(u"SELECT count(*) FROM schema_version"_s, db),
                 QString::number(PostgresHistoryBackend::SchemaVersion));
        auto e = HistoryEvent::fromObservabilityLine(eventLines[0]);
        QVERIFY(e);
        const QList<HistoryEvent> two = {*e, [&] {
                                             HistoryEvent later = *e;
                                             later.id = u"later"_s;
                                             later.timeNs += qint64(40) * 86400 * 1000000000;
                                             return later;
                                         }()};
        QCOMPARE(again->insert(two, {}, &error).inserted, 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(
            pg.value(u"SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass"_s,
                     db),
            u"2"_s);
    }

    void newerSchemaRefused()
    {
        const QString db = newDatabase();
        QString error;
        QVERIFY2(backend(db)->open(&error), qPrintable(error));
        QVERIFY(pg.psql(u"INSERT INTO schema_version VALUES (99)"_s, db));
        auto b = backend(db);
        QVERIFY(!b->open(&error));
        QVERIFY2(error.contains(u"schema version 99"_s) && error.contains(u"newer"_s),
                 qPrintable(error));
        // Through the store too: open() answers with the message.
        HistoryStore *s = store(db);
        QVERIFY(s);
        await(s->open(), &error);
        QVERIFY(error.contains(u"newer"_s));
        delete s;
    }

    void sameAnswersAsSqlite()
    {
        const QString db = newDatabase();
        auto p = backend(db);
        QString error;
        QVERIFY2(p->open(&error), qPrintable(error));
        SqliteHistoryBackend s(tmp.filePath(u"parity.sqlite"_s));
        QVERIFY2(s.open(&error), qPrintable(error));
        for (HistoryBackend *b :
             {static_cast<HistoryBackend *>(p.get()), static_cast<HistoryBackend *>(&s)}) {
            tid::core::HistoryImporter importer(*b);
            const auto report = importer.importPaths({eventsFile}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(report.imported + report.duplicates, 30000);
        }
        const QStringList filters = {
            u""_s,
            u"type:TOKEN_ISSUED"_s,
            u"type:TOKEN_ISSUED client:nightly-kpi-builder grant:token-exchange"_s,
            u"client:nightly-kpi-builder outcome:failure"_s,
            u"scope:reports:read"_s,
            u"-scope:reports:read -type:FLOW_STARTED"_s,
            u"grant:client_credentials since:2026-11-26 until:2026-11-27"_s,
            u"depth>=1"_s,
            u"source:file"_s,
            u"source:api"_s,
            u"KPI"_s,
            u"\"100%\""_s,
            u"-outcome:success"_s,
            u"client:unknown-client"_s,
            u"id:nothing"_s,
        };
        for (const QString &text : filters) {
            HistoryFilter::Error parseError;
            const HistoryFilter f = HistoryFilter::parse(text, &parseError);
            QVERIFY2(parseError.message.isEmpty(), qPrintable(text));
            QString e1, e2;
            QCOMPARE(p->count(f, &e1), s.count(f, &e2));
            QVERIFY2(e1.isEmpty() && e2.isEmpty(), qPrintable(e1 + e2));
            // Keyset pages: the newest 200, then the next from the last key, oldest first too.
            for (const bool ascending : {false, true}) {
                const auto pp = p->page(f, std::nullopt, 200, ascending, &e1);
                const auto sp = s.page(f, std::nullopt, 200, ascending, &e2);
                QCOMPARE(ids(pp), ids(sp));
                if (pp.size() == 200) {
                    const auto pn =
                        p->page(f, tid::core::HistoryKey{pp.last().timeNs, pp.last().rowId}, 50,
                                ascending, &e1);
                    const auto sn =
                        s.page(f, tid::core::HistoryKey{sp.last().timeNs, sp.last().rowId}, 50,
                               ascending, &e2);
                    QCOMPARE(ids(pn), ids(sn));
                }
            }
            if (!f.isEmpty() && f.terms().first().field == HistoryFilter::Field::Text)
                continue; // the rest is the same SQL; free text is the one dialect difference
            // Every value (with a top N, equal counts at the cut could differ in order).
            const auto pf = p->facets(f, 100000, &e1);
            const auto sf = s.facets(f, 100000, &e2);
            QCOMPARE(pf.total, sf.total);
            auto same = [](const QList<tid::core::HistoryFacetCount> &a,
                           const QList<tid::core::HistoryFacetCount> &b) {
                QMap<QString, qint64> ma, mb;
                for (const auto &c : a)
                    ma[c.value] = c.count;
                for (const auto &c : b)
                    mb[c.value] = c.count;
                if (ma != mb)
                    for (auto it = ma.cbegin(); it != ma.cend(); ++it)
                        if (mb.value(it.key(), -1) != it.value())
                            qWarning("facet %s: %lld vs %lld", qPrintable(it.key()), it.value(),
                                     mb.value(it.key(), -1));
                return ma == mb;
            };
            QVERIFY(same(pf.types, sf.types));
            QVERIFY(same(pf.clients, sf.clients));
            QVERIFY(same(pf.outcomes, sf.outcomes));
            QVERIFY(same(pf.grants, sf.grants));
            QCOMPARE(p->timeRange(f, &e1), s.timeRange(f, &e2));
            const auto pt = p->timeline(f, qint64(3600) * 1000000000, &e1);
            const auto st = s.timeline(f, qint64(3600) * 1000000000, &e2);
            QCOMPARE(pt.size(), st.size());
            for (qsizetype i = 0; i < pt.size(); ++i) {
                QCOMPARE(pt[i].startNs, st[i].startNs);
                QCOMPARE(pt[i].success, st[i].success);
                QCOMPARE(pt[i].failure, st[i].failure);
            }
            const auto pw = p->windowIndex(f, 100, &e1);
            const auto sw = s.windowIndex(f, 100, &e2);
            QCOMPARE(pw.count, sw.count);
            QCOMPARE(pw.anchors.size(), sw.anchors.size());
            for (qsizetype i = 0; i < pw.anchors.size(); ++i)
                QCOMPARE(pw.anchors[i].timeNs, sw.anchors[i].timeNs);
            QCOMPARE(p->chains(f, 50, &e1).size(), s.chains(f, 50, &e2).size());
            QVERIFY2(e1.isEmpty() && e2.isEmpty(), qPrintable(e1 + e2));
        }
        QString e1, e2;
        QCOMPARE(p->values(HistoryFilter::Field::Client, u"bench-agent-00"_s, 20, &e1),
                 s.values(HistoryFilter::Field::Client, u"bench-agent-00"_s, 20, &e2));
        const auto one = p->page({}, std::nullopt, 1, false, &e1).value(0);
        const auto byRow = p->event(one.rowId, &e1);
        QVERIFY(byRow);
        QCOMPARE(byRow->raw, one.raw);
        QCOMPARE(p->linked(one, 10, &e1).size(),
                 s.linked(s.page({}, std::nullopt, 1, false, &e2).value(0), 10, &e2).size());
        // Original text byte for byte.
        const auto oldest = p->page({}, std::nullopt, 30000, true, &e1);
        QSet<QByteArray> raws;
        for (const HistoryEvent &e : oldest)
            raws.insert(e.raw);
        for (const QByteArray &line : std::as_const(eventLines))
            QVERIFY(raws.contains(line));

        // policy:FILE is evaluated by the SQLite store only; the team store says so.
        const QString policy = tmp.filePath(u"depth.json"_s);
        QFile pf(policy);
        QVERIFY(pf.open(QIODevice::WriteOnly));
        pf.write("{\"rules\": [{\"rule\": \"max-depth\", \"value\": 1}]}");
        pf.close();
        const HistoryFilter byPolicy = HistoryFilter::parse(u"policy:"_s + policy);
        QVERIFY(!byPolicy.isEmpty());
        e1.clear();
        e2.clear();
        QCOMPARE(p->count(byPolicy, &e1), 0);
        QVERIFY2(e1.contains(u"SQLite history only"_s), qPrintable(e1));
        QVERIFY(p->page(byPolicy, std::nullopt, 10, true, &e1).isEmpty());
        QVERIFY(s.count(byPolicy, &e2) > 0);
        QVERIFY2(e2.isEmpty(), qPrintable(e2));
    }

    // A team database is usually created with a language's collation (ICU or glibc en_US): the
    // store's ids and terms still compare byte by byte, so completions list in SQLite's order.
    void linguisticDatabaseOrdersLikeSqlite()
    {
        if (pg.value(u"SELECT count(*) FROM pg_collation WHERE collprovider = 'i'"_s) == u"0"_s)
            QSKIP("this PostgreSQL was built without ICU");
        const QString name = u"h_icu%1"_s.arg(++databases);
        QVERIFY2(pg.psql(u"CREATE DATABASE "_s + name +
                         u" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
                         "LOCALE 'C'"_s),
                 qPrintable(pg.errorString()));
        // The database's own order is the language's: lower case first, then by letter.
        QCOMPARE(pg.value(u"SELECT string_agg(x, ',' ORDER BY x) FROM (VALUES ('Zeta'), "
                          "('alpha'), ('Beta')) v(x)"_s,
                          name),
                 u"alpha,Beta,Zeta"_s);
        auto p = backend(name);
        QString error;
        QVERIFY2(p->open(&error), qPrintable(error));
        SqliteHistoryBackend s(tmp.filePath(u"order.sqlite"_s));
        QVERIFY2(s.open(&error), qPrintable(error));
        auto base = HistoryEvent::fromObservabilityLine(eventLines[0]);
        QVERIFY(base);
        QList<HistoryEvent> events;
        const QStringList clients = {u"Zeta-bot"_s, u"alpha-bot"_s, u"Beta-bot"_s, u"beta-bot"_s};
        for (qsizetype i = 0; i < clients.size(); ++i) {
            HistoryEvent e = *base;
            e.id = u"order-%1"_s.arg(i);
            e.clientId = clients[i];
            e.traceId = u"%1-trace"_s.arg(clients[i]);
            events << e;
        }
        QCOMPARE(p->insert(events, {}, &error).inserted, 4);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.insert(events, {}, &error).inserted, 4);
        const QStringList binary = {u"Beta-bot"_s, u"Zeta-bot"_s, u"alpha-bot"_s, u"beta-bot"_s};
        QString e1, e2;
        QCOMPARE(s.values(HistoryFilter::Field::Client, u""_s, 20, &e2), binary);
        QCOMPARE(p->values(HistoryFilter::Field::Client, u""_s, 20, &e1), binary);
        QCOMPARE(p->values(HistoryFilter::Field::Trace, u""_s, 20, &e1),
                 s.values(HistoryFilter::Field::Trace, u""_s, 20, &e2));
        QCOMPARE(p->values(HistoryFilter::Field::Trace, u"b"_s, 20, &e1),
                 QStringList{u"beta-bot-trace"_s});
        QVERIFY2(e1.isEmpty() && e2.isEmpty(), qPrintable(e1 + e2));
        // The same event id again is still the same event (byte-equal ids).
        QCOMPARE(p->insert(events.mid(0, 1), {}, &error).inserted, 0);
        QCOMPARE(p->count(HistoryFilter::parse(u"client:Beta-bot"_s), &error), 1);
    }

    void bulkPathKeepsEveryByte()
    {
        // The bulk path COPYs the rows in PostgreSQL's text format: tabs, backslashes, line
        // breaks in values, quotes and backslashes in ids, non-ASCII text, an id twice in one
        // batch (its first line wins) and one already stored all come back as they went in.
        const QString db = newDatabase();
        auto b = backend(db);
        QString error;
        QVERIFY2(b->open(&error), qPrintable(error));
        const QList<QByteArray> lines = {
            // (not a raw string: moc misreads one with \" inside)
            "{\"event_id\":\"a\\\"quote\\\\back\",\"type\":\"TOKEN_ISSUED\",\"timestamp\":"
            "\"2026-11-24T10:00:00Z\",\"status\":\"success\",\"data\":{\"client_id\":"
            "\"tab\\there\",\"scope\":\"x\\\\y\"}}",
            "{\"event_id\":\"b-1\",\t\"type\":\"TOKEN_ISSUED\",\"timestamp\":\"2026-11-24T10:00:"
            "01Z\","
            "\"status\":\"failure\",\"data\":{\"client_id\":\"k\u00f6ln-\u65e5\u672c\","
            "\"error\":{\"code\":\"4\\n00\",\"message\":\"two\\r\\nlines\"}}}\r",
            R"({"event_id":"b-1","type":"TOKEN_REVOKED","timestamp":"2026-11-24T10:00:02Z","status":"success"})",
            R"({"event_id":"c\\u003c","trace_id":"t\\1","type":"TOKEN_REVOKED","timestamp":"2026-11-24T10:00:03Z","status":"success","data":{"jti":"j\u0000k"}})",
        };
        const QString file = tmp.filePath(u"bytes.log"_s);
        QVERIFY(writeLines(file, lines));
        tid::core::HistoryImporter importer(*b);
        auto report = importer.importPaths({file}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.duplicates, 1);
        const QList<HistoryEvent> stored = b->page({}, std::nullopt, 10, true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.size(), 3);
        for (int i : {0, 1, 3}) {
            const auto expected = HistoryEvent::fromObservabilityLine(lines[i]);
            QVERIFY(expected);
            const HistoryEvent &got = stored[i == 3 ? 2 : i];
            QCOMPARE(got.id, expected->id);
            QCOMPARE(got.raw, expected->raw);
            QCOMPARE(got.clientId, expected->clientId);
            QCOMPARE(got.scope, expected->scope);
            QCOMPARE(got.errorCode, expected->errorCode);
            QCOMPARE(got.traceId, expected->traceId);
            QCOMPARE(got.type, expected->type);
            QCOMPARE(got.outcome, expected->outcome);
        }
        QCOMPARE(stored[0].clientId, u"tab\there"_s);
        QCOMPARE(stored[1].errorCode, u"4\n00"_s);
        QCOMPARE(stored[2].jti, u"jk"_s); // text cannot hold a NUL
        // By filter: the values are the stored ones.
        QCOMPARE(b->count(HistoryFilter::parse(u"id:b-1"_s), &error), qint64(1));
        QCOMPARE(b->count(HistoryFilter::parse(u"outcome:failure"_s), &error), qint64(1));
        QCOMPARE(b->count(HistoryFilter::parse(u"köln"_s), &error), qint64(1));
        // Again: every line a duplicate, nothing written.
        report = importer.importPaths({file}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.duplicates, 4);
        QCOMPARE(pg.value(u"SELECT count(*) FROM events"_s, db), u"3"_s);
        QCOMPARE(pg.value(u"SELECT count(*) FROM event_ids"_s, db), u"3"_s);
        // A row is found by its id (the BRIN index of version 2).
        const auto one = b->event(stored[1].rowId, &error);
        QVERIFY2(one && one->id == u"b-1"_s, qPrintable(error));
    }

    void batchesPartlyStored()
    {
        // A batch of new ids COPYs them; one stored id in a batch sends it the claiming way
        // (the COPY undone); a batch of new ids afterwards COPYs again. Every way: each id once,
        // the duplicates counted, the registry in step with the rows.
        const QString db = newDatabase();
        auto b = backend(db);
        QString error;
        QVERIFY2(b->open(&error), qPrintable(error));
        tid::core::HistoryImporter importer(*b);
        auto importLines = [&](const QList<QByteArray> &lines, const QString &name) {
            const QString file = tmp.filePath(name);
            return writeLines(file, lines) ? importer.importPaths({file}, &error)
                                           : tid::core::ImportReport{};
        };
        auto report = importLines(eventLines.mid(0, 20000), u"first.log"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.imported, 20000);
        // Overlapping the first by 10,000: its first batch (16,384 lines) is partly stored.
        report = importLines(eventLines.mid(10000, 20000), u"second.log"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.imported, 10000);
        QCOMPARE(report.duplicates, 10000);
        // New ids after a batch with stored ones; a stored id at the end of a large batch.
        QList<QByteArray> renamed;
        for (const QByteArray &line : eventLines.mid(0, 20000)) {
            QByteArray l = line;
            l.insert(l.indexOf("\"event_id\":\"") + 12, "-again-"); // sorts before the stored ids
            renamed << l;
        }
        renamed << eventLines.last();
        report = importLines(renamed, u"third.log"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.imported, 20000);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(pg.value(u"SELECT count(*) FROM events"_s, db), u"50000"_s);
        QCOMPARE(pg.value(u"SELECT count(DISTINCT event_id) FROM events"_s, db), u"50000"_s);
        QCOMPARE(pg.value(u"SELECT count(*) FROM event_ids"_s, db), u"50000"_s);
        QCOMPARE(pg.value(u"SELECT count(*) FROM events e JOIN event_ids i USING (event_id)"_s, db),
                 u"50000"_s);
        // Ids that differ only by a NUL are one id (text holds no NUL): the first line wins,
        // in a batch of new ids and against a stored one.
        const QByteArray nul = "{\"event_id\":\"n\\u0000ul\",\"type\":\"TOKEN_REVOKED\","
                               "\"timestamp\":\"2026-11-24T10:00:00Z\",\"status\":\"success\"}";
        const QByteArray plain = "{\"event_id\":\"nul\",\"type\":\"TOKEN_ISSUED\","
                                 "\"timestamp\":\"2026-11-24T10:00:01Z\",\"status\":\"success\"}";
        report = importLines({nul, plain}, u"nul.log"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(pg.value(u"SELECT type FROM events WHERE event_id = 'nul'"_s, db),
                 pg.value(u"SELECT id::text FROM terms WHERE text = 'TOKEN_REVOKED'"_s, db));
        report = importLines({plain}, u"plain.log"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(pg.value(u"SELECT count(*) FROM event_ids"_s, db), u"50001"_s);
        // A term with a NUL is stored without it: new in a batch beside its twin without one,
        // and known in a later batch; every row points at the one term.
        auto clientLine = [](const QByteArray &id, const QByteArray &client) -> QByteArray {
            return "{\"event_id\":\"" + id +
                   "\",\"type\":\"TOKEN_ISSUED\",\"timestamp\":\"2026-11-24T11:00:00Z\","
                   "\"status\":\"success\",\"data\":{\"client_id\":\"" +
                   client + "\"}}";
        };
        report = importLines(
            {clientLine("t1", "c\\u0000d"), clientLine("t2", "cd"), clientLine("t3", "c\\u0000d")},
            u"terms1.log"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        report = importLines({clientLine("t4", "c\\u0000d")}, u"terms2.log"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(b->count(HistoryFilter::parse(u"client:cd"_s), &error), qint64(4));
        QCOMPARE(pg.value(u"SELECT count(*) FROM terms WHERE text = 'cd'"_s, db), u"1"_s);
        QCOMPARE(pg.value(u"SELECT count(*) FROM events WHERE client IS NULL OR client = 0"_s, db),
                 pg.value(u"SELECT count(*) FROM events WHERE client IS NULL"_s, db));
    }

    void twoImporterProcessesOverlap()
    {
        const QString db = newDatabase();
        // The schema first, as a team's owner would; then two consoles at once on files that
        // share 10,000 events.
        QString error;
        QVERIFY2(backend(db)->open(&error), qPrintable(error));
        const QString a = tmp.filePath(u"a.log"_s), b = tmp.filePath(u"b.log"_s);
        QVERIFY(writeLines(a, eventLines.mid(0, 20000)));
        QVERIFY(writeLines(b, eventLines.mid(10000, 20000)));
        const QString url = pg.url(u"postgres"_s, db);
        QProcess *pa = startHistoryCommand({u"import"_s, u"--db"_s, url, a}, pg.password());
        QProcess *pb = startHistoryCommand({u"import"_s, u"--db"_s, url, b}, pg.password());
        const Run ra = finishHistoryCommand(pa), rb = finishHistoryCommand(pb);
        QVERIFY2(ra.exitCode == 0, ra.err.constData());
        QVERIFY2(rb.exitCode == 0, rb.err.constData());
        QCOMPARE(pg.value(u"SELECT count(*) FROM events"_s, db), u"30000"_s);
        QCOMPARE(pg.value(u"SELECT count(DISTINCT event_id) FROM events"_s, db), u"30000"_s);
        QCOMPARE(pg.value(u"SELECT count(*) FROM event_ids"_s, db), u"30000"_s);
        // And through the command line's query.
        const Run count = console({u"query"_s, u"--db"_s, url, u"--count"_s, u""_s}, pg.password());
        QCOMPARE(count.out.trimmed(), "30000");
    }

    void twoStoresSameAuditEventsAndSharedCursor()
    {
        // Two consoles syncing the same audit pages (the per-event path that joins file and API
        // events): each id once, and the cursor one writes is the one the other reads.
        const QString db = newDatabase();
        HistoryStore *s1 = store(db);
        HistoryStore *s2 = store(db);
        QString error;
        await(s1->open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        await(s2->open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<HistoryEvent> page;
        for (int i = 0; i < 400; ++i) {
            auto e = HistoryEvent::fromObservabilityLine(eventLines[i]);
            QVERIFY(e);
            e->source = HistoryEvent::Source::AuditApi;
            page << *e;
        }
        QList<HistoryEvent> reversed(page.rbegin(), page.rend());
        auto f1 = s1->insert(page, {{u"audit-cursor:team"_s, u"c-400"_s}});
        auto f2 = s2->insert(reversed, {{u"audit-cursor:team"_s, u"c-400"_s}});
        const auto r1 = await(f1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto r2 = await(f2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r1.inserted + r2.inserted, 400);
        QCOMPARE(r1.duplicates + r2.duplicates, 400);
        QCOMPARE(await(s1->count({})), 400);
        QCOMPARE(await(s2->meta(u"audit-cursor:team"_s)).value_or(QString()), u"c-400"_s);
        // The file's lines of the same occurrences join them (one row per token event).
        QList<HistoryEvent> fileLines;
        for (int i = 0; i < 400; ++i) {
            auto e = HistoryEvent::fromObservabilityLine(eventLines[i]);
            e->id += u"-file"_s;
            fileLines << *e;
        }
        const auto joined = await(s2->insert(fileLines), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(joined.merged > 0);
        QCOMPARE(joined.inserted + joined.merged, 400);
        QCOMPARE(await(s1->count(HistoryFilter::parse(u"source:file source:api"_s))),
                 joined.merged);
        delete s1;
        delete s2;
    }

    void eventsModelOverTheTeamStore()
    {
        const QString db = newDatabase();
        HistoryStore *s = store(db);
        QString error;
        await(s->open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<HistoryEvent> many;
        for (int i = 0; i < 3000; ++i)
            many << *HistoryEvent::fromObservabilityLine(eventLines[i]);
        QCOMPARE(await(s->insert(many)).inserted, 3000);
        checkEventsModel(s, 3000, *HistoryEvent::fromObservabilityLine(eventLines[5000]));
        delete s;
    }

    void rolesReadOnlyAndImporter()
    {
        const QString db = newDatabase();
        QString error;
        // The owner creates the schema; then the README's grants.
        QVERIFY2(backend(db)->open(&error), qPrintable(error));
        QVERIFY(pg.psql(u"CREATE ROLE auditor LOGIN PASSWORD 'auditor-pw'; "
                        "CREATE ROLE importer LOGIN PASSWORD 'importer-pw'"_s));
        QVERIFY2(pg.psql(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor; "
                         "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                         "importer"_s,
                         db),
                 qPrintable(pg.errorString()));
        const QString url = pg.url(u"importer"_s, db);
        // The importer writes, a new month's partition included (made by the owner's function).
        const QString part = tmp.filePath(u"part.log"_s);
        QVERIFY(writeLines(part, eventLines.mid(0, 2000)));
        Run r = console({u"import"_s, u"--db"_s, url, part}, u"importer-pw"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("imported 2,000"));
        // The auditor browses…
        r = console({u"query"_s, u"--db"_s, pg.url(u"auditor"_s, db), u"--count"_s, u""_s},
                    u"auditor-pw"_s);
        QCOMPARE(r.out.trimmed(), "2000");
        HistoryStore *s = store(db, u"auditor"_s, u"auditor-pw"_s);
        await(s->open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(await(s->facets({})).total, 2000);
        // …but cannot import: a clear message, nothing stored.
        r = console({u"import"_s, u"--db"_s, pg.url(u"auditor"_s, db), eventsFile},
                    u"auditor-pw"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("may only read"), r.err.constData());
        await(s->insert({*HistoryEvent::fromObservabilityLine(eventLines[25000])}), &error);
        QVERIFY2(error.contains(u"may only read"_s), qPrintable(error));
        QCOMPARE(await(s->count({})), 2000);
        delete s;
        // A store of an earlier version that these roles may not migrate (versions 2 and 3
        // change indexes and collations only): used as it is, for reading and for importing.
        const QString older = newDatabase();
        {
            auto owner = backend(older);
            owner->setTargetVersion(2);
            QVERIFY2(owner->open(&error), qPrintable(error));
        }
        QVERIFY2(pg.psql(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor; "
                         "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                         "importer"_s,
                         older),
                 qPrintable(pg.errorString()));
        r = console({u"import"_s, u"--db"_s, pg.url(u"importer"_s, older), part}, u"importer-pw"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("imported 2,000"));
        {
            error.clear();
            auto reader = backend(older, u"auditor"_s, u"auditor-pw"_s);
            QVERIFY2(reader->open(&error), qPrintable(error));
            QCOMPARE(reader->schemaVersion(), 2);
            QCOMPARE(reader->count({}, &error), 2000);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(pg.value(u"SELECT max(version) FROM schema_version"_s, older), u"2"_s);
        // Its owner's console migrates it, rows kept.
        auto owner = backend(older);
        QVERIFY2(owner->open(&error), qPrintable(error));
        QCOMPARE(owner->schemaVersion(), PostgresHistoryBackend::SchemaVersion);
        QCOMPARE(owner->count({}, &error), 2000);

        // A role that may only read cannot create a schema either: it says so.
        const QString empty = newDatabase();
        QVERIFY(pg.psql(u"GRANT CONNECT ON DATABASE "_s + empty + u" TO auditor"_s));
        auto b = backend(empty, u"auditor"_s, u"auditor-pw"_s);
        QVERIFY(!b->open(&error));
        QVERIFY2(error.contains(u"cannot create"_s) || error.contains(u"may only read"_s),
                 qPrintable(error));
    }

    void serverStoppedMidImport()
    {
        const QString db = newDatabase();
        QString error;
        QVERIFY2(backend(db)->open(&error), qPrintable(error));
        // 8 copies of the file under new ids: 240,000 events, many batches.
        const QString big = tmp.filePath(u"big.log"_s);
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int copy = 0; copy < 8; ++copy)
                for (const QByteArray &line : std::as_const(eventLines)) {
                    QByteArray l = line;
                    const qsizetype at = l.indexOf("\"event_id\":\"") + 12;
                    l.insert(at, QByteArray::number(copy) + "-");
                    f.write(l + '\n');
                }
        }
        const QString url = pg.url(u"postgres"_s, db);
        QProcess *p = startHistoryCommand({u"import"_s, u"--db"_s, url, big}, pg.password());
        QVERIFY(p->waitForStarted());
        // Stop the server once a first batch is committed and before the last.
        QDeadlineTimer deadline(120000);
        int stored = 0;
        while (!deadline.hasExpired() && p->state() == QProcess::Running) {
            stored = pg.value(u"SELECT count(*) FROM events"_s, db).toInt();
            if (stored > 0)
                break;
            QTest::qWait(50);
        }
        QVERIFY2(stored > 0 && stored < 240000, "the import ended before the server stopped");
        QVERIFY2(pg.stop(), qPrintable(pg.errorString()));
        const Run r = finishHistoryCommand(p);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.isEmpty(), "no error shown");
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        // Whole batches only (16,384 lines each), the id registry in step with the rows.
        const int after = pg.value(u"SELECT count(*) FROM events"_s, db).toInt();
        QVERIFY(after > 0);
        QCOMPARE(after % 16384, 0);
        QCOMPARE(pg.value(u"SELECT count(*) FROM event_ids"_s, db).toInt(), after);
        // The import again: the rest, and nothing twice.
        const Run again = console({u"import"_s, u"--db"_s, url, big}, pg.password());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains(u"duplicates %L1"_s.arg(after).toUtf8()),
                 again.out.constData());
        QCOMPARE(pg.value(u"SELECT count(*) FROM events"_s, db), u"240000"_s);
    }

    void storeReconnectsAfterARestart()
    {
        const QString db = newDatabase();
        HistoryStore *s = store(db);
        QString error;
        await(s->open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(await(s->insert({*HistoryEvent::fromObservabilityLine(eventLines[0])})).inserted,
                 1);
        QVERIFY(pg.stop());
        await(s->count({}), &error);
        QVERIFY(!error.isEmpty()); // the pane shows it
        QVERIFY(pg.start());
        // The next calls open a new session by themselves.
        QCOMPARE(await(s->count({}), &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(await(s->insert({*HistoryEvent::fromObservabilityLine(eventLines[1])})).inserted,
                 1);
        // A restart nobody saw (no call while the server was down): the first read after it
        // already works — the idle session is checked before it is used.
        QVERIFY(pg.stop());
        QVERIFY(pg.start());
        QTest::qWait(1100); // idle for longer than the backend's check interval
        QCOMPARE(await(s->count({}), &error), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        delete s;
    }
};

QTEST_MAIN(TestHistoryPostgres)
#include "tst_history_postgres.moc"
