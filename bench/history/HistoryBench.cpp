// The token history on a big store: a selective filter's first page and its count, the facets,
// the window index (what the table needs to jump anywhere), and the History table on the whole
// store (first page shown, scrolled to the end) with the process's peak RSS. Not a test: run
// bench/history/run.sh, which prints these beside `jq` over the same file.

#include "core/history/HistoryStore.h"
#include "core/models/HistoryEventsModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

template<typename T> T wait(QFuture<HistoryResult<T>> f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const auto r = f.result();
    if (!r.ok())
        std::fprintf(stderr, "error: %s\n", qPrintable(r.error));
    return r.value;
}

template<typename F> double medianMs(int runs, F &&fn)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"db"_s, u"store"_s, u"path"_s}, {u"filter"_s, u"selective filter"_s, u"f"_s}});
    p.process(app);
    // A path, or a team's postgresql://… store with PGPASSWORD.
    QString error;
    HistoryStore *store = HistoryStore::openLocation(
        p.value(u"db"_s), qEnvironmentVariable("PGPASSWORD"), &app, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (!wait(store->open())) {
        return 2;
    }
    const HistoryFilter filter = HistoryFilter::parse(p.value(u"filter"_s));
    QList<HistoryEvent> page;
    const double firstPage =
        medianMs(5, [&] { page = wait(store->page(filter, std::nullopt, 200)); });
    qint64 count = 0;
    const double countMs = medianMs(5, [&] { count = wait(store->count(filter)); });
    HistoryFacets facets;
    const double facetsMs = medianMs(3, [&] { facets = wait(store->facets(filter)); });
    HistoryFacets all;
    const double facetsAllMs = medianMs(3, [&] { all = wait(store->facets({})); });
    QList<HistoryBucket> buckets;
    const double timelineMs =
        medianMs(3, [&] { buckets = wait(store->timeline({}, 3600LL * 1000000000LL)); });
    HistoryWindowIndex index;
    const double indexAllMs = medianMs(3, [&] { index = wait(store->windowIndex({}, 200)); });
    std::printf("filter: %s\n", qPrintable(filter.text()));
    std::printf("first page (200 rows) of the filter: %.1f ms (%lld rows shown)\n", firstPage,
                qint64(page.size()));
    std::printf("count of the filter: %lld in %.1f ms\n", count, countMs);
    std::printf("facets of the filter: %.1f ms; facets of everything (%lld events): %.1f ms\n",
                facetsMs, all.total, facetsAllMs);
    std::printf("timeline of everything (%lld hourly buckets): %.1f ms\n", qint64(buckets.size()),
                timelineMs);
    std::printf("window index of everything (%lld rows, %lld anchors): %.1f ms\n", index.count,
                qint64(index.anchors.size()), indexAllMs);

    // The History table on the whole store.
    QElapsedTimer shown;
    shown.start();
    HistoryEventsModel model;
    QTableView view;
    view.resize(1280, 800);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.show();
    bool known = false;
    QObject::connect(&model, &HistoryEventsModel::countKnown, &app, [&] { known = true; });
    model.setStore(store);
    // (No row yet: index(0, 1) is not valid until the first block has arrived.)
    while (model.rowCount() == 0 ||
           !model.data(model.index(0, 1), HistoryEventsModel::LoadedRole).toBool())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view.repaint();
    const double firstShownMs = shown.nsecsElapsed() / 1e6;
    while (!known)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double countShownMs = shown.nsecsElapsed() / 1e6;
    QElapsedTimer jump;
    jump.start();
    view.scrollToBottom();
    const int last = model.rowCount() - 1;
    view.repaint();
    while (!model.data(model.index(last, 1), HistoryEventsModel::LoadedRole).toBool())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view.repaint();
    const double jumpMs = jump.nsecsElapsed() / 1e6;
    // The middle, by dragging the scroll bar.
    QElapsedTimer middle;
    middle.start();
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    view.repaint();
    int mid = view.rowAt(view.viewport()->height() / 2);
    if (mid < 0)
        mid = model.rowCount() / 2;
    while (!model.data(model.index(mid, 1), HistoryEventsModel::LoadedRole).toBool())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view.repaint();
    const double middleMs = middle.nsecsElapsed() / 1e6;
    std::printf("table on %d rows: first rows shown %.0f ms, count known %.0f ms, end shown "
                "%.0f ms, middle shown %.0f ms\n",
                model.rowCount(), firstShownMs, countShownMs, jumpMs, middleMs);
    std::printf("peak RSS with the table open on all events: %ld MB\n", peakRssMb());
    delete store;
    return 0;
}
