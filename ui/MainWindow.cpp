#include "ui/MainWindow.h"

#include "core/Logging.h"
#include "core/Settings.h"
#include "core/api/Session.h"
#include "ui/agents/SecretReveal.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/AdminPane.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/LineIcon.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSslSocket>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

// resources.qrc is compiled into the static thunderid_ui library, whose resource initializer
// is not pulled in by the linker unless something references it.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace tid::ui {

namespace {

// "http://h:1/" and "http://h:1" name the same server.
bool sameAddress(const QString &a, const QString &b)
{
    const auto norm = [](const QString &s) {
        return QUrl(s).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    };
    return norm(a) == norm(b);
}

enum CountKind
{
    Agents,
    ResourceServers,
    Roles
};

LineIcon::Name iconFor(MainWindow::Pane pane)
{
    switch (pane) {
    case MainWindow::Pane::ResourceServers:
        return LineIcon::Name::Server;
    case MainWindow::Pane::Scopes:
        return LineIcon::Name::Key;
    case MainWindow::Pane::Roles:
        return LineIcon::Name::Shield;
    case MainWindow::Pane::Agents:
        return LineIcon::Name::Agent;
    case MainWindow::Pane::Consents:
        return LineIcon::Name::Consent;
    case MainWindow::Pane::Inspector:
        return LineIcon::Name::Inspect;
    case MainWindow::Pane::Inbox:
        return LineIcon::Name::Inbox;
    case MainWindow::Pane::History:
        return LineIcon::Name::History;
    case MainWindow::Pane::Playground:
        return LineIcon::Name::Playground;
    }
    return LineIcon::Name::Server;
}

QString placeholderText(MainWindow::Pane pane)
{
    switch (pane) {
    case MainWindow::Pane::ResourceServers:
        return MainWindow::tr("The protected APIs, their resources and "
                              "actions, and the permission strings derived from them.");
    case MainWindow::Pane::Scopes:
        return MainWindow::tr("Every scope across all resource servers, "
                              "with the roles that grant it and the agents that hold it.");
    case MainWindow::Pane::Roles:
        return MainWindow::tr("Roles, a permission matrix, and assignments "
                              "to users, groups, applications and agents.");
    case MainWindow::Pane::Agents:
        return MainWindow::tr("Agents with their type, owner and grants, a "
                              "creation wizard, and their credentials.");
    case MainWindow::Pane::Consents:
        return MainWindow::tr("The consents users gave to agents, filtered "
                              "and revocable.");
    case MainWindow::Pane::Inspector:
        return MainWindow::tr("Paste a token to verify it, read its claims "
                              "and see its actor chain as a tree.");
    case MainWindow::Pane::Inbox:
        return MainWindow::tr("Approve or deny the CIBA requests "
                              "agents send on your behalf.");
    case MainWindow::Pane::History:
        return MainWindow::tr("Browse the token history — who got "
                              "which token, for whom, through which chain.");
    case MainWindow::Pane::Playground:
        return MainWindow::tr("Try the agent flows against the server step by step.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    static const bool resourcesReady = (initUiResources(), true);
    Q_UNUSED(resourcesReady);
    setWindowTitle(tr("ThunderID Console"));
    setWindowIcon(QIcon(u":/icons/thunderid.svg"_s));
    buildUi();
    onSessionStateChanged();
}

MainWindow::~MainWindow() = default;

QString MainWindow::paneTitle(Pane pane)
{
    switch (pane) {
    case Pane::ResourceServers:
        return tr("Resource servers");
    case Pane::Scopes:
        return tr("Scopes");
    case Pane::Roles:
        return tr("Roles");
    case Pane::Agents:
        return tr("Agents");
    case Pane::Consents:
        return tr("Consents");
    case Pane::Inspector:
        return tr("Inspector");
    case Pane::Inbox:
        return tr("Inbox");
    case Pane::History:
        return tr("History");
    case Pane::Playground:
        return tr("Playground");
    }
    return {};
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Sidebar: brand on top, then the panes.
    auto *side = new QWidget(central);
    m_side = side;
    side->setObjectName(u"sidebar"_s);
    side->setAutoFillBackground(true);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 12, 8, 8);
    sideLayout->setSpacing(10);
    auto *brand = new QHBoxLayout;
    auto *logo = new QLabel(side);
    logo->setPixmap(QIcon(u":/icons/thunderid.svg"_s).pixmap(28, 28));
    auto *name = new QLabel(tr("ThunderID Console"), side);
    QFont nameFont = name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.1);
    name->setFont(nameFont);
    brand->addWidget(logo);
    brand->addWidget(name, 1);
    brand->setContentsMargins(6, 0, 0, 0);
    sideLayout->addLayout(brand);

    m_sidebar = new QListWidget(side);
    m_sidebar->setObjectName(u"paneList"_s);
    m_sidebar->setAccessibleName(tr("Panes"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideLayout->addWidget(m_sidebar, 1);
    m_connectAction = new QAction(tr("Connect to a server…"), this);
    m_connectAction->setObjectName(u"connectAction"_s);
    m_connectAction->setShortcut(QKeySequence::Open);
    m_connectAction->setToolTip(
        tr("Connection profiles and sign-in (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectDialogRequested);
    addAction(m_connectAction);
    auto *connectButton = new QToolButton(side);
    connectButton->setObjectName(u"connectButton"_s);
    connectButton->setDefaultAction(m_connectAction);
    connectButton->setText(tr("Connect…"));
    connectButton->setAccessibleName(tr("Connect to a server"));
    connectButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connectButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    sideLayout->addWidget(connectButton);
    m_signOutAction = new QAction(tr("Sign out"), this);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setToolTip(
        tr("End this sign-in: the server revokes its refresh token and the keychain forgets it"));
    m_signOutAction->setVisible(false);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    addAction(m_signOutAction);
    m_ownSignInAction = new QAction(tr("Sign in as yourself…"), this);
    m_ownSignInAction->setObjectName(u"ownSignInAction"_s);
    m_ownSignInAction->setToolTip(tr("Sign in to this server with your own account in the "
                                     "browser, to approve the requests addressed to you"));
    m_ownSignInAction->setVisible(false);
    connect(m_ownSignInAction, &QAction::triggered, this, &MainWindow::ownSignInRequested);
    m_demoSignInAction = new QAction(tr("Sign in as a demo user…"), this);
    m_demoSignInAction->setObjectName(u"demoSignInAction"_s);
    m_demoSignInAction->setToolTip(
        tr("The sandbox's demo people: pick one to see the console as they do, and approve the "
           "requests agents send them"));
    m_demoSignInAction->setVisible(false);
    connect(m_demoSignInAction, &QAction::triggered, this, &MainWindow::openDemoUserPicker);
    // The session's buttons: each shown only while its action is (a hidden action would leave
    // a greyed button behind).
    for (QAction *action : {m_demoSignInAction, m_ownSignInAction, m_signOutAction}) {
        auto *button = new QToolButton(side);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setVisible(action->isVisible());
        connect(action, &QAction::visibleChanged, button,
                [button, action] { button->setVisible(action->isVisible()); });
        sideLayout->addWidget(button);
    }
    side->setFixedWidth(210);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(u"paneStack"_s);
    // One sidebar entry, one stack page and one View action (Ctrl+1…9) per pane, in the enum's
    // order: a new pane appears in all three by itself.
    m_paneGroup = new QActionGroup(this);
    m_paneGroup->setExclusive(true);
    for (int i = 0; i < PaneCount; ++i) {
        const auto pane = Pane(i);
        const QKeySequence keys =
            i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence();
        auto *item = new QListWidgetItem(LineIcon::icon(iconFor(pane)), paneTitle(pane));
        item->setSizeHint(QSize(0, 34));
        item->setToolTip(
            keys.isEmpty()
                ? paneTitle(pane)
                : tr("%1 (%2)").arg(paneTitle(pane), keys.toString(QKeySequence::NativeText)));
        m_sidebar->addItem(item);
        m_stack->addWidget(makePlaceholder(pane));

        auto *paneAction = new QAction(paneTitle(pane), this);
        paneAction->setObjectName(u"paneAction%1"_s.arg(i));
        paneAction->setShortcut(keys);
        paneAction->setCheckable(true);
        paneAction->setActionGroup(m_paneGroup);
        connect(paneAction, &QAction::triggered, this, [this, pane] { showPane(pane); });
        addAction(paneAction);
        m_paneActions.append(paneAction);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        if (QAction *action = m_paneActions.value(row))
            action->setChecked(true);
    });
    m_sidebar->setCurrentRow(0);

    auto *right = new QWidget(central);
    m_content = right;
    right->setObjectName(u"content"_s);
    right->setAutoFillBackground(true);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 12, 12, 12);
    rightLayout->setSpacing(8);
    m_message = new MessageWidget(right);
    // The window's own messages (connection, sign-in) float at the bottom of the content, the
    // panes' at their top: neither pushes a control away, and they never cover each other.
    m_message->setOverlay([right](int height) { return right->height() - 12 - height; }, 12);
    m_retryAction = new QAction(tr("Retry"), this);
    connect(m_retryAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->reconnect();
    });
    m_signInAgainAction = new QAction(tr("Sign in again"), this);
    m_signInAgainAction->setObjectName(u"signInAgainAction"_s);
    connect(m_signInAgainAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->reconnect();
    });
    rightLayout->addWidget(m_stack, 1);

    auto *divider = new QFrame(central);
    m_divider = divider;
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    outer->addWidget(side);
    outer->addWidget(divider);
    outer->addWidget(right, 1);
    setCentralWidget(central);

    m_refreshAction = new QAction(tr("Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the current pane and the counts"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        // The current pane reloads too (a pane with the focus takes F5 itself).
        if (auto *admin = qobject_cast<AdminPane *>(m_stack->currentWidget()))
            admin->refresh();
        refresh();
    });
    addAction(m_refreshAction);

    // Status bar: busy indicator + step on the left, the connection facts on the right.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    statusBar()->addWidget(m_busy);
    statusBar()->addWidget(m_busyLabel, 1);
    auto makeField = [this](const QString &objectName, const QString &accessible,
                            Qt::TextElideMode elide) {
        QFrame *separator = nullptr;
        if (!m_separators.isEmpty() || m_serverLabel) {
            separator = new QFrame(this);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        // Shortened with "…" (the whole text in its tooltip) on a narrow window, never clipped.
        auto *label = new ElidedLabel(elide, this);
        m_separators.insert(label, separator);
        label->setContentsMargins(4, 0, 4, 0);
        label->setObjectName(objectName);
        label->setAccessibleName(accessible);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_serverLabel = makeField(u"serverLabel"_s, tr("Server"), Qt::ElideMiddle);
    m_issuerLabel = makeField(u"issuerLabel"_s, tr("Issuer"), Qt::ElideMiddle);
    m_clientLabel = makeField(u"clientLabel"_s, tr("Signed-in client"), Qt::ElideRight);
    m_countsLabel = makeField(u"countsLabel"_s, tr("Counts"), Qt::ElideRight);
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(300);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        if (m_session && m_session->isConnected())
            refresh();
    });
    applyPaletteRoles();
    buildMenus();
    resize(1100, 700);
}

void MainWindow::buildMenus()
{
    QMenuBar *bar = menuBar();
    bar->setAccessibleName(tr("Menu bar"));

    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_connectAction);
    file->addAction(m_demoSignInAction);
    file->addAction(m_ownSignInAction);
    file->addAction(m_signOutAction);
    file->addSeparator();
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setToolTip(tr("Quit the console (a local sandbox it started stops with it)"));
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
    file->addAction(m_quitAction);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Filter the current pane's list"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::find);
    edit->addAction(m_findAction);
    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected text or the selected rows"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copy);
    edit->addAction(m_copyAction);
    edit->addSeparator();
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(false); // until setSettings()
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    edit->addAction(m_settingsAction);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    for (QAction *paneAction : std::as_const(m_paneActions))
        view->addAction(paneAction);
    view->addSeparator();
    view->addAction(m_refreshAction);
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(u"themeMenu"_s);
    auto *themeGroup = new QActionGroup(this);
    themeGroup->setExclusive(true);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        QAction *action = theme->addAction(Theme::displayName(mode));
        action->setObjectName(u"theme-"_s + Theme::name(mode));
        action->setCheckable(true);
        action->setChecked(mode == Theme::current());
        action->setActionGroup(themeGroup);
        connect(action, &QAction::triggered, this, [this, mode] { setTheme(int(mode)); });
        m_themeActions.append(action);
    }

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::openShortcutsDialog);
    QAction *docs = help->addAction(tr("&Documentation"));
    docs->setObjectName(u"documentationAction"_s);
    docs->setShortcut(QKeySequence::HelpContents);
    docs->setToolTip(tr("Open the console's documentation"));
    connect(docs, &QAction::triggered, this, [] { QDesktopServices::openUrl(documentationUrl()); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ThunderID Console"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::openAboutDialog);

    // Every menu action also answers while its menu is closed (and with the menu bar hidden).
    for (QMenu *menu : {file, edit, view, theme, help})
        addActions(menu->actions());
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        auto *admin = qobject_cast<AdminPane *>(m_stack->currentWidget());
        m_findAction->setEnabled(admin != nullptr);
    });
    m_findAction->setEnabled(qobject_cast<AdminPane *>(m_stack->currentWidget()) != nullptr);
}

QMenu *MainWindow::menu(const QString &objectName) const
{
    return menuBar()->findChild<QMenu *>(objectName);
}

void MainWindow::applyPaletteRoles()
{
    // The sidebar on the window colour, the content on the base colour, the divider between
    // them in the mid tone — taken again whenever the palette (the theme) changes.
    const QPalette app = QApplication::palette();
    QPalette side = m_side->palette();
    side.setColor(QPalette::Window, app.color(QPalette::Window));
    m_side->setPalette(side);
    QPalette list = m_sidebar->palette();
    list.setColor(QPalette::Base, app.color(QPalette::Window));
    m_sidebar->setPalette(list);
    QPalette content = m_content->palette();
    content.setColor(QPalette::Window, app.color(QPalette::Base));
    m_content->setPalette(content);
    QPalette divider = m_divider->palette();
    divider.setColor(QPalette::WindowText, app.color(QPalette::Mid));
    m_divider->setPalette(divider);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if ((event->type() == QEvent::ApplicationPaletteChange ||
         event->type() == QEvent::PaletteChange) &&
        m_side) {
        static bool inside = false; // setPalette on children sends more events
        if (!inside) {
            inside = true;
            applyPaletteRoles();
            inside = false;
        }
    }
}

void MainWindow::setTheme(int mode)
{
    const auto m = Theme::Mode(mode);
    Theme::apply(m);
    if (QAction *action = m_themeActions.value(mode))
        action->setChecked(true);
    if (m_settings)
        m_settings->setTheme(Theme::name(m));
}

void MainWindow::setSettings(core::Settings *settings)
{
    m_settings = settings;
    m_settingsAction->setEnabled(settings != nullptr);
    applySettings();
}

void MainWindow::applySettings()
{
    if (!m_settings)
        return;
    const Theme::Mode mode = Theme::fromName(m_settings->theme());
    if (mode != Theme::current())
        Theme::apply(mode);
    if (QAction *action = m_themeActions.value(int(mode)))
        action->setChecked(true);
    if (m_session)
        m_session->client()->setTimeout(m_settings->requestTimeoutMs());
    SecretReveal::setDefaultClipboardClearMs(m_settings->clipboardClearSeconds() * 1000);
    qCDebug(core::lcUi) << "settings applied: theme" << Theme::name(mode) << "timeout"
                        << m_settings->requestTimeoutMs() << "ms";
    Q_EMIT settingsApplied();
}

void MainWindow::setProfileName(const QString &name)
{
    m_profileName = name;
    updateTitle();
}

void MainWindow::updateTitle()
{
    // "<profile or server> — ThunderID Console": the application's display name once (Qt adds
    // it to a title that does not already end with it).
    const QString app = tr("ThunderID Console");
    const bool connected = m_session && m_session->state() != core::Session::State::Disconnected;
    QString where = m_profileName;
    if (where.isEmpty() && connected)
        where = m_session->baseUrl().authority();
    setWindowTitle(where.isEmpty() || !connected ? app : tr("%1 — %2").arg(where, app));
}

QDialog *MainWindow::openSettingsDialog()
{
    if (!m_settings)
        return nullptr;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, &MainWindow::applySettings);
    m_settingsDialog = dialog;
    dialog->open();
    return dialog;
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> list;
    auto plain = [](QString text) {
        text.remove(u'&');
        if (text.endsWith(u"…"_s))
            text.chop(1);
        return text;
    };
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>();
    QSet<QString> seen;
    for (QAction *top : menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            const QKeySequence keys = action->shortcut();
            if (keys.isEmpty() || seen.contains(keys.toString()))
                continue;
            seen.insert(keys.toString());
            list.append({keys.toString(QKeySequence::NativeText),
                         tr("%1 → %2").arg(plain(top->text()), plain(action->text()))});
        }
    }
    Q_UNUSED(menus);
    // Inside a list pane.
    list.append({QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText),
                 tr("New item (in a list pane)")});
    list.append({QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText),
                 tr("Delete the selected items (in a list pane)")});
    list.append({QKeySequence(Qt::Key_Menu).toString(QKeySequence::NativeText),
                 tr("The selected row's menu: Open, Copy id, Delete, …")});
    list.append({tr("Tab, Shift+Tab"), tr("Move between the controls of a pane")});
    list.append(
        {QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), tr("Close a dialog")});
    return list;
}

QDialog *MainWindow::openShortcutsDialog()
{
    if (m_shortcutsDialog) {
        m_shortcutsDialog->raise();
        return m_shortcutsDialog;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    const auto shortcuts = shortcutList();
    auto *table = new QTableWidget(int(shortcuts.size()), 2, dialog);
    table->setObjectName(u"shortcutsTable"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < shortcuts.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    table->resizeColumnToContents(0);
    AdminPane::compactRows(table);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(520, 480);
    m_shortcutsDialog = dialog;
    dialog->open();
    return dialog;
}

QUrl MainWindow::documentationUrl()
{
    // Installed: <prefix>/share/doc/thunderid-console/docs; built from source: the tree's docs/.
    const QDir appDir(QCoreApplication::applicationDirPath());
    QStringList candidates{appDir.filePath(u"../share/doc/thunderid-console/docs"_s)};
#ifdef TID_SOURCE_DOCS_DIR
    candidates << QStringLiteral(TID_SOURCE_DOCS_DIR);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isDir())
            return QUrl::fromLocalFile(info.canonicalFilePath());
    }
    return QUrl(u"https://github.com/thunder-id/thunderid"_s);
}

QString MainWindow::aboutText()
{
    const QString openSsl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    QString tls = QSslSocket::sslLibraryVersionString();
    if (tls.isEmpty())
        tls = tr("no TLS backend");
    return tr("<h3>ThunderID Console %1</h3>"
              "<p>A desktop console for the ThunderID identity server: resource servers, scopes, "
              "roles, agents and their credentials, consents, the approval inbox, the token "
              "inspector and the token history.</p>"
              "<p>Qt %2 (built with Qt %3)<br>OpenSSL: %4<br>TLS: %5</p>"
              "<p>Licensed under the Apache License, Version 2.0.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
             QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             openSsl.toHtmlEscaped(), tls.toHtmlEscaped());
}

QDialog *MainWindow::openAboutDialog()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        return m_aboutDialog;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"aboutDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("About ThunderID Console"));
    auto *layout = new QHBoxLayout(dialog);
    auto *logo = new QLabel(dialog);
    logo->setPixmap(QIcon(u":/icons/thunderid.svg"_s).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    layout->addWidget(logo);
    auto *column = new QVBoxLayout;
    auto *text = new QLabel(aboutText(), dialog);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    column->addWidget(buttons);
    layout->addLayout(column, 1);
    dialog->resize(460, 280);
    m_aboutDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close()) {
        if (!m_quitPosted) {
            m_quitPosted = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return;
    }
    // Still open: a confirmation is asked (it closes and quits when answered Quit) — or the
    // answer was no.
}

void MainWindow::find()
{
    auto *admin = qobject_cast<AdminPane *>(m_stack->currentWidget());
    if (!admin)
        return;
    QLineEdit *field = admin->filterEdit();
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void MainWindow::copy()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        // The selected rows, a line each, their visible columns separated by tabs.
        QItemSelectionModel *selection = view->selectionModel();
        QModelIndexList rows = selection ? selection->selectedRows() : QModelIndexList();
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows.append(view->currentIndex().siblingAtColumn(0));
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        const QAbstractItemModel *model = view->model();
        auto *table = qobject_cast<QTableView *>(view);
        QStringList lines;
        for (const QModelIndex &row : std::as_const(rows)) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(row.parent()); ++c) {
                if (table && table->isColumnHidden(c))
                    continue;
                cells << model->index(row.row(), c, row.parent()).data().toString();
            }
            lines << cells.join(u'\t');
        }
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(u'\n'));
        return;
    }
    if (focus->metaObject()->indexOfMethod("copy()") >= 0)
        QMetaObject::invokeMethod(focus, "copy");
}

QWidget *MainWindow::makePlaceholder(Pane pane) const
{
    // An empty state: icon, pane name, and which issue brings the pane, in a centred column
    // narrow enough to read.
    auto *w = new QWidget;
    w->setObjectName(u"placeholder-%1"_s.arg(int(pane)));
    auto *rows = new QVBoxLayout(w);
    auto *columnRow = new QHBoxLayout;
    auto *column = new QWidget(w);
    column->setMaximumWidth(480);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(column);
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(LineIcon::pixmap(iconFor(pane), 56,
                                     palette().color(QPalette::Disabled, QPalette::WindowText),
                                     devicePixelRatioF()));
    auto *title = new QLabel(paneTitle(pane), column);
    title->setAlignment(Qt::AlignCenter);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(placeholderText(pane), column);
    text->setObjectName(u"placeholderText"_s);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    text->setWordWrap(true);
    QPalette p = text->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText).darker(130));
    text->setPalette(p);
    layout->addWidget(icon);
    layout->addSpacing(6);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(text);
    columnRow->addStretch(1);
    columnRow->addWidget(column, 4);
    columnRow->addStretch(1);
    rows->addStretch(2);
    rows->addLayout(columnRow);
    rows->addStretch(3);
    return w;
}

void MainWindow::setPane(Pane pane, QWidget *widget)
{
    if (auto *admin = qobject_cast<AdminPane *>(widget)) {
        // After a create, a delete or a reload in a pane, the counts are read again (once for
        // a burst of changes).
        connect(admin, &AdminPane::contentChanged, m_countsTimer, qOverload<>(&QTimer::start));
    }
    const int index = int(pane);
    QWidget *old = m_stack->widget(index);
    const bool current = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    old->deleteLater();
    if (current)
        m_stack->setCurrentIndex(index);
}

QWidget *MainWindow::pane(Pane pane) const
{
    return m_stack->widget(int(pane));
}

void MainWindow::setDemoUsers(const QList<core::DemoUser> &users)
{
    m_demoUsers = users;
    m_demoSignInAction->setVisible(!users.isEmpty());
}

QDialog *MainWindow::openDemoUserPicker()
{
    if (m_demoPicker) {
        m_demoPicker->raise();
        m_demoPicker->activateWindow();
        return m_demoPicker;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"demoUserPicker"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign in as a demo user"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("The sandbox's demo people (demo data, with a public password). "
                                "Pick one; a double-click signs in at once."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget(dialog);
    list->setObjectName(u"demoUsers"_s);
    list->setAccessibleName(tr("Demo users"));
    for (const core::DemoUser &user : std::as_const(m_demoUsers)) {
        auto *item = new QListWidgetItem(
            user.name.isEmpty() ? user.username : tr("%1 (%2)").arg(user.name, user.username),
            list);
        item->setData(Qt::UserRole, user.username);
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setDefault(true);
    layout->addWidget(buttons);
    auto choose = [this, dialog, list] {
        const int row = list->currentRow();
        if (row < 0 || row >= m_demoUsers.size())
            return;
        const core::DemoUser user = m_demoUsers.at(row);
        dialog->accept();
        Q_EMIT demoSignInRequested(user);
    };
    connect(buttons, &QDialogButtonBox::accepted, dialog, choose);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, dialog, choose);
    dialog->resize(360, 420);
    m_demoPicker = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::setPaneBadge(Pane pane, int count)
{
    count = qMax(0, count);
    if (m_badges.value(int(pane)) == count && m_badges.contains(int(pane)))
        return;
    m_badges.insert(int(pane), count);
    QListWidgetItem *item = m_sidebar->item(int(pane));
    QFont font = item->font();
    font.setBold(count > 0);
    item->setFont(font);
    item->setText(count > 0 ? tr("%1 (%2)").arg(paneTitle(pane)).arg(count) : paneTitle(pane));
    item->setData(Qt::AccessibleTextRole,
                  count > 0 ? tr("%1, %n waiting", nullptr, count).arg(paneTitle(pane))
                            : paneTitle(pane));
}

void MainWindow::setPaneVisible(Pane pane, bool visible)
{
    m_sidebar->item(int(pane))->setHidden(!visible);
    m_paneActions.at(int(pane))->setVisible(visible);
    if (!visible && currentPane() == pane) {
        for (int i = 0; i < PaneCount; ++i) {
            if (!m_sidebar->item(i)->isHidden()) {
                m_sidebar->setCurrentRow(i);
                break;
            }
        }
    }
}

bool MainWindow::isPaneVisible(Pane pane) const
{
    return !m_sidebar->item(int(pane))->isHidden();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeHides && !m_quitting) {
        // The tray keeps the approver's inbox running; its menu (or File → Quit) quits.
        hide();
        event->ignore();
        return;
    }
    // What would be lost: a pane's unsaved edits or unconfirmed secret, a sandbox that stops.
    QStringList losses;
    for (int i = 0; i < PaneCount; ++i) {
        if (auto *admin = qobject_cast<AdminPane *>(m_stack->widget(i))) {
            const QString what = admin->unsavedChanges();
            if (!what.isEmpty())
                losses << tr("%1: %2").arg(paneTitle(Pane(i)), what);
        }
    }
    if (!m_quitConfirmation.isEmpty())
        losses << m_quitConfirmation;
    if (!losses.isEmpty() && !m_quitConfirmed) {
        event->ignore();
        MessageBox::confirm(this, tr("Quit the console"), losses.join(u"\n\n"_s), tr("Quit"), this,
                            [this](bool quit) {
                                if (!quit) {
                                    m_quitting = false;
                                    return;
                                }
                                m_quitConfirmed = true;
                                if (m_quitting)
                                    this->quit();
                                else
                                    close();
                            });
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showPane(Pane pane)
{
    m_sidebar->setCurrentRow(int(pane));
}

MainWindow::Pane MainWindow::currentPane() const
{
    return Pane(m_stack->currentIndex());
}

QString MainWindow::serverText() const
{
    return m_serverLabel->fullText();
}
QString MainWindow::issuerText() const
{
    return m_issuerLabel->fullText();
}
QString MainWindow::clientText() const
{
    return m_clientLabel->fullText();
}
QString MainWindow::countsText() const
{
    return m_countsLabel->fullText();
}

void MainWindow::setSession(core::Session *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &core::Session::stateChanged, this, &MainWindow::onSessionStateChanged);
        connect(session, &core::Session::signInRequired, this, [this](const core::ApiError &error) {
            // Said once, however many calls ran into it, with the one thing to do about it.
            showError(tr("Your sign-in has expired and could not be renewed."), error,
                      m_signInAgainAction);
        });
    }
    onSessionStateChanged();
}

void MainWindow::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    m_busyLabel->setText(text);
}

void MainWindow::showError(const QString &context, const core::ApiError &error, QAction *action)
{
    m_message->clearActions();
    m_message->addAction(action ? action : m_retryAction);
    QString detail = error.toString();
    if (!detail.isEmpty())
        detail[0] = detail[0].toUpper();
    m_message->showMessage(context + u"\n"_s + detail, MessageWidget::Type::Error);
}

void MainWindow::onSessionStateChanged()
{
    using State = core::Session::State;
    const State state = m_session ? m_session->state() : State::Disconnected;
    const QString server = m_session ? m_session->baseUrl().toString() : QString();
    updateTitle();

    m_serverLabel->setFullText(server.isEmpty() ? tr("Not connected")
                                                : tr("Server: %1").arg(server));
    m_signOutAction->setVisible(state == State::Connected || state == State::Failed);
    m_ownSignInAction->setVisible(state == State::Connected &&
                                  m_session->signInMethod() ==
                                      core::ServerProfile::SignIn::ClientCredentials);
    // The issuer has a field of its own only where it is not the server's own address.
    const bool ownIssuer = state == State::Connected && !sameAddress(m_session->issuer(), server);
    m_serverLabel->setDetail(state == State::Connected && !ownIssuer
                                 ? tr("The server is its own token issuer.")
                                 : QString());
    for (ElidedLabel *field : {m_issuerLabel, m_clientLabel, m_countsLabel}) {
        const bool shown = state == State::Connected && (field != m_issuerLabel || ownIssuer);
        field->setVisible(shown);
        if (QFrame *separator = m_separators.value(field))
            separator->setVisible(shown);
    }

    switch (state) {
    case State::Disconnected:
        setBusy(false);
        m_message->clearActions();
        m_message->addAction(m_connectAction);
        m_message->showMessage(
            tr("Not connected. Connect to a ThunderID server (%1), or start "
               "the console with --sandbox.")
                .arg(m_connectAction->shortcut().toString(QKeySequence::NativeText)),
            MessageWidget::Type::Information);
        break;
    case State::Connecting:
        setBusy(true, m_session->statusText());
        m_message->clearActions();
        m_message->showMessage(tr("Connecting to %1…").arg(server),
                               MessageWidget::Type::Information);
        break;
    case State::Failed:
        setBusy(false);
        showError(tr("Could not connect to %1.").arg(server), m_session->lastError());
        break;
    case State::Connected:
        setBusy(false);
        m_message->hideMessage();
        m_issuerLabel->setFullText(
            tr("Issuer: %1")
                .arg(m_session->issuer().isEmpty() ? tr("(no discovery)") : m_session->issuer()));
        m_clientLabel->setFullText(
            m_session->signInMethod() == core::ServerProfile::SignIn::Browser
                ? (m_session->isAdministrator()
                       ? tr("Signed in as %1 (administrator)").arg(m_session->signedInAs())
                       : tr("Signed in as %1").arg(m_session->signedInAs()))
                : tr("Client: %1").arg(m_session->clientId()));
        if (!m_session->isAdministrator()) {
            m_countsLabel->setFullText(tr("User session"));
            m_message->clearActions();
            m_message->showMessage(
                tr("Signed in without the Administrator role: the approval inbox and the token "
                   "inspector work; managing resource servers, roles and agents needs an "
                   "administrator's sign-in."),
                MessageWidget::Type::Information);
        }
        refresh();
        break;
    }
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    if (m_session->state() == core::Session::State::Failed) {
        m_session->reconnect();
        return;
    }
    if (!m_session->isConnected() || !m_session->isAdministrator())
        return; // the counts come from the management API
    const int generation = ++m_countsGeneration;
    m_counts.clear();
    m_pendingCounts = 3;
    setBusy(true, tr("Loading counts…"));
    updateCounts();
    const core::PageRequest one = core::PageRequest::window(1);
    const core::AdminApi &admin = m_session->admin();
    m_countsLabel->setDetail(QString());
    auto store = [this, generation](int kind, const core::ApiError &error, int total) {
        if (generation != m_countsGeneration)
            return;
        m_counts.insert(kind, error.isError() ? -1 : total);
        // A count that could not be read shows as "—", the reason in the field's tooltip: the
        // pane that lists the same things says it in its own message (one message per cause).
        if (error.isError())
            m_countsLabel->setDetail(tr("Could not read the counts: %1").arg(error.toString()));
        if (--m_pendingCounts == 0)
            setBusy(false);
        updateCounts();
    };
    admin.listAgents(one).then(this, [store](const core::Result<core::Page<core::Agent>> &r) {
        store(Agents, r.error, r.value.totalResults);
    });
    admin.listResourceServers(one).then(
        this, [store](const core::Result<core::Page<core::ResourceServer>> &r) {
            store(ResourceServers, r.error, r.value.totalResults);
        });
    admin.listRoles(one).then(this, [store](const core::Result<core::Page<core::Role>> &r) {
        store(Roles, r.error, r.value.totalResults);
    });
}

void MainWindow::updateCounts()
{
    auto count = [this](int kind) {
        const int n = m_counts.value(kind, -2);
        return n == -2 ? u"…"_s : n == -1 ? u"—"_s : QString::number(n);
    };
    m_countsLabel->setFullText(tr("%1 agents · %2 resource servers · %3 roles")
                                   .arg(count(Agents), count(ResourceServers), count(Roles)));
}

} // namespace tid::ui
