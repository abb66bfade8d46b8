#pragma once

// What the history tests share on any store (SQLite or a team's PostgreSQL): waiting for a
// store's answer, `thunderid-console history` as a child process, and the History pane's events
// model over a store under QAbstractItemModelTester. TID_CONSOLE_BIN names the console.

#include "core/history/HistoryStore.h"
#include "core/models/HistoryEventsModel.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace tid::test {

template<typename T> T await(QFuture<core::HistoryResult<T>> future, QString *error = nullptr)
{
    // Tests may wait: the GUI-thread rule is for core and ui.
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished()) {
        qWarning("history store: no answer in 60 s");
        return T{};
    }
    const core::HistoryResult<T> r = future.result();
    if (error)
        *error = r.error;
    else if (!r.ok())
        qWarning("history store: %s", qPrintable(r.error));
    return r.value;
}

struct ConsoleRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `thunderid-console history ARGS`, started without a display; `password`: PGPASSWORD.
inline QProcess *startHistoryCommand(const QStringList &args, const QString &password = {})
{
    auto *p = new QProcess;
    p->setProgram(QString::fromUtf8(TID_CONSOLE_BIN));
    p->setArguments(QStringList{QStringLiteral("history")} + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the history command needs no display
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    p->setProcessEnvironment(env);
    p->start();
    return p;
}

// Waits for a started command (3 minutes at most) and deletes its process.
inline ConsoleRun finishHistoryCommand(QProcess *p)
{
    ConsoleRun r;
    if (p->waitForFinished(180000))
        r = {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
             p->readAllStandardOutput(), p->readAllStandardError()};
    else
        p->kill();
    delete p;
    return r;
}

inline ConsoleRun historyCommand(const QStringList &args, const QString &password = {})
{
    return finishHistoryCommand(startHistoryCommand(args, password));
}

// The events model over `store`, which holds exactly `rows` events (thousands, so that the
// table loads in blocks); `extra` is a new event inserted at the end. QTest failures as usual.
inline void checkEventsModel(core::HistoryStore *store, int rows, const core::HistoryEvent &extra)
{
    using core::HistoryEventsModel;
    using core::HistoryFilter;
    HistoryEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy known(&model, &HistoryEventsModel::countKnown);
    // The answer may come before the call returns (a finished future continues at once):
    // count the signals rather than wait for the next one.
    auto counted = [&](const std::function<void()> &action) {
        const qsizetype before = known.size();
        action();
        QTRY_VERIFY_WITH_TIMEOUT(known.size() > before, 10000);
    };
    counted([&] { model.setStore(store); });
    QCOMPARE(model.rowCount(), rows);
    // The last row: not loaded at first, then its block arrives.
    const QModelIndex last = model.index(rows - 1, HistoryEventsModel::Type);
    model.data(last);
    QTRY_VERIFY(model.data(last, HistoryEventsModel::LoadedRole).toBool());
    QVERIFY(!model.data(last).toString().isEmpty());
    // Newest first across blocks.
    const qint64 t0 = model.data(model.index(0, 0), HistoryEventsModel::TimeNsRole).toLongLong();
    const qint64 tLast = model.data(last, HistoryEventsModel::TimeNsRole).toLongLong();
    QVERIFY(t0 > tLast);
    const HistoryFilter issued = HistoryFilter::parse(QStringLiteral("type:TOKEN_ISSUED"));
    counted([&] { model.setFilter(issued); });
    QCOMPARE(model.rowCount(), int(await(store->count(issued))));
    counted([&] { model.setFilter(HistoryFilter::parse(QStringLiteral("client:nobody"))); });
    QCOMPARE(model.rowCount(), 0);
    // New events arrive: the model re-queries by itself.
    counted([&] { model.setFilter({}); });
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(await(store->insert({extra})).inserted, 1);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), rows + 1, 10000);
}

} // namespace tid::test
