#include "ui/history/HistoryTimeline.h"

#include "ui/widgets/StatusColor.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPixmap>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using tid::core::HistoryBucket;

namespace tid::ui {

namespace {

constexpr qint64 NsPerMs = 1000000;
constexpr qint64 NsPerSecond = 1000 * NsPerMs;

// Below this many pixels a press and release is a click on one interval, not a drag.
constexpr int DragThreshold = 4;

} // namespace

HistoryTimeline::HistoryTimeline(QWidget *parent)
    : QChartView(parent)
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
{
    setObjectName(u"historyTimeline"_s);
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("Events per interval, by outcome. Drag across a time range (or click an "
                  "interval) to filter the table to it."));
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::NoRubberBand);
    setMinimumHeight(120);
    setCursor(Qt::CrossCursor);

    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 16, 8, 2)); // the legend sits in the top margin
    c->setBackgroundRoundness(0);
    c->legend()->hide();
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    m_axisX->setLabelsFont(small);
    m_axisY->setLabelsFont(small);
    m_axisY->setLabelFormat(u"%d"_s);
    m_axisY->setTickCount(3);
    m_axisX->setTickCount(7);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);

    const std::array<QString, 4> names{tr("success"), tr("failure"), tr("in progress"),
                                       tr("other")};
    QLineSeries *lower = nullptr;
    for (const QString &name : names) {
        auto *upper = new QLineSeries(this);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(name);
        c->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_lines.append(upper);
        m_areas.append(area);
        lower = upper;
    }
    setChart(c);

    m_legend = new QWidget(viewport());
    m_legend->setObjectName(u"timelineLegend"_s);
    m_legend->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *legendLayout = new QHBoxLayout(m_legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->setSpacing(10);
    for (const QString &name : names) {
        auto *item = new QWidget(m_legend);
        auto *h = new QHBoxLayout(item);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(4);
        auto *swatch = new QLabel(item);
        swatch->setFixedSize(10, 10);
        auto *label = new QLabel(name, item);
        label->setFont(small);
        h->addWidget(swatch);
        h->addWidget(label);
        legendLayout->addWidget(item);
        m_swatches.append(swatch);
        m_legendItems.append(item);
    }
    connect(c, &QChart::plotAreaChanged, this, &HistoryTimeline::placeLegend);

    m_selection = new QGraphicsRectItem(c);
    m_selection->setPen(Qt::NoPen);
    m_selection->setZValue(20);
    m_selection->hide();
    m_note = new QGraphicsSimpleTextItem(c);
    m_note->setZValue(21);
    applyPalette();
    clear();
}

HistoryTimeline::~HistoryTimeline() = default;

qint64 HistoryTimeline::bucketSizeFor(qint64 spanNs, int target)
{
    static const std::array<qint64, 16> steps{1,     5,         15,        30,          // seconds
                                              60,    5 * 60,    15 * 60,   30 * 60,     // minutes
                                              3600,  3 * 3600,  6 * 3600,  12 * 3600,   // hours
                                              86400, 2 * 86400, 7 * 86400, 30 * 86400}; // days
    const qint64 wanted = std::max<qint64>(1, spanNs / std::max(1, target)) / NsPerSecond;
    for (qint64 s : steps) {
        if (s >= wanted)
            return s * NsPerSecond;
    }
    return steps.back() * NsPerSecond;
}

qint64 HistoryTimeline::totalEvents() const
{
    qint64 n = 0;
    for (const HistoryBucket &b : m_buckets)
        n += b.total();
    return n;
}

QString HistoryTimeline::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void HistoryTimeline::setBuckets(const QList<HistoryBucket> &buckets, qint64 bucketNs)
{
    m_buckets = buckets;
    m_bucketNs = std::max<qint64>(bucketNs, 1);
    if (m_buckets.isEmpty()) {
        clear(tr("No events in this range"));
        return;
    }
    std::array<QList<QPointF>, 4> points;
    qint64 maximum = 0;
    for (const HistoryBucket &b : std::as_const(m_buckets)) {
        const qreal x0 = qreal(b.startNs / NsPerMs);
        const qreal x1 = qreal((b.startNs + m_bucketNs) / NsPerMs);
        const std::array<qint64, 4> stack{b.success, b.success + b.failure,
                                          b.success + b.failure + b.inProgress, b.total()};
        for (int i = 0; i < 4; ++i) {
            points[i] << QPointF(x0, qreal(stack[i])) << QPointF(x1, qreal(stack[i]));
        }
        maximum = std::max(maximum, b.total());
    }
    for (int i = 0; i < 4; ++i)
        m_lines[i]->replace(points[i]);
    // A series with nothing in it stays out of the legend.
    const std::array<bool, 4> used{
        std::any_of(m_buckets.cbegin(), m_buckets.cend(), [](auto &b) { return b.success; }),
        std::any_of(m_buckets.cbegin(), m_buckets.cend(), [](auto &b) { return b.failure; }),
        std::any_of(m_buckets.cbegin(), m_buckets.cend(), [](auto &b) { return b.inProgress; }),
        std::any_of(m_buckets.cbegin(), m_buckets.cend(), [](auto &b) { return b.other; })};
    for (int i = 0; i < 4; ++i)
        m_legendItems[i]->setVisible(used[i]);
    m_legend->show();
    placeLegend();
    const qint64 first = m_buckets.first().startNs;
    const qint64 last = m_buckets.last().startNs + m_bucketNs;
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(first / NsPerMs, Qt::UTC),
                      QDateTime::fromMSecsSinceEpoch(last / NsPerMs, Qt::UTC));
    const qint64 span = last - first;
    m_axisX->setFormat(span > 3 * 86400 * NsPerSecond ? u"MMM d"_s
                       : span > 86400 * NsPerSecond   ? u"MMM d HH:mm"_s
                       : span > 600 * NsPerSecond     ? u"HH:mm"_s
                                                      : u"HH:mm:ss"_s);
    m_axisY->setRange(0, std::max<qreal>(1, qreal(maximum)));
    m_axisY->applyNiceNumbers();
    m_axisX->setVisible(true);
    m_axisY->setVisible(true);
    m_note->hide();
    m_selection->hide();
    setAccessibleDescription(
        tr("%n events in %1 intervals", nullptr, int(totalEvents())).arg(m_buckets.size()));
}

void HistoryTimeline::clear(const QString &note)
{
    m_buckets.clear();
    for (QLineSeries *line : std::as_const(m_lines))
        line->clear();
    m_legend->hide();
    m_axisX->setVisible(false);
    m_axisY->setVisible(false);
    m_selection->hide();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    placeNote();
    setAccessibleDescription(note);
}

void HistoryTimeline::placeNote()
{
    const QRectF r = m_note->boundingRect();
    const QRectF area = chart()->rect();
    m_note->setPos(area.center().x() - r.width() / 2, area.center().y() - r.height() / 2);
}

void HistoryTimeline::placeLegend()
{
    m_legend->adjustSize();
    const QRectF plot = chart()->plotArea();
    const QPoint topRight = mapFromScene(chart()->mapToScene(plot.topRight()));
    m_legend->move(std::max(0, topRight.x() - m_legend->width()),
                   std::max(0, topRight.y() - m_legend->height() - 2));
}

void HistoryTimeline::applyPalette()
{
    const QPalette p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.brush(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    m_axisX->setGridLineVisible(false);
    const std::array<StatusColor::Name, 4> colors{
        StatusColor::Name::Success, StatusColor::Name::Failure, StatusColor::Name::InProgress,
        StatusColor::Name::Other};
    for (int i = 0; i < 4; ++i) {
        const QColor color = StatusColor::color(colors[i], p);
        m_areas[i]->setBrush(color);
        m_areas[i]->setPen(QPen(color, 0));
        QPixmap swatch(10, 10);
        swatch.fill(color);
        m_swatches[i]->setPixmap(swatch);
    }
    m_selection->setBrush(StatusColor::color(StatusColor::Name::Selection, p));
    m_note->setBrush(p.brush(QPalette::PlaceholderText));
}

void HistoryTimeline::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HistoryTimeline::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeNote();
    placeLegend();
}

qint64 HistoryTimeline::timeAt(const QPoint &viewportPos) const
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPos));
    const QPointF value = chart()->mapToValue(inChart, m_areas.first());
    return qint64(value.x()) * NsPerMs;
}

QPoint HistoryTimeline::viewportPositionOf(qint64 timeNs) const
{
    const QPointF inChart =
        chart()->mapToPosition(QPointF(qreal(timeNs / NsPerMs), 0), m_areas.first());
    const QRectF plot = chart()->plotArea();
    const QPoint p = mapFromScene(chart()->mapToScene(QPointF(inChart.x(), plot.center().y())));
    return p;
}

void HistoryTimeline::updateSelectionRect(int x1, int x2)
{
    const QRectF plot = chart()->plotArea();
    const qreal a = chart()->mapFromScene(mapToScene(QPoint(std::min(x1, x2), 0))).x();
    const qreal b = chart()->mapFromScene(mapToScene(QPoint(std::max(x1, x2), 0))).x();
    const qreal left = std::clamp(a, plot.left(), plot.right());
    const qreal right = std::clamp(b, plot.left(), plot.right());
    m_selection->setRect(QRectF(left, plot.top(), std::max<qreal>(1, right - left), plot.height()));
    m_selection->show();
}

void HistoryTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_buckets.isEmpty()) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragStartX = event->position().toPoint().x();
    updateSelectionRect(m_dragStartX, m_dragStartX);
    event->accept();
}

void HistoryTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    updateSelectionRect(m_dragStartX, event->position().toPoint().x());
    event->accept();
}

void HistoryTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    event->accept();
    const int endX = event->position().toPoint().x();
    const qint64 first = m_buckets.first().startNs;
    const qint64 last = m_buckets.last().startNs + m_bucketNs;
    qint64 a = timeAt(QPoint(std::min(m_dragStartX, endX), 0));
    qint64 b = timeAt(QPoint(std::max(m_dragStartX, endX), 0));
    if (std::abs(endX - m_dragStartX) < DragThreshold)
        b = a; // a click: the interval under it
    // Whole intervals, inside the data shown.
    a = std::clamp(a, first, last - 1);
    b = std::clamp(b, first, last - 1);
    const qint64 from = first + (a - first) / m_bucketNs * m_bucketNs;
    const qint64 to = first + ((b - first) / m_bucketNs + 1) * m_bucketNs;
    updateSelectionRect(viewportPositionOf(from).x(), viewportPositionOf(to).x());
    Q_EMIT rangeSelected(from, to);
}

} // namespace tid::ui
