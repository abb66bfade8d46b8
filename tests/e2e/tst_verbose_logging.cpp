// `thunderid-console --verbose` logs every tid.* category — and never a secret or a token: the
// window, offscreen, signs in to a sandbox with a client secret it got from the environment,
// loads its counts, and its whole output is searched for that secret, the sandbox's admin
// secret and anything shaped like a JWT or a bearer header (issue 14 item 10).

#include "tests/common/SandboxProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestVerboseLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verboseRunLogsNoSecret()
    {
        tid::test::SandboxProcess::Options options;
        options.seed = u"demo"_s;
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"THUNDERID_CLIENT_SECRET"_s, sandbox.adminClientSecret());
        env.remove(u"QT_LOGGING_RULES"_s);
        QProcess console;
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::MergedChannels);
        console.start(QStringLiteral(TID_CONSOLE_BIN),
                      {u"--server"_s, sandbox.baseUrl().toString(), u"--client-id"_s,
                       sandbox.adminClientId(), u"--verbose"_s});
        QVERIFY(console.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        // Signed in (tid.auth) and a list page loaded (tid.models): the run did real work.
        while (
            timer.elapsed() < 30000 &&
            !(out.contains("tid.auth") && out.contains("tid.models") && out.contains("tid.api"))) {
            console.waitForReadyRead(500);
            out += console.readAll();
        }
        console.terminate();
        console.waitForFinished(10000);
        out += console.readAll();
        QVERIFY2(out.contains("tid.auth: token for"), out.constData());
        QVERIFY2(out.contains("tid.models"), out.constData());
        QVERIFY2(out.contains("tid.api"), out.constData());

        const QString text = QString::fromUtf8(out);
        QVERIFY(!text.contains(sandbox.adminClientSecret()));
        QVERIFY2(!text.contains(QRegularExpression(u"eyJ[A-Za-z0-9_-]{8,}"_s)), out.constData());
        QVERIFY(!text.contains(u"Bearer "_s, Qt::CaseInsensitive));
        QVERIFY(!text.contains(u"client_secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestVerboseLogging)
#include "tst_verbose_logging.moc"
