#include "ui/agents/AgentsPane.h"

#include "core/api/AdminApi.h"
#include "core/api/ServerApis.h"
#include "core/domain/FormRules.h"
#include "core/models/AgentsModel.h"
#include "core/models/ApiReady.h"
#include "core/models/DefaultOrganizationUnit.h"
#include "core/models/EntityPickerModel.h"
#include "ui/agents/AgentWizard.h"
#include "ui/agents/CredentialsTab.h"
#include "ui/agents/SecretReveal.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusColor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tid::core::Agent;
using tid::core::AgentsModel;
namespace grant = tid::core::grant;

namespace tid::ui {

namespace {

const QStringList EditableGrants = {grant::ClientCredentials, grant::AuthorizationCode,
                                    grant::RefreshToken, grant::Ciba, grant::TokenExchange};

QSpinBox *lifetimeBox(QWidget *parent, const QString &name)
{
    auto *s = new QSpinBox(parent);
    s->setRange(0, 60 * 60 * 24 * 90);
    s->setSingleStep(300);
    s->setSuffix(AgentsPane::tr(" s"));
    s->setSpecialValueText(AgentsPane::tr("server default"));
    s->setAccessibleName(name);
    return s;
}

} // namespace

AgentsPane::AgentsPane(const core::ServerApis *apis, QWidget *parent)
    : AdminPane(parent)
    , m_api(apis ? &apis->admin() : nullptr)
    , m_extensions(apis ? &apis->extensions() : nullptr)
    , m_model(new AgentsModel(m_api, this))
    , m_proxy(new core::AgentFilterProxy(this))
    , m_users(new core::EntityPickerModel(m_api, this))
{
    setObjectName(u"agentsPane"_s);
    setAccessibleName(tr("Agents"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    watchModel(m_model, tr("Loading agents"));
    connect(m_model, &AgentsModel::detailLoaded, this, [this](int row) {
        const Agent a = m_model->agentAt(row);
        // The editor shows the full agent once its detail arrived (unless being edited).
        if (a.id == m_current.id && !m_current.oauth && !m_writing)
            showAgent(a);
    });
    connect(m_users, &core::PagedTableModel::busyChanged, this, [this](bool busy) {
        setBusy(m_users, busy);
        if (busy)
            return;
        QSignalBlocker block(m_owner);
        const QString chosen = m_current.owner;
        while (m_owner->count() > 1)
            m_owner->removeItem(1);
        for (int r = 0; r < m_users->rowCount(); ++r) {
            const core::EntityRef u = m_users->entityAt(r);
            m_owner->addItem(u.display, u.id);
        }
        int i = m_owner->findData(chosen);
        if (i < 0 && !chosen.isEmpty()) {
            m_owner->addItem(chosen, chosen); // an owner that is not a listed user
            i = m_owner->count() - 1;
        }
        m_owner->setCurrentIndex(qMax(0, i));
    });
    m_model->reload();
    m_users->setEntityType(core::EntityRef::Type::User); // reloads
    m_users->fetchAll();
    loadRoleChoices();
    showAgent(Agent{});
}

AgentsPane::~AgentsPane() = default;

void AgentsPane::setServerMetadata(const core::ServerMetadata &metadata)
{
    m_credentials->setCredentialsExtension(
        metadata.hasExtension(core::AdminExtensionsApi::CredentialsExtension));
}

void AgentsPane::buildUi()
{
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(u"kindFilter"_s);
    m_kindFilter->setAccessibleName(tr("Filter by type"));
    m_kindFilter->addItem(tr("All types"), int(Agent::Kind::Unknown));
    for (auto k : {Agent::Kind::Autonomous, Agent::Kind::Interactive, Agent::Kind::Hybrid})
        m_kindFilter->addItem(AgentsModel::kindLabel(k), int(k));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAgentKind(Agent::Kind(m_kindFilter->currentData().toInt()));
        updateEmptyStates();
    });
    filterEdit()->setToolTip(
        tr("Filters the agents by name, client id, owner or description.\nAn attribute filter "
           "such as model eq \"gpt-4o\" is sent to the server."));
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &t) {
        // ThunderID filters agents on the server by a custom attribute only
        // (`attribute eq "value"`); any other text filters the rows here.
        const bool server = isServerFilter(t);
        m_proxy->setText(server ? QString() : t);
        m_model->setServerFilter(server ? t.trimmed() : QString());
        updateListMode();
        updateEmptyStates();
    });
    toolRow()->addWidget(m_kindFilter);
    addRefreshAction();
    m_newButton = addNewAction(tr("Create an agent (Ctrl+N)"), tr("New agent"), tr("New…"));
    m_assignButton = new QPushButton(tr("Assign role…"), this);
    m_assignButton->setObjectName(u"assignRoleButton"_s);
    m_assignButton->setToolTip(tr("Assign a role to every selected agent"));
    m_assignButton->setAccessibleName(tr("Assign a role to the selected agents"));
    connect(m_assignButton, &QPushButton::clicked, this, &AgentsPane::chooseRoleForSelected);
    m_historyButton = new QPushButton(tr("Show history"), this);
    m_historyButton->setObjectName(u"showHistoryButton"_s);
    m_historyButton->setToolTip(tr("Open the token history filtered to the selected agent"));
    m_historyButton->setAccessibleName(tr("Show the selected agent's token history"));
    m_historyButton->setAutoDefault(false);
    connect(m_historyButton, &QPushButton::clicked, this, [this] {
        const QString clientId = m_current.effectiveClientId();
        if (!clientId.isEmpty())
            Q_EMIT historyRequested(clientId);
    });
    toolRow()->addWidget(m_assignButton);
    toolRow()->addWidget(m_historyButton);
    m_deleteButton =
        addDeleteAction(tr("Delete the selected agents (Del)"), tr("Delete the selected agents"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    m_list = new QTableView(listBox);
    listLayout->addWidget(m_list, 1);
    // A long list is not sorted nor searched here: the server can do neither (only an
    // attribute filter), and doing it here would fetch every agent. Said plainly under it.
    m_listNote = new QLabel(listBox);
    m_listNote->setObjectName(u"agentListNote"_s);
    m_listNote->setWordWrap(true);
    m_listNote->setForegroundRole(QPalette::PlaceholderText);
    m_listNote->hide();
    listLayout->addWidget(m_listNote);
    m_list->setObjectName(u"agentList"_s);
    m_list->setAccessibleName(tr("Agents"));
    setupList(m_list, m_proxy, AgentsModel::NameColumn, QAbstractItemView::ExtendedSelection);
    installRowMenu(m_list,
                   {[](const QModelIndex &row) {
                        return row.siblingAtColumn(AgentsModel::ClientIdColumn).data().toString();
                    },
                    [this](const QModelIndex &row) {
                        Q_EMIT historyRequested(
                            row.siblingAtColumn(AgentsModel::ClientIdColumn).data().toString());
                    }});
    m_list->setColumnHidden(AgentsModel::DescriptionColumn, true);
    m_list->setColumnWidth(AgentsModel::NameColumn, 175);
    m_list->setColumnWidth(AgentsModel::KindColumn, 90);
    m_list->setColumnWidth(AgentsModel::OwnerColumn, 120);
    m_list->setColumnWidth(AgentsModel::ClientIdColumn, 165);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentsPane::onSelectionChanged);
    attachEmptyState(m_list, [this] {
        if (!m_model->isLoaded())
            return m_model->isStalled() ? tr("Could not load the agents.") : tr("Loading…");
        if (m_model->rowCount() > 0) {
            if (m_proxy->agentKind() != Agent::Kind::Unknown && m_model->isBusy())
                return tr("Reading the agents' grant types…");
            return m_model->holdsWholeList()
                       ? tr("No agent matches the filter.")
                       : tr("None of the %L1 agents loaded now matches the filter.")
                             .arg(m_model->loadedRowCount());
        }
        if (!m_model->serverFilter().isEmpty())
            return tr("The server has no agent with %1.").arg(m_model->serverFilter());
        return tr("No agents yet. Press Ctrl+N to create the first one.");
    });
    connect(m_model, &AgentsModel::wholeListChanged, this, &AgentsPane::updateListMode);
    connect(m_model, &AgentsModel::pageLoaded, this, [this] {
        updateListMode();
        // A row chosen while it was still loading: show it now.
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (rows.size() == 1 &&
            m_model->idAt(m_proxy->mapToSource(rows.first()).row()) != m_current.id)
            onSelectionChanged();
    });

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(u"agentTabs"_s);
    m_tabs->setAccessibleName(tr("Agent details"));
    m_tabs->addTab(buildDetailsTab(), tr("&Details"));
    m_tabs->addTab(buildRolesTab(), tr("&Roles"));
    m_credentials = new CredentialsTab(m_api, m_extensions, m_tabs);
    m_tabs->addTab(m_credentials, tr("&Credentials"));
    connect(m_credentials, &CredentialsTab::errorOccurred, this,
            [this](const QString &context, const core::ApiError &e) { showError(context, e); });
    connect(m_credentials, &CredentialsTab::message, this,
            [this](const QString &text) { showNote(text); });
    connect(m_credentials, &CredentialsTab::busyChanged, this,
            [this](bool b) { setBusy(m_credentials, b); });
    connect(m_credentials, &CredentialsTab::agentUpdated, this, [this](const Agent &a) {
        m_model->upsert(a);
        if (a.id == m_current.id)
            m_current = a;
    });

    splitter->addWidget(listBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({780, 500});
    body()->addWidget(splitter, 1);
    updateButtons();
}

QWidget *AgentsPane::buildDetailsTab()
{
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    m_title = makeFormTitle(m_form);
    form->addRow(m_title);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"agentNameEdit"_s);
    m_name->setAccessibleName(tr("Agent name"));
    form->addRow(tr("&Name"), m_name);
    m_description = new QPlainTextEdit(m_form);
    m_description->setObjectName(u"agentDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Agent description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(60);
    form->addRow(tr("&Description"), m_description);
    m_owner = new QComboBox(m_form);
    m_owner->setObjectName(u"agentOwner"_s);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("(none)"), QString());
    form->addRow(tr("&Owner"), m_owner);
    m_kindLabel = new QLabel(m_form);
    m_kindLabel->setObjectName(u"agentKindLabel"_s);
    m_kindLabel->setAccessibleName(tr("Type"));
    form->addRow(tr("Type"), m_kindLabel);
    auto *grantsBox = new QWidget(m_form);
    auto *grantsLayout = new QVBoxLayout(grantsBox);
    grantsLayout->setContentsMargins(0, 0, 0, 0);
    grantsLayout->setSpacing(2);
    for (const QString &g : EditableGrants) {
        auto *box = new QCheckBox(AgentsModel::grantLabel(g), grantsBox);
        box->setProperty("grantType", g);
        box->setObjectName(u"agentGrant_"_s + g.section(u':', -1));
        box->setAccessibleName(tr("Grant %1").arg(AgentsModel::grantLabel(g)));
        box->setToolTip(g);
        connect(box, &QCheckBox::toggled, this, [this] {
            QStringList grants;
            for (QCheckBox *b : std::as_const(m_grants)) {
                if (b->isChecked())
                    grants << b->property("grantType").toString();
            }
            m_kindLabel->setText(AgentsModel::kindLabel(Agent::kindForGrants(grants)));
        });
        m_grants << box;
        grantsLayout->addWidget(box);
    }
    form->addRow(tr("Grants"), grantsBox);
    m_redirect = new QLineEdit(m_form);
    m_redirect->setObjectName(u"agentRedirect"_s);
    m_redirect->setAccessibleName(tr("Redirect URIs, separated by spaces"));
    form->addRow(tr("&Redirect URIs"), m_redirect);
    m_clientTtl = lifetimeBox(m_form, tr("Lifetime of the agent's own access tokens"));
    form->addRow(tr("Own access tokens"), m_clientTtl);
    m_userTtl = lifetimeBox(m_form, tr("Lifetime of access tokens for users"));
    form->addRow(tr("Tokens for users"), m_userTtl);
    m_refreshTtl = lifetimeBox(m_form, tr("Lifetime of refresh tokens"));
    form->addRow(tr("Refresh tokens"), m_refreshTtl);
    m_hint = new QLabel(m_form);
    m_hint->setObjectName(u"agentHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(StatusColor::textStyle(StatusColor::Name::Error, m_hint->palette()));
    m_hint->hide();
    form->addRow(m_hint);
    m_save = new QPushButton(tr("Save"), m_form);
    m_save->setObjectName(u"saveAgentButton"_s);
    m_save->setAccessibleName(tr("Save agent"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_save);
    form->addRow(row);
    connect(m_save, &QPushButton::clicked, this, &AgentsPane::saveAgent);
    connect(m_name, &QLineEdit::returnPressed, this, &AgentsPane::saveAgent);
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_form);
    pageLayout->addStretch(1);
    return page;
}

QWidget *AgentsPane::buildRolesTab()
{
    m_rolesTab = new QWidget(this);
    auto *layout = new QVBoxLayout(m_rolesTab);
    auto *note = new QLabel(tr("Roles held directly or through a group. Its scopes are what "
                               "these roles grant."),
                            m_rolesTab);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_rolesList = new QListWidget(m_rolesTab);
    m_rolesList->setObjectName(u"agentRoles"_s);
    m_rolesList->setAccessibleName(tr("Roles of the agent"));
    layout->addWidget(m_rolesList, 1);
    auto *row = new QHBoxLayout;
    m_roleChoice = new QComboBox(m_rolesTab);
    m_roleChoice->setObjectName(u"roleChoice"_s);
    m_roleChoice->setAccessibleName(tr("Role to assign"));
    m_roleChoice->setMinimumContentsLength(18);
    m_assignRole = new QPushButton(tr("Assign"), m_rolesTab);
    m_assignRole->setObjectName(u"assignRoleToAgent"_s);
    m_assignRole->setAccessibleName(tr("Assign the chosen role to the agent"));
    m_removeRole = new QPushButton(tr("Remove"), m_rolesTab);
    m_removeRole->setObjectName(u"removeRoleFromAgent"_s);
    m_removeRole->setAccessibleName(tr("Remove the selected role from the agent"));
    row->addWidget(m_roleChoice, 1);
    row->addWidget(m_assignRole);
    row->addWidget(m_removeRole);
    layout->addLayout(row);
    connect(m_assignRole, &QPushButton::clicked, this,
            [this] { assignRoleToSelected(m_roleChoice->currentData().toString()); });
    connect(m_removeRole, &QPushButton::clicked, this, &AgentsPane::removeSelectedRole);
    return m_rolesTab;
}

void AgentsPane::refresh()
{
    clearMessage();
    const QString keep = m_current.id;
    const int keepRow = keep.isEmpty() ? -1 : m_model->rowOf(keep);
    m_model->reload();
    if (!keep.isEmpty()) {
        connect(
            m_model, &AgentsModel::reloaded, this,
            [this, keep, keepRow] {
                if (selectAgent(keep) || keepRow < 0 || keepRow >= m_model->rowCount())
                    return;
                // On a long list the agent was on a page that the reload did not bring: ask
                // for the page where it was and select it there (unless it moved away).
                auto *guard = new QObject(this);
                connect(m_model, &AgentsModel::pageLoaded, guard,
                        [this, keep, keepRow, guard](int offset, int count) {
                            if (keepRow < offset || keepRow >= offset + qMax(count, 1))
                                return;
                            if (m_current.id.isEmpty() || m_current.id == keep)
                                selectAgent(keep);
                            guard->deleteLater();
                        });
                // Another reload before that page came: stop waiting for it.
                connect(m_model, &AgentsModel::reloaded, guard, &QObject::deleteLater);
                m_model->loadRows(keepRow, keepRow);
            },
            Qt::SingleShotConnection);
    }
    m_users->reload();
    m_users->fetchAll();
    loadRoleChoices();
    m_credentials->reload();
}

void AgentsPane::retryFailed()
{
    if (!m_model->isLoaded() || !m_model->isStalled()) {
        refresh();
        return;
    }
    clearMessage();
    m_model->retry();
}

QStringList AgentsPane::selectedAgentIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_list->selectionModel()->selectedRows()) {
        const QString id = m_model->idAt(m_proxy->mapToSource(i).row());
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

bool AgentsPane::selectAgent(const QString &id)
{
    const int row = m_model->rowOf(id);
    return row >= 0 && selectSourceRow(m_list, m_proxy, m_model->index(row, 0));
}

bool AgentsPane::isServerFilter(const QString &text)
{
    // ThunderID's agents filter: `attribute eq "value"`, on keys inside `attributes`.
    static const QRegularExpression filter(uR"(^\s*[A-Za-z_][A-Za-z0-9_.-]*\s+eq\s+"[^"]*"\s*$)"_s);
    return filter.match(text).hasMatch();
}

void AgentsPane::updateListMode()
{
    const bool whole = !m_model->isLoaded() || m_model->holdsWholeList();
    if (whole != m_list->isSortingEnabled()) {
        // Columns sort only what is here; a long list keeps the server's order.
        m_list->setSortingEnabled(whole);
        m_list->horizontalHeader()->setSortIndicatorShown(whole);
    }
    m_list->horizontalHeader()->setToolTip(
        whole ? QString()
              : tr("The server cannot sort agents: the list is in the server's order."));
    QStringList note;
    if (!whole) {
        note << tr("%L1 agents, in the server's order: the server cannot sort them, so the "
                   "columns do not sort.")
                    .arg(m_model->totalCount());
        if (m_proxy->isFiltering())
            note << tr("The filter looks only at the %L1 agents loaded now; the server can "
                       "filter by an attribute: model eq \"gpt-4o\".")
                        .arg(m_model->loadedRowCount());
    }
    if (!m_model->serverFilter().isEmpty())
        note << tr("Filtered by the server: %1.").arg(m_model->serverFilter());
    m_listNote->setText(note.join(u' '));
    m_listNote->setVisible(!note.isEmpty());
}

void AgentsPane::updateButtons()
{
    const int n = int(m_list->selectionModel()->selectedRows().size());
    m_deleteButton->setEnabled(n > 0 && !m_writing);
    m_assignButton->setEnabled(n > 0 && !m_writing && !m_roleChoices.isEmpty());
    m_newButton->setEnabled(!m_writing);
    m_deleteButton->setText(n > 1 ? tr("Delete %1").arg(n) : tr("Delete"));
    const bool one = !m_current.id.isEmpty();
    m_historyButton->setEnabled(one && n == 1 && !m_current.effectiveClientId().isEmpty());
    m_assignRole->setEnabled(one && !m_writing && m_roleChoice->count() > 0);
    m_removeRole->setEnabled(one && !m_writing && m_rolesList->currentItem());
}

QStringList AgentsPane::formState() const
{
    QStringList state{m_name->text(),
                      m_description->toPlainText(),
                      m_owner->currentData().toString(),
                      m_redirect->text(),
                      QString::number(m_clientTtl->value()),
                      QString::number(m_userTtl->value()),
                      QString::number(m_refreshTtl->value())};
    for (const QCheckBox *box : m_grants)
        state << (box->isChecked() ? u"1"_s : u"0"_s);
    return state;
}

QString AgentsPane::unsavedChanges() const
{
    QStringList what;
    if (m_credentials->secretReveal()->hasSecret())
        what << tr("The new secret of %1 will not be shown again: copy it and store it before "
                   "you leave (\"I have stored it\").")
                    .arg(m_current.name);
    if (!m_current.id.isEmpty() && !m_writing && formState() != m_shownState)
        what << tr("Your changes to %1 are not saved.").arg(m_current.name);
    return what.join(u' ');
}

void AgentsPane::discardUnsavedChanges()
{
    m_credentials->secretReveal()->dismiss();
    showAgent(m_current); // the editor back to the agent as it is
}

void AgentsPane::onSelectionChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.size() == 1) {
        const int row = m_proxy->mapToSource(rows.first()).row();
        const Agent a = m_model->agentAt(row);
        if (a.id.isEmpty()) { // still loading: shown when its page arrives
            updateButtons();
            return;
        }
        if (a.id != m_current.id && !m_current.id.isEmpty() &&
            (isAskingToLeave() || !unsavedChanges().isEmpty())) {
            // Nothing is lost silently: back to the agent being edited until the user says.
            const QString target = a.id;
            m_restoringSelection = true;
            selectAgent(m_current.id);
            m_restoringSelection = false;
            confirmLeaving([this, target] { selectAgent(target); });
            updateButtons();
            return;
        }
        if (a.id != m_current.id) {
            showAgent(a);
            if (!m_model->hasDetail(row))
                (void)m_model->index(row, AgentsModel::KindColumn).data(); // load the detail
        }
    }
    updateButtons();
}

void AgentsPane::showAgent(const Agent &a)
{
    m_current = a;
    const bool has = !a.id.isEmpty();
    m_title->setText(has ? a.name : tr("Select an agent, or press Ctrl+N to create one."));
    m_name->setText(a.name);
    m_description->setPlainText(a.description);
    {
        QSignalBlocker block(m_owner);
        int i = m_owner->findData(a.owner);
        if (i < 0 && !a.owner.isEmpty()) {
            m_owner->addItem(a.owner, a.owner);
            i = m_owner->count() - 1;
        }
        m_owner->setCurrentIndex(qMax(0, i));
    }
    const QStringList grants = a.oauth ? a.oauth->grantTypes : QStringList();
    for (QCheckBox *box : std::as_const(m_grants))
        box->setChecked(grants.contains(box->property("grantType").toString()));
    m_kindLabel->setText(has ? (a.oauth ? AgentsModel::kindLabel(a.kind()) : tr("…")) : QString());
    m_redirect->setText(a.oauth ? a.oauth->redirectUris.join(u' ') : QString());
    m_clientTtl->setValue(a.oauth ? int(a.oauth->clientAccessTokenValidity) : 0);
    m_userTtl->setValue(a.oauth ? int(a.oauth->userAccessTokenValidity) : 0);
    m_refreshTtl->setValue(a.oauth ? int(a.oauth->refreshTokenValidity) : 0);
    m_hint->hide();
    m_form->setEnabled(has && !a.isReadOnly && !m_writing);
    m_rolesTab->setEnabled(has);
    m_credentials->setAgent(a);
    m_shownState = formState();
    loadAgentRoles();
    updateButtons();
}

void AgentsPane::loadRoleChoices()
{
    if (!core::apiReady(m_api))
        return;
    m_api->listRoles(core::PageRequest::window(100))
        .then(this, [this](const core::Result<core::Page<core::Role>> &r) {
            if (!r.ok()) {
                showError(tr("Loading roles"), r.error);
                return;
            }
            m_roleChoices.clear();
            m_roleChoice->clear();
            for (const core::Role &role : r.value.items) {
                m_roleChoices.append({role.id, role.name});
                m_roleChoice->addItem(role.name, role.id);
            }
            updateButtons();
        });
}

void AgentsPane::loadAgentRoles()
{
    m_rolesList->clear();
    const int gen = ++m_rolesGeneration;
    if (!m_api || m_current.id.isEmpty())
        return;
    m_api->listAgentRoles(m_current.id, core::PageRequest::window(100))
        .then(this, [this, gen](const core::Result<core::Page<QString>> &r) {
            if (gen != m_rolesGeneration)
                return;
            if (!r.ok()) {
                showError(tr("Loading the agent's roles"), r.error);
                return;
            }
            QStringList names = r.value.items;
            names.sort(Qt::CaseInsensitive);
            m_rolesList->addItems(names);
            if (names.isEmpty())
                m_rolesList->addItem(tr("(no roles: its tokens carry no scopes)"));
            updateButtons();
        });
}

void AgentsPane::setWriting(bool writing)
{
    m_writing = writing;
    m_form->setEnabled(!writing && !m_current.id.isEmpty() && !m_current.isReadOnly);
    m_rolesTab->setEnabled(!writing && !m_current.id.isEmpty());
    setBusy(m_form, writing);
    updateButtons();
}

void AgentsPane::saveAgent()
{
    if (!m_api || m_writing || m_current.id.isEmpty())
        return;
    const QString name = m_name->text().trimmed();
    QString why;
    if (name.isEmpty())
        why = tr("The name is required.");
    QStringList grants;
    for (QCheckBox *b : std::as_const(m_grants)) {
        if (b->isChecked())
            grants << b->property("grantType").toString();
    }
    const QStringList redirects = m_redirect->text().split(u' ', Qt::SkipEmptyParts);
    for (const QString &uri : redirects) {
        if (why.isEmpty() && !core::FormRules::isAbsoluteUri(uri))
            why = tr("“%1” is not an absolute URI.").arg(uri);
    }
    if (why.isEmpty() && grants.contains(grant::AuthorizationCode) && redirects.isEmpty())
        why = tr("Signing users in (authorization code) needs a redirect URI.");
    if (!why.isEmpty()) {
        m_hint->setText(why);
        m_hint->show();
        return;
    }
    m_hint->hide();
    const QString id = m_current.id;
    const QString description = m_description->toPlainText().trimmed();
    const QString owner = m_owner->currentData().toString();
    const qint64 ttls[3] = {m_clientTtl->value(), m_userTtl->value(), m_refreshTtl->value()};
    setWriting(true);
    // PUT replaces the whole agent: start from the server's current version.
    m_api->getAgent(id).then(this, [=, this](const core::Result<Agent> &current) {
        if (!current.ok()) {
            setWriting(false);
            showError(tr("Saving the agent"), current.error);
            return;
        }
        Agent a = current.value;
        a.name = name;
        a.description = description;
        a.owner = owner;
        core::OAuthClientConfig oauth = a.oauth.value_or(core::OAuthClientConfig{});
        oauth.grantTypes = grants;
        oauth.redirectUris = redirects;
        if (grants.contains(grant::AuthorizationCode) && oauth.responseTypes.isEmpty())
            oauth.responseTypes = {u"code"_s};
        oauth.clientAccessTokenValidity = ttls[0];
        oauth.userAccessTokenValidity = ttls[1];
        oauth.refreshTokenValidity = ttls[2];
        a.oauth = oauth;
        m_api->updateAgent(a).then(this, [this](const core::Result<Agent> &r) {
            setWriting(false);
            if (!r.ok()) {
                showError(tr("Saving the agent"), r.error); // the form keeps the input
                return;
            }
            Agent saved = r.value;
            if (saved.oauth)
                saved.oauth->clientSecret.clear();
            clearMessage();
            m_model->upsert(saved);
            showAgent(saved);
            showNote(tr("Saved %1.").arg(saved.name));
            Q_EMIT agentSaved(saved);
        });
    });
}

void AgentsPane::newItem()
{
    if (!m_api || m_writing)
        return;
    if (!m_wizard && !unsavedChanges().isEmpty()) {
        // The wizard's new agent would take the editor (and its secret the reveal).
        confirmLeaving([this] { newItem(); });
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new AgentWizard(m_api, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &AgentWizard::submitted, this, &AgentsPane::createFromWizard);
    m_wizard->open();
}

void AgentsPane::createFromWizard(const Agent &draft, const QStringList &roleIds)
{
    auto *ou = new core::DefaultOrganizationUnit(m_api, this);
    ou->get(this, [this, draft, roleIds, ou](const QString &ouId, const core::ApiError &error) {
        ou->deleteLater();
        if (error.isError()) {
            if (m_wizard)
                m_wizard->finishFailed(describeError(error));
            return;
        }
        Agent a = draft;
        a.ouId = ouId;
        m_api->createAgent(a).then(this, [this, roleIds](const core::Result<Agent> &r) {
            if (!r.ok()) {
                // The wizard stays open with everything typed, and says what the server said.
                if (m_wizard)
                    m_wizard->finishFailed(describeError(r.error));
                else
                    showError(tr("Creating the agent"), r.error);
                return;
            }
            Agent created = r.value;
            const QString secret = created.oauth ? created.oauth->clientSecret : QString();
            if (created.oauth)
                created.oauth->clientSecret.clear(); // the model never holds it
            if (m_wizard)
                m_wizard->finishSucceeded();
            m_model->addCreated(created);
            selectAgent(created.id);
            showAgent(created);
            if (!secret.isEmpty()) {
                m_tabs->setCurrentWidget(m_credentials);
                m_credentials->revealSecret(secret);
            }
            showNote(tr("Created %1.").arg(created.name));
            for (const QString &roleId : roleIds) {
                m_api
                    ->addRoleAssignments(
                        roleId,
                        {core::EntityRef{created.id, core::EntityRef::Type::Agent, created.name}})
                    .then(this, [this, roleId](const core::Result<core::NoContent> &ar) {
                        if (!ar.ok())
                            showError(tr("Assigning a role to the new agent"), ar.error);
                        loadAgentRoles();
                    });
            }
            Q_EMIT agentCreated(created);
        });
    });
}

void AgentsPane::deleteSelected()
{
    if (!m_api || m_writing)
        return;
    QList<Agent> chosen;
    for (const QModelIndex &i : m_list->selectionModel()->selectedRows()) {
        const Agent a = m_model->agentAt(m_proxy->mapToSource(i).row());
        if (!a.id.isEmpty()) // not a row still loading
            chosen << a;
    }
    if (chosen.isEmpty())
        return;
    QStringList names;
    for (const Agent &a : std::as_const(chosen))
        names << a.name;
    const QString text =
        chosen.size() == 1
            ? tr("Delete the agent “%1”? Its tokens stay valid until they expire; its secret "
                 "stops working now. This cannot be undone.")
                  .arg(chosen.first().name)
            : tr("Delete these %1 agents? %2\nTheir tokens stay valid until they expire; their "
                 "secrets stop working now. This cannot be undone.")
                  .arg(chosen.size())
                  .arg(names.join(u", "_s));
    MessageBox::confirm(
        this, tr("Delete agents"), text, tr("Delete"), this, [this, chosen](bool yes) {
            if (!yes)
                return;
            setWriting(true);
            auto remaining = std::make_shared<int>(int(chosen.size()));
            auto failed = std::make_shared<QStringList>();
            auto deleted = std::make_shared<QStringList>();
            for (const Agent &a : chosen) {
                m_api->deleteAgent(a.id).then(this, [this, a, remaining, failed, deleted](
                                                        const core::Result<core::NoContent> &r) {
                    if (r.ok() || r.error.isNotFound()) {
                        m_model->removeAgent(a.id);
                        deleted->append(a.id);
                    } else {
                        failed->append(tr("%1: %2").arg(a.name, describeError(r.error)));
                    }
                    if (--*remaining > 0)
                        return;
                    setWriting(false);
                    if (deleted->contains(m_current.id))
                        showAgent(Agent{});
                    if (failed->isEmpty())
                        showNote(tr("Deleted %n agent(s).", nullptr, int(deleted->size())));
                    else
                        showErrorText(
                            tr("Some agents were not deleted:\n%1").arg(failed->join(u'\n')));
                    Q_EMIT agentsDeleted(*deleted);
                });
            }
        });
}

void AgentsPane::chooseRoleForSelected()
{
    if (m_roleChoices.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Roles"));
    for (const auto &[id, name] : std::as_const(m_roleChoices)) {
        QAction *act = menu->addAction(name);
        connect(act, &QAction::triggered, this, [this, id] { assignRoleToSelected(id); });
    }
    menu->popup(m_assignButton->mapToGlobal(QPoint(0, m_assignButton->height())));
}

void AgentsPane::assignRoleToSelected(const QString &roleId)
{
    if (!m_api || m_writing || roleId.isEmpty())
        return;
    QList<core::EntityRef> refs;
    QStringList ids;
    // From the Roles tab: the agent in the editor; from the toolbar: every selected agent.
    QStringList selected = selectedAgentIds();
    if (selected.isEmpty() && !m_current.id.isEmpty())
        selected = {m_current.id};
    for (const QString &id : std::as_const(selected)) {
        const Agent a = m_model->agentAt(m_model->rowOf(id));
        refs.append(core::EntityRef{id, core::EntityRef::Type::Agent, a.name});
        ids << id;
    }
    if (refs.isEmpty())
        return;
    QString roleName = roleId;
    for (const auto &[id, name] : std::as_const(m_roleChoices)) {
        if (id == roleId)
            roleName = name;
    }
    setWriting(true);
    m_api->addRoleAssignments(roleId, refs)
        .then(this, [this, roleId, roleName, ids](const core::Result<core::NoContent> &r) {
            setWriting(false);
            if (!r.ok()) {
                showError(tr("Assigning %1").arg(roleName), r.error);
                return;
            }
            showNote(tr("Assigned %1 to %n agent(s).", nullptr, int(ids.size())).arg(roleName));
            loadAgentRoles();
            Q_EMIT rolesAssigned(roleId, ids);
        });
}

void AgentsPane::removeSelectedRole()
{
    if (!m_api || m_writing || !m_rolesList->currentItem() || m_current.id.isEmpty())
        return;
    const QString name = m_rolesList->currentItem()->text();
    QString roleId;
    for (const auto &[id, n] : std::as_const(m_roleChoices)) {
        if (n == name)
            roleId = id;
    }
    if (roleId.isEmpty())
        return;
    const Agent agent = m_current;
    MessageBox::confirm(
        this, tr("Remove role"),
        tr("Remove the role “%1” from %2? (A role held through a group stays until the agent "
           "leaves the group.)")
            .arg(name, agent.name),
        tr("Remove"), this, [this, roleId, name, agent](bool yes) {
            if (!yes)
                return;
            setWriting(true);
            m_api
                ->removeRoleAssignments(
                    roleId, {core::EntityRef{agent.id, core::EntityRef::Type::Agent, {}}})
                .then(this, [this, name, agent](const core::Result<core::NoContent> &r) {
                    setWriting(false);
                    if (!r.ok()) {
                        showError(tr("Removing %1").arg(name), r.error);
                        return;
                    }
                    showNote(tr("Removed %1 from %2.").arg(name, agent.name));
                    loadAgentRoles();
                });
        });
}

} // namespace tid::ui
