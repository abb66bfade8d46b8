#include "ui/history/DelegationView.h"

#include "core/Settings.h"
#include "core/history/HistoryEvent.h"
#include "core/history/HistoryStore.h"
#include "core/token/ActorNameResolver.h"
#include "ui/history/ChainGraph.h"
#include "ui/inspector/ActorIconProxy.h"
#include "ui/widgets/StatusColor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using tid::core::DelegationChain;
using tid::core::DelegationHop;

namespace tid::ui {

namespace {

enum Column
{
    WhoColumn,
    DepthColumn,
    ScopesColumn,
    AudienceColumn,
    TimeColumn,
    FlagsColumn,
};

enum ItemRole
{
    SubjectRole = Qt::UserRole + 1,
    ClientRole,
    HopRole,
    ChainRole, // on a chain's top-level item: its index in chains()
};

QString localTime(qint64 timeNs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeNs / 1000000, Qt::UTC).toLocalTime();
    return QLocale().toString(t, u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

DelegationView::DelegationView(core::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"delegationView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"delegationSummary"_s);
    // Wraps: a long message must not hold the History pane (and the window) wider while this
    // tab is hidden behind the events.
    m_summary->setWordWrap(true);
    row->addWidget(m_summary, 1);
    auto *depthLabel = new QLabel(tr("Flag chains deeper than"), this);
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(u"chainDepthLimit"_s);
    m_depth->setRange(1, 20);
    m_depth->setValue(settings ? settings->historyChainDepthLimit() : 3);
    m_depth->setAccessibleName(tr("Flag chains deeper than this many hops"));
    depthLabel->setBuddy(m_depth);
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_settings)
            m_settings->setHistoryChainDepthLimit(n);
        rebuild();
    });
    m_onlyFlagged = new QCheckBox(tr("Only flagged chains"), this);
    m_onlyFlagged->setObjectName(u"onlyFlaggedChains"_s);
    connect(m_onlyFlagged, &QCheckBox::toggled, this, &DelegationView::rebuild);
    row->addWidget(depthLabel);
    row->addWidget(m_depth);
    row->addSpacing(12);
    row->addWidget(m_onlyFlagged);
    layout->addLayout(row);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"delegationTree"_s);
    m_tree->setAccessibleName(tr("Delegation chains"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Started by / who obtained each token"), tr("Hops"), tr("Scopes"),
                             tr("Audience"), tr("Time"), tr("Flags")});
    m_tree->setColumnWidth(WhoColumn, 300);
    m_tree->setColumnWidth(DepthColumn, 50);
    m_tree->setColumnWidth(ScopesColumn, 220);
    m_tree->setColumnWidth(AudienceColumn, 200);
    m_tree->setColumnWidth(TimeColumn, 140);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 rowId = item->data(WhoColumn, Qt::UserRole).toLongLong();
        if (rowId > 0)
            Q_EMIT hopActivated(rowId);
    });
    // Below the list, the selected chain drawn as a graph.
    m_graph = new ChainGraph(this);
    connect(m_graph, &ChainGraph::tokenActivated, this, &DelegationView::hopActivated);
    auto *graphArea = new QScrollArea(this);
    graphArea->setObjectName(u"chainGraphArea"_s);
    graphArea->setWidget(m_graph);
    graphArea->setWidgetResizable(true);
    graphArea->setFrameShape(QFrame::StyledPanel);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(graphArea);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        while (item && item->parent())
            item = item->parent();
        const int index = item ? item->data(WhoColumn, ChainRole).toInt() : -1;
        if (index < 0 || index >= m_chains.size()) {
            m_graph->clear();
            return;
        }
        m_graph->setChain(
            m_chains.at(index), [this](const QString &client) { return who(client); },
            [this](const QString &sub) { return principal(sub); });
    });
    layout->addWidget(split, 1);
}

DelegationView::~DelegationView() = default;

void DelegationView::setStore(core::HistoryStore *store)
{
    m_store = store;
    m_chains.clear();
    m_dirty = true;
    rebuild();
    reload();
}

void DelegationView::setFilter(const core::HistoryFilter &filter)
{
    m_filter = filter;
    m_dirty = true;
    if (isVisible())
        reload();
}

void DelegationView::setClientNames(const QHash<QString, QString> &names)
{
    m_clientNames = names;
    rebuild();
}

void DelegationView::reload()
{
    if (!m_store)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    m_dirty = false;
    if (m_chains.isEmpty())
        m_summary->setText(tr("Reading the delegation chains…"));
    m_store->chains(m_filter, ChainLimit)
        .then(this, [this, generation](const core::HistoryResult<QList<DelegationChain>> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r.ok()) {
                m_chains.clear();
                rebuild();
                m_summary->setText(tr("Could not read the delegation chains."));
                Q_EMIT errorOccurred(r.error);
                Q_EMIT loaded(0);
                return;
            }
            m_chains = r.value;
            rebuild();
            Q_EMIT loaded(int(m_chains.size()));
        });
}

void DelegationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

DelegationView::Flags DelegationView::flagsOf(const DelegationChain &chain, int depthLimit)
{
    Flags flags;
    if (!chain.rootIsHuman)
        flags |= NoHuman;
    if (chain.depth() > depthLimit)
        flags |= TooDeep;
    for (const DelegationHop &hop : chain.hops) {
        if (!hop.scopesWithinParent)
            flags |= ScopeWidened;
    }
    return flags;
}

QString DelegationView::who(const QString &clientId) const
{
    const QString name = m_clientNames.value(clientId);
    return name.isEmpty() ? clientId : name;
}

QString DelegationView::principal(const QString &sub) const
{
    if (m_resolver && m_resolver->hasLookup())
        return m_resolver->displayName(sub, m_issuer);
    return m_clientNames.value(sub, sub);
}

void DelegationView::setServer(const QString &issuer, core::ActorNameResolver *resolver)
{
    disconnect(m_resolverConnection);
    m_issuer = issuer;
    m_resolver = resolver;
    if (resolver)
        m_resolverConnection = connect(resolver, &core::ActorNameResolver::resolved, this,
                                       [this](const QString &sub) { relabel(sub); });
    rebuild();
}

void DelegationView::relabel(const QString &sub)
{
    for (QTreeWidgetItem *item : m_bySubject.values(sub))
        item->setText(WhoColumn, labelOf(item));
}

QString DelegationView::labelOf(const QTreeWidgetItem *item) const
{
    const QString sub = item->data(WhoColumn, SubjectRole).toString();
    const QString client = item->data(WhoColumn, ClientRole).toString();
    const int hop = item->data(WhoColumn, HopRole).toInt();
    if (hop < 0) // the chain's row: its root
        return principal(sub);
    if (hop == 0)
        return tr("%1 for %2").arg(who(client), principal(sub));
    return tr("%1 (hop %2)").arg(who(client)).arg(hop);
}

void DelegationView::rebuild()
{
    m_tree->clear();
    m_graph->clear();
    m_bySubject.clear();
    const int limit = m_depth->value();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor alarm = StatusColor::color(StatusColor::Name::Failure, palette());
    int flagged = 0;
    for (qsizetype index = 0; index < m_chains.size(); ++index) {
        const DelegationChain &chain = m_chains.at(index);
        const Flags flags = flagsOf(chain, limit);
        if (flags)
            ++flagged;
        if (m_onlyFlagged->isChecked() && !flags)
            continue;
        QStringList flagTexts;
        if (flags & NoHuman)
            flagTexts << tr("no human started it");
        if (flags & TooDeep)
            flagTexts << tr("deeper than %1").arg(limit);
        if (flags & ScopeWidened)
            flagTexts << tr("a hop widened its scopes");

        auto *root = new QTreeWidgetItem(m_tree);
        root->setData(WhoColumn, SubjectRole, chain.rootSubject);
        root->setData(WhoColumn, HopRole, -1);
        root->setData(WhoColumn, ChainRole, int(index));
        root->setText(WhoColumn, labelOf(root));
        m_bySubject.insert(chain.rootSubject, root);
        root->setIcon(WhoColumn,
                      chain.rootIsHuman ? ActorIconProxy::userIcon() : ActorIconProxy::agentIcon());
        root->setToolTip(WhoColumn,
                         chain.rootIsHuman
                             ? tr("Started by the user %1").arg(chain.rootSubject)
                             : tr("Started by %1 on its own, with no user").arg(chain.rootSubject));
        root->setText(DepthColumn, QString::number(chain.depth()));
        root->setTextAlignment(DepthColumn, Qt::AlignCenter);
        if (!chain.hops.isEmpty()) {
            root->setText(ScopesColumn, chain.hops.constLast().scope);
            root->setToolTip(ScopesColumn, tr("The final token's scopes"));
            root->setText(AudienceColumn, chain.finalAudience);
            root->setText(TimeColumn, localTime(chain.hops.constLast().timeNs));
            root->setData(WhoColumn, Qt::UserRole, chain.hops.constLast().rowId);
        }
        root->setText(FlagsColumn, flagTexts.join(u", "_s));
        if (flags) {
            root->setIcon(FlagsColumn, warning);
            root->setForeground(FlagsColumn, alarm);
        }
        QTreeWidgetItem *parent = root;
        for (int i = 0; i < chain.hops.size(); ++i) {
            const DelegationHop &hop = chain.hops.at(i);
            auto *item = new QTreeWidgetItem(parent);
            item->setData(WhoColumn, SubjectRole, hop.subject);
            item->setData(WhoColumn, ClientRole, hop.clientId);
            item->setData(WhoColumn, HopRole, i);
            item->setText(WhoColumn, labelOf(item));
            if (i == 0)
                m_bySubject.insert(hop.subject, item);
            item->setIcon(WhoColumn, ActorIconProxy::agentIcon());
            item->setText(ScopesColumn, hop.scope);
            item->setToolTip(ScopesColumn, hop.scope);
            item->setText(AudienceColumn, hop.audience);
            item->setText(TimeColumn, localTime(hop.timeNs));
            item->setData(WhoColumn, Qt::UserRole, hop.rowId);
            item->setToolTip(
                WhoColumn,
                tr("%1 — token %2; double-click to show its event").arg(hop.clientId, hop.jti));
            if (!hop.scopesWithinParent) {
                item->setText(FlagsColumn, tr("holds a scope its parent did not"));
                item->setIcon(FlagsColumn, warning);
                item->setForeground(ScopesColumn, alarm);
                item->setForeground(FlagsColumn, alarm);
            }
            parent = item;
        }
    }
    m_tree->expandAll();
    if (!m_store)
        m_summary->setText(QString());
    else if (m_chains.isEmpty())
        m_summary->setText(m_loading ? tr("Reading the delegation chains…")
                                     : tr("No delegation chain under this filter: chains come "
                                          "from token exchanges in the audit API's events."));
    else
        m_summary->setText(
            tr("%1 chains, %2 flagged%3")
                .arg(QLocale().toString(qint64(m_chains.size())), QLocale().toString(flagged),
                     m_chains.size() >= ChainLimit ? tr(" (the newest %1)").arg(ChainLimit)
                                                   : QString()));
}

} // namespace tid::ui
