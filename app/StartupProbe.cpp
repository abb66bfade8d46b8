#include "app/StartupProbe.h"

#include "core/api/Session.h"
#include "ui/MainWindow.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace tid::app {

void installStartupProbe(tid::ui::MainWindow &window, tid::core::Session &session)
{
    bool ok = false;
    const qint64 launchedAt = qEnvironmentVariable("TID_STARTUP_PROBE").toLongLong(&ok);
    if (!ok)
        return;
    const auto since = [launchedAt] { return QDateTime::currentMSecsSinceEpoch() - launchedAt; };
    const qint64 mainAt = since();
    auto connectedAt = std::make_shared<qint64>(-1);
    QObject::connect(&session, &tid::core::Session::connected, &window,
                     [connectedAt, since] { *connectedAt = since(); });
    auto *poll = new QTimer(&window);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, connectedAt, since, mainAt] {
        if (since() > 30000) {
            std::fprintf(stderr, "startup probe: no rows within 30 s\n");
            QCoreApplication::exit(1);
            return;
        }
        if (*connectedAt < 0)
            return;
        QWidget *pane = window.pane(window.currentPane());
        const auto views =
            pane ? pane->findChildren<QAbstractItemView *>() : QList<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
                continue;
            const qint64 rowsAt = since();
            window.repaint(); // the rows on screen, synchronously
            const qint64 paintedAt = since();
            poll->stop();
            std::printf("startup: main %lld ms, connected %lld ms, first rows %lld ms, painted "
                        "%lld ms (%lld rows)\n",
                        static_cast<long long>(mainAt), static_cast<long long>(*connectedAt),
                        static_cast<long long>(rowsAt), static_cast<long long>(paintedAt),
                        static_cast<long long>(view->model()->rowCount()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
            return;
        }
    });
    poll->start();
}

} // namespace tid::app
