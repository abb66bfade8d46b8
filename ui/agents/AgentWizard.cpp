#include "ui/agents/AgentWizard.h"

#include "core/api/AdminApi.h"
#include "core/domain/FormRules.h"
#include "core/models/AgentsModel.h"
#include "core/models/EntityPickerModel.h"
#include "ui/widgets/StatusColor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using tid::core::Agent;
namespace grant = tid::core::grant;

namespace tid::ui {

namespace {

const QStringList AllGrants = {grant::ClientCredentials, grant::AuthorizationCode,
                               grant::RefreshToken, grant::Ciba, grant::TokenExchange};

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(StatusColor::textStyle(StatusColor::Name::Error, l->palette()));
    l->setAccessibleName(AgentWizard::tr("Problem"));
    l->hide();
    return l;
}

QSpinBox *lifetime(QWidget *parent, int value, const QString &name)
{
    auto *s = new QSpinBox(parent);
    s->setRange(60, 60 * 60 * 24 * 90);
    s->setSingleStep(300);
    s->setValue(value);
    s->setSuffix(AgentWizard::tr(" s"));
    s->setAccessibleName(name);
    return s;
}

} // namespace

AgentWizard::AgentWizard(const core::AdminApi *api, QWidget *parent)
    : QWizard(parent)
    , m_api(api)
    , m_users(new core::EntityPickerModel(api, this))
{
    setObjectName(u"agentWizard"_s);
    setWindowTitle(tr("New agent"));
    setAccessibleName(tr("New agent"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(IdentityPage, buildIdentityPage());
    setPage(KindPage, buildKindPage());
    setPage(AccessPage, buildAccessPage());
    setPage(TokensPage, buildTokensPage());
    setStartId(IdentityPage);
    resize(620, 480);
    loadChoices();
}

AgentWizard::~AgentWizard() = default;

QWizardPage *AgentWizard::buildIdentityPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Who is the agent?"));
    page->setSubTitle(tr("A machine identity with a person accountable for it."));
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"wizardName"_s);
    m_name->setAccessibleName(tr("Agent name"));
    m_name->setPlaceholderText(tr("Invoice Reconciler"));
    form->addRow(tr("&Name"), m_name);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(u"wizardDescription"_s);
    m_description->setAccessibleName(tr("Agent description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    form->addRow(tr("&Description"), m_description);
    m_owner = new QComboBox(page);
    m_owner->setObjectName(u"wizardOwner"_s);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("(the signed-in administrator)"), QString());
    m_owner->setToolTip(tr("The person accountable for the agent. It grants them no rights."));
    form->addRow(tr("&Owner"), m_owner);
    m_pageError[IdentityPage] = makeErrorLabel(page);
    form->addRow(m_pageError[IdentityPage]);
    return page;
}

QWizardPage *AgentWizard::buildKindPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("How does it act?"));
    page->setSubTitle(tr("The kind presets the grant types; adjust them if you need to."));
    auto *layout = new QVBoxLayout(page);
    m_kind = new QButtonGroup(page);
    const struct
    {
        Agent::Kind kind;
        QString label;
        QString help;
    } kinds[] = {
        {Agent::Kind::Autonomous, tr("&Autonomous"),
         tr("Acts as itself with client credentials (scheduled jobs, pipelines).")},
        {Agent::Kind::Interactive, tr("&Interactive"),
         tr("Acts for a signed-in user: authorization code with PKCE, refresh, CIBA.")},
        {Agent::Kind::Hybrid, tr("&Hybrid"),
         tr("Both: its own tasks and tasks on behalf of users, plus token exchange.")},
    };
    for (const auto &k : kinds) {
        auto *radio = new QRadioButton(k.label, page);
        radio->setObjectName(u"kind_"_s + Agent::kindName(k.kind));
        radio->setAccessibleName(Agent::kindName(k.kind));
        radio->setAccessibleDescription(k.help);
        m_kind->addButton(radio, int(k.kind));
        auto *help = new QLabel(k.help, page);
        help->setWordWrap(true);
        help->setIndent(24);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(radio);
        layout->addWidget(help);
    }
    m_kind->button(int(Agent::Kind::Autonomous))->setChecked(true);
    connect(m_kind, &QButtonGroup::idClicked, this, [this] { applyPreset(); });
    auto *grantsLabel = new QLabel(tr("Grant types"), page);
    QFont f = grantsLabel->font();
    f.setBold(true);
    grantsLabel->setFont(f);
    layout->addSpacing(6);
    layout->addWidget(grantsLabel);
    for (const QString &g : AllGrants) {
        auto *box = new QCheckBox(core::AgentsModel::grantLabel(g), page);
        box->setObjectName(u"grant_"_s + g.section(u':', -1));
        box->setProperty("grantType", g);
        box->setAccessibleName(tr("Grant %1").arg(core::AgentsModel::grantLabel(g)));
        box->setToolTip(g);
        m_grants << box;
        layout->addWidget(box);
    }
    auto *form = new QFormLayout;
    m_redirect = new QLineEdit(page);
    m_redirect->setObjectName(u"wizardRedirect"_s);
    m_redirect->setAccessibleName(tr("Redirect URI"));
    m_redirect->setPlaceholderText(u"https://agent.example.com/callback"_s);
    form->addRow(tr("&Redirect URI"), m_redirect);
    layout->addLayout(form);
    m_pageError[KindPage] = makeErrorLabel(page);
    layout->addWidget(m_pageError[KindPage]);
    layout->addStretch(1);
    applyPreset();
    return page;
}

QWizardPage *AgentWizard::buildAccessPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What may it reach?"));
    page->setSubTitle(tr("Its roles decide its scopes; the default audience is the resource "
                         "server its tokens are for when it does not ask for one."));
    auto *form = new QFormLayout(page);
    m_audience = new QComboBox(page);
    m_audience->setObjectName(u"wizardAudience"_s);
    m_audience->setAccessibleName(tr("Default audience"));
    m_audience->addItem(tr("(none)"), QString());
    form->addRow(tr("Default &audience"), m_audience);
    m_roles = new QListWidget(page);
    m_roles->setObjectName(u"wizardRoles"_s);
    m_roles->setAccessibleName(tr("Roles to assign"));
    form->addRow(tr("&Roles"), m_roles);
    m_pageError[AccessPage] = makeErrorLabel(page);
    form->addRow(m_pageError[AccessPage]);
    return page;
}

QWizardPage *AgentWizard::buildTokensPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Token lifetimes"));
    page->setSubTitle(tr("Shorter is safer; tokens cannot be recalled before they expire."));
    auto *form = new QFormLayout(page);
    m_clientTtl = lifetime(page, 3600, tr("Lifetime of the agent's own access tokens"));
    m_clientTtl->setObjectName(u"wizardClientTtl"_s);
    form->addRow(tr("Its own access tokens"), m_clientTtl);
    m_userTtl = lifetime(page, 900, tr("Lifetime of access tokens for users"));
    m_userTtl->setObjectName(u"wizardUserTtl"_s);
    form->addRow(tr("Access tokens for users"), m_userTtl);
    m_refreshTtl = lifetime(page, 86400, tr("Lifetime of refresh tokens"));
    m_refreshTtl->setObjectName(u"wizardRefreshTtl"_s);
    form->addRow(tr("Refresh tokens"), m_refreshTtl);
    m_error = makeErrorLabel(page);
    m_error->setObjectName(u"wizardError"_s);
    m_pageError[TokensPage] = m_error;
    form->addRow(m_error);
    return page;
}

void AgentWizard::loadChoices()
{
    if (!m_api)
        return;
    // Owners: people.
    m_users->setEntityType(core::EntityRef::Type::User);
    m_users->fetchAll();
    connect(m_users, &core::PagedTableModel::busyChanged, this, [this](bool busy) {
        if (busy)
            return;
        const QString chosen = m_owner->currentData().toString();
        while (m_owner->count() > 1)
            m_owner->removeItem(1);
        for (int r = 0; r < m_users->rowCount(); ++r) {
            const core::EntityRef u = m_users->entityAt(r);
            m_owner->addItem(u.display, u.id);
        }
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(chosen)));
    });
    m_api->listResourceServers(core::PageRequest::window(100))
        .then(this, [this](const core::Result<core::Page<core::ResourceServer>> &r) {
            for (const auto &rs : r.value.items)
                m_audience->addItem(tr("%1 (%2)").arg(rs.name, rs.identifier), rs.identifier);
        });
    m_api->listRoles(core::PageRequest::window(100))
        .then(this, [this](const core::Result<core::Page<core::Role>> &r) {
            for (const auto &role : r.value.items) {
                auto *item = new QListWidgetItem(role.name, m_roles);
                item->setData(Qt::UserRole, role.id);
                item->setToolTip(role.description);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        });
}

QStringList AgentWizard::presetGrants(Agent::Kind kind)
{
    switch (kind) {
    case Agent::Kind::Autonomous:
        return {grant::ClientCredentials};
    case Agent::Kind::Interactive:
        return {grant::AuthorizationCode, grant::RefreshToken, grant::Ciba};
    case Agent::Kind::Hybrid:
        return {grant::ClientCredentials, grant::AuthorizationCode, grant::RefreshToken,
                grant::Ciba, grant::TokenExchange};
    case Agent::Kind::Unknown:
        break;
    }
    return {};
}

void AgentWizard::setAgentKind(Agent::Kind kind)
{
    if (auto *b = m_kind->button(int(kind))) {
        b->setChecked(true);
        applyPreset();
    }
}

Agent::Kind AgentWizard::agentKind() const
{
    return Agent::Kind(m_kind->checkedId());
}

void AgentWizard::applyPreset()
{
    const QStringList preset = presetGrants(agentKind());
    for (QCheckBox *box : std::as_const(m_grants))
        box->setChecked(preset.contains(box->property("grantType").toString()));
    const bool delegated = agentKind() != Agent::Kind::Autonomous;
    m_redirect->setEnabled(delegated);
}

Agent AgentWizard::agent() const
{
    Agent a;
    a.name = m_name->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.owner = m_owner->currentData().toString();
    core::OAuthClientConfig oauth;
    for (QCheckBox *box : m_grants) {
        if (box->isChecked())
            oauth.grantTypes << box->property("grantType").toString();
    }
    const bool code = oauth.hasGrant(grant::AuthorizationCode);
    if (code) {
        oauth.responseTypes = {u"code"_s};
        oauth.pkceRequired = true;
    }
    if (!m_redirect->text().trimmed().isEmpty() && code)
        oauth.redirectUris = {m_redirect->text().trimmed()};
    oauth.tokenEndpointAuthMethod = u"client_secret_basic"_s;
    oauth.clientAccessTokenValidity = m_clientTtl->value();
    oauth.userAccessTokenValidity = m_userTtl->value();
    if (oauth.hasGrant(grant::RefreshToken))
        oauth.refreshTokenValidity = m_refreshTtl->value();
    oauth.defaultAudience = m_audience->currentData().toString();
    a.oauth = oauth;
    return a;
}

QStringList AgentWizard::selectedRoleIds() const
{
    QStringList ids;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            ids << m_roles->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

bool AgentWizard::validateCurrentPage()
{
    const int id = currentId();
    QString why;
    QWidget *field = nullptr;
    if (id == IdentityPage && m_name->text().trimmed().isEmpty()) {
        why = tr("The name is required.");
        field = m_name;
    } else if (id == KindPage) {
        const Agent a = agent();
        if (a.oauth->grantTypes.isEmpty()) {
            why = tr("Choose at least one grant type, or the agent cannot obtain tokens.");
        } else if (a.oauth->hasGrant(grant::AuthorizationCode)) {
            const QString uri = m_redirect->text().trimmed();
            if (uri.isEmpty()) {
                why = tr("Signing users in needs a redirect URI (where the agent receives the "
                         "authorization code).");
                field = m_redirect;
            } else if (!core::FormRules::isAbsoluteUri(uri)) {
                why = tr("The redirect URI must be an absolute URI, such as "
                         "https://agent.example.com/callback.");
                field = m_redirect;
            }
        }
    }
    if (id >= 0 && id < 4 && m_pageError[id]) {
        m_pageError[id]->setText(why);
        m_pageError[id]->setVisible(!why.isEmpty());
    }
    if (!why.isEmpty()) {
        if (field)
            field->setFocus();
        return false;
    }
    return true;
}

void AgentWizard::accept()
{
    // Finish: validate every page, then hand over; stay open until the server agreed.
    if (m_submitting)
        return;
    for (int id : {int(IdentityPage), int(KindPage)}) {
        if (currentId() != id) {
            // Pages already passed were validated on Next; recheck the essentials.
            if (id == IdentityPage && m_name->text().trimmed().isEmpty()) {
                m_error->setText(tr("The name is required (first page)."));
                m_error->show();
                return;
            }
        }
    }
    if (!validateCurrentPage())
        return;
    m_submitting = true;
    m_error->setText(tr("Creating…"));
    m_error->setStyleSheet(QString());
    m_error->show();
    for (int id : pageIds())
        page(id)->setEnabled(false);
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    Q_EMIT submitted(agent(), selectedRoleIds());
}

void AgentWizard::finishSucceeded()
{
    m_submitting = false;
    QWizard::accept();
}

void AgentWizard::finishFailed(const QString &message)
{
    m_submitting = false;
    for (int id : pageIds())
        page(id)->setEnabled(true);
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
    m_error->setStyleSheet(StatusColor::textStyle(StatusColor::Name::Error, m_error->palette()));
    m_error->setText(message);
    m_error->show();
}

} // namespace tid::ui
