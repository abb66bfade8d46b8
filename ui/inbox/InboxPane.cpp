#include "ui/inbox/InboxPane.h"

#include "core/api/AdminApi.h"
#include "core/api/ServerApis.h"
#include "core/models/CibaDecisionsModel.h"
#include "core/models/CibaRequestsModel.h"
#include "ui/widgets/StatusColor.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using tid::core::CibaRequest;
using tid::core::CibaRequestsModel;

namespace tid::ui {

// Greys expired rows and filters on the visible text.
class InboxFilterProxy final : public QSortFilterProxyModel
{
public:
    explicit InboxFilterProxy(QWidget *owner)
        : QSortFilterProxyModel(owner)
        , m_owner(owner)
    {
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterKeyColumn(-1);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(CibaRequestsModel::ExpiredRole).toBool())
            return m_owner->palette().brush(QPalette::Disabled, QPalette::Text);
        return QSortFilterProxyModel::data(index, role);
    }

private:
    QWidget *m_owner;
};

namespace {

// The request list's scopes column, and the least the binding message keeps beside the others.
constexpr int ScopesWidth = 130;
constexpr int MessageMinWidth = 160;

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

InboxPane::InboxPane(const core::ServerApis *apis, QWidget *parent)
    : AdminPane(parent)
    , m_ciba(apis ? &apis->ciba() : nullptr)
    , m_model(new CibaRequestsModel(m_ciba, this, CibaRequestsModel::Start::Later))
    , m_proxy(new InboxFilterProxy(this))
    , m_decisions(new core::CibaDecisionsModel(m_ciba, this))
{
    setObjectName(u"inboxPane"_s);
    setAccessibleName(tr("Approval inbox"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    // The polls every few seconds stay quiet; the first load and F5 show the busy indicator.
    connect(m_model, &CibaRequestsModel::busyChanged, this, [this](bool b) {
        setBusy(m_model, b && (m_refreshAsked || !m_model->isLoaded()));
        if (!b)
            m_refreshAsked = false;
    });
    connect(m_model, &CibaRequestsModel::errorOccurred, this,
            [this](const core::ApiError &e) { showError(tr("Loading the requests"), e); });
    connect(m_model, &CibaRequestsModel::refreshed, this, &InboxPane::updateEmptyStates);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &InboxPane::updateDetail);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &InboxPane::updateDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InboxPane::updateDetail);
    m_readOnlyNote->hide();
    updateDetail();
}

InboxPane::~InboxPane() = default;

void InboxPane::setServerMetadata(const core::ServerMetadata &metadata)
{
    m_available = metadata.hasExtension(core::CibaApprovalsApi::Extension);
    m_stack->setCurrentIndex(m_available ? 1 : 0);
    filterEdit()->setEnabled(m_available);
    m_model->setActive(m_available);
    m_decisions->setAvailable(m_available);
    m_decisions->clear();
    updateEmptyStates();
    updateDetail();
}

void InboxPane::buildUi()
{
    filterEdit()->setPlaceholderText(tr("Filter requests"));
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterFixedString(t.trimmed());
        updateEmptyStates();
    });
    addRefreshAction(tr("Ask the server for waiting requests now (F5); the list also follows the "
                        "server's changes by itself"))
        ->setAutoDefault(false);

    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setText(
        tr("Read-only: you are signed in as an administrator and see every user's requests; only "
           "the user a request is addressed to can approve or deny it, with their own sign-in."));
    m_readOnlyNote->setAccessibleName(m_readOnlyNote->text());
    m_readOnlyNote->hide();
    body()->addWidget(m_readOnlyNote);

    m_stack = new QStackedWidget(this);
    m_unavailable = new QLabel(m_stack);
    m_unavailable->setObjectName(u"inboxUnavailable"_s);
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setText(
        tr("This server has no CIBA approval API.\n\nThunderID does not offer one yet; the "
           "console uses the “ciba-approvals” extension (docs/extension-api.yaml), which the "
           "sandbox implements. Connect to a server that lists it in its discovery document to "
           "approve or deny agents' backchannel requests here."));
    m_unavailable->setAccessibleName(m_unavailable->text());
    m_stack->addWidget(m_unavailable);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setChildrenCollapsible(false);
    m_list = new QTableView(splitter);
    m_list->setObjectName(u"requestList"_s);
    m_list->setAccessibleName(tr("Requests waiting for approval"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    compactRows(m_list);
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    // What the user compares comes first and gets the room.
    header->moveSection(header->visualIndex(CibaRequestsModel::BindingMessageColumn), 0);
    header->setSectionResizeMode(CibaRequestsModel::BindingMessageColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(CibaRequestsModel::AgentColumn, 125);
    m_list->setColumnWidth(CibaRequestsModel::UserColumn, 110);
    m_list->setColumnWidth(CibaRequestsModel::ScopesColumn, ScopesWidth);
    m_list->setColumnWidth(CibaRequestsModel::ResourceColumn, 100);
    m_list->setColumnWidth(CibaRequestsModel::RequestedColumn, 70);
    m_list->setColumnWidth(CibaRequestsModel::ExpiresColumn, 80);
    // A user's own token lists only their requests: the user column would repeat their id.
    m_list->setColumnHidden(CibaRequestsModel::UserColumn, true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxPane::updateDetail);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxPane::updateDetail);
    attachEmptyState(m_list, [this] {
        if (!m_available)
            return QString();
        if (!m_model->isLoaded())
            return m_model->lastError().isError() ? tr("Could not load the requests.")
                                                  : tr("Loading…");
        if (m_model->rowCount() == 0)
            return tr("No requests waiting for approval");
        return m_proxy->rowCount() == 0 ? tr("No request matches the filter.") : QString();
    });

    // The detail.
    m_detailStack = new QStackedWidget(splitter);
    auto *nothing =
        new QLabel(tr("Select a request to see what the agent asks for."), m_detailStack);
    nothing->setObjectName(u"noRequestSelected"_s);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    m_detailStack->addWidget(nothing);

    auto *detail = new QFrame(m_detailStack);
    detail->setObjectName(u"requestDetail"_s);
    detail->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(detail);
    auto *caption = new QLabel(tr("Binding message"), detail);
    QFont captionFont = caption->font();
    captionFont.setBold(true);
    caption->setFont(captionFont);
    v->addWidget(caption);
    m_binding = valueLabel(detail, u"bindingMessage"_s);
    QFont big = m_binding->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_binding->setFont(big);
    m_binding->setFrameShape(QFrame::StyledPanel);
    m_binding->setMargin(10);
    m_binding->setAccessibleName(tr("Binding message"));
    v->addWidget(m_binding);
    auto *compare =
        new QLabel(tr("Approve only if the agent shows you exactly this message."), detail);
    compare->setWordWrap(true);
    v->addWidget(compare);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_agent = valueLabel(detail, u"requestAgent"_s);
    m_agent->setAccessibleName(tr("Requesting agent"));
    m_user = valueLabel(detail, u"requestUser"_s);
    m_user->setAccessibleName(tr("User"));
    m_actingFor = valueLabel(detail, u"requestActingFor"_s);
    m_actingFor->setAccessibleName(tr("On whose behalf the agent acts"));
    m_resource = valueLabel(detail, u"requestResource"_s);
    m_resource->setAccessibleName(tr("Resource server"));
    m_scopes = new QListWidget(detail);
    m_scopes->setObjectName(u"requestScopes"_s);
    m_scopes->setAccessibleName(tr("Scopes asked for; untick one to approve without it"));
    m_scopes->setToolTip(tr("Untick a scope to approve the request without it"));
    m_scopes->setSelectionMode(QAbstractItemView::NoSelection);
    m_scopes->setFocusPolicy(Qt::TabFocus);
    m_scopes->setTextElideMode(Qt::ElideRight);
    m_scopes->setFrameShape(QFrame::NoFrame);
    m_scopes->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scopes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_scopes, &QListWidget::itemChanged, this, [this] { updateButtons(); });
    m_expires = valueLabel(detail, u"requestExpires"_s);
    m_expires->setAccessibleName(tr("Expires in"));
    form->addRow(tr("Agent:"), m_agent);
    form->addRow(tr("For user:"), m_user);
    form->addRow(tr("Acting for:"), m_actingFor);
    form->addRow(tr("Resource server:"), m_resource);
    form->addRow(tr("Asks for:"), m_scopes);
    form->addRow(tr("Expires in:"), m_expires);
    v->addLayout(form);
    v->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_deny = new QPushButton(tr("Deny"), detail);
    m_deny->setObjectName(u"denyButton"_s);
    m_deny->setAccessibleName(tr("Deny the selected request"));
    m_deny->setToolTip(tr("Refuse: the agent gets access_denied"));
    m_approve = new QPushButton(tr("Approve"), detail);
    m_approve->setObjectName(u"approveButton"_s);
    m_approve->setAccessibleName(tr("Approve the selected request"));
    for (QPushButton *b : {m_deny, m_approve}) {
        // A deliberate click: never the default button, never triggered by Enter.
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_approve, &QPushButton::clicked, this, &InboxPane::approveCurrent);
    connect(m_deny, &QPushButton::clicked, this, &InboxPane::denyCurrent);
    buttons->addStretch(1);
    buttons->addWidget(m_deny);
    buttons->addWidget(m_approve);
    v->addLayout(buttons);
    m_detailStack->addWidget(detail);

    splitter->addWidget(m_list);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});

    // Every request of the signed-in user (or, for an administrator, of everyone), decided or
    // not: what was approved with which scopes, denied, or left to expire.
    m_decisionsView = new QTableView(m_stack);
    m_decisionsView->setObjectName(u"decisionsList"_s);
    // Decided or expired only: the waiting ones are the other tab.
    auto *decided = new QSortFilterProxyModel(this);
    decided->setSourceModel(m_decisions);
    decided->setFilterRole(core::CibaDecisionsModel::StatusRole);
    decided->setFilterRegularExpression(
        QRegularExpression(u"^(?!%1$)"_s.arg(int(CibaRequest::Status::Pending))));
    m_decisionsView->setModel(decided);
    m_decisionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    compactRows(m_decisionsView);
    m_decisionsView->horizontalHeader()->setSectionResizeMode(
        core::CibaDecisionsModel::BindingMessageColumn, QHeaderView::Stretch);
    m_decisionsView->setColumnWidth(core::CibaDecisionsModel::DecidedColumn, 165);
    m_decisionsView->setColumnWidth(core::CibaDecisionsModel::OutcomeColumn, 160);
    m_decisionsView->setColumnWidth(core::CibaDecisionsModel::AgentColumn, 140);
    m_decisionsView->setColumnWidth(core::CibaDecisionsModel::GrantedColumn, 220);
    attachEmptyState(m_decisionsView, [this] {
        if (!m_available)
            return QString();
        if (!m_decisions->isLoaded())
            return m_decisions->lastError().isError() ? tr("Could not load the decisions.")
                                                      : tr("Loading…");
        return m_decisionsView->model()->rowCount() == 0 ? tr("No decisions yet.") : QString();
    });
    watchModel(m_decisions, tr("Loading the decisions"));
    connect(m_decisions, &core::CibaDecisionsModel::reloaded, this, &InboxPane::updateEmptyStates);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(u"inboxTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Waiting"));
    m_tabs->addTab(m_decisionsView, tr("My decisions"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_decisions->reload();
    });
    m_stack->addWidget(m_tabs);
    body()->addWidget(m_stack, 1);
    m_stack->setCurrentIndex(0);
    filterEdit()->setEnabled(false);
    updateDetail();
}

CibaRequest InboxPane::currentRequest() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->requestAt(m_proxy->mapToSource(rows.first()).row());
}

bool InboxPane::selectRequest(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return true;
}

void InboxPane::refresh()
{
    clearMessage();
    if (!m_available)
        return;
    m_refreshAsked = true;
    m_model->refresh();
    if (m_tabs->currentIndex() == 1)
        m_decisions->reload();
    if (m_model->isBusy())
        setBusy(m_model, true);
}

void InboxPane::listResized(QAbstractItemView *view)
{
    if (view == m_list)
        fitColumns();
}

void InboxPane::fitColumns()
{
    // The binding message is what the approver compares with the agent's screen: it keeps at
    // least MessageMinWidth. On a narrower list the scopes give way first (the detail lists
    // them in full, with their descriptions).
    int fixed = 0;
    for (int column : {CibaRequestsModel::AgentColumn, CibaRequestsModel::UserColumn,
                       CibaRequestsModel::ResourceColumn, CibaRequestsModel::RequestedColumn,
                       CibaRequestsModel::ExpiresColumn}) {
        if (!m_list->isColumnHidden(column))
            fixed += m_list->columnWidth(column);
    }
    const bool scopes = m_list->viewport()->width() - fixed - ScopesWidth >= MessageMinWidth;
    if (m_list->isColumnHidden(CibaRequestsModel::ScopesColumn) == scopes)
        m_list->setColumnHidden(CibaRequestsModel::ScopesColumn, !scopes);
    if (scopes)
        m_list->setColumnWidth(CibaRequestsModel::ScopesColumn, ScopesWidth);
}

void InboxPane::updateDetail()
{
    // Requests of more than one user (an administrator's view): show whose they are.
    QSet<QString> users;
    for (int row = 0; row < m_model->rowCount() && users.size() < 2; ++row)
        users.insert(m_model->requestAt(row).userId);
    if (m_list->isColumnHidden(CibaRequestsModel::UserColumn) != (users.size() < 2)) {
        m_list->setColumnHidden(CibaRequestsModel::UserColumn, users.size() < 2);
        fitColumns();
    }

    const CibaRequest r = currentRequest();
    if (r.id.isEmpty()) {
        m_detailStack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    m_detailStack->setCurrentIndex(1);
    const bool expired = !r.isDecidable(QDateTime::currentDateTimeUtc());
    m_binding->setText(r.bindingMessage);
    m_binding->setEnabled(!expired);
    const QString kind = r.clientType == "app"_L1 ? tr("application") : tr("agent");
    QString agent = r.clientName.isEmpty()
                        ? tr("%1 (%2)").arg(r.clientId, kind)
                        : tr("%1 (%2, client id %3)").arg(r.clientName, kind, r.clientId);
    if (!r.clientOwnerId.isEmpty()) {
        const QString owner = r.clientOwnerName.isEmpty() ? r.clientOwnerId : r.clientOwnerName;
        agent = tr("%1 — owned by %2").arg(agent, owner);
    }
    m_agent->setText(agent);
    m_user->setText(userName(r.userId));
    m_actingFor->setText(actingForText(r));
    m_form->setRowVisible(m_actingFor, !r.actingFor.id.isEmpty());
    m_resource->setText(
        r.resourceServerId.isEmpty()
            ? tr("none (OpenID scopes only)")
            : (r.resourceServerName.isEmpty()
                   ? r.resourceServerIdentifier
                   : tr("%1 (%2)").arg(r.resourceServerName, r.resourceServerIdentifier)));
    fillScopes(r);
    m_scopes->setEnabled(!expired && !m_readOnly);
    m_expires->setText(expired ? tr("Expired: the agent must ask again.")
                               : CibaRequestsModel::formatRemaining(
                                     QDateTime::currentDateTimeUtc().secsTo(r.expiresAt)));
    updateButtons();
}

void InboxPane::updateButtons()
{
    const CibaRequest r = currentRequest();
    const bool can = m_available && !m_readOnly && !r.id.isEmpty() &&
                     r.isDecidable(QDateTime::currentDateTimeUtc()) && !m_inFlight.contains(r.id);
    // Approving nothing is denying: the agent would get a token for no scope.
    const bool someScope = r.scopes.isEmpty() || !checkedScopes().isEmpty();
    m_approve->setEnabled(can && someScope);
    m_approve->setToolTip(
        can && !someScope
            ? tr("Tick at least one scope to approve, or deny the request")
            : tr("Let the agent act for the user with the ticked scopes; it receives its tokens"));
    m_deny->setEnabled(can);
    m_approve->setVisible(!m_readOnly);
    m_deny->setVisible(!m_readOnly);
}

void InboxPane::setViewer(Viewer viewer)
{
    m_viewer = viewer;
    m_readOnly = viewer == Viewer::Administrator;
    m_readOnlyNote->setVisible(m_readOnly);
    m_tabs->setTabText(1, m_readOnly ? tr("All decisions") : tr("My decisions"));
    m_decisions->clear();
    if (m_tabs->currentIndex() == 1)
        m_decisions->reload();
    clearMessage();
    updateDetail();
}

void InboxPane::showDecisions()
{
    m_tabs->setCurrentIndex(1);
}

void InboxPane::setUserNames(std::function<QString(const QString &)> names)
{
    m_names = std::move(names);
    updateDetail();
}

QString InboxPane::partyText(const CibaRequest::Party &party) const
{
    QString name = party.name;
    if (party.type == "user"_L1 && name.isEmpty())
        name = m_names ? m_names(party.id) : QString();
    if (name.isEmpty() || name == party.id)
        name = party.id;
    if (party.type == "user"_L1)
        return tr("%1 (user)").arg(name);
    if (party.type == "agent"_L1)
        return tr("%1 (agent)").arg(name);
    if (party.type == "app"_L1)
        return tr("%1 (application)").arg(name);
    return tr("%1 (not known to this server)").arg(name);
}

QString InboxPane::actingForText(const CibaRequest &r) const
{
    if (r.actingFor.id.isEmpty())
        return {};
    // The chain as the approver reads it: who started it, then each actor up to this agent.
    QStringList chain;
    chain << partyText(r.actingFor);
    for (auto it = r.earlierActors.crbegin(); it != r.earlierActors.crend(); ++it)
        chain << partyText(*it);
    chain << (r.clientName.isEmpty() ? r.clientId : r.clientName);
    return tr("%1\nthrough %2").arg(partyText(r.actingFor), chain.join(tr(" → ")));
}

QString InboxPane::userName(const QString &userId) const
{
    const QString name = m_names ? m_names(userId) : QString();
    return name.isEmpty() || name == userId ? userId : tr("%1 (%2)").arg(name, userId);
}

void InboxPane::fillScopes(const CibaRequest &r)
{
    // The same request again (a poll, a tick of the clock): keep what the user unticked.
    QStringList names;
    for (int i = 0; i < m_scopes->count(); ++i)
        names << m_scopes->item(i)->data(Qt::UserRole).toString();
    if (m_scopesOf == r.id && names == r.scopeNames())
        return;
    m_scopesOf = r.id;
    const QSignalBlocker blocker(m_scopes);
    m_scopes->clear();
    const QColor warning = StatusColor::color(StatusColor::Name::Warning, palette());
    for (const CibaRequest::Scope &s : r.scopes) {
        const bool high = CibaRequest::isHighImpactScope(s.name);
        QString text = s.description.isEmpty() ? s.name : tr("%1 — %2").arg(s.name, s.description);
        if (high)
            text = tr("%1 · high impact").arg(text);
        auto *item = new QListWidgetItem(text, m_scopes);
        item->setToolTip(high ? tr("%1\nThis scope lets the agent change, delete or administer "
                                   "something.")
                                    .arg(text)
                              : text);
        item->setData(Qt::UserRole, s.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        if (high) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setForeground(warning);
        }
    }
    // Every scope in sight up to eight rows; a longer list scrolls.
    int height = 2 * m_scopes->frameWidth() + 2;
    for (int row = 0; row < qMin(m_scopes->count(), 8); ++row)
        height += qMax(m_scopes->sizeHintForRow(row), fontMetrics().height() + 4);
    m_scopes->setFixedHeight(height);
}

QStringList InboxPane::checkedScopes() const
{
    QStringList checked;
    for (int i = 0; i < m_scopes->count(); ++i) {
        if (m_scopes->item(i)->checkState() == Qt::Checked)
            checked << m_scopes->item(i)->data(Qt::UserRole).toString();
    }
    return checked;
}

void InboxPane::approveCurrent()
{
    decide(true);
}

void InboxPane::denyCurrent()
{
    decide(false);
}

void InboxPane::decide(bool approve)
{
    const CibaRequest r = currentRequest();
    if (!m_ciba || !m_available || m_readOnly || r.id.isEmpty() || m_inFlight.contains(r.id) ||
        !r.isDecidable(QDateTime::currentDateTimeUtc()))
        return;
    clearMessage();
    m_inFlight.insert(r.id);
    setBusy(this, true);
    updateButtons();
    const QString agent = r.clientName.isEmpty() ? r.clientId : r.clientName;
    // All ticked: no list, the server grants what it allows; fewer: exactly those.
    const QStringList ticked = checkedScopes();
    const QStringList scopes = ticked.size() == r.scopes.size() ? QStringList() : ticked;
    if (approve && !r.scopes.isEmpty() && ticked.isEmpty())
        return;
    auto done = [this, r, agent, approve, scopes](const core::Result<CibaRequest> &result) {
        m_inFlight.remove(r.id);
        setBusy(this, !m_inFlight.isEmpty());
        if (result.ok()) {
            m_model->removeRequest(r.id);
            if (m_tabs->currentIndex() == 1)
                m_decisions->reload();
            if (approve && !scopes.isEmpty()) {
                showNote(tr("Approved “%1” for %2 only: %3 receives its tokens at its next poll.")
                             .arg(r.bindingMessage, scopes.join(u", "_s), agent));
                Q_EMIT approved(r.id);
            } else if (approve) {
                showNote(tr("Approved “%1”: %2 receives its tokens at its next poll.")
                             .arg(r.bindingMessage, agent));
                Q_EMIT approved(r.id);
            } else {
                showNote(tr("Denied “%1”: %2 is told access_denied.").arg(r.bindingMessage, agent),
                         MessageWidget::Type::Information);
                Q_EMIT denied(r.id);
            }
        } else if (result.error.httpStatus == 403 &&
                   result.error.code == core::CibaApprovalsApi::NotTheRequestedUser) {
            m_readOnly = true;
            m_readOnlyNote->show();
            updateDetail();
            showErrorText(tr("The server refused: only the user the request is addressed to (%1) "
                             "can approve or deny it, with their own sign-in.")
                              .arg(r.userId));
        } else if (result.error.isConflict()) {
            showErrorText(tr("“%1” is no longer waiting: it was decided elsewhere or it expired.")
                              .arg(r.bindingMessage));
            m_model->refresh();
        } else if (result.error.isNotFound()) {
            showErrorText(tr("“%1” is gone: the server no longer lists it.").arg(r.bindingMessage));
            m_model->refresh();
        } else {
            showError(approve ? tr("Approving “%1”").arg(r.bindingMessage)
                              : tr("Denying “%1”").arg(r.bindingMessage),
                      result.error);
        }
        updateButtons();
    };
    if (approve)
        m_ciba->approve(r.id, scopes).then(this, done);
    else
        m_ciba->deny(r.id).then(this, done);
}

} // namespace tid::ui
