// Keychain against the real Secret Service (run under dbus-run-session + gnome-keyring, as
// scripts/test.sh does): write, read back, overwrite, remove, not-found; profiles and purposes
// are separate entries; values never reach the log.

#include "core/secrets/Keychain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

KeychainResult await(std::optional<KeychainResult> &slot)
{
    QDeadlineTimer deadline(30000);
    while (!slot && !deadline.hasExpired())
        QTest::qWait(10);
    if (!slot) {
        QTest::qFail("keychain did not answer", __FILE__, __LINE__);
        return {};
    }
    return *std::exchange(slot, std::nullopt);
}

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << msg;
    if (g_previous)
        g_previous(type, ctx, msg);
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    QString m_service;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run under dbus-run-session with gnome-keyring "
                  "(scripts/test.sh does)");
        m_service =
            u"thunderid-console-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QLoggingCategory::setFilterRules(u"tid.keychain.debug=true"_s);
        g_previous = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void roundTrip()
    {
        Keychain keychain(m_service);
        QSignalSpy finished(&keychain, &Keychain::finished);
        std::optional<KeychainResult> slot;
        auto into = [&slot](const KeychainResult &r) { slot = r; };
        const QString secret = u"s3cr3t-"_s + QUuid::createUuid().toString(QUuid::Id128);

        keychain.write(u"prod"_s, Keychain::ClientSecret, secret, this, into);
        QCOMPARE(keychain.pendingJobs(), 1);
        KeychainResult r = await(slot);
        QVERIFY2(r.ok, qPrintable(r.error));

        keychain.read(u"prod"_s, Keychain::ClientSecret, this, into);
        r = await(slot);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, secret);

        // No plaintext copy anywhere under HOME (QtKeychain's insecure fallback would write
        // one to a QSettings file; the keyring itself is encrypted).
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 10 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }

        // Another profile and another purpose are separate entries.
        keychain.read(u"staging"_s, Keychain::ClientSecret, this, into);
        r = await(slot);
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        keychain.read(u"prod"_s, Keychain::RefreshToken, this, into);
        r = await(slot);
        QVERIFY(r.notFound);

        keychain.write(u"prod"_s, Keychain::ClientSecret, u"rotated"_s, this, into);
        QVERIFY(await(slot).ok);
        keychain.read(u"prod"_s, Keychain::ClientSecret, this, into);
        QCOMPARE(await(slot).secret, u"rotated"_s);

        keychain.remove(u"prod"_s, Keychain::ClientSecret, this, into);
        QVERIFY(await(slot).ok);
        keychain.read(u"prod"_s, Keychain::ClientSecret, this, into);
        r = await(slot);
        QVERIFY(r.notFound);
        QVERIFY(r.secret.isEmpty());

        QTRY_COMPARE(keychain.pendingJobs(), 0);
        QCOMPARE(finished.size(), 8);
        const auto op = finished.first().at(0).value<Keychain::Operation>();
        QCOMPARE(op, Keychain::Operation::Write);
        QCOMPARE(finished.first().at(1).toString(), u"prod"_s);

        // Key names are logged, values never.
        QVERIFY(g_log.join(u'\n').contains(u"prod/client-secret"_s));
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(u"rotated"_s), qPrintable(line));
        }
    }

    void callbackNotCalledAfterContextDies()
    {
        Keychain keychain(m_service);
        bool called = false;
        {
            QObject context;
            keychain.read(u"gone"_s, Keychain::ClientSecret, &context,
                          [&called](const KeychainResult &) { called = true; });
        }
        QSignalSpy finished(&keychain, &Keychain::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(!called);
    }

    void emptyKeyIsRefused()
    {
        Keychain keychain(m_service);
        std::optional<KeychainResult> slot;
        keychain.write({}, Keychain::ClientSecret, u"x"_s, this,
                       [&slot](const KeychainResult &r) { slot = r; });
        QVERIFY(!slot.has_value()); // asynchronous even for a refusal
        const KeychainResult r = await(slot);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
