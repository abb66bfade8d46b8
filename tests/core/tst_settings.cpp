// Settings over a temporary INI file: defaults from the one table, typed round trips, profiles
// (including awkward names), and that nothing secret-looking is ever written.

#include "core/Settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"a.conf"_s));
        QCOMPARE(s.requestTimeoutMs(), 15000);
        QCOMPARE(s.pageSize(), 50);
        QCOMPARE(s.clipboardClearSeconds(), 30);
        QCOMPARE(s.lastPane(), u"resource-servers"_s);
        QVERIFY(s.lastProfile().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
        QCOMPARE(s.value(Settings::Key::PageSize), Settings::defaultValue(Settings::Key::PageSize));
    }

    void roundTripAndTypes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"b.conf"_s);
        {
            Settings s(file);
            s.setRequestTimeoutMs(2500);
            s.setPageSize(100);
            s.setLastProfile(u"sandbox"_s);
            s.setWindowGeometry("\x01\x02geometry\xff"_ba);
            s.sync();
        }
        Settings s(file);
        QCOMPARE(s.fileName(), file);
        QCOMPARE(s.requestTimeoutMs(), 2500);
        QCOMPARE(s.value(Settings::Key::RequestTimeoutMs).metaType(), QMetaType::fromType<int>());
        QCOMPARE(s.pageSize(), 100);
        QCOMPARE(s.lastProfile(), u"sandbox"_s);
        QCOMPARE(s.windowGeometry(), "\x01\x02geometry\xff"_ba);
        s.reset(Settings::Key::PageSize);
        QCOMPARE(s.pageSize(), 50);
    }

    void badValueReadsAsDefault()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"c.conf"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[network]\nrequestTimeoutMs=soon\n");
        f.close();
        Settings s(file);
        QCOMPARE(s.requestTimeoutMs(), 15000);
    }

    void profiles()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"d.conf"_s);
        ServerProfile prod;
        prod.name = u"Prod / EU (TLS)"_s;
        prod.baseUrl = QUrl(u"https://id.example.com:8090"_s);
        prod.tlsPin = u"ab"_s.repeated(32);
        prod.signIn = ServerProfile::SignIn::Browser;
        prod.clientId = u"CONSOLE"_s;
        prod.historyDatabase =
            u"postgresql://audit@db.example.com:5432/history?sslmode=verify-full"_s;
        ServerProfile sandbox;
        sandbox.name = u"sandbox"_s;
        sandbox.baseUrl = QUrl(u"http://127.0.0.1:8090"_s);
        sandbox.clientId = u"sandbox-admin"_s;
        {
            Settings s(file);
            QVERIFY(s.saveProfile(prod));
            QVERIFY(s.saveProfile(sandbox));
            ServerProfile bad;
            bad.name = u"bad"_s;
            bad.baseUrl = QUrl(u"relative/path"_s);
            QVERIFY(!s.saveProfile(bad));
            ServerProfile nameless = sandbox;
            nameless.name = u"  "_s;
            QVERIFY(!s.saveProfile(nameless));
            s.setLastProfile(sandbox.name);
            s.sync();
        }
        Settings s(file);
        QCOMPARE(s.profileNames(), (QStringList{prod.name, sandbox.name}));
        const auto p = s.profile(prod.name);
        QVERIFY(p.has_value());
        QCOMPARE(*p, prod);
        QCOMPARE(*s.profile(sandbox.name), sandbox);
        QVERIFY(!s.profile(u"missing"_s).has_value());

        s.removeProfile(sandbox.name);
        QCOMPARE(s.profileNames(), QStringList{prod.name});
        QVERIFY(s.lastProfile().isEmpty()); // it pointed at the removed profile
        s.sync();

        // The file holds exactly the non-secret fields.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("password"));
    }

    void standardPaths()
    {
        const QString data = Settings::dataDirectory();
        QVERIFY(!data.isEmpty());
        QVERIFY(QFileInfo(data).isDir());
        QVERIFY(QFileInfo(Settings::cacheDirectory()).isDir());
        // Default location comes from QStandardPaths (test mode: under ~/.qttest).
        Settings s;
        QVERIFY2(s.fileName().contains(u".qttest"_s), qPrintable(s.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
