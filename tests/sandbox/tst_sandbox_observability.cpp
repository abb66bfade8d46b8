// ThunderID's observability JSON-lines format (REFERENCE.md §1.2), written by --events-file.
#include "sandbox/audit/ObservabilityLog.h"
#include "sandbox/http/Router.h"
#include "sandbox/store/Ids.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace tid::sandbox;

class TestObservability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineHasThunderIdFieldOrderAndSortedData()
    {
        const QByteArray line = ObservabilityLog::formatLine(
            u"388b6608-4f88-40f7-b83f-ae4c70f982cf"_s, u"01a023d1-8a4f-77bf-a3c0-e4a2b913b744"_s,
            u"TOKEN_ISSUED"_s, u"2026-08-21T10:15:30.127803112Z"_s, u"AuthHandler"_s, u"success"_s,
            QJsonObject{{u"scope"_s, u"invoices:read"_s},
                        {u"client_id"_s, u"10CK-aAJp0gKBlH84AHdKA"_s},
                        {u"grant_type"_s, u"client_credentials"_s},
                        {u"duration_ms"_s, u"4"_s}});
        // Byte for byte the example line of REFERENCE.md §1.6 (line 2).
        QCOMPARE(
            line,
            QByteArray(
                "{\"trace_id\":\"388b6608-4f88-40f7-b83f-ae4c70f982cf\",\"event_id\":\"01a023d1-"
                "8a4f-77bf-a3c0-e4a2b913b744\",\"type\":\"TOKEN_ISSUED\",\"timestamp\":\"2026-08-"
                "21T10:15:30.127803112Z\",\"component\":\"AuthHandler\",\"status\":\"success\","
                "\"data\":{\"client_id\":\"10CK-aAJp0gKBlH84AHdKA\",\"duration_ms\":\"4\",\"grant_"
                "type\":\"client_credentials\",\"scope\":\"invoices:read\"}}"
                "\n"));
    }

    void nestedErrorObjectIsSortedToo()
    {
        const QByteArray line = ObservabilityLog::formatLine(
            u"t"_s, u"e"_s, u"TOKEN_ISSUANCE_FAILED"_s, u"2026-08-21T10:15:31.023914007Z"_s,
            u"AuthHandler"_s, u"failure"_s,
            QJsonObject{{u"scope"_s, u"flights:search"_s},
                        {u"error"_s, QJsonObject{{u"type"_s, u"client_error"_s},
                                                 {u"message"_s, u"m"_s},
                                                 {u"code"_s, u"400"_s}}},
                        {u"client_id"_s, u"c"_s},
                        {u"duration_ms"_s, u"2"_s},
                        {u"grant_type"_s, u"g"_s}});
        QVERIFY(line.contains("\"data\":{\"client_id\":\"c\",\"duration_ms\":\"2\",\"error\":{"
                              "\"code\":\"400\",\"message\":\"m\",\"type\":\"client_error\"},"
                              "\"grant_type\":\"g\",\"scope\":\"flights:search\"}"));
    }

    void goEscaping()
    {
        QCOMPARE(ObservabilityLog::goJsonString(u"a<b>&c"_s),
                 QByteArray("\"a\\u003cb\\u003e\\u0026c\""));
        QCOMPARE(ObservabilityLog::goJsonString(u"q\"\\\n\r\t"_s),
                 QByteArray("\"q\\\"\\\\\\n\\r\\t\""));
        QCOMPARE(ObservabilityLog::goJsonString(QString(QChar(0x01))), QByteArray("\"\\u0001\""));
        QCOMPARE(ObservabilityLog::goJsonString(QString(QChar(0x2028))), QByteArray("\"\\u2028\""));
        QCOMPARE(ObservabilityLog::goJsonString(u"é"_s), QByteArray("\"\xc3\xa9\""));
    }

    void timestampIsRfc3339NanoWithoutTrailingZeros()
    {
        using namespace std::chrono;
        const auto base = system_clock::time_point(seconds(1787307330));
        QCOMPARE(ObservabilityLog::goTimestamp(base + nanoseconds(123456789)),
                 u"2026-08-21T10:15:30.123456789Z"_s);
        QCOMPARE(ObservabilityLog::goTimestamp(base + nanoseconds(623050440)),
                 u"2026-08-21T10:15:30.62305044Z"_s);
        QCOMPARE(ObservabilityLog::goTimestamp(base), u"2026-08-21T10:15:30Z"_s);
    }

    void uuid7CarriesMilliseconds()
    {
        const qint64 ms = 1787307330123;
        const QString id = Ids::uuid7(ms);
        QVERIFY(QRegularExpression(
                    u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                    .match(id)
                    .hasMatch());
        QCOMPARE(Ids::uuid7Millis(id), ms);
        QVERIFY(Ids::uuid7() != Ids::uuid7());
        QCOMPARE(Ids::uuid4().at(14), u'4');
    }

    void traceIdComesFromCorrelationHeaders()
    {
        Request r;
        r.headers = {{"X-Trace-ID", "third"}, {"X-Request-ID", "second"}};
        QCOMPARE(ObservabilityLog::traceIdFor(r), u"second"_s);
        r.headers.append(qMakePair(QByteArray("x-correlation-id"), QByteArray("first")));
        QCOMPARE(ObservabilityLog::traceIdFor(r), u"first"_s);
        r.headers.clear();
        QCOMPARE(ObservabilityLog::traceIdFor(r).size(), 36);
    }

    void fileIsAppendedWithMode0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"logs/observability/observability.log"_s);
        {
            ObservabilityLog log;
            QString error;
            QVERIFY2(log.open(path, &error), qPrintable(error));
            log.tokenIssuanceStarted(u"trace-1"_s, u"client"_s, u"client_credentials"_s, u"a b"_s);
            log.tokenIssued(u"trace-1"_s, u"client"_s, u"client_credentials"_s, u"a"_s, 7);
        }
        {
            ObservabilityLog log;
            QString error;
            QVERIFY(log.open(path, &error));
            log.tokenRevoked(u"trace-2"_s, u"client"_s, u"01a023d1-8a4f-7e10-9c3a-52b8d1e4f907"_s);
            log.tokenIssuanceFailed(u"trace-3"_s, u"client"_s,
                                    u"urn:openid:params:grant-type:ciba"_s, {}, 1, 400,
                                    u"The user has not yet completed authentication"_s, false);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 5); // four lines and the empty tail after the last \n
        QVERIFY(lines.last().isEmpty());
        const QStringList types = {u"TOKEN_ISSUANCE_STARTED"_s, u"TOKEN_ISSUED"_s,
                                   u"TOKEN_REVOKED"_s, u"TOKEN_ISSUANCE_FAILED"_s};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(o.value(u"type"_s).toString(), types.at(i));
            QVERIFY(lines.at(i).startsWith("{\"trace_id\":"));
            QCOMPARE(o.keys().size(), 7);
            QCOMPARE(o.value(u"component"_s).toString(), u"AuthHandler"_s);
            const qint64 ms = Ids::uuid7Millis(o.value(u"event_id"_s).toString());
            QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
        }
        const QJsonObject issued = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(issued.value(u"data"_s).toObject().value(u"duration_ms"_s),
                 QJsonValue(u"7"_s)); // a string, as Go writes it
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"status"_s).toString(),
                 u"in_progress"_s);
        const QJsonObject failed = QJsonDocument::fromJson(lines.at(3)).object();
        QCOMPARE(failed.value(u"data"_s).toObject().value(u"error"_s).toObject().value(u"code"_s),
                 QJsonValue(u"400"_s));
        QCOMPARE(failed.value(u"data"_s).toObject().value(u"scope"_s), QJsonValue(u""_s));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2))
                     .object()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"revocation_reason"_s)
                     .toString(),
                 u"explicit"_s);
    }
};

int main(int argc, char *argv[])
{
    // The file's timestamps are in the process's zone (Z under UTC, as in containers).
    qputenv("TZ", "UTC");
    tzset();
    QCoreApplication app(argc, argv);
    TestObservability test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sandbox_observability.moc"
