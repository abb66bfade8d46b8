// The token history against a real thunderid-sandbox child process, with real formats only: the
// sandbox's --events-file (ThunderID's observability lines) and its /audit/events, both driven
// by real token requests — client credentials, a user's sign-in through an agent, a token
// exchange that nests `act`, a refused widening hop, a revocation, and CIBA approved by the user.
// Import twice adds nothing; the file and the audit API join into one row per token; malformed,
// truncated, gzip, binary and array inputs; following a growing, rotated and truncated file; a
// sync interrupted by killing the server and resumed from its cursor; export round trips; the
// events model under QAbstractItemModelTester; and `thunderid-console history` as scripts run it.

#include "../common/PostgresServer.h"
#include "../sandbox/FlowFixture.h"
#include "HistoryStoreChecks.h"

#include "core/api/ApiClient.h"
#include "core/api/AuditEventsApi.h"
#include "core/history/AuditSync.h"
#include "core/history/HistoryFollower.h"
#include "core/history/HistoryStore.h"
#include "core/models/HistoryEventsModel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;
using namespace tid::test;
using tid::core::AuditSync;
using tid::core::HistoryEvent;
using tid::core::HistoryFilter;
using tid::core::HistoryFollower;
using tid::core::HistoryResult;
using tid::core::HistoryStore;
using tid::core::HistoryTask;

namespace {

const QString Resource = u"https://reports.example.com"_s;

HistoryStore *openStore(const QString &path, QObject *parent)
{
    HistoryStore *store = HistoryStore::openSqlite(path, parent);
    QString error;
    await(store->open(), &error);
    if (!error.isEmpty())
        qWarning("open: %s", qPrintable(error));
    return store;
}

bool finish(HistoryTask *task)
{
    QSignalSpy spy(task, &HistoryTask::finished);
    return task->isFinished() || spy.wait(120000);
}

QList<QByteArray> lines(const QByteArray &bytes)
{
    QList<QByteArray> out;
    for (const QByteArray &l : bytes.split('\n'))
        if (!l.trimmed().isEmpty())
            out << l;
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes,
               QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    return f.open(mode) && f.write(bytes) == bytes.size();
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

using Run = ConsoleRun;

Run console(const QStringList &args)
{
    return historyCommand(args);
}

} // namespace

class TestHistoryE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString eventsFile;
    std::unique_ptr<FlowFixture> f;
    TestClient agentA, agentB, cibaAgent;
    QString aliceId;

    QString storePath(const QString &name) const { return tmp.filePath(name + u".sqlite"_s); }
    QByteArray fileBytes() const
    {
        QFile file(eventsFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        eventsFile = tmp.filePath(u"observability/observability.log"_s);
        f = std::make_unique<FlowFixture>(QStringList{u"--events-file"_s, eventsFile});
        QString error;
        QVERIFY2(f->start(&error), qPrintable(error));
        const QString rs = f->createResourceServer(u"Reports"_s, Resource,
                                                   {u"reports:read"_s, u"reports:write"_s});
        QVERIFY(!rs.isEmpty());
        aliceId = f->createUser(u"alice"_s, u"alice-pw"_s);
        agentA = f->createClient(u"Report writer"_s,
                                 {u"client_credentials"_s, u"authorization_code"_s, GrantExchange});
        agentB = f->createClient(u"Report reader"_s, {GrantExchange});
        cibaAgent = f->createClient(u"Concierge"_s, {GrantCiba});
        QVERIFY(!f->createRole(u"Reporters"_s, rs, {u"reports:read"_s, u"reports:write"_s},
                               {{aliceId, u"user"_s},
                                {agentA.id, u"agent"_s},
                                {agentB.id, u"agent"_s},
                                {cibaAgent.id, u"agent"_s}})
                     .isEmpty());

        // The traffic whose record is tested below.
        QCOMPARE(f->clientCredentials(agentA, u"reports:read"_s, Resource).status, 200);
        const auto signIn = f->signInAndRedeem(agentA, u"alice"_s, u"alice-pw"_s,
                                               u"reports:read reports:write"_s, Resource);
        QCOMPARE(signIn.status, 200);
        const QString userToken = signIn.json().value(u"access_token"_s).toString();
        const auto hop = f->token(agentB, {{u"grant_type"_s, GrantExchange},
                                           {u"subject_token"_s, userToken},
                                           {u"subject_token_type"_s, TypeAccessToken},
                                           {u"scope"_s, u"reports:read"_s},
                                           {u"resource"_s, Resource}});
        QCOMPARE(hop.status, 200);
        const QString hopToken = hop.json().value(u"access_token"_s).toString();
        QCOMPARE(FlowFixture::actDepth(FlowFixture::claims(hopToken)), 2);
        // A widening hop is refused.
        const auto wide = f->token(agentB, {{u"grant_type"_s, GrantExchange},
                                            {u"subject_token"_s, hopToken},
                                            {u"subject_token_type"_s, TypeAccessToken},
                                            {u"scope"_s, u"reports:write"_s},
                                            {u"resource"_s, Resource}});
        QCOMPARE(wide.status, 400);
        // A revocation.
        const auto own = f->clientCredentials(agentA, u"reports:write"_s, Resource);
        QCOMPARE(f->http
                     .postForm(u"/oauth2/revoke"_s,
                               {{u"token"_s, own.json().value(u"access_token"_s).toString()}},
                               agentA.clientId, agentA.secret)
                     .status,
                 200);
        // CIBA, approved by alice on her own session.
        const auto bc = f->http.postForm(u"/oauth2/bc-authorize"_s,
                                         {{u"login_hint"_s, u"alice"_s},
                                          {u"scope"_s, u"openid reports:read"_s},
                                          {u"resource"_s, Resource},
                                          {u"binding_message"_s, u"History test"_s}},
                                         cibaAgent.clientId, cibaAgent.secret);
        QVERIFY2(bc.status == 200, bc.body.constData());
        const QString authReqId = bc.json().value(u"auth_req_id"_s).toString();
        TestHttp alice(f->sandbox().baseUrl());
        alice.setBearer(f->userToken(u"alice"_s, u"alice-pw"_s));
        const auto pending = alice.get(u"/ciba/requests?status=pending"_s);
        const QString requestId = pending.json()
                                      .value(u"requests"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(alice.post(u"/ciba/requests/%1/approve"_s.arg(requestId), {}).status, 200);
        QCOMPARE(f->token(cibaAgent, {{u"grant_type"_s, GrantCiba}, {u"auth_req_id"_s, authReqId}})
                     .status,
                 200);
        // The sandbox writes each line when the event happens.
        QTRY_VERIFY(lines(fileBytes()).size() >= 12);
    }

    void importTwiceAddsNothing()
    {
        HistoryStore *store = openStore(storePath(u"twice"_s), this);
        const qint64 fileLines = lines(fileBytes()).size();
        HistoryTask *first = store->importPaths({eventsFile}, this);
        QVERIFY(finish(first));
        QVERIFY2(first->error().isEmpty(), qPrintable(first->error()));
        QCOMPARE(first->importReport().imported, fileLines);
        QCOMPARE(first->importReport().malformed, 0);
        HistoryTask *second = store->importPaths({QFileInfo(eventsFile).absolutePath()}, this);
        QVERIFY(finish(second));
        QCOMPARE(second->importReport().imported, 0);
        QCOMPARE(second->importReport().duplicates, fileLines);
        QCOMPARE(await(store->count({})), fileLines);
        // What the file says: every token request as STARTED then ISSUED or FAILED.
        const qint64 issued = await(store->count(HistoryFilter::parse(u"type:TOKEN_ISSUED"_s)));
        const qint64 started =
            await(store->count(HistoryFilter::parse(u"type:TOKEN_ISSUANCE_STARTED"_s)));
        const qint64 failed =
            await(store->count(HistoryFilter::parse(u"type:TOKEN_ISSUANCE_FAILED"_s)));
        QVERIFY(issued >= 5);
        QCOMPARE(started, issued + failed);
        QCOMPARE(await(store->count(HistoryFilter::parse(
                     u"grant:token-exchange outcome:failure client:"_s + agentB.clientId))),
                 1);
        QCOMPARE(await(store->count(HistoryFilter::parse(u"type:TOKEN_REVOKED"_s))), 1);
        delete store;
    }

    void syncJoinsTheFileAndTheAuditApi()
    {
        HistoryStore *store = openStore(storePath(u"joined"_s), this);
        QVERIFY(finish(store->importPaths({eventsFile}, this)));
        const qint64 fromFile = await(store->count({}));
        tid::core::ApiClient client;
        client.setBaseUrl(f->sandbox().baseUrl());
        client.setBearerToken(f->adminToken());
        tid::core::AuditEventsApi audit(&client);
        AuditSync sync(&audit, store);
        sync.setPageSize(7); // many pages: the cursor moves through all of them
        sync.setPollInterval(0);
        QSignalSpy caughtUp(&sync, &AuditSync::caughtUp);
        sync.start();
        QVERIFY(caughtUp.wait(60000));
        QVERIFY(sync.total() > 0);
        QCOMPARE(sync.fetched(), sync.total());
        const qint64 api = await(store->count(HistoryFilter::parse(u"source:api"_s)));
        QCOMPARE(api, sync.total());
        const qint64 both = await(store->count(HistoryFilter::parse(u"source:api source:file"_s)));
        QVERIFY(both >= 5); // every issued token is one row for both sources
        QCOMPARE(await(store->count({})), fromFile + api - both);

        // The joined rows carry what only the API knows: the subject and the act chain.
        const auto exchanged = await(store->page(
            HistoryFilter::parse(u"type:TOKEN_ISSUED grant:token-exchange source:file"_s),
            std::nullopt, 10));
        QCOMPARE(exchanged.size(), 1);
        QCOMPARE(exchanged[0].subject, aliceId);
        QCOMPARE(exchanged[0].depth, 2);
        QCOMPARE(exchanged[0].audience, Resource);
        QVERIFY(!exchanged[0].twinRaw.isEmpty());
        // Its chain: alice's sign-in through agent A, then agent B narrowing to reports:read.
        const auto chains =
            await(store->chains(HistoryFilter::parse(u"client:"_s + agentB.clientId)));
        QCOMPARE(chains.size(), 1);
        QCOMPARE(chains[0].depth(), 1);
        QCOMPARE(chains[0].rootSubject, aliceId);
        QVERIFY(chains[0].rootIsHuman);
        QCOMPARE(chains[0].hops[0].clientId, agentA.clientId);
        QCOMPARE(chains[0].hops[1].scope, u"reports:read"_s);
        QVERIFY(chains[0].hops[1].scopesWithinParent);
        // The exchanged token links back to its parent and the same trace.
        const auto links = await(store->linked(exchanged[0]));
        bool parent = false;
        for (const HistoryEvent &e : links)
            parent = parent || (e.jti == exchanged[0].parentJti && e.type == u"TOKEN_ISSUED"_s);
        QVERIFY(parent);

        // A second sync resumes from the stored cursor: nothing new, nothing twice.
        AuditSync again(&audit, store);
        again.setPollInterval(0);
        QSignalSpy done(&again, &AuditSync::caughtUp);
        again.start();
        QVERIFY(done.wait(30000));
        QVERIFY(again.fetched() <= 3); // only what happened since (its own admin token's events)
        QCOMPARE(await(store->count(HistoryFilter::parse(u"source:api"_s))) - api, again.stored());
        delete store;
    }

    void teamStoreSyncFromTwoConsoles()
    {
        // Two consoles on one team store (PostgreSQL): one imports the file, both sync the
        // audit API at once with the shared cursor. Every event once, file and API joined.
        tid::test::PostgresServer pg;
        if (!pg.available())
            QSKIP(qPrintable(u"SKIP team history store: "_s + pg.unavailableReason()));
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        const QString url = pg.url(pg.superuser(), u"postgres"_s);
        QString error;
        HistoryStore *a = HistoryStore::openPostgres(url, pg.password(), this, &error);
        HistoryStore *b = HistoryStore::openPostgres(url, pg.password(), this, &error);
        QVERIFY2(a && b, qPrintable(error));
        await(a->open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        await(b->open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(finish(a->importPaths({eventsFile}, this)));
        const qint64 fromFile = await(b->count({}));
        QVERIFY(fromFile >= 12);
        tid::core::ApiClient client;
        client.setBaseUrl(f->sandbox().baseUrl());
        client.setBearerToken(f->adminToken());
        tid::core::AuditEventsApi audit(&client);
        AuditSync s1(&audit, a), s2(&audit, b);
        for (AuditSync *s : {&s1, &s2}) {
            s->setCursorKey(AuditSync::cursorKeyFor(u"team"_s));
            s->setPageSize(3);
            s->setPollInterval(0);
        }
        QSignalSpy up1(&s1, &AuditSync::caughtUp), up2(&s2, &AuditSync::caughtUp);
        s1.start();
        s2.start();
        QVERIFY(up1.wait(60000) || !up1.isEmpty());
        QVERIFY(!up2.isEmpty() || up2.wait(60000));
        const qint64 api = await(b->count(HistoryFilter::parse(u"source:api"_s)));
        QCOMPARE(api, s1.total());
        const qint64 both = await(b->count(HistoryFilter::parse(u"source:api source:file"_s)));
        QVERIFY(both >= 5);
        QCOMPARE(await(a->count({})), fromFile + api - both);
        QCOMPARE(s1.stored() + s2.stored(), api); // each event stored by one of them
        const auto exchanged = await(
            a->page(HistoryFilter::parse(u"type:TOKEN_ISSUED grant:token-exchange source:file"_s),
                    std::nullopt, 10));
        QCOMPARE(exchanged.size(), 1);
        QCOMPARE(exchanged[0].subject, aliceId);
        QCOMPARE(exchanged[0].depth, 2);
        QCOMPARE(await(a->chains(HistoryFilter::parse(u"client:"_s + agentB.clientId))).size(), 1);
        // A third console resumes from the shared cursor: nothing fetched again.
        AuditSync again(&audit, b);
        again.setCursorKey(AuditSync::cursorKeyFor(u"team"_s));
        again.setPollInterval(0);
        QSignalSpy done(&again, &AuditSync::caughtUp);
        again.start();
        QVERIFY(done.wait(30000));
        QVERIFY(again.fetched() <= 3);
        delete a;
        delete b;
    }

    void badInputsNeverAbortAnImport()
    {
        const QList<QByteArray> good = lines(fileBytes());
        QVERIFY(good.size() >= 10);
        QByteArray mixed;
        for (int i = 0; i < 5; ++i)
            mixed += good[i] + '\n';
        mixed += "this is not json\n";
        mixed += good[5] + "\n\n";
        mixed += R"({"event_id":"x","type":"T","timestamp":"not a time"})"
                 "\n";
        for (int i = 6; i < good.size(); ++i)
            mixed += good[i] + '\n';
        mixed += good[0].left(40); // a truncated last line
        const QString dir = tmp.filePath(u"bad"_s);
        QDir().mkpath(dir);
        QVERIFY(writeFile(dir + u"/mixed.log"_s, mixed));
        QVERIFY(writeFile(dir + u"/rotated.log.gz"_s, gzip(fileBytes())));
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) % 256);
        QVERIFY(writeFile(dir + u"/core.bin.log"_s, binary));
        QVERIFY(writeFile(dir + u"/array.json"_s, "[" + good[0] + "]"));
        QVERIFY(writeFile(dir + u"/corrupt.gz"_s, gzip(fileBytes()).left(60)));

        HistoryStore *store = openStore(storePath(u"bad"_s), this);
        HistoryTask *task = store->importPaths({dir}, this);
        QVERIFY(finish(task));
        QVERIFY2(task->error().isEmpty(), qPrintable(task->error()));
        const auto report = task->importReport();
        QCOMPARE(report.files, 5);
        QCOMPARE(report.imported, good.size()); // the .gz duplicates the plain lines
        QCOMPARE(report.malformed, 3);          // mixed.log
        QStringList where;
        for (const auto &p : report.problems)
            where << QFileInfo(p.file).fileName() + u':' + QString::number(p.line);
        QVERIFY2(where.contains(u"mixed.log:6"_s), qPrintable(where.join(u' ')));
        QVERIFY2(where.contains(u"mixed.log:9"_s), qPrintable(where.join(u' ')));
        QCOMPARE(report.refused.size(), 3); // the binary file, the JSON array, the broken gzip
        QStringList refused;
        for (const auto &p : report.refused)
            refused << QFileInfo(p.file).fileName() + u": "_s + p.reason;
        QVERIFY2(refused.join(u'\n').contains(u"binary"_s), qPrintable(refused.join(u'\n')));
        QVERIFY2(refused.join(u'\n').contains(u"array"_s), qPrintable(refused.join(u'\n')));
        QVERIFY2(refused.join(u'\n').contains(u"gzip"_s), qPrintable(refused.join(u'\n')));
        QVERIFY(report.summary().contains(u"malformed 3"_s));
        QCOMPARE(await(store->count({})), good.size());
        delete store;
    }

    void followsAGrowingRotatedFile()
    {
        const QList<QByteArray> good = lines(fileBytes());
        const QString path = tmp.filePath(u"follow/observability.log"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(writeFile(path, good[0] + '\n' + good[1] + '\n'));
        HistoryStore *store = openStore(storePath(u"follow"_s), this);
        HistoryFollower follower(store);
        follower.setPollInterval(200);
        QSignalSpy reopened(&follower, &HistoryFollower::reopened);
        QVERIFY(follower.follow(path));
        QTRY_COMPARE_WITH_TIMEOUT(await(store->count({})), 2, 5000);
        // A half-written line waits for its newline.
        QVERIFY(writeFile(path, good[2] + '\n' + good[3].left(30), QIODevice::Append));
        QTRY_COMPARE_WITH_TIMEOUT(await(store->count({})), 3, 5000);
        QTest::qWait(600);
        QCOMPARE(await(store->count({})), 3);
        QVERIFY(writeFile(path, good[3].mid(30) + '\n', QIODevice::Append));
        QTRY_COMPARE_WITH_TIMEOUT(await(store->count({})), 4, 2000);
        // Rotation: the file is renamed and a new one started.
        QVERIFY(QFile::rename(path, path + u".1"_s));
        QVERIFY(writeFile(path, good[4] + '\n'));
        QTRY_COMPARE_WITH_TIMEOUT(await(store->count({})), 5, 5000);
        QCOMPARE(reopened.size(), 1);
        // Copy-and-truncate: shorter than what was read.
        QVERIFY(writeFile(path, good[5] + '\n'));
        QTRY_COMPARE_WITH_TIMEOUT(await(store->count({})), 6, 5000);
        QVERIFY(reopened.size() >= 1);
        QCOMPARE(follower.malformed(), 0);
        follower.stop();
        delete store;
    }

    void syncInterruptedByAKilledServerResumes()
    {
        QTemporaryDir data;
        const int port = freePort();
        SandboxProcess::Options options;
        options.dataDir = data.path();
        options.seed = u"demo"_s;
        options.extraArgs = {u"--port"_s, QString::number(port), u"--quiet"_s};
        auto server = std::make_unique<SandboxProcess>(options);
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        const QString token = server->adminToken();
        QVERIFY(!token.isEmpty());

        HistoryStore *store = openStore(storePath(u"resume"_s), this);
        tid::core::ApiClient client;
        client.setBaseUrl(server->baseUrl());
        client.setBearerToken(token);
        client.setTimeout(3000);
        tid::core::AuditEventsApi audit(&client);
        auto sync = std::make_unique<AuditSync>(&audit, store);
        sync->setPageSize(100);
        sync->setPollInterval(0);
        sync->setRetryInterval(300);
        QSignalSpy paused(sync.get(), &AuditSync::paused);
        QSignalSpy caughtUp(sync.get(), &AuditSync::caughtUp);
        sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(sync->fetched() >= 1000, 60000);
        server->process().kill(); // mid-sync, no goodbye
        server->process().waitForFinished(10000);
        QVERIFY(paused.wait(30000));
        QCOMPARE(sync->state(), AuditSync::State::Paused);
        QVERIFY(!paused.last().at(0).toString().isEmpty());
        QCOMPARE(caughtUp.size(), 0);

        // The same store on the same port comes back; the sync carries on by itself.
        server = std::make_unique<SandboxProcess>(options);
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QVERIFY(caughtUp.wait(120000));
        TestHttp http(server->baseUrl());
        http.setBearer(token);
        const qint64 total =
            http.get(u"/audit/events?limit=1"_s).json().value(u"totalResults"_s).toInteger();
        QVERIFY(total >= 5000);
        // Nothing lost, nothing twice: exactly the server's events (those after the last sync's
        // page can only be the audit records of this test's own requests).
        const qint64 stored = await(store->count({}));
        QVERIFY2(stored <= total && stored >= total - 5,
                 qPrintable(u"%1 stored, %2 on the server"_s.arg(stored).arg(total)));
        // A restart resumes from the stored cursor rather than from the start.
        AuditSync again(&audit, store);
        again.setPollInterval(0);
        QSignalSpy done(&again, &AuditSync::caughtUp);
        again.start();
        QVERIFY(done.wait(30000));
        QVERIFY(again.fetched() < 20);
        QCOMPARE(await(store->count({})), stored + again.stored());
        delete store;
    }

    void exportRoundTrip()
    {
        HistoryStore *store = openStore(storePath(u"export"_s), this);
        QVERIFY(finish(store->importPaths({eventsFile}, this)));
        const HistoryFilter filter = HistoryFilter::parse(u"client:"_s + agentA.clientId);
        const auto expected = await(store->page(filter, std::nullopt, 1000, true));
        QVERIFY(expected.size() >= 4);
        const QString jsonl = tmp.filePath(u"export.jsonl"_s);
        HistoryTask *task =
            store->exportTo(filter, jsonl, HistoryStore::ExportFormat::JsonLines, this);
        QSignalSpy progress(task, &HistoryTask::progress);
        QVERIFY(finish(task));
        QVERIFY2(task->error().isEmpty(), qPrintable(task->error()));
        QCOMPARE(task->exported(), expected.size());
        QVERIFY(progress.size() >= 1);
        QFile out(jsonl);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        QList<QByteArray> want;
        for (const HistoryEvent &e : expected)
            want << e.raw;
        QCOMPARE(lines(bytes), want);
        QFile sum(jsonl + u".sha256"_s);
        QVERIFY(sum.open(QIODevice::ReadOnly));
        QCOMPARE(sum.readAll().left(64),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        // CSV: a header, then one row per event, the ids in the same order.
        const QString csv = tmp.filePath(u"export.csv"_s);
        QVERIFY(finish(store->exportTo(filter, csv, HistoryStore::ExportFormat::Csv, this)));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = lines(c.readAll());
        QCOMPARE(rows.size(), expected.size() + 1);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(QString::fromUtf8(rows[i + 1]).section(u',', 1, 1), expected[i].id);
        // Cancelled: no file left behind.
        const QString cancelled = tmp.filePath(u"cancelled.jsonl"_s);
        // Hold the export's thread so that Cancel comes first, whatever the machine's speed.
        QAtomicInt release(0);
        store->analyze<bool>([&release](tid::core::HistoryBackend &, QString *) {
            while (!release.loadAcquire())
                QThread::msleep(5);
            return true;
        });
        HistoryTask *c2 =
            store->exportTo({}, cancelled, HistoryStore::ExportFormat::JsonLines, this);
        c2->cancel();
        release.storeRelease(1);
        QVERIFY(finish(c2));
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(!QFile::exists(cancelled + u".sha256"_s));
        delete store;
    }

    void eventsModel()
    {
        HistoryStore *store = openStore(storePath(u"model"_s), this);
        // A few thousand events: the file's lines repeated under new ids.
        const QList<QByteArray> good = lines(fileBytes());
        QList<HistoryEvent> many;
        for (int i = 0; i < 3000; ++i) {
            auto e = HistoryEvent::fromObservabilityLine(good[i % good.size()]);
            QVERIFY(e);
            e->id += u"-"_s + QString::number(i);
            e->timeNs += qint64(i) * 1000000;
            many << *e;
        }
        QCOMPARE(await(store->insert(many)).inserted, 3000);
        auto extra = HistoryEvent::fromObservabilityLine(good[0]);
        extra->id = u"new-one"_s;
        checkEventsModel(store, 3000, *extra);
        delete store;
    }

    void retention()
    {
        HistoryStore *store = openStore(storePath(u"retention"_s), this);
        const QList<QByteArray> good = lines(fileBytes());
        auto old = HistoryEvent::fromObservabilityLine(good[0]);
        old->id = u"old"_s;
        old->timeNs -= 10LL * 86400 * 1000000000LL;
        auto recent = HistoryEvent::fromObservabilityLine(good[1]);
        QCOMPARE(await(store->insert({*old, *recent})).inserted, 2);
        QCOMPARE(await(store->applyRetention(0)), 0); // 0 = forever
        QCOMPARE(await(store->applyRetention(7)), 1);
        QCOMPARE(await(store->count({})), 1);
        delete store;
    }

    void commandLine()
    {
        const QString db = tmp.filePath(u"cli.sqlite"_s);
        const qint64 fileLines = lines(fileBytes()).size();
        Run r = console({u"import"_s, u"--db"_s, db, eventsFile});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QByteArray("imported " + QByteArray::number(fileLines) +
                                           ", duplicates 0, malformed 0")),
                 r.out.constData());
        r = console({u"import"_s, u"--db"_s, db, eventsFile});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QByteArray("imported 0, duplicates " + QByteArray::number(fileLines))),
            r.out.constData());
        r = console({u"query"_s, u"--db"_s, db, u"--count"_s, u""_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().toLongLong(), fileLines);
        r = console({u"query"_s, u"--db"_s, db, u"--count"_s, u"grant:token-exchange"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().toLongLong() >= 4);
        // jsonl: the original lines of the matching events.
        r = console(
            {u"query"_s, u"--db"_s, db, u"--format"_s, u"jsonl"_s, u"type:TOKEN_REVOKED"_s});
        QCOMPARE(r.exitCode, 0);
        QList<QByteArray> revoked;
        for (const QByteArray &l : lines(fileBytes()))
            if (l.contains("\"type\":\"TOKEN_REVOKED\""))
                revoked << l;
        QCOMPARE(lines(r.out), revoked);
        r = console({u"query"_s, u"--db"_s, db, u"--format"_s, u"csv"_s, u"outcome:failure"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("time,event_id,type,outcome"));
        r = console({u"query"_s, u"--db"_s, db, u"client:nobody"_s});
        QCOMPARE(r.exitCode, 1); // nothing matched
        r = console({u"query"_s, u"--db"_s, db, u"clint:x"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("clint"));
        r = console({u"import"_s, u"--db"_s, db, tmp.filePath(u"bad/core.bin.log"_s)});
        QCOMPARE(r.exitCode, 1); // not an events file
        QVERIFY(r.err.contains("binary"));
        r = console({u"import"_s, u"--db"_s, db, tmp.filePath(u"bad/mixed.log"_s)});
        QCOMPARE(r.exitCode, 1); // malformed lines
        QVERIFY(r.err.contains("mixed.log:6"));
        r = console({u"import"_s, u"--db"_s, db, tmp.filePath(u"no/such/file.log"_s)});
        QCOMPARE(r.exitCode, 2);
        r = console({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        // The window's --help and --version need no display either.
        for (const QString &arg : {u"--help"_s, u"--version"_s}) {
            QProcess w;
            w.setProgram(QString::fromUtf8(TID_CONSOLE_BIN));
            w.setArguments({arg});
            QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
            bare.remove(u"DISPLAY"_s);
            bare.remove(u"WAYLAND_DISPLAY"_s);
            bare.remove(u"QT_QPA_PLATFORM"_s);
            w.setProcessEnvironment(bare);
            w.start();
            QVERIFY(w.waitForFinished(30000));
            QCOMPARE(w.exitStatus(), QProcess::NormalExit);
            QCOMPARE(w.exitCode(), 0);
            const QByteArray text = w.readAllStandardOutput();
            QVERIFY2(arg == u"--help"_s ? text.contains("--sandbox") && text.contains("history")
                                        : text.contains("0.1.0"),
                     text.constData());
        }
        // sync with a server's admin client.
        QProcess p;
        p.setProgram(QString::fromUtf8(TID_CONSOLE_BIN));
        p.setArguments({u"history"_s, u"sync"_s, u"--db"_s, db, u"--server"_s,
                        f->sandbox().baseUrl().toString(), u"--client-id"_s,
                        f->sandbox().adminClientId()});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"THUNDERID_CLIENT_SECRET"_s, f->sandbox().adminClientSecret());
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        p.start();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("synced"), out.constData());
        QVERIFY(!out.contains(f->sandbox().adminClientSecret().toUtf8()));
        r = console({u"query"_s, u"--db"_s, db, u"--count"_s, u"source:api"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().toLongLong() > 10);
    }
};

QTEST_GUILESS_MAIN(TestHistoryE2e)
#include "tst_history_e2e.moc"
