// The command line speaks the user's language: the history and inspect subcommands, run without
// a display under a German or French locale, answer in that language (the strings are looked up
// under the context lupdate gave them; a mismatch falls back to English silently).

#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run console(const QStringList &args, const QString &language)
{
    QProcess p;
    p.setProgram(QString::fromUtf8(TID_CONSOLE_BIN));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LC_ALL"_s, language);
    env.insert(u"LANG"_s, language);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyUsageErrors_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"C"_s << u"import needs at least one file or folder"_s;
        QTest::newRow("de") << u"de_DE.UTF-8"_s
                            << u"import braucht mindestens eine Datei oder einen Ordner"_s;
        QTest::newRow("fr") << u"fr_FR.UTF-8"_s
                            << u"import demande au moins un fichier ou un dossier"_s;
    }
    void historyUsageErrors()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const Run r = console({u"history"_s, u"import"_s}, language);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        if (language != u"C"_s) // not the English text
            QVERIFY2(!r.err.contains(u"import needs at least one file or folder"_s),
                     qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
