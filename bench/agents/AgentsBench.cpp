// Benchmark (not a test): the agents pane against a sandbox seeded with many agents.
//
//   tid-bench-agents --sandbox PATH --data DIR [--agents 100000] [--cache-pages N]
//
// Starts thunderid-sandbox on DIR (seeding the agents on first use — not timed), then measures
// what a user waits for, each time until the rows on screen are painted with their agents:
// from "connect" (discovery + client-credentials token) to the first page; a jump to the end
// (Ctrl+End); the scroll bar dragged to the middle (a few steps, as a hand does, then let go:
// timed from the release); and the console's peak resident memory after visiting the start,
// the end and the middle. Checks that the rows shown are the right agents (the seeded
// "bench-agent-NNNNNN" in the server's order): a wrong row exits 1, whatever the times.
// Prints one line per figure and a JSON summary.
#include "core/api/Session.h"
#include "core/models/AgentsModel.h"
#include "ui/agents/AgentsPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace tid;

namespace {

// Peak and current resident set size of this process, in MiB (Linux /proc).
double procStatusMiB(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double pidRssMiB(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Calls `painted` just after a paint of the list that showed every row on screen loaded.
class PaintProbe final : public QObject
{
public:
    std::function<bool()> complete; // asked as the paint starts
    std::function<void()> painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && complete && painted && complete()) {
            auto then = std::exchange(painted, nullptr);
            QTimer::singleShot(0, this, then); // after the paint has happened
        }
        return QObject::eventFilter(watched, event);
    }
};

QString benchName(int row)
{
    return u"bench-agent-%1"_s.arg(row + 1, 6, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Agents pane benchmark against a seeded sandbox."_s);
    parser.addHelpOption();
    const QCommandLineOption sandboxOpt(u"sandbox"_s, u"thunderid-sandbox binary."_s, u"path"_s);
    const QCommandLineOption dataOpt(u"data"_s, u"Sandbox data directory (reused)."_s, u"dir"_s);
    const QCommandLineOption agentsOpt(u"agents"_s, u"Agents to seed."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption cacheOpt(u"cache-pages"_s,
                                      u"Pages the model keeps (default: the model's)."_s, u"n"_s);
    parser.addOptions({sandboxOpt, dataOpt, agentsOpt, cacheOpt});
    parser.process(app);
    if (!parser.isSet(sandboxOpt) || !parser.isSet(dataOpt)) {
        std::fprintf(stderr, "tid-bench-agents: --sandbox and --data are required\n");
        return 2;
    }
    const QString adminId = u"bench-admin"_s;
    const QString adminSecret = u"bench-admin-secret-0123456789abcdef"_s;

    QProcess sandbox;
    sandbox.setProgram(parser.value(sandboxOpt));
    sandbox.setArguments({u"--port"_s, u"0"_s, u"--data"_s, parser.value(dataOpt), u"--seed"_s,
                          u"empty"_s, u"--seed-agents"_s, parser.value(agentsOpt),
                          u"--admin-client-id"_s, adminId, u"--admin-client-secret"_s, adminSecret,
                          u"--quiet"_s});
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    core::Session session;
    ui::AgentsPane *pane = nullptr;
    PaintProbe probe;
    QElapsedTimer clock;
    QElapsedTimer seedClock;
    qint64 connectedMs = -1, firstPaintMs = -1, endMs = -1, middleMs = -1;
    int total = 0;
    QString failure;
    QByteArray buffer;
    bool finished = false;

    auto finish = [&](int code) {
        if (finished)
            return;
        finished = true;
        const core::AgentsModel *model = pane ? pane->model() : nullptr;
        QJsonObject summary{{u"agents"_s, total},
                            {u"connectMs"_s, connectedMs},
                            {u"firstPagePaintedMs"_s, firstPaintMs},
                            {u"endPaintedMs"_s, endMs},
                            {u"middlePaintedMs"_s, middleMs},
                            {u"pageRequests"_s, model ? int(model->requestedOffsets().size()) : 0},
                            {u"cachedRows"_s, model ? model->loadedRowCount() : 0},
                            {u"peakRssMiB"_s, procStatusMiB("VmHWM:")},
                            {u"sandboxPeakRssMiB"_s, pidRssMiB(sandbox.processId())},
                            {u"ok"_s, code == 0}};
        std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        sandbox.terminate();
        sandbox.waitForFinished(10000);
        app.exit(code);
    };
    auto fail = [&](const QString &why) {
        std::fprintf(stderr, "tid-bench-agents: FAIL: %s\n", qPrintable(why));
        finish(1);
    };

    // The source rows on screen, and whether every one of them is loaded.
    auto visibleRows = [&](int *first, int *last) {
        QTableView *view = pane->listView();
        const int rows = view->model()->rowCount();
        *first = qMax(0, view->rowAt(0));
        const int bottom = view->rowAt(view->viewport()->height() - 1);
        *last = bottom < 0 ? rows - 1 : bottom;
    };
    auto screenLoaded = [&] {
        int first = 0, last = -1;
        visibleRows(&first, &last);
        const auto *proxy = pane->proxy();
        for (int r = first; r <= last; ++r) {
            if (!pane->model()->isRowLoaded(proxy->mapToSource(proxy->index(r, 0)).row()))
                return false;
        }
        return last >= first;
    };
    // The rows shown are the seeded agents of those rows.
    auto checkScreen = [&](const char *where) {
        int first = 0, last = -1;
        visibleRows(&first, &last);
        for (int r = first; r <= last; ++r) {
            const QString name = pane->proxy()->index(r, 0).data().toString();
            if (name != benchName(r)) {
                fail(u"%1: row %2 shows \"%3\", not %4"_s.arg(QLatin1StringView(where))
                         .arg(r)
                         .arg(name, benchName(r)));
                return false;
            }
        }
        return true;
    };

    auto report = [&] {
        std::printf("pages fetched: %d for %d agents (%d rows kept)\n",
                    int(pane->model()->requestedOffsets().size()), total,
                    pane->model()->loadedRowCount());
        std::printf("peak RSS of the console after the start, the end and the middle: %.1f MiB "
                    "(goal < 150)\n",
                    procStatusMiB("VmHWM:"));
        finish(0);
    };

    auto dragToMiddle = [&] {
        // A hand dragging the scroll bar: ten steps 16 ms apart, then let go in the middle.
        QScrollBar *bar = pane->listView()->verticalScrollBar();
        auto step = std::make_shared<int>(0);
        auto timer = new QTimer(&app);
        timer->setInterval(16);
        QObject::connect(timer, &QTimer::timeout, &app, [&, bar, step, timer] {
            ++*step;
            const int target = bar->maximum() / 2;
            bar->setValue(bar->maximum() - (bar->maximum() - target) * *step / 10);
            if (*step < 10)
                return;
            timer->deleteLater();
            clock.restart();
            probe.complete = screenLoaded;
            probe.painted = [&] {
                middleMs = clock.elapsed();
                std::printf("scroll bar dragged to the middle: painted %lld ms after the release "
                            "(top row %d)\n",
                            middleMs, pane->listView()->rowAt(0));
                if (checkScreen("middle"))
                    report();
            };
            pane->listView()->viewport()->update();
        });
        timer->start();
    };

    auto jumpToEnd = [&] {
        clock.restart();
        probe.complete = screenLoaded;
        probe.painted = [&] {
            endMs = clock.elapsed();
            std::printf("jump to the end (Ctrl+End): painted %lld ms after the key (goal < 300)\n",
                        endMs);
            if (checkScreen("end"))
                QTimer::singleShot(50, &app, dragToMiddle);
        };
        QTableView *view = pane->listView();
        view->setFocus();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_End, Qt::ControlModifier);
        QApplication::sendEvent(view, &press);
    };

    QObject::connect(&session, &core::Session::connectionFailed, &app,
                     [&](const core::ApiError &e) { fail(u"connect: "_s + e.toString()); });
    QObject::connect(&session, &core::Session::connected, &app, [&] {
        connectedMs = clock.elapsed();
        pane = new ui::AgentsPane(&session.apis()); // loads the first page
        if (parser.isSet(cacheOpt))
            pane->model()->setMaxCachedPages(parser.value(cacheOpt).toInt()); // reloads
        QObject::connect(pane->model(), &core::AgentsModel::errorOccurred, &app,
                         [&](const core::ApiError &e) { fail(u"paging: "_s + e.toString()); });
        pane->resize(1280, 800);
        pane->show();
        pane->listView()->viewport()->installEventFilter(&probe);
        probe.complete = [&] { return pane->model()->isLoaded() && screenLoaded(); };
        probe.painted = [&] {
            firstPaintMs = clock.elapsed();
            total = pane->model()->rowCount();
            std::printf("connect (discovery + token): %lld ms\n", connectedMs);
            std::printf("first page painted: %lld ms after connect started, %lld ms after "
                        "sign-in (goal < 150)\n",
                        firstPaintMs, firstPaintMs - connectedMs);
            if (pane->model()->holdsWholeList())
                std::printf("note: %d agents fit in the cache: the list is loaded whole\n", total);
            if (checkScreen("start"))
                QTimer::singleShot(50, &app, jumpToEnd);
        };
        pane->setServerMetadata(session.metadata());
    });

    QObject::connect(&sandbox, &QProcess::readyReadStandardOutput, &app, [&] {
        buffer += sandbox.readAllStandardOutput();
        int nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"event"_s).toString() != "ready"_L1)
                continue;
            std::printf("sandbox ready after %lld ms (seeding included, not timed)\n",
                        seedClock.elapsed());
            clock.start();
            session.connectWithClientCredentials(QUrl(o.value(u"baseUrl"_s).toString()),
                                                 core::ClientAuth{adminId, adminSecret});
        }
    });
    QObject::connect(&sandbox, &QProcess::finished, &app, [&](int code) {
        if (!finished) {
            std::fprintf(stderr, "the sandbox stopped (exit %d)\n", code);
            finished = true;
            app.exit(1);
        }
    });
    // Never hang: 15 minutes at most (seeding 100,000 agents included).
    QTimer::singleShot(15 * 60 * 1000, &app, [&] { fail(u"timed out"_s); });
    seedClock.start();
    sandbox.start();
    return app.exec();
}
