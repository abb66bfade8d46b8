#include "ui/history/HistoryEventDetail.h"

#include "core/history/HistoryStore.h"
#include "core/models/ActorChainModel.h"
#include "ui/inspector/ActorIconProxy.h"
#include "ui/inspector/JsonHtml.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using tid::core::HistoryEvent;

namespace tid::ui {

namespace {

constexpr int LinkedLimit = 200;
constexpr qint64 NsPerSecond = 1000000000;

QString localTime(qint64 timeNs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeNs / 1000000, Qt::UTC).toLocalTime();
    return QLocale().toString(t, u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString outcomeText(HistoryEvent::Outcome outcome)
{
    switch (outcome) {
    case HistoryEvent::Outcome::Success:
        return HistoryEventDetail::tr("success");
    case HistoryEvent::Outcome::Failure:
        return HistoryEventDetail::tr("failure");
    case HistoryEvent::Outcome::InProgress:
        return HistoryEventDetail::tr("in progress");
    case HistoryEvent::Outcome::Unknown:
        break;
    }
    return {};
}

} // namespace

HistoryEventDetail::HistoryEventDetail(QWidget *parent)
    : QWidget(parent)
    , m_resolver(new core::ActorNameResolver(this))
    , m_chain(new core::ActorChainModel(this))
{
    setObjectName(u"historyEventDetail"_s);
    m_chain->setResolver(m_resolver);
    connect(m_resolver, &core::ActorNameResolver::resolved, this, [this] { updateSummary(); });
    buildUi();
    setEvent(std::nullopt);
}

HistoryEventDetail::~HistoryEventDetail() = default;

void HistoryEventDetail::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    auto *nothing = new QLabel(tr("Select an event to see its original text, its actor chain "
                                  "and the events linked to it."),
                               m_stack);
    nothing->setObjectName(u"noEventSelected"_s);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(nothing);

    auto *page = new QWidget(m_stack);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"eventSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_summary);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(u"eventDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    // An event's original text: monospaced, unwrapped, as the source wrote it.
    auto rawView = [](QWidget *parent, const QString &objectName, const QString &accessible) {
        auto *view = new QTextBrowser(parent);
        view->setObjectName(objectName);
        view->setAccessibleName(accessible);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setLineWrapMode(QTextEdit::NoWrap);
        return view;
    };

    auto *rawSplit = new QSplitter(Qt::Vertical, m_tabs);
    rawSplit->setChildrenCollapsible(false);
    m_raw = rawView(rawSplit, u"eventRawView"_s, tr("The event's original text"));
    auto *twinBox = new QWidget(rawSplit);
    auto *tv = new QVBoxLayout(twinBox);
    tv->setContentsMargins(0, 0, 0, 0);
    m_twinCaption = new QLabel(twinBox);
    m_twinCaption->setWordWrap(true);
    tv->addWidget(m_twinCaption);
    m_twin = rawView(twinBox, u"eventTwinView"_s, tr("The other source's original text"));
    tv->addWidget(m_twin);
    m_tabs->addTab(rawSplit, tr("Event"));

    auto *chainPage = new QWidget(m_tabs);
    auto *cv = new QVBoxLayout(chainPage);
    cv->setContentsMargins(0, 4, 0, 0);
    m_chainNote = new QLabel(chainPage);
    m_chainNote->setWordWrap(true);
    m_chainNote->setObjectName(u"chainNote"_s);
    cv->addWidget(m_chainNote);
    m_chainView = new QTreeView(chainPage);
    m_chainView->setObjectName(u"eventChainView"_s);
    m_chainView->setAccessibleName(tr("Actor chain"));
    auto *icons = new ActorIconProxy(this);
    icons->setSourceModel(m_chain);
    m_chainView->setModel(icons);
    m_chainView->setUniformRowHeights(true);
    // The names get the room; every principal here is of the connected server (the issuer is
    // in the tooltip of the inspector, where tokens from anywhere are read).
    m_chainView->header()->setStretchLastSection(false);
    m_chainView->header()->setSectionResizeMode(core::ActorChainModel::NameColumn,
                                                QHeaderView::Stretch);
    m_chainView->header()->setSectionResizeMode(core::ActorChainModel::RoleColumn,
                                                QHeaderView::Fixed);
    m_chainView->header()->resizeSection(
        core::ActorChainModel::RoleColumn,
        m_chainView->fontMetrics().horizontalAdvance(u"Prior actor 10"_s) + 24);
    m_chainView->setColumnHidden(core::ActorChainModel::IssuerColumn, true);
    cv->addWidget(m_chainView, 1);
    m_tabs->addTab(chainPage, tr("Actor chain"));

    m_linked = new QTreeWidget(m_tabs);
    m_linked->setObjectName(u"linkedEventsView"_s);
    m_linked->setAccessibleName(tr("Linked events"));
    m_linked->setRootIsDecorated(false);
    m_linked->setUniformRowHeights(true);
    m_linked->setAlternatingRowColors(true);
    m_linked->setHeaderLabels({tr("Time"), tr("Link"), tr("Type"), tr("Agent / application")});
    m_linked->setColumnWidth(0, 170);
    m_linked->setColumnWidth(1, 130);
    m_linked->setColumnWidth(2, 150);
    m_linked->setToolTip(tr("Double-click an event to show it here"));
    connect(m_linked, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_linkedEvents.size())
            Q_EMIT linkedEventActivated(m_linkedEvents.at(i));
    });
    m_tabs->addTab(m_linked, tr("Linked"));
    v->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_inspect = new QPushButton(tr("Open in Inspector"), page);
    m_inspect->setObjectName(u"openInInspectorButton"_s);
    m_inspect->setAutoDefault(false);
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        if (m_event)
            Q_EMIT openInInspector(claimsOf(*m_event, m_issuer));
    });
    buttons->addWidget(m_inspect);
    v->addLayout(buttons);
    m_stack->addWidget(page);
}

void HistoryEventDetail::setServer(const QString &issuer, core::ActorNameResolver::Lookup lookup)
{
    m_issuer = issuer;
    m_resolver->clear();
    m_resolver->setLookup(std::move(lookup));
    if (m_event)
        setEvent(m_event);
}

void HistoryEventDetail::setStore(core::HistoryStore *store)
{
    m_store = store;
    setEvent(std::nullopt);
}

QJsonObject HistoryEventDetail::claimsOf(const HistoryEvent &e, const QString &issuer)
{
    if (e.subject.isEmpty() && e.act.isEmpty())
        return {};
    QJsonObject claims;
    if (!issuer.isEmpty())
        claims.insert(u"iss"_s, issuer);
    if (!e.subject.isEmpty())
        claims.insert(u"sub"_s, e.subject);
    if (!e.act.isEmpty())
        claims.insert(u"act"_s, e.act);
    if (!e.audience.isEmpty())
        claims.insert(u"aud"_s, e.audience);
    if (!e.scope.isEmpty())
        claims.insert(u"scope"_s, e.scope);
    if (!e.clientId.isEmpty())
        claims.insert(u"client_id"_s, e.clientId);
    if (!e.jti.isEmpty())
        claims.insert(u"jti"_s, e.jti);
    if (e.timeNs != 0)
        claims.insert(u"iat"_s, e.timeNs / NsPerSecond);
    return claims;
}

QString HistoryEventDetail::relation(const HistoryEvent &event, const HistoryEvent &other)
{
    if (!event.parentJti.isEmpty() && other.jti == event.parentJti)
        return other.type == "TOKEN_REVOKED"_L1 ? tr("parent token revoked") : tr("parent token");
    if (!event.jti.isEmpty() && other.parentJti == event.jti)
        return tr("exchanged from it");
    if (!event.jti.isEmpty() && other.jti == event.jti)
        return other.type == "TOKEN_REVOKED"_L1 ? tr("its revocation") : tr("same token");
    if (!event.traceId.isEmpty() && other.traceId == event.traceId)
        return tr("same trace");
    return tr("linked");
}

void HistoryEventDetail::setEvent(const std::optional<HistoryEvent> &event)
{
    ++m_generation;
    m_event = event;
    m_linkedEvents.clear();
    m_linked->clear();
    m_linkedLoading = false;
    if (!event) {
        m_stack->setCurrentIndex(0);
        m_chain->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    const HistoryEvent &e = *event;
    showRaw();

    const QJsonObject claims = claimsOf(e, m_issuer);
    if (claims.isEmpty()) {
        m_chain->clear();
    } else {
        m_chain->setClaims(claims);
        m_chainView->expandAll();
    }
    updateSummary();
    m_inspect->setEnabled(!claims.isEmpty());
    m_inspect->setToolTip(claims.isEmpty()
                              ? tr("The event does not tell the token's claims (ThunderID's file "
                                   "has no subject or actor)")
                              : tr("Show the claims this event tells (sub, act, aud, scope) in "
                                   "the token inspector"));
    loadLinked();
}

void HistoryEventDetail::updateSummary()
{
    if (!m_event)
        return;
    const HistoryEvent &e = *m_event;
    const QString client = m_clientNames.value(e.clientId, e.clientId);
    QStringList parts;
    parts << u"<b>%1</b>"_s.arg(e.type.toHtmlEscaped());
    const QString outcome = outcomeText(e.outcome);
    if (!outcome.isEmpty())
        parts << outcome.toHtmlEscaped();
    parts << localTime(e.timeNs).toHtmlEscaped();
    if (!client.isEmpty())
        parts << tr("by %1").arg(client).toHtmlEscaped();
    if (!e.subject.isEmpty() && e.subject != e.clientId)
        parts << tr("for %1").arg(m_resolver->displayName(e.subject, m_issuer)).toHtmlEscaped();
    QString summary = parts.join(u" · "_s);
    if (!e.errorCode.isEmpty() || !e.errorText.isEmpty())
        summary += u"<br>"_s + tr("Error: %1 %2").arg(e.errorCode, e.errorText).toHtmlEscaped();
    m_summary->setText(summary);

    if (claimsOf(e).isEmpty()) {
        m_chainNote->setText(e.source == HistoryEvent::Source::File && e.twinRaw.isEmpty()
                                 ? tr("ThunderID's event file names no subject and no actor: the "
                                      "chain is known only for events from the audit API.")
                                 : tr("This event names no subject and no actor."));
    } else if (e.depth > 0) {
        m_chainNote->setText(tr("%1 acts for %2 through a chain of %n actor(s).", nullptr, e.depth)
                                 .arg(client.isEmpty() ? tr("The agent") : client,
                                      e.subject.isEmpty()
                                          ? tr("the subject")
                                          : m_resolver->displayName(e.subject, m_issuer)));
    } else {
        m_chainNote->setText(tr("No delegation: the token was issued to its client directly."));
    }
}

void HistoryEventDetail::showRaw()
{
    if (!m_event)
        return;
    const HistoryEvent &e = *m_event;
    m_raw->setHtml(JsonHtml::toHtml(e.raw, palette()));
    const bool twin = !e.twinRaw.isEmpty();
    m_twin->parentWidget()->setVisible(twin);
    if (twin) {
        // The row's own source is one; the twin is the other.
        const bool twinIsApi = e.source == HistoryEvent::Source::File;
        m_twinCaption->setText(
            twinIsApi ? tr("The same occurrence from the audit API (%1):").arg(e.twinId)
                      : tr("The same occurrence in ThunderID's event file "
                           "(%1):")
                            .arg(e.twinId));
        m_twin->setHtml(JsonHtml::toHtml(e.twinRaw, palette()));
    }
}

void HistoryEventDetail::loadLinked()
{
    m_tabs->setTabText(2, tr("Linked"));
    if (!m_store || !m_event)
        return;
    const int generation = m_generation;
    m_linkedLoading = true;
    const HistoryEvent event = *m_event;
    m_store->linked(event, LinkedLimit)
        .then(this, [this, generation, event](const core::HistoryResult<QList<HistoryEvent>> &r) {
            if (generation != m_generation)
                return;
            m_linkedLoading = false;
            m_linked->clear();
            m_linkedEvents = r.value;
            if (!r.ok()) {
                auto *item = new QTreeWidgetItem(m_linked);
                item->setText(0, tr("Could not read the linked events: %1").arg(r.error));
                item->setFirstColumnSpanned(true);
                Q_EMIT linkedLoaded(0);
                return;
            }
            for (int i = 0; i < m_linkedEvents.size(); ++i) {
                const HistoryEvent &o = m_linkedEvents.at(i);
                auto *item = new QTreeWidgetItem(m_linked);
                item->setText(0, localTime(o.timeNs));
                item->setText(1, relation(event, o));
                item->setText(2, o.type);
                item->setText(3, m_clientNames.value(o.clientId, o.clientId));
                item->setData(0, Qt::UserRole, i);
                if (o.outcome == HistoryEvent::Outcome::Failure)
                    item->setToolTip(2, tr("failed: %1 %2").arg(o.errorCode, o.errorText));
            }
            m_tabs->setTabText(2, m_linkedEvents.isEmpty()
                                      ? tr("Linked")
                                      : tr("Linked (%1)").arg(m_linkedEvents.size()));
            Q_EMIT linkedLoaded(int(m_linkedEvents.size()));
        });
}

void HistoryEventDetail::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showRaw();
}

} // namespace tid::ui
