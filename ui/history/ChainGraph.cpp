#include "ui/history/ChainGraph.h"

#include "ui/inspector/ActorIconProxy.h"
#include "ui/widgets/StatusColor.h"

#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

constexpr int NodeWidth = 150;
constexpr int NodeHeight = 46;
constexpr int EdgeWidth = 140;
constexpr int Margin = 10;

} // namespace

ChainGraph::ChainGraph(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"chainGraph"_s);
    setAccessibleName(tr("The selected delegation chain as a graph"));
    setMouseTracking(false);
}

void ChainGraph::clear()
{
    m_nodes.clear();
    m_audience.clear();
    setToolTip(QString());
    setMinimumWidth(minimumSizeHint().width());
    updateGeometry();
    update();
}

void ChainGraph::setChain(const core::DelegationChain &chain,
                          std::function<QString(const QString &)> clientLabel,
                          std::function<QString(const QString &)> principalLabel)
{
    m_nodes.clear();
    Node root;
    root.title = principalLabel ? principalLabel(chain.rootSubject) : chain.rootSubject;
    root.human = chain.rootIsHuman;
    root.subtitle = chain.rootIsHuman ? tr("user") : tr("agent, on its own");
    m_nodes << root;
    for (int i = 0; i < chain.hops.size(); ++i) {
        const core::DelegationHop &hop = chain.hops.at(i);
        Node n;
        n.title = clientLabel ? clientLabel(hop.clientId) : hop.clientId;
        n.subtitle = i == 0 ? tr("first token") : tr("hop %1").arg(i);
        n.edge = hop.scope.isEmpty() ? tr("(no scope)") : hop.scope;
        n.widened = !hop.scopesWithinParent;
        n.rowId = hop.rowId;
        m_nodes << n;
    }
    m_audience = chain.finalAudience;
    setToolTip(tr("Click a token to show its event. Final audience: %1").arg(m_audience));
    layoutNodes();
    // As wide as the chain: the scroll area around it scrolls instead of cutting it off.
    setMinimumWidth(sizeHint().width());
    updateGeometry();
    update();
}

void ChainGraph::layoutNodes()
{
    int x = Margin;
    for (Node &n : m_nodes) {
        n.rect = QRect(x, Margin + fontMetrics().height() + 4, NodeWidth, NodeHeight);
        x += NodeWidth + EdgeWidth;
    }
}

QSize ChainGraph::sizeHint() const
{
    const int nodes = std::max<int>(1, int(m_nodes.size()));
    return {2 * Margin + nodes * NodeWidth + (nodes - 1) * EdgeWidth + 200,
            2 * Margin + NodeHeight + 3 * fontMetrics().height() + 8};
}

QSize ChainGraph::minimumSizeHint() const
{
    return {NodeWidth + 2 * Margin, NodeHeight + 3 * fontMetrics().height() + 8};
}

void ChainGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_nodes.isEmpty()) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect().adjusted(Margin, Margin, -Margin, -Margin),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Select a chain above to see it drawn here."));
        return;
    }
    const QColor alarm = StatusColor::color(StatusColor::Name::Failure, pal);
    const QColor line = pal.color(QPalette::Mid);
    const QFontMetrics fm = fontMetrics();
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (i > 0) {
            // The edge into this token, labelled with the scopes it held.
            const QRect &from = m_nodes.at(i - 1).rect;
            const QPoint a(from.right() + 2, from.center().y());
            const QPoint b(n.rect.left() - 2, n.rect.center().y());
            p.setPen(QPen(n.widened ? alarm : line, n.widened ? 2.5 : 1.5));
            p.drawLine(a, b);
            QPainterPath head;
            head.moveTo(b);
            head.lineTo(b + QPoint(-9, -5));
            head.lineTo(b + QPoint(-9, 5));
            head.closeSubpath();
            p.fillPath(head, n.widened ? alarm : line);
            const QRect label(a.x() + 4, a.y() - fm.height() * 2 - 2, EdgeWidth - 12,
                              fm.height() * 2);
            p.setPen(n.widened ? alarm : pal.color(QPalette::Text));
            p.drawText(label, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                       fm.elidedText(n.edge, Qt::ElideRight, (EdgeWidth - 12) * 2));
            if (n.widened)
                p.drawText(QRect(a.x() + 4, a.y() + 4, EdgeWidth - 12, fm.height()),
                           Qt::AlignHCenter, tr("widened"));
        }
        p.setPen(QPen(n.widened ? alarm : pal.color(QPalette::Dark), 1));
        p.setBrush(pal.color(i == 0 ? QPalette::AlternateBase : QPalette::Base));
        p.drawRoundedRect(n.rect, 6, 6);
        const QIcon icon = n.human ? ActorIconProxy::userIcon() : ActorIconProxy::agentIcon();
        icon.paint(&p, QRect(n.rect.left() + 6, n.rect.top() + 6, 16, 16));
        p.setPen(pal.color(QPalette::Text));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(n.rect.left() + 26, n.rect.top() + 4, n.rect.width() - 30, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(n.title, Qt::ElideRight, n.rect.width() - 30));
        p.setFont(font());
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(QRect(n.rect.left() + 26, n.rect.top() + 6 + fm.height(), n.rect.width() - 30,
                         fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, n.subtitle);
    }
    // The audience the final token is locked to.
    const QRect &last = m_nodes.constLast().rect;
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(last.right() + 12, last.top(), 200, last.height()),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               tr("→ %1").arg(m_audience.isEmpty() ? tr("(no audience)") : m_audience));
}

void ChainGraph::mousePressEvent(QMouseEvent *event)
{
    for (const Node &n : std::as_const(m_nodes)) {
        if (n.rowId > 0 && n.rect.contains(event->position().toPoint())) {
            Q_EMIT tokenActivated(n.rowId);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace tid::ui
