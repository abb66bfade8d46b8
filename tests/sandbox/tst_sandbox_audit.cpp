// The audit log's group commit on worker threads (issue 15): records held by an
// AuditLog::Deferral are written by the audit writer, and the request's answer is released only
// once the transaction holding its record committed — or told that it failed.
#include "sandbox/audit/AuditLog.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Sql.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <future>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace tid::sandbox;

namespace {

AuditEvent tokenIssued(const QString &clientId, const QString &jti)
{
    return AuditEvent{AuditLog::TokenIssued,
                      clientId,
                      u"subject"_s,
                      u"https://rs.example.com"_s,
                      QJsonObject{{u"jti"_s, jti}},
                      {},
                      {}};
}

// TOKEN_ISSUED records with this jti, read through a connection of its own (what another
// connection sees is what was committed).
int committedWithJti(const QString &file, const QString &jti)
{
    static std::atomic<int> counter{0};
    const QString name = u"probe-%1"_s.arg(counter.fetch_add(1));
    int found = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT COUNT(*) FROM audit_events WHERE type = 'TOKEN_ISSUED' AND "
                      "json_extract(data, '$.jti') = ?"_s);
            q.addBindValue(jti);
            if (q.exec() && q.next())
                found = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

// Runs fn on `count` threads of their own (as the sandbox's worker threads) and waits for them.
void onThreads(int count, const std::function<void(int)> &fn)
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([fn, i] { fn(i); }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
}

} // namespace

class TestSandboxAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    QString m_file;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(
            u"store-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_db = std::make_unique<Database>(m_file);
        m_audit = std::make_unique<AuditLog>(*m_db);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY2(m_db->migrate(m_audit->name(), m_audit->migrations(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_audit.reset(); // the writer is done before the store closes
        m_db.reset();
    }

    // 8 worker threads, 50 requests each, every answer held by a Deferral: each is released
    // with no error, and only once its record is visible to another connection.
    void deferredRecordsAreCommittedBeforeTheAnswer()
    {
        constexpr int Threads = 8;
        constexpr int PerThread = 50;
        QMutex lock;
        int released = 0;
        QStringList failures;
        onThreads(Threads, [&](int t) {
            for (int n = 0; n < PerThread; ++n) {
                const QString jti = u"jti-%1-%2"_s.arg(t).arg(n);
                AuditLog::Deferral deferral(*m_audit);
                m_audit->record(tokenIssued(u"client-%1"_s.arg(t), jti));
                deferral.submit(
                    [&, jti](const QString &error) {
                        // On the audit writer's thread, before the answer would go out.
                        const int committed = committedWithJti(m_file, jti);
                        QMutexLocker locker(&lock);
                        ++released;
                        if (!error.isEmpty() || committed != 1)
                            failures
                                << u"%1: error '%2', %3 committed"_s.arg(jti, error).arg(committed);
                    });
            }
        });
        QTRY_COMPARE(released, Threads * PerThread);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
        QCOMPARE(m_audit->count(AuditLog::TokenIssued), qint64(Threads * PerThread));
        QCOMPARE(m_audit->groupCommitEvents(), qint64(Threads * PerThread));
        QVERIFY(m_audit->groupCommits() >= 1);
        QVERIFY(m_audit->groupCommits() <= Threads * PerThread);
    }

    // A commit that fails releases the answer with the reason (the worker answers 500 then), and
    // nothing of the batch is stored; without a Deferral the worker's record() throws.
    void failedCommitIsReported()
    {
        Sql::exec(m_db->db(), u"CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events "
                              "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"_s);
        QString reported;
        bool released = false;
        bool threw = false;
        onThreads(1, [&](int) {
            {
                AuditLog::Deferral deferral(*m_audit);
                m_audit->record(tokenIssued(u"client"_s, u"jti-refused"_s));
                std::promise<QString> done;
                deferral.submit([&](const QString &error) { done.set_value(error); });
                reported = done.get_future().get();
                released = true;
            }
            try {
                m_audit->record(tokenIssued(u"client"_s, u"jti-refused-sync"_s));
            } catch (const SqlError &) {
                threw = true;
            }
        });
        QVERIFY(released);
        QVERIFY2(reported.contains(u"audit refused"_s), qPrintable(reported));
        QVERIFY(threw);
        QCOMPARE(m_audit->count(), qint64(0));
    }

    // Nothing recorded: submit() releases the answer at once, on the calling thread. A record
    // made inside a transaction joins it (and goes when it rolls back), even under a Deferral.
    void deferralWithoutEventsAndInsideTransactions()
    {
        bool sameThread = false;
        bool emptyError = false;
        onThreads(1, [&](int) {
            AuditLog::Deferral deferral(*m_audit);
            const bool committed = m_db->transaction([&] {
                m_audit->record(tokenIssued(u"client"_s, u"jti-rolled-back"_s));
                return false; // rolled back
            });
            QThread *caller = QThread::currentThread();
            deferral.submit([&, caller](const QString &error) {
                sameThread = !committed && QThread::currentThread() == caller;
                emptyError = error.isEmpty();
            });
        });
        QVERIFY(sameThread);
        QVERIFY(emptyError);
        QCOMPARE(m_audit->count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAudit)
#include "tst_sandbox_audit.moc"
