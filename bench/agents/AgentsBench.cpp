// Benchmark (not a test): the agents pane against a sandbox seeded with many agents.
//
//   tid-bench-agents --sandbox PATH --data DIR [--agents 100000]
//
// Starts thunderid-sandbox on DIR (seeding the agents on first use — not timed), then measures
// what a user waits for: from "connect" (discovery + client-credentials token) to the first page
// of agents painted in the pane, and the console's peak resident memory after scrolling the list
// to the very end (every page fetched, as a user dragging the scroll bar down would). Prints one
// line per figure and a JSON summary.

#include "core/api/Session.h"
#include "core/models/AgentsModel.h"
#include "ui/agents/AgentsPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

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

class PaintProbe final : public QObject
{
public:
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            QTimer::singleShot(0, this, onPaint); // after the paint has happened
        return QObject::eventFilter(watched, event);
    }
};

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
    const QCommandLineOption pageOpt(u"page-size"_s, u"Agents per request."_s, u"n"_s, u"100"_s);
    parser.addOptions({sandboxOpt, dataOpt, agentsOpt, pageOpt});
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
    qint64 connectedMs = -1, firstPaintMs = -1, endMs = -1;
    int total = 0;
    QByteArray buffer;

    auto finish = [&](int code) {
        QJsonObject summary{{u"agents"_s, total},
                            {u"connectMs"_s, connectedMs},
                            {u"firstPagePaintedMs"_s, firstPaintMs},
                            {u"scrollToEndMs"_s, endMs},
                            {u"peakRssMiB"_s, procStatusMiB("VmHWM:")},
                            {u"sandboxPeakRssMiB"_s, pidRssMiB(sandbox.processId())}};
        std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        sandbox.terminate();
        sandbox.waitForFinished(10000);
        app.exit(code);
    };

    auto scrollStep = [&](auto &&self) -> void {
        QTableView *view = pane->listView();
        core::AgentsModel *model = pane->model();
        if (model->isStalled()) {
            std::fprintf(stderr, "paging failed: %s\n", qPrintable(model->lastError().toString()));
            finish(1);
            return;
        }
        if (model->isLoaded() && model->rowCount() >= model->totalCount() && !model->isFetching()) {
            endMs = clock.elapsed();
            total = model->rowCount();
            view->scrollToBottom();
            QTimer::singleShot(200, &app, [&] { // let the last rows paint
                std::printf("scrolled to the end: %d agents in %lld ms\n", total, endMs);
                std::printf("peak RSS of the console: %.1f MiB (aim < 150)\n",
                            procStatusMiB("VmHWM:"));
                finish(0);
            });
            return;
        }
        // Like a user holding End: the view fetches the next page when it reaches the bottom.
        view->scrollToBottom();
        QTimer::singleShot(1, &app, [&, self] { self(self); });
    };

    QObject::connect(&session, &core::Session::connectionFailed, &app,
                     [&](const core::ApiError &e) {
                         std::fprintf(stderr, "connect failed: %s\n", qPrintable(e.toString()));
                         finish(1);
                     });
    QObject::connect(&session, &core::Session::connected, &app, [&] {
        connectedMs = clock.elapsed();
        pane = new ui::AgentsPane(&session.apis()); // loads the first page
        pane->model()->setPageSize(parser.value(pageOpt).toInt());
        pane->resize(1280, 800);
        pane->show();
        pane->listView()->viewport()->installEventFilter(&probe);
        probe.onPaint = [&] {
            if (firstPaintMs >= 0 || !pane->model()->isLoaded() || pane->model()->rowCount() == 0)
                return;
            firstPaintMs = clock.elapsed();
            std::printf("connect (discovery + token): %lld ms\n", connectedMs);
            std::printf("first page painted: %lld ms after connect started, %lld ms after "
                        "sign-in (aim < 150)\n",
                        firstPaintMs, firstPaintMs - connectedMs);
            clock.restart();
            QTimer::singleShot(0, &app, [&] { scrollStep(scrollStep); });
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
        if (firstPaintMs < 0 || endMs < 0) {
            std::fprintf(stderr, "the sandbox stopped (exit %d)\n", code);
            app.exit(1);
        }
    });
    seedClock.start();
    sandbox.start();
    return app.exec();
}
