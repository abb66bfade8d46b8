// "Start with the session" (issue 12): the XDG autostart entry is written where the session
// looks for it, starts the console as an approver for the chosen profile — with the Exec line
// quoted as the Desktop Entry Specification asks, so that a profile name with spaces, quotes or
// a percent sign reaches the program intact — passes desktop-file-validate where it is installed,
// and is removed again.

#include "core/desktop/Autostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::core::Autostart;

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"--inbox"_s << u"--inbox"_s;
        QTest::newRow("space") << u"Team prod"_s << u"\"Team prod\""_s;
        QTest::newRow("quote and dollar") << u"a\"b$c"_s << u"\"a\\\"b\\$c\""_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"\"a\\\\b\""_s;
        QTest::newRow("percent") << u"100%"_s << u"100%%"_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
    }
    void quoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(Autostart::quoteExecArgument(argument), quoted);
    }

    void writesAndRemovesTheEntry()
    {
        QCOMPARE(Autostart::path(), m_home.filePath(u"autostart/thunderid-console.desktop"_s));
        QVERIFY(!Autostart::isEnabled());
        QString error;
        QVERIFY2(Autostart::enable(u"/usr/bin/thunderid-console"_s,
                                   {u"--inbox"_s, u"--profile"_s, u"Team \"prod\" 100%"_s}, &error),
                 qPrintable(error));
        QVERIFY(Autostart::isEnabled());
        QFile file(Autostart::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY2(text.contains("\nExec=/usr/bin/thunderid-console --inbox --profile "
                               "\"Team \\\\\"prod\\\\\" 100%%\"\n"),
                 text.constData());
        QVERIFY(text.contains("\nType=Application\n"));
        const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (!validator.isEmpty()) {
            QProcess p;
            p.start(validator, {Autostart::path()});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        }
        // Written again (another profile): replaced, not appended.
        QVERIFY(Autostart::enable(u"thunderid-console"_s, {u"--inbox"_s}, &error));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("Exec="), 1);
        QVERIFY(Autostart::disable(&error));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::disable(&error)); // nothing to remove is no error
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
