#include "ui/connection/ConnectionDialog.h"

#include "core/api/ApiClient.h"
#include "core/history/HistoryStore.h"
#include "core/secrets/Keychain.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageWidget.h"

#include <QAction>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

const QString ConsoleClientId = u"CONSOLE"_s;

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(p);
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(core::Settings *settings, core::Keychain *keychain,
                                   QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keychain(keychain)
{
    setWindowTitle(tr("Connect to a ThunderID server"));
    setObjectName(u"connectionDialog"_s);
    buildUi();
    reloadList(m_settings->lastProfile());
    if (m_list->count() == 0)
        newProfile();
}

void ConnectionDialog::buildUi()
{
    auto *outer = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    auto *listTitle = new QLabel(tr("Profiles"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Saved connection profiles"));
    listTitle->setBuddy(m_list);
    m_list->setMinimumWidth(170);
    auto *listButtons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(u"newProfileButton"_s);
    m_newButton->setAccessibleName(tr("New profile"));
    m_newButton->setToolTip(tr("New profile (Ctrl+N)"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(u"deleteProfileButton"_s);
    m_deleteButton->setAccessibleName(tr("Delete profile"));
    m_deleteButton->setToolTip(tr("Delete the selected profile and its keychain entries (Del)"));
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    left->addWidget(listTitle);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    outer->addLayout(left);

    auto *right = new QVBoxLayout;
    m_message = new MessageWidget(this);
    m_message->setObjectName(u"connectionMessage"_s);
    right->addWidget(m_message);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"profileName"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. production"));
    form->addRow(tr("&Name:"), m_name);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setAccessibleName(tr("Server URL"));
    m_url->setPlaceholderText(tr("https://localhost:8090"));
    form->addRow(tr("Server &URL:"), m_url);

    auto *trust = new QVBoxLayout;
    m_trustSystem = new QRadioButton(tr("The system's certificate authorities"), this);
    m_trustSystem->setObjectName(u"trustSystem"_s);
    m_trustPinned = new QRadioButton(tr("Only this certificate (SHA-256 fingerprint):"), this);
    m_trustPinned->setObjectName(u"trustPinned"_s);
    auto *trustGroup = new QButtonGroup(this);
    trustGroup->addButton(m_trustSystem);
    trustGroup->addButton(m_trustPinned);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(u"tlsPin"_s);
    m_pin->setAccessibleName(tr("Pinned certificate fingerprint"));
    m_pin->setPlaceholderText(tr("AB:CD:… (64 hex digits)"));
    QFont mono = m_pin->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_pin->setFont(mono);
    trust->addWidget(m_trustSystem);
    trust->addWidget(m_trustPinned);
    trust->addWidget(m_pin);
    trust->addWidget(hintLabel(tr("A server whose certificate the system does not trust (such as "
                                  "ThunderID's self-signed default) shows its fingerprint on "
                                  "first connect and asks before it is pinned."),
                               this));
    form->addRow(tr("TLS trust:"), trust);

    auto *signIn = new QVBoxLayout;
    m_signInBrowser = new QRadioButton(
        tr("Browser sign-in (authorization code with PKCE, CONSOLE client)"), this);
    m_signInBrowser->setObjectName(u"signInBrowser"_s);
    m_signInClient = new QRadioButton(tr("Client credentials of an admin application"), this);
    m_signInClient->setObjectName(u"signInClient"_s);
    auto *signInGroup = new QButtonGroup(this);
    signInGroup->addButton(m_signInBrowser);
    signInGroup->addButton(m_signInClient);
    signIn->addWidget(m_signInBrowser);
    signIn->addWidget(m_signInClient);
    form->addRow(tr("Sign in with:"), signIn);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"clientId"_s);
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("&Client ID:"), m_clientId);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"clientSecret"_s);
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    form->addRow(tr("Client &secret:"), m_secret);
    m_secretHint = hintLabel({}, this);
    form->addRow(QString(), m_secretHint);

    // Where the profile's token history is kept: this computer, or a team's PostgreSQL.
    auto *history = new QVBoxLayout;
    m_historyLocal = new QRadioButton(tr("Local (SQLite, on this computer)"), this);
    m_historyLocal->setObjectName(u"historyLocal"_s);
    m_historyTeam = new QRadioButton(tr("Team (PostgreSQL):"), this);
    m_historyTeam->setObjectName(u"historyTeam"_s);
    auto *historyGroup = new QButtonGroup(this);
    historyGroup->addButton(m_historyLocal);
    historyGroup->addButton(m_historyTeam);
    m_historyDatabase = new QLineEdit(this);
    m_historyDatabase->setObjectName(u"historyDatabase"_s);
    m_historyDatabase->setAccessibleName(tr("Team history database"));
    m_historyDatabase->setPlaceholderText(
        tr("postgresql://user@host:5432/database?sslmode=verify-full"));
    m_historyPassword = new QLineEdit(this);
    m_historyPassword->setObjectName(u"historyPassword"_s);
    m_historyPassword->setAccessibleName(tr("Team history database password"));
    m_historyPassword->setEchoMode(QLineEdit::Password);
    m_historyPassword->setClearButtonEnabled(true);
    m_historyPassword->setPlaceholderText(tr("Database password (kept in the system keychain)"));
    history->addWidget(m_historyLocal);
    history->addWidget(m_historyTeam);
    history->addWidget(m_historyDatabase);
    history->addWidget(m_historyPassword);
    form->addRow(tr("Token history:"), history);
    right->addLayout(form);
    right->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setDefault(true);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    buttons->addButton(QDialogButtonBox::Close);
    right->addWidget(buttons);
    outer->addLayout(right, 1);

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] { newProfile(); });
    addAction(newAction);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ConnectionDialog::deleteSelected);
    m_list->addAction(deleteAction);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, [this] { newProfile(); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteSelected);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::connectSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b :
         {m_trustSystem, m_trustPinned, m_signInBrowser, m_signInClient, m_historyTeam})
        connect(b, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_signInBrowser, &QRadioButton::toggled, this, [this](bool browser) {
        // Switching method: offer the usual client id without overwriting a typed one.
        if (m_loading)
            return;
        if (browser && m_clientId->text().trimmed().isEmpty())
            m_clientId->setText(ConsoleClientId);
        else if (!browser && m_clientId->text() == ConsoleClientId)
            m_clientId->clear();
    });
    resize(760, 560);
}

void ConnectionDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QStringList names = m_settings->profileNames();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        if (const auto p = m_settings->profile(name))
            item->setToolTip(p->baseUrl.toString());
    }
    const int row = int(names.indexOf(select));
    if (row >= 0) {
        m_list->setCurrentRow(row);
        if (const auto p = m_settings->profile(select)) {
            m_loadedName = select;
            showProfile(*p);
        }
    } else if (!names.isEmpty() && m_loadedName.isEmpty() && select.isEmpty()) {
        m_list->setCurrentRow(0);
        if (const auto p = m_settings->profile(names.first())) {
            m_loadedName = names.first();
            showProfile(*p);
        }
    }
    updateEnabled();
}

bool ConnectionDialog::selectProfile(const QString &name)
{
    const auto p = m_settings->profile(name);
    if (!p)
        return false;
    reloadList(name);
    return true;
}

void ConnectionDialog::newProfile(const QString &baseUrl)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_loadedName.clear();
    core::ServerProfile p;
    p.baseUrl = QUrl(baseUrl);
    p.signIn = core::ServerProfile::SignIn::Browser;
    p.clientId = ConsoleClientId;
    showProfile(p);
    m_name->setFocus();
}

void ConnectionDialog::showProfile(const core::ServerProfile &profile)
{
    m_loading = true;
    m_message->hideMessage();
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_trustPinned->setChecked(!profile.tlsPin.isEmpty());
    m_trustSystem->setChecked(profile.tlsPin.isEmpty());
    m_pin->setText(profile.tlsPin);
    m_pin->setCursorPosition(0);
    m_pin->setToolTip(profile.tlsPin.isEmpty()
                          ? QString()
                          : core::ApiClient::formatFingerprint(profile.tlsPin.toLatin1()));
    const bool browser = profile.signIn == core::ServerProfile::SignIn::Browser;
    m_signInBrowser->setChecked(browser);
    m_signInClient->setChecked(!browser);
    m_clientId->setText(profile.clientId);
    m_secret->clear();
    m_historyTeam->setChecked(!profile.historyDatabase.isEmpty());
    m_historyLocal->setChecked(profile.historyDatabase.isEmpty());
    m_historyDatabase->setText(profile.historyDatabase);
    m_historyPassword->clear();
    m_loading = false;
    updateEnabled();
}

void ConnectionDialog::onSelectionChanged()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (const auto p = m_settings->profile(item->text())) {
        m_loadedName = p->name;
        showProfile(*p);
    }
}

void ConnectionDialog::updateEnabled()
{
    m_pin->setEnabled(m_trustPinned->isChecked());
    m_historyDatabase->setEnabled(m_historyTeam->isChecked());
    m_historyPassword->setEnabled(m_historyTeam->isChecked());
    const bool client = m_signInClient->isChecked();
    m_secret->setEnabled(client);
    m_form->setRowVisible(m_secret, client);
    m_deleteButton->setEnabled(!m_loadedName.isEmpty());
    if (client) {
        m_secretHint->setText(m_loadedName.isEmpty()
                                  ? tr("Kept in the system keychain only.")
                                  : tr("Leave empty to use the secret stored in the system "
                                       "keychain for this profile."));
    } else {
        m_secretHint->setText(tr("Your browser opens ThunderID's sign-in page; the console "
                                 "receives the answer on a loopback address (127.0.0.1)."));
    }
}

core::ServerProfile ConnectionDialog::formProfile() const
{
    core::ServerProfile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    p.tlsPin = m_trustPinned->isChecked() ? m_pin->text().trimmed() : QString();
    p.signIn = m_signInBrowser->isChecked() ? core::ServerProfile::SignIn::Browser
                                            : core::ServerProfile::SignIn::ClientCredentials;
    p.clientId = m_clientId->text().trimmed();
    if (m_historyTeam->isChecked())
        p.historyDatabase = m_historyDatabase->text().trimmed();
    return p;
}

QString ConnectionDialog::validate() const
{
    const core::ServerProfile p = formProfile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (p.name != m_loadedName && m_settings->profileNames().contains(p.name))
        return tr("A profile named \"%1\" exists already: choose another name.").arg(p.name);
    const QString scheme = p.baseUrl.scheme();
    if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
        (scheme != "https"_L1 && scheme != "http"_L1))
        return tr("The server URL must be an absolute http:// or https:// address, e.g. "
                  "https://localhost:8090.");
    if (m_trustPinned->isChecked()) {
        if (core::ApiClient::normalizeFingerprint(p.tlsPin).isEmpty())
            return tr("The pinned fingerprint must be a SHA-256 fingerprint: 64 hexadecimal "
                      "digits, colons allowed.");
        if (scheme != "https"_L1)
            return tr("A pinned certificate needs an https:// server URL.");
    }
    if (p.clientId.isEmpty())
        return tr("Enter the client ID (CONSOLE for ThunderID's browser sign-in).");
    if (m_historyTeam->isChecked()) {
        QString problem;
        if (!core::HistoryStore::checkPostgresLocation(p.historyDatabase, &problem))
            return tr("The team history database: %1").arg(problem);
    }
    if (p.signIn == core::ServerProfile::SignIn::ClientCredentials && m_secret->text().isEmpty() &&
        m_loadedName.isEmpty())
        return tr("Enter the client secret of the admin application.");
    return {};
}

QString ConnectionDialog::errorText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConnectionDialog::showError(const QString &text)
{
    m_message->showMessage(text, MessageWidget::Type::Error);
}

bool ConnectionDialog::save()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    core::ServerProfile p = formProfile();
    if (!p.tlsPin.isEmpty())
        p.tlsPin = QString::fromLatin1(core::ApiClient::normalizeFingerprint(p.tlsPin));
    if (!m_settings->saveProfile(p)) {
        showError(tr("The profile could not be saved to %1.").arg(m_settings->fileName()));
        return false;
    }
    const QString oldName = m_loadedName;
    const QString typed = m_secret->text();
    const QString typedDatabasePassword =
        p.historyDatabase.isEmpty() ? QString() : m_historyPassword->text();
    if (!oldName.isEmpty() && oldName != p.name) {
        // Renamed: the keychain entries follow the profile (those not typed anew).
        m_settings->removeProfile(oldName);
        auto follow = [this, name = p.name, oldName](const QString &purpose, bool keep) {
            if (!keep) {
                m_keychain->remove(oldName, purpose, this);
                return;
            }
            m_keychain->read(oldName, purpose, this,
                             [this, name, oldName, purpose](const core::KeychainResult &r) {
                                 if (r.ok && !r.secret.isEmpty())
                                     m_keychain->write(name, purpose, r.secret, this);
                                 m_keychain->remove(oldName, purpose, this);
                             });
        };
        follow(core::Keychain::ClientSecret,
               typed.isEmpty() && p.signIn == core::ServerProfile::SignIn::ClientCredentials);
        follow(core::Keychain::HistoryDatabasePassword,
               typedDatabasePassword.isEmpty() && !p.historyDatabase.isEmpty());
        m_keychain->remove(oldName, core::Keychain::RefreshToken, this);
    }
    if (!typedDatabasePassword.isEmpty()) {
        m_keychain->write(p.name, core::Keychain::HistoryDatabasePassword, typedDatabasePassword,
                          this, [this, name = p.name](const core::KeychainResult &r) {
                              if (!r.ok)
                                  showError(tr("The history database password of \"%1\" could "
                                               "not be stored in the system keychain: %2")
                                                .arg(name, r.error));
                          });
        m_historyPassword->clear();
    }
    if (!typed.isEmpty() && p.signIn == core::ServerProfile::SignIn::ClientCredentials) {
        m_keychain->write(p.name, core::Keychain::ClientSecret, typed, this,
                          [this, name = p.name](const core::KeychainResult &r) {
                              if (!r.ok)
                                  showError(tr("The client secret of \"%1\" could not be stored "
                                               "in the system keychain: %2")
                                                .arg(name, r.error));
                          });
    }
    m_loadedName = p.name;
    m_settings->setLastProfile(p.name);
    m_settings->sync();
    reloadList(p.name);
    m_pin->setText(p.tlsPin);
    m_message->showMessage(tr("Profile \"%1\" saved.").arg(p.name), MessageWidget::Type::Positive);
    Q_EMIT profilesChanged();
    return true;
}

void ConnectionDialog::connectSelected()
{
    const QString typed = m_secret->text();
    if (!save())
        return;
    const auto p = m_settings->profile(m_loadedName);
    if (!p)
        return;
    Q_EMIT connectRequested(
        *p, p->signIn == core::ServerProfile::SignIn::ClientCredentials ? typed : QString());
    m_secret->clear();
    accept();
}

void ConnectionDialog::deleteSelected()
{
    if (m_loadedName.isEmpty())
        return;
    const QString name = m_loadedName;
    MessageBox::confirm(
        this, tr("Delete profile"),
        tr("Delete the profile \"%1\"? Its client secret, refresh token and history "
           "database password are removed from the system keychain too.")
            .arg(name),
        tr("Delete"), this, [this, name](bool yes) {
            if (!yes)
                return;
            m_settings->removeProfile(name);
            m_settings->sync();
            m_keychain->remove(name, core::Keychain::ClientSecret, this);
            m_keychain->remove(name, core::Keychain::RefreshToken, this);
            m_keychain->remove(name, core::Keychain::HistoryDatabasePassword, this);
            m_loadedName.clear();
            reloadList({});
            if (m_list->count() == 0)
                newProfile();
            Q_EMIT profilesChanged();
        });
}

} // namespace tid::ui
