// LocalSandbox, the child process behind `thunderid-console --sandbox`: starts the real
// sandbox binary on a free port with generated admin credentials, reports ready()
// asynchronously, and the credentials sign in; a missing binary fails cleanly; stop() ends the
// child.

#include "core/api/LocalSandbox.h"
#include "core/api/Session.h"

#include "tst_e2e_support.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

class TestE2eLocalSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheBinaryInTheBuildTree()
    {
        const QFileInfo bin(QStringLiteral(TID_SANDBOX_BIN));
        // The console lives in <build>/app, the sandbox in <build>/sandbox.
        const QString appDir = bin.dir().absoluteFilePath(u"../app"_s);
        QCOMPARE(LocalSandbox::findExecutable(appDir), bin.canonicalFilePath());
        // Installed layout: side by side.
        QCOMPARE(LocalSandbox::findExecutable(bin.absolutePath()), bin.canonicalFilePath());
    }

    void startsSignsInAndStops()
    {
        LocalSandbox sandbox;
        sandbox.setExecutable(QStringLiteral(TID_SANDBOX_BIN));
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QVERIFY(!sandbox.isReady()); // never synchronous
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(sandbox.baseUrl().isValid());
        QVERIFY(sandbox.baseUrl().port() > 0);
        QVERIFY(!sandbox.issuer().isEmpty());
        QVERIFY(sandbox.adminClientId().startsWith(u"console-admin-"_s));
        QVERIFY(sandbox.adminClientSecret().size() >= 40);
        // The secret is not on the child's command line (anyone reads it in ps).
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(sandbox.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray argv = cmdline.readAll();
        QVERIFY(argv.contains("thunderid-sandbox"));
        QVERIFY(argv.contains(sandbox.adminClientId().toUtf8()));
        QVERIFY(!argv.contains(sandbox.adminClientSecret().toUtf8()));

        Session session;
        session.connectWithClientCredentials(
            sandbox.baseUrl(), {sandbox.adminClientId(), sandbox.adminClientSecret()});
        QVERIFY2(tid::test::connectAndWait(session), qPrintable(session.lastError().toString()));
        const auto agents = tid::test::await(session.admin().listAgents(PageRequest::window(1)));
        QVERIFY2(agents.ok(), qPrintable(agents.error.toString()));
        QVERIFY(agents.value.totalResults >= 40); // --seed demo

        QSignalSpy finished(&sandbox, &LocalSandbox::finished);
        sandbox.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!sandbox.isRunning(), 15000);
        QCOMPARE(finished.size(), 1);
    }

    void missingBinaryFails()
    {
        LocalSandbox sandbox;
        sandbox.setExecutable(u"/nonexistent/thunderid-sandbox"_s);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(failed.first().first().toString().contains(u"could not start"_s));

        LocalSandbox none;
        QSignalSpy failed2(&none, &LocalSandbox::failed);
        none.start();
        QTRY_COMPARE(failed2.size(), 1);
    }

    void aSandboxThatExitsEarlyFails()
    {
        LocalSandbox sandbox;
        sandbox.setExecutable(QStringLiteral(TID_SANDBOX_BIN));
        sandbox.setExtraArguments({u"--bind"_s, u"not-an-address"_s});
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY2(failed.first().first().toString().contains(u"exited with code"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!sandbox.isReady());
    }
};

QTEST_GUILESS_MAIN(TestE2eLocalSandbox)
#include "tst_e2e_local_sandbox.moc"
