#pragma once

#include "core/history/HistoryBackend.h"

#include <QChartView>
#include <QList>

class QAreaSeries;
class QDateTimeAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace tid::ui {

// The history's timeline: events per interval of the current filter, stacked by outcome
// (success, failure, in progress, other) as steps over a time axis. Dragging across it selects a
// time range (rangeSelected, snapped outwards to whole intervals); a click selects one interval.
class HistoryTimeline final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTimeline)

public:
    explicit HistoryTimeline(QWidget *parent = nullptr);
    ~HistoryTimeline() override;

    // Buckets of `bucketNs` each (HistoryStore::timeline), oldest first.
    void setBuckets(const QList<core::HistoryBucket> &buckets, qint64 bucketNs);
    // No data: the note says why (empty store, no match, loading).
    void clear(const QString &note = {});
    const QList<core::HistoryBucket> &buckets() const { return m_buckets; }
    qint64 bucketNs() const { return m_bucketNs; }
    qint64 totalEvents() const;
    QString note() const;

    // An interval of about `target` buckets over `spanNs` (1 s … 1 week, rounded to a
    // human step: 1/5/15/30 s, 1/5/15/30 min, 1/3/6/12 h, 1 d, 1 w).
    static qint64 bucketSizeFor(qint64 spanNs, int target = 120);

    // Where an instant is drawn, in viewport coordinates at the plot's vertical middle (tests
    // drag between two of these).
    QPoint viewportPositionOf(qint64 timeNs) const;

Q_SIGNALS:
    void rangeSelected(qint64 fromNs, qint64 toNs);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    qint64 timeAt(const QPoint &viewportPos) const;
    void updateSelectionRect(int x1, int x2);
    void placeNote();
    void placeLegend();

    QList<core::HistoryBucket> m_buckets;
    qint64 m_bucketNs = 0;
    QList<QLineSeries *> m_lines; // cumulative upper edges: success, +failure, +progress, +other
    QList<QAreaSeries *> m_areas;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QGraphicsRectItem *m_selection;
    QGraphicsSimpleTextItem *m_note;
    // The legend: swatches and names over the plot's top-right corner (QLegend's labels come
    // out empty at this height).
    QWidget *m_legend = nullptr;
    QList<QLabel *> m_swatches;
    QList<QWidget *> m_legendItems;
    bool m_dragging = false;
    int m_dragStartX = 0;
};

} // namespace tid::ui
