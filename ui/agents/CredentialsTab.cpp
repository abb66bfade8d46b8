#include "ui/agents/CredentialsTab.h"

#include "core/api/AdminApi.h"
#include "core/api/AdminExtensionsApi.h"
#include "core/models/CredentialsModel.h"
#include "ui/agents/SecretReveal.h"
#include "ui/widgets/AdminPane.h"
#include "ui/widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

// ThunderID's console makes a regenerated secret from 32 random bytes, base64url, no padding.
QString newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool usesSecret(const core::Agent &a)
{
    if (!a.oauth)
        return false;
    const QString m = a.oauth->tokenEndpointAuthMethod;
    return !a.oauth->publicClient && m != "private_key_jwt"_L1 && m != "none"_L1;
}

} // namespace

CredentialsTab::CredentialsTab(const core::AdminApi *admin,
                               const core::AdminExtensionsApi *extensions, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_extensions(extensions)
    , m_model(new core::CredentialsModel(extensions, this))
    , m_proxy(new core::CredentialFilterProxy(this))
    , m_reveal(new SecretReveal(this))
    , m_summary(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_graceLabel(new QLabel(tr("Old secret keeps working for"), this))
    , m_grace(new QSpinBox(this))
    , m_rotate(new QPushButton(this))
    , m_revoke(new QPushButton(tr("Revoke all…"), this))
    , m_table(new QTableView(this))
    , m_noMetadata(new QLabel(this))
{
    setObjectName(u"credentialsTab"_s);
    setAccessibleName(tr("Credentials"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reveal);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"credentialsSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_mode->setWordWrap(true);
    m_mode->setObjectName(u"credentialsMode"_s);
    m_mode->setAccessibleName(tr("How rotation works on this server"));
    layout->addWidget(m_mode);

    auto *row = new QHBoxLayout;
    m_grace->setObjectName(u"graceSeconds"_s);
    m_grace->setAccessibleName(tr("Grace period in seconds"));
    m_grace->setRange(0, 2592000);
    m_grace->setValue(3600);
    m_grace->setSuffix(tr(" s"));
    m_grace->setToolTip(tr("How long secrets issued before the rotation keep working (0: they "
                           "stop at once). Up to 30 days."));
    m_graceLabel->setBuddy(m_grace);
    m_rotate->setObjectName(u"rotateButton"_s);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_revoke->setAccessibleName(tr("Revoke every secret and token of the agent"));
    row->addWidget(m_graceLabel);
    row->addWidget(m_grace);
    row->addStretch(1);
    row->addWidget(m_rotate);
    row->addWidget(m_revoke);
    layout->addLayout(row);
    connect(m_rotate, &QPushButton::clicked, this, &CredentialsTab::rotate);
    connect(m_revoke, &QPushButton::clicked, this, &CredentialsTab::revoke);

    m_table->setObjectName(u"credentialsTable"_s);
    m_table->setAccessibleName(tr("Client secrets (metadata)"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::CredentialsModel::CreatedColumn, Qt::DescendingOrder);
    AdminPane::compactRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(core::CredentialsModel::IdColumn, true);
    m_table->setColumnWidth(core::CredentialsModel::StatusColumn, 150);
    m_table->setColumnWidth(core::CredentialsModel::CreatedColumn, 120);
    m_table->setColumnWidth(core::CredentialsModel::LastUsedColumn, 120);
    layout->addWidget(m_table, 1);
    m_noMetadata->setWordWrap(true);
    m_noMetadata->setForegroundRole(QPalette::PlaceholderText);
    m_noMetadata->setAlignment(Qt::AlignCenter);
    m_noMetadata->setText(tr("This server does not list the secrets' metadata (no credentials "
                             "extension): only the current secret exists."));
    layout->addWidget(m_noMetadata, 1);

    connect(m_model, &core::PagedTableModel::busyChanged, this, &CredentialsTab::busyChanged);
    connect(m_model, &core::PagedTableModel::errorOccurred, this,
            [this](const core::ApiError &e) { Q_EMIT errorOccurred(tr("Loading secrets"), e); });
    m_model->setAvailable(m_extension); // until the server's discovery says otherwise
    updateState();
}

CredentialsTab::~CredentialsTab() = default;

void CredentialsTab::setCredentialsExtension(bool available)
{
    m_extension = available;
    m_model->setAvailable(available);
    m_model->reload();
    if (available)
        m_model->setAgentId(m_agent.id);
    updateState();
}

void CredentialsTab::setAgent(const core::Agent &agent)
{
    const bool other = agent.id != m_agent.id;
    m_agent = agent;
    if (other) {
        m_reveal->dismiss(); // a secret is shown for its own agent only
        if (m_extension)
            m_model->setAgentId(agent.id);
    }
    updateState();
}

void CredentialsTab::reload()
{
    if (m_extension)
        m_model->setAgentId(m_agent.id);
}

void CredentialsTab::updateState()
{
    const bool has = !m_agent.id.isEmpty();
    const bool secret = has && usesSecret(m_agent);
    if (!has)
        m_summary->setText(tr("Select an agent."));
    else if (!m_agent.oauth)
        m_summary->setText(
            tr("%1 has no OAuth profile, so it has no client secret.").arg(m_agent.name));
    else if (!secret)
        m_summary->setText(tr("%1 (client id %2) authenticates without a client secret (%3).")
                               .arg(m_agent.name, m_agent.effectiveClientId(),
                                    m_agent.oauth->tokenEndpointAuthMethod));
    else
        m_summary->setText(tr("%1 authenticates with client id %2 and a client secret (%3).")
                               .arg(m_agent.name, m_agent.effectiveClientId(),
                                    m_agent.oauth->tokenEndpointAuthMethod.isEmpty()
                                        ? u"client_secret_basic"_s
                                        : m_agent.oauth->tokenEndpointAuthMethod));
    if (m_extension) {
        m_mode->setText(tr("Rotation with a grace period: the new secret works at once, older "
                           "ones keep working until the grace period ends."));
        m_rotate->setText(tr("Rotate secret…"));
        m_rotate->setAccessibleName(tr("Rotate the client secret"));
    } else {
        m_mode->setText(tr("This server has no rotation with a grace period (no credentials "
                           "extension). Regenerating replaces the secret: the old secret stops "
                           "working immediately."));
        m_rotate->setText(tr("Regenerate secret…"));
        m_rotate->setAccessibleName(tr("Regenerate the client secret"));
    }
    m_graceLabel->setVisible(m_extension);
    m_grace->setVisible(m_extension);
    m_revoke->setVisible(m_extension);
    m_table->setVisible(m_extension);
    m_noMetadata->setVisible(!m_extension);
    m_rotate->setEnabled(secret && !m_writing && m_admin);
    m_revoke->setEnabled(secret && !m_writing && m_extensions);
    m_grace->setEnabled(secret && !m_writing);
}

void CredentialsTab::setWriting(bool writing)
{
    m_writing = writing;
    updateState();
    Q_EMIT busyChanged(writing);
}

void CredentialsTab::revealSecret(const QString &secret, const QString &note)
{
    m_reveal->showSecret(m_agent.effectiveClientId(), secret, note);
}

void CredentialsTab::rotate()
{
    if (m_writing || m_agent.id.isEmpty())
        return;
    if (m_extension)
        rotateWithExtension();
    else
        regenerate();
}

void CredentialsTab::rotateWithExtension()
{
    const int grace = m_grace->value();
    const core::Agent agent = m_agent;
    const QString text =
        grace > 0 ? tr("Create a new secret for %1? The current secret keeps working for %n "
                       "second(s), then stops.",
                       nullptr, grace)
                        .arg(agent.name)
                  : tr("Create a new secret for %1? The current secret stops working "
                       "immediately.")
                        .arg(agent.name);
    MessageBox::confirm(
        this, tr("Rotate secret"), text, tr("Rotate"), this, [this, grace, agent](bool yes) {
            if (!yes || !m_extensions)
                return;
            setWriting(true);
            m_extensions->rotateCredential(agent.id, grace)
                .then(this, [this, agent](const core::Result<core::RotatedCredential> &r) {
                    setWriting(false);
                    if (!r.ok()) {
                        Q_EMIT errorOccurred(tr("Rotating the secret of %1").arg(agent.name),
                                             r.error);
                        return;
                    }
                    if (agent.id != m_agent.id)
                        return;
                    const QString note =
                        r.value.graceSeconds > 0 && r.value.previousSecretsExpireAt.isValid()
                            ? tr("Older secrets keep working until %1.")
                                  .arg(QLocale().toString(
                                      r.value.previousSecretsExpireAt.toLocalTime(),
                                      QLocale::ShortFormat))
                            : tr("Older secrets no longer work.");
                    revealSecret(r.value.clientSecret, note);
                    m_model->reload();
                    Q_EMIT message(tr("New secret for %1 created.").arg(agent.name));
                    Q_EMIT rotated();
                });
        });
}

void CredentialsTab::regenerate()
{
    const core::Agent agent = m_agent;
    MessageBox::confirm(
        this, tr("Regenerate secret"),
        tr("Replace the secret of %1? The old secret stops working immediately: every program "
           "using it fails until it gets the new one. Tokens already issued stay valid until "
           "they expire.")
            .arg(agent.name),
        tr("Regenerate"), this, [this, agent](bool yes) {
            if (!yes || !m_admin)
                return;
            setWriting(true);
            // PUT is a full replacement: start from the server's current agent.
            m_admin->getAgent(agent.id).then(this, [this, agent](
                                                       const core::Result<core::Agent> &current) {
                if (!current.ok() || !current.value.oauth) {
                    setWriting(false);
                    Q_EMIT errorOccurred(tr("Regenerating the secret of %1").arg(agent.name),
                                         current.error);
                    return;
                }
                core::Agent update = current.value;
                const QString secret = newSecret();
                update.oauth->newClientSecret = secret;
                m_admin->updateAgent(update).then(
                    this, [this, agent, secret](const core::Result<core::Agent> &r) {
                        setWriting(false);
                        if (!r.ok()) {
                            Q_EMIT errorOccurred(
                                tr("Regenerating the secret of %1").arg(agent.name), r.error);
                            return;
                        }
                        core::Agent saved = r.value;
                        const QString shown = saved.oauth && !saved.oauth->clientSecret.isEmpty()
                                                  ? saved.oauth->clientSecret
                                                  : secret;
                        if (saved.oauth)
                            saved.oauth->clientSecret.clear();
                        Q_EMIT agentUpdated(saved);
                        if (agent.id == m_agent.id) {
                            m_agent = saved;
                            revealSecret(shown, tr("The old secret no longer works."));
                        }
                        Q_EMIT message(tr("New secret for %1 set.").arg(agent.name));
                        Q_EMIT rotated();
                    });
            });
        });
}

void CredentialsTab::revoke()
{
    if (m_writing || m_agent.id.isEmpty() || !m_extensions)
        return;
    const core::Agent agent = m_agent;
    MessageBox::confirm(
        this, tr("Revoke secrets"),
        tr("Revoke every secret of %1 and every token issued to it? It cannot get tokens until "
           "you rotate a new secret.")
            .arg(agent.name),
        tr("Revoke"), this, [this, agent](bool yes) {
            if (!yes)
                return;
            setWriting(true);
            m_extensions->revokeCredentials(agent.id).then(
                this, [this, agent](const core::Result<core::RevokedCredentials> &r) {
                    setWriting(false);
                    if (!r.ok()) {
                        Q_EMIT errorOccurred(tr("Revoking the secrets of %1").arg(agent.name),
                                             r.error);
                        return;
                    }
                    m_reveal->dismiss();
                    m_model->reload();
                    Q_EMIT message(tr("Revoked %n secret(s) of %1 and its tokens.", nullptr,
                                      r.value.revokedCredentials)
                                       .arg(agent.name));
                });
        });
}

} // namespace tid::ui
