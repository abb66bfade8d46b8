#include "ui/playground/PlaygroundPane.h"

#include "core/Logging.h"
#include "core/api/ServerApis.h"
#include "core/models/PlaygroundStepsModel.h"
#include "core/playground/FlowRunner.h"
#include "core/secrets/Keychain.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/StatusColor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

using core::PlaygroundStep;
using core::PlaygroundStepsModel;
using core::Scenario;

namespace {

enum HopColumn
{
    HopAgent,
    HopScopes,
    HopAudience,
    HopColumnCount
};

QStringList splitScopes(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

QString pre(const QString &text)
{
    return u"<pre style=\"white-space: pre-wrap\">"_s + text.toHtmlEscaped() + u"</pre>"_s;
}

} // namespace

QVariant PlaygroundStatusProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && index.column() == PlaygroundStepsModel::StatusColumn) {
        using S = PlaygroundStep::Status;
        const auto status =
            S(QIdentityProxyModel::data(index, PlaygroundStepsModel::StatusRole).toInt());
        const QPalette palette = QApplication::palette();
        switch (status) {
        case S::Succeeded:
            return StatusColor::color(StatusColor::Name::Success, palette);
        case S::Narrowed:
        case S::Refused:
        case S::Unsupported:
            return StatusColor::color(StatusColor::Name::Caution, palette);
        case S::Failed:
            return StatusColor::color(StatusColor::Name::Failure, palette);
        case S::Running:
        case S::Waiting:
            return StatusColor::color(StatusColor::Name::InProgress, palette);
        case S::Pending:
        case S::Skipped:
        case S::Stopped:
            return StatusColor::color(StatusColor::Name::Other, palette);
        }
    }
    return QIdentityProxyModel::data(index, role);
}

PlaygroundPane::PlaygroundPane(const core::ServerApis *apis, QWidget *parent)
    : AdminPane(parent)
    , m_apis(apis)
    , m_runner(new core::FlowRunner(this))
    , m_model(new PlaygroundStepsModel(this))
    , m_proxy(new PlaygroundStatusProxy(this))
{
    m_runner->setServerApis(apis);
    m_model->setRunner(m_runner);
    m_proxy->setSourceModel(m_model);
    buildUi();
    setScenario(Scenario::preset(Scenario::Flow::TokenExchange));
    connect(m_runner, &core::FlowRunner::started, this, [this] {
        setBusy(m_runner, true);
        updateButtons();
    });
    connect(m_runner, &core::FlowRunner::finished, this, [this](bool ok) {
        setBusy(m_runner, false);
        updateButtons();
        if (ok)
            showNote(tr("Every step succeeded."), MessageWidget::Type::Positive);
        else
            showNote(tr("The run did not go through: the first step that did not succeed says "
                        "why."),
                     MessageWidget::Type::Warning);
    });
    connect(m_runner, &core::FlowRunner::browserSignInRequested, this,
            &PlaygroundPane::browserSignInRequested);
    connect(m_runner, &core::FlowRunner::stepChanged, this, [this](int index) {
        const QModelIndex current = m_steps->currentIndex();
        if (current.isValid() && current.data(PlaygroundStepsModel::StepRole).toInt() == index)
            showDetail();
        updateButtons();
    });
    connect(m_runner, &core::FlowRunner::stepAdded, this, [this](int index) {
        if (index == 0)
            m_steps->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_runner, &core::FlowRunner::exchangeAdded, this, [this](int step) {
        const QModelIndex current = m_steps->currentIndex();
        if (current.isValid() && current.data(PlaygroundStepsModel::StepRole).toInt() == step)
            showDetail();
    });
    updateButtons();
}

PlaygroundPane::~PlaygroundPane() = default;

QString PlaygroundPane::secretPurpose(const QString &clientId)
{
    return u"agent-secret/"_s + clientId;
}

void PlaygroundPane::buildUi()
{
    filterEdit()->hide();
    m_flow = new QComboBox(this);
    m_flow->setObjectName(u"flowCombo"_s);
    for (Scenario::Flow f : {Scenario::Flow::ClientCredentials, Scenario::Flow::TokenExchange,
                             Scenario::Flow::Ciba, Scenario::Flow::AuthorizationCode})
        m_flow->addItem(Scenario::flowName(f), int(f));
    m_flow->setToolTip(tr("The flow to try; each fills in its steps below"));
    toolRow()->insertWidget(0, new QLabel(tr("Flow:"), this));
    toolRow()->insertWidget(1, m_flow);
    connect(m_flow, &QComboBox::activated, this,
            [this] { applyFlow(Scenario::Flow(m_flow->currentData().toInt())); });

    addRefreshAction(tr("Read the agents and resource servers again (F5)"));
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(u"openButton"_s);
    m_open->setToolTip(tr("Open a scenario file (JSON)"));
    m_save = new QPushButton(tr("Save…"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(tr("Save this scenario as a JSON file — without secrets or tokens"));
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(u"runButton"_s);
    m_run->setToolTip(tr("Run the flow against the connected server (Ctrl+Return)"));
    m_run->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setToolTip(tr("Abort the calls in flight and stop the run"));
    m_policyLabel = new QLabel(this);
    m_policyLabel->setObjectName(u"policyLabel"_s);
    m_policyLabel->hide();
    toolRow()->addWidget(m_policyLabel);
    for (QPushButton *b : {m_open, m_save, m_run, m_stop})
        toolRow()->addWidget(b);
    connect(m_run, &QPushButton::clicked, this, &PlaygroundPane::run);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPane::stop);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a playground scenario"),
                                                          {}, tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            openScenario(path);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the playground scenario"), u"scenario.json"_s, tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            saveScenario(path);
    });

    // --- the set-up ---
    auto *setup = new QWidget(this);
    auto *setupLayout = new QHBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);

    m_originBox = new QGroupBox(tr("Start"), setup);
    auto *origin = new QFormLayout(m_originBox);
    m_originAgent = new QComboBox(m_originBox);
    m_originAgent->setObjectName(u"originAgent"_s);
    m_originAgent->setEditable(true);
    m_originAgent->setMinimumContentsLength(18);
    m_originAgentLabel = new QLabel(tr("&Agent:"), m_originBox);
    m_originAgentLabel->setBuddy(m_originAgent);
    origin->addRow(m_originAgentLabel, m_originAgent);
    m_originScopes = new QLineEdit(m_originBox);
    m_originScopes->setObjectName(u"originScopes"_s);
    m_originScopes->setPlaceholderText(tr("scopes, space-separated"));
    origin->addRow(tr("&Scopes:"), m_originScopes);
    m_originAudience = new QComboBox(m_originBox);
    m_originAudience->setObjectName(u"originAudience"_s);
    m_originAudience->setEditable(true);
    m_originAudience->setToolTip(tr("The resource server the token is for (RFC 8707 resource)"));
    origin->addRow(tr("Au&dience:"), m_originAudience);
    m_user = new QLineEdit(m_originBox);
    m_user->setObjectName(u"cibaUser"_s);
    m_user->setPlaceholderText(tr("username, user id or e-mail"));
    m_userLabel = new QLabel(tr("&User:"), m_originBox);
    m_userLabel->setBuddy(m_user);
    origin->addRow(m_userLabel, m_user);
    m_binding = new QLineEdit(m_originBox);
    m_binding->setObjectName(u"bindingMessage"_s);
    m_binding->setPlaceholderText(tr("shown on the approving device (made up if empty)"));
    m_bindingLabel = new QLabel(tr("&Binding message:"), m_originBox);
    m_bindingLabel->setBuddy(m_binding);
    origin->addRow(m_bindingLabel, m_binding);
    m_checkAudience = new QComboBox(m_originBox);
    m_checkAudience->setObjectName(u"checkAudience"_s);
    m_checkAudience->setEditable(true);
    m_checkAudience->setToolTip(
        tr("After the last step, present its token to this resource server (audience locking); "
           "empty: no check"));
    origin->addRow(tr("&Then present to:"), m_checkAudience);
    setupLayout->addWidget(m_originBox, 3);

    m_hopsBox = new QGroupBox(tr("Exchange hops (RFC 8693)"), setup);
    auto *hopsLayout = new QVBoxLayout(m_hopsBox);
    m_hops = new QTableWidget(0, HopColumnCount, m_hopsBox);
    m_hops->setObjectName(u"hopsTable"_s);
    m_hops->setAccessibleName(tr("Exchange hops"));
    m_hops->setAccessibleDescription(
        tr("One row per token exchange: the agent that exchanges, the scopes it asks for and the "
           "audience"));
    m_hops->setHorizontalHeaderLabels({tr("Agent"), tr("Scopes"), tr("Audience")});
    m_hops->horizontalHeader()->setStretchLastSection(true);
    m_hops->horizontalHeader()->setSectionResizeMode(HopScopes, QHeaderView::Stretch);
    m_hops->verticalHeader()->setVisible(true);
    m_hops->setWordWrap(false);
    m_hops->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hops->setTabKeyNavigation(false); // Tab goes on to the next control; arrows and F2 edit
    hopsLayout->addWidget(m_hops);
    auto *hopButtons = new QHBoxLayout;
    m_addHop = new QPushButton(tr("Add hop"), m_hopsBox);
    m_addHop->setObjectName(u"addHopButton"_s);
    m_removeHop = new QPushButton(tr("Remove hop"), m_hopsBox);
    m_removeHop->setObjectName(u"removeHopButton"_s);
    hopButtons->addWidget(m_addHop);
    hopButtons->addWidget(m_removeHop);
    hopButtons->addStretch(1);
    hopsLayout->addLayout(hopButtons);
    connect(m_addHop, &QPushButton::clicked, this, [this] {
        // A new hop hands on what the previous one holds, to the same audience.
        Scenario::Hop hop;
        const Scenario s = scenario();
        const Scenario::Hop &previous = s.hops.isEmpty() ? s.origin : s.hops.last();
        hop.scopes = previous.scopes;
        hop.scopes.removeAll(u"openid"_s);
        hop.audience = previous.audience;
        addHopRow(hop);
        rebuildSecrets();
    });
    connect(m_removeHop, &QPushButton::clicked, this, [this] {
        const int row = m_hops->currentRow() >= 0 ? m_hops->currentRow() : m_hops->rowCount() - 1;
        if (row >= 0)
            m_hops->removeRow(row);
        rebuildSecrets();
    });
    connect(m_hops, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_applying && item->column() == HopAgent)
            rebuildSecrets();
    });
    // The hops above the secrets they need: two columns, so that the pane fits a narrow window.
    auto *hopsAndSecrets = new QVBoxLayout;
    hopsAndSecrets->addWidget(m_hopsBox, 3);
    setupLayout->addLayout(hopsAndSecrets, 5);

    m_secretsBox = new QGroupBox(tr("Secrets (kept in memory)"), setup);
    m_secretsBox->setToolTip(tr("Never saved in a scenario. Tick “Keep in the keychain” to find "
                                "a secret again next time."));
    m_secretsForm = new QFormLayout(m_secretsBox);
    hopsAndSecrets->addWidget(m_secretsBox, 2);

    connect(m_originAgent, &QComboBox::currentTextChanged, this, [this] {
        if (!m_applying)
            rebuildSecrets();
    });

    // --- the run ---
    m_steps = new QTreeView(this);
    m_steps->setObjectName(u"stepsView"_s);
    m_steps->setModel(m_proxy);
    m_steps->setUniformRowHeights(true);
    m_steps->setAlternatingRowColors(true);
    // Sized for the window at 1,180 px, where the steps share the width with the HTTP view:
    // the result (its whole text in the tooltip) takes the rest, without sideways scrolling.
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setMinimumSectionSize(40);
    m_steps->header()->resizeSection(PlaygroundStepsModel::StepColumn, 190);
    m_steps->header()->resizeSection(PlaygroundStepsModel::StatusColumn, 110);
    m_steps->header()->resizeSection(PlaygroundStepsModel::TimeColumn, 55);
    m_steps->header()->setSectionResizeMode(PlaygroundStepsModel::ResultColumn,
                                            QHeaderView::Stretch);
    m_steps->setAccessibleName(tr("Steps of the run"));
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showDetail();
        updateButtons();
    });

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailTools = new QHBoxLayout;
    m_reveal = new QCheckBox(tr("&Reveal secrets and tokens"), detailPane);
    m_reveal->setObjectName(u"revealCheck"_s);
    m_copyCurl = new QPushButton(tr("Copy as &curl"), detailPane);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyCurl->setToolTip(tr("The request as a curl command; secrets and tokens become shell "
                              "variables such as $CLIENT_SECRET"));
    m_inspect = new QPushButton(tr("Open in &Inspector"), detailPane);
    m_inspect->setObjectName(u"inspectButton"_s);
    m_inspect->setToolTip(tr("Verify and read the token this step produced"));
    detailTools->addWidget(m_reveal);
    detailTools->addStretch(1);
    detailTools->addWidget(m_copyCurl);
    detailTools->addWidget(m_inspect);
    detailLayout->addLayout(detailTools);
    m_detail = new QTextBrowser(detailPane);
    m_detail->setObjectName(u"exchangeView"_s);
    m_detail->setAccessibleName(tr("HTTP exchanges of the selected step"));
    m_detail->setOpenLinks(false);
    detailLayout->addWidget(m_detail, 1);
    connect(m_reveal, &QCheckBox::toggled, this, &PlaygroundPane::showDetail);
    connect(m_copyCurl, &QPushButton::clicked, this, &PlaygroundPane::copyCurl);
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_steps->currentIndex();
        if (!current.isValid())
            return;
        const int step = current.data(PlaygroundStepsModel::StepRole).toInt();
        if (step < m_model->stepCount() && !m_model->step(step).token.isEmpty())
            Q_EMIT openInInspector(m_model->step(step).token);
    });

    auto *runSplit = new QSplitter(Qt::Horizontal, this);
    runSplit->addWidget(m_steps);
    runSplit->addWidget(detailPane);
    runSplit->setStretchFactor(0, 3);
    runSplit->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(setup);
    split->addWidget(runSplit);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    body()->addWidget(split, 1);
}

void PlaygroundPane::setKeychain(core::Keychain *keychain, std::function<QString()> profile)
{
    m_keychain = keychain;
    m_profile = std::move(profile);
    rebuildSecrets();
}

void PlaygroundPane::setSessionAuth(const core::ClientAuth &auth)
{
    m_sessionAuth = auth;
    rebuildSecrets();
}

void PlaygroundPane::setPolicy(const core::ChainPolicy &policy)
{
    m_runner->setPolicy(policy);
    m_policyLabel->setVisible(policy.isValid());
    m_policyLabel->setText(tr("Chain policy: %1").arg(QFileInfo(policy.path()).fileName()));
    m_policyLabel->setToolTip(tr("Every token a run produces is checked against the chain policy "
                                 "loaded in the Inspector (Chain policy…); each step says "
                                 "whether it holds."));
}

void PlaygroundPane::setAdministrator(bool administrator)
{
    m_administrator = administrator;
    refresh();
}

void PlaygroundPane::refresh()
{
    loadCatalog();
}

void PlaygroundPane::loadCatalog()
{
    if (!m_apis || !m_administrator)
        return;
    // The first hundred of each: enough to pick from; anything else can be typed.
    m_apis->admin()
        .listAgents(core::PageRequest::window(100))
        .then(this, [this](const core::Result<core::Page<core::Agent>> &r) {
            if (!r.ok())
                return;
            QStringList ids;
            for (const core::Agent &a : r.value.items) {
                if (!a.effectiveClientId().isEmpty())
                    ids << a.effectiveClientId();
            }
            ids.sort(Qt::CaseInsensitive);
            m_agentChoices = ids;
            fillChoices(m_originAgent, m_agentChoices);
        });
    m_apis->admin()
        .listResourceServers(core::PageRequest::window(100))
        .then(this, [this](const core::Result<core::Page<core::ResourceServer>> &r) {
            if (!r.ok())
                return;
            QStringList ids;
            for (const core::ResourceServer &rs : r.value.items)
                ids << rs.identifier;
            ids.sort(Qt::CaseInsensitive);
            m_audienceChoices = ids;
            fillChoices(m_originAudience, m_audienceChoices);
            fillChoices(m_checkAudience, QStringList{QString()} + m_audienceChoices);
        });
}

void PlaygroundPane::fillChoices(QComboBox *combo, const QStringList &items)
{
    const QString text = combo->currentText();
    const bool applying = std::exchange(m_applying, true);
    combo->clear();
    combo->addItems(items);
    combo->setCurrentText(text);
    m_applying = applying;
}

void PlaygroundPane::addHopRow(const Scenario::Hop &hop)
{
    const bool applying = std::exchange(m_applying, true);
    const int row = m_hops->rowCount();
    m_hops->insertRow(row);
    m_hops->setItem(row, HopAgent, new QTableWidgetItem(hop.agent));
    m_hops->setItem(row, HopScopes, new QTableWidgetItem(hop.scopes.join(u' ')));
    m_hops->setItem(row, HopAudience, new QTableWidgetItem(hop.audience));
    m_applying = applying;
}

Scenario PlaygroundPane::scenario() const
{
    Scenario s;
    s.flow = Scenario::Flow(m_flow->currentData().toInt());
    s.origin.agent = m_originAgent->currentText().trimmed();
    s.origin.scopes = splitScopes(m_originScopes->text());
    s.origin.audience = m_originAudience->currentText().trimmed();
    if (s.flow == Scenario::Flow::Ciba) {
        s.user = m_user->text().trimmed();
        s.bindingMessage = m_binding->text();
    }
    if (s.flow != Scenario::Flow::ClientCredentials) {
        for (int row = 0; row < m_hops->rowCount(); ++row) {
            const auto text = [this, row](int column) {
                const QTableWidgetItem *item = m_hops->item(row, column);
                return item ? item->text().trimmed() : QString();
            };
            s.hops.append({text(HopAgent), splitScopes(text(HopScopes)), text(HopAudience)});
        }
    }
    s.checkAudience = m_checkAudience->currentText().trimmed();
    return s;
}

void PlaygroundPane::setScenario(const Scenario &s)
{
    const bool applying = std::exchange(m_applying, true);
    m_flow->setCurrentIndex(m_flow->findData(int(s.flow)));
    m_originAgent->setCurrentText(s.origin.agent);
    m_originScopes->setText(s.origin.scopes.join(u' '));
    m_originAudience->setCurrentText(s.origin.audience);
    m_user->setText(s.user);
    m_binding->setText(s.bindingMessage);
    m_hops->setRowCount(0);
    for (const Scenario::Hop &h : s.hops)
        addHopRow(h);
    m_checkAudience->setCurrentText(s.checkAudience);
    const bool ciba = s.flow == Scenario::Flow::Ciba;
    const bool signIn = s.flow == Scenario::Flow::AuthorizationCode;
    auto *form = qobject_cast<QFormLayout *>(m_originBox->layout());
    form->setRowVisible(m_user, ciba);
    form->setRowVisible(m_binding, ciba);
    m_originAgentLabel->setText(signIn ? tr("Sign-in &client:") : tr("&Agent:"));
    m_originAgent->setToolTip(signIn ? tr("The public client the user signs in to (ThunderID's "
                                          "CONSOLE by default)")
                                     : tr("The agent that starts the flow (its client id)"));
    m_hopsBox->setVisible(s.flow != Scenario::Flow::ClientCredentials);
    m_hopsBox->setTitle(signIn ? tr("On-behalf-of: the agent exchanges the user's token, then "
                                    "any further hops")
                               : tr("Exchange hops (RFC 8693)"));
    m_applying = applying;
    rebuildSecrets();
    updateButtons();
}

void PlaygroundPane::applyFlow(Scenario::Flow flow)
{
    Scenario s = scenario();
    const Scenario preset = Scenario::preset(flow);
    const bool wasSignIn = s.flow == Scenario::Flow::AuthorizationCode;
    s.flow = flow;
    if (flow == Scenario::Flow::AuthorizationCode && !wasSignIn) {
        // The agent that started now acts on the user's behalf.
        if (s.hops.isEmpty() || s.hops.first().agent != s.origin.agent)
            s.hops.prepend({s.origin.agent, s.origin.scopes, s.origin.audience});
        s.origin.agent = preset.origin.agent;
    } else if (flow != Scenario::Flow::AuthorizationCode && wasSignIn) {
        s.origin.agent = s.hops.isEmpty() ? QString() : s.hops.takeFirst().agent;
    }
    if ((flow == Scenario::Flow::Ciba || flow == Scenario::Flow::AuthorizationCode) &&
        !s.origin.scopes.contains(u"openid"_s))
        s.origin.scopes.prepend(u"openid"_s);
    if (flow == Scenario::Flow::ClientCredentials || flow == Scenario::Flow::TokenExchange)
        s.origin.scopes.removeAll(u"openid"_s);
    // Hops nobody filled in do not travel to another flow (CIBA and client credentials need
    // none; the exchange flows get a fresh one below).
    s.hops.removeIf([](const Scenario::Hop &h) { return h.agent.isEmpty(); });
    if (flow == Scenario::Flow::TokenExchange && s.hops.isEmpty())
        s.hops.append({QString(), s.origin.scopes, s.origin.audience});
    setScenario(s);
}

void PlaygroundPane::rebuildSecrets()
{
    if (m_applying)
        return;
    // Keep what was typed across the rebuild.
    QHash<QString, QString> typed;
    QHash<QString, bool> keep;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        typed.insert(it.key(), it.value()->text());
        keep.insert(it.key(), m_keepChecks.value(it.key())->isChecked());
    }
    while (m_secretsForm->rowCount() > 0)
        m_secretsForm->removeRow(0);
    m_secretEdits.clear();
    m_keepChecks.clear();
    const QStringList agents = scenario().agentsNeedingSecrets();
    const bool keychain = m_keychain && m_profile && !m_profile().isEmpty();
    for (const QString &agent : agents) {
        auto *row = new QWidget(m_secretsBox);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(row);
        edit->setObjectName(QString(u"secret:"_s + agent));
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(tr("Client secret of %1").arg(agent));
        edit->setText(typed.value(agent));
        if (agent == m_sessionAuth.clientId && !m_sessionAuth.clientSecret.isEmpty())
            edit->setPlaceholderText(tr("the console's own connection"));
        else if (m_keychainSecrets.contains(agent))
            edit->setPlaceholderText(tr("kept in the keychain"));
        else
            edit->setPlaceholderText(tr("client secret"));
        auto *keepBox = new QCheckBox(tr("Keep in the keychain"), row);
        keepBox->setObjectName(QString(u"keep:"_s + agent));
        keepBox->setVisible(keychain);
        keepBox->setChecked(keep.value(agent, m_keychainSecrets.contains(agent)));
        layout->addWidget(edit, 1);
        layout->addWidget(keepBox);
        m_secretsForm->addRow(agent, row);
        m_secretEdits.insert(agent, edit);
        m_keepChecks.insert(agent, keepBox);
        if (keychain && !m_keychainSecrets.contains(agent))
            readKeychainSecret(agent);
    }
    if (agents.isEmpty())
        m_secretsForm->addRow(new QLabel(tr("No agent needs a secret yet."), m_secretsBox));
}

void PlaygroundPane::readKeychainSecret(const QString &clientId)
{
    const QString profile = m_profile ? m_profile() : QString();
    if (!m_keychain || profile.isEmpty())
        return;
    m_keychain->read(profile, secretPurpose(clientId), this,
                     [this, clientId](const core::KeychainResult &r) {
                         if (!r.ok || r.secret.isEmpty())
                             return;
                         m_keychainSecrets.insert(clientId, r.secret);
                         if (QLineEdit *edit = m_secretEdits.value(clientId)) {
                             edit->setPlaceholderText(tr("kept in the keychain"));
                             m_keepChecks.value(clientId)->setChecked(true);
                         }
                     });
}

void PlaygroundPane::setSecretText(const QString &clientId, const QString &secret)
{
    if (QLineEdit *edit = m_secretEdits.value(clientId))
        edit->setText(secret);
}

QString PlaygroundPane::secretFor(const QString &clientId) const
{
    const QLineEdit *edit = m_secretEdits.value(clientId);
    if (edit && !edit->text().isEmpty())
        return edit->text();
    if (m_keychainSecrets.contains(clientId))
        return m_keychainSecrets.value(clientId);
    if (clientId == m_sessionAuth.clientId)
        return m_sessionAuth.clientSecret;
    return {};
}

void PlaygroundPane::run()
{
    if (m_runner->isRunning())
        return;
    clearMessage();
    const Scenario s = scenario();
    const QString profile = m_profile ? m_profile() : QString();
    m_runner->clearSecrets();
    for (const QString &agent : s.agentsNeedingSecrets()) {
        const QString secret = secretFor(agent);
        m_runner->setSecret(agent, secret);
        const QCheckBox *keepBox = m_keepChecks.value(agent);
        const QLineEdit *edit = m_secretEdits.value(agent);
        if (m_keychain && !profile.isEmpty() && keepBox && keepBox->isChecked() && edit &&
            !edit->text().isEmpty() && m_keychainSecrets.value(agent) != edit->text()) {
            m_keychainSecrets.insert(agent, edit->text());
            m_keychain->write(profile, secretPurpose(agent), edit->text(), this,
                              [this, agent](const core::KeychainResult &r) {
                                  if (!r.ok)
                                      showErrorText(tr("The keychain did not keep the secret of "
                                                       "%1: %2")
                                                        .arg(agent, r.error));
                              });
        }
    }
    QString error;
    if (!m_runner->start(s, &error))
        showErrorText(error);
}

void PlaygroundPane::stop()
{
    m_runner->stop();
}

bool PlaygroundPane::saveScenario(const QString &path)
{
    QString error;
    if (!scenario().save(path, &error)) {
        showErrorText(tr("The scenario was not saved: %1").arg(error));
        return false;
    }
    showNote(tr("Saved to %1 (no secrets or tokens).").arg(path), MessageWidget::Type::Positive);
    return true;
}

bool PlaygroundPane::openScenario(const QString &path)
{
    QString error;
    const Scenario s = Scenario::load(path, &error);
    if (!error.isEmpty()) {
        showErrorText(tr("%1 is not a scenario the playground can open: %2").arg(path, error));
        return false;
    }
    setScenario(s);
    return true;
}

QString PlaygroundPane::curlForCurrent() const
{
    const QModelIndex current = m_proxy->mapToSource(m_steps->currentIndex());
    const core::HttpExchange *x = m_model->exchangeFor(current);
    return x ? x->toCurl(m_runner->valuesToMask()) : QString();
}

void PlaygroundPane::copyCurl()
{
    const QString curl = curlForCurrent();
    if (curl.isEmpty())
        return;
    QApplication::clipboard()->setText(curl);
    showNote(tr("Copied as curl; set the variables it names before running it."),
             MessageWidget::Type::Information);
}

void PlaygroundPane::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_open->setEnabled(!running);
    const QModelIndex current = m_steps->currentIndex();
    const int step = current.isValid() ? current.data(PlaygroundStepsModel::StepRole).toInt() : -1;
    m_inspect->setEnabled(step >= 0 && step < m_model->stepCount() &&
                          !m_model->step(step).token.isEmpty());
    m_copyCurl->setEnabled(m_model->exchangeFor(m_proxy->mapToSource(current)) != nullptr);
}

void PlaygroundPane::showDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_steps->currentIndex());
    if (!current.isValid()) {
        m_detail->setHtml(tr("<p>Pick a flow, fill in the agents, scopes and audience, and "
                             "<b>Run</b>. Each step appears here with its HTTP exchange.</p>"));
        return;
    }
    const int stepRow = current.data(PlaygroundStepsModel::StepRole).toInt();
    const PlaygroundStep &s = m_model->step(stepRow);
    const bool reveal = m_reveal->isChecked();
    const QStringList mask = m_runner->valuesToMask();
    QString html = u"<h3>%1</h3>"_s.arg(tr("%1. %2").arg(stepRow + 1).arg(s.title).toHtmlEscaped());
    html += u"<p><b>%1</b> — %2</p>"_s.arg(PlaygroundStep::statusName(s.status).toHtmlEscaped(),
                                           s.summary.toHtmlEscaped());
    if (!s.explanation.isEmpty())
        html += u"<p style=\"%1\">%2</p>"_s.arg(
            StatusColor::textStyle(s.status == PlaygroundStep::Status::Failed
                                       ? StatusColor::Name::Error
                                       : StatusColor::Name::Caution,
                                   palette()),
            s.explanation.toHtmlEscaped());
    if (!s.detail.isEmpty())
        html += pre(s.detail);
    const core::HttpExchange *x = m_model->exchangeFor(current);
    if (x) {
        const int count = m_model->rowCount(m_model->stepIndex(stepRow));
        const int which = current.data(PlaygroundStepsModel::ExchangeRole).toInt();
        html += u"<h4>%1</h4>"_s.arg(
            (count > 1 ? tr("Request %1 of %2 · %3 · %4")
                             .arg(which < 0 ? count : which + 1)
                             .arg(count)
                             .arg(x->startedAt.toLocalTime().toString(u"HH:mm:ss"_s),
                                  PlaygroundStepsModel::formatElapsed(x->elapsedMs))
                       : tr("Request · %1 · %2")
                             .arg(x->startedAt.toLocalTime().toString(u"HH:mm:ss"_s),
                                  PlaygroundStepsModel::formatElapsed(x->elapsedMs)))
                .toHtmlEscaped());
        html += pre(x->requestText(reveal, mask));
        html += u"<h4>%1</h4>"_s.arg(tr("Response · %1").arg(x->statusLine()).toHtmlEscaped());
        html += pre(x->responseText(reveal, mask));
    }
    m_detail->setHtml(html);
}

void PlaygroundPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        showDetail();
    AdminPane::changeEvent(event);
}

} // namespace tid::ui
