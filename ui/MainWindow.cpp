#include "ui/MainWindow.h"

#include "core/api/Session.h"
#include "ui/widgets/LineIcon.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// resources.qrc is compiled into the static thunderid_ui library, whose resource initializer
// is not pulled in by the linker unless something references it.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace tid::ui {

namespace {

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
    side->setObjectName(u"sidebar"_s);
    side->setAutoFillBackground(true);
    QPalette sidePalette = side->palette();
    sidePalette.setColor(QPalette::Window, palette().color(QPalette::Window));
    side->setPalette(sidePalette);
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
    QPalette listPalette = m_sidebar->palette();
    listPalette.setColor(QPalette::Base, sidePalette.color(QPalette::Window));
    m_sidebar->setPalette(listPalette);
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
    for (int i = 0; i < PaneCount; ++i) {
        const auto pane = Pane(i);
        auto *item = new QListWidgetItem(LineIcon::icon(iconFor(pane)), paneTitle(pane));
        item->setSizeHint(QSize(0, 34));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(paneTitle(pane)).arg(i + 1));
        m_sidebar->addItem(item);
        m_stack->addWidget(makePlaceholder(pane));

        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(shortcut, &QAction::triggered, this, [this, pane] { showPane(pane); });
        addAction(shortcut);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *right = new QWidget(central);
    right->setObjectName(u"content"_s);
    right->setAutoFillBackground(true);
    QPalette contentPalette = right->palette();
    contentPalette.setColor(QPalette::Window, palette().color(QPalette::Base));
    right->setPalette(contentPalette);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 12, 12, 12);
    rightLayout->setSpacing(8);
    m_message = new MessageWidget(right);
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
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_stack, 1);

    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    QPalette dividerPalette = divider->palette();
    dividerPalette.setColor(QPalette::WindowText, palette().color(QPalette::Mid));
    divider->setPalette(dividerPalette);
    outer->addWidget(side);
    outer->addWidget(divider);
    outer->addWidget(right, 1);
    setCentralWidget(central);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    addAction(refreshAction);

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
    auto makeField = [this](const QString &objectName, const QString &accessible) {
        QFrame *separator = nullptr;
        if (!m_separators.isEmpty() || m_serverLabel) {
            separator = new QFrame(this);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        auto *label = new QLabel(this);
        m_separators.insert(label, separator);
        label->setContentsMargins(4, 0, 4, 0);
        label->setObjectName(objectName);
        label->setAccessibleName(accessible);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_serverLabel = makeField(u"serverLabel"_s, tr("Server"));
    m_issuerLabel = makeField(u"issuerLabel"_s, tr("Issuer"));
    m_clientLabel = makeField(u"clientLabel"_s, tr("Signed-in client"));
    m_countsLabel = makeField(u"countsLabel"_s, tr("Counts"));
    resize(1100, 700);
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
    if (m_closeHides) {
        // The tray keeps the approver's inbox running; its menu quits.
        hide();
        event->ignore();
        return;
    }
    if (!m_quitConfirmation.isEmpty() && !m_quitConfirmed) {
        event->ignore();
        MessageBox::confirm(this, tr("Quit the console"), m_quitConfirmation, tr("Quit"), this,
                            [this](bool quit) {
                                if (!quit)
                                    return;
                                m_quitConfirmed = true;
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
    return m_serverLabel->text();
}
QString MainWindow::issuerText() const
{
    return m_issuerLabel->text();
}
QString MainWindow::clientText() const
{
    return m_clientLabel->text();
}
QString MainWindow::countsText() const
{
    return m_countsLabel->text();
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

    m_serverLabel->setText(server.isEmpty() ? tr("Not connected") : tr("Server: %1").arg(server));
    m_signOutAction->setVisible(state == State::Connected || state == State::Failed);
    m_ownSignInAction->setVisible(state == State::Connected &&
                                  m_session->signInMethod() ==
                                      core::ServerProfile::SignIn::ClientCredentials);
    for (QLabel *field : {m_issuerLabel, m_clientLabel, m_countsLabel}) {
        field->setVisible(state == State::Connected);
        if (QFrame *separator = m_separators.value(field))
            separator->setVisible(state == State::Connected);
    }

    switch (state) {
    case State::Disconnected:
        setBusy(false);
        setWindowTitle(tr("ThunderID Console"));
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
        setWindowTitle(tr("ThunderID Console — %1 at %2")
                           .arg(m_session->signedInAs(), m_session->baseUrl().authority()));
        m_issuerLabel->setText(
            tr("Issuer: %1")
                .arg(m_session->issuer().isEmpty() ? tr("(no discovery)") : m_session->issuer()));
        m_clientLabel->setText(
            m_session->signInMethod() == core::ServerProfile::SignIn::Browser
                ? (m_session->isAdministrator()
                       ? tr("Signed in as %1 (administrator)").arg(m_session->signedInAs())
                       : tr("Signed in as %1").arg(m_session->signedInAs()))
                : tr("Client: %1").arg(m_session->clientId()));
        if (!m_session->isAdministrator()) {
            m_countsLabel->setText(tr("User session"));
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
    auto store = [this, generation](int kind, const core::ApiError &error, int total) {
        if (generation != m_countsGeneration)
            return;
        m_counts.insert(kind, error.isError() ? -1 : total);
        if (error.isError())
            showError(tr("Could not read the counts."), error);
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
    m_countsLabel->setText(tr("%1 agents · %2 resource servers · %3 roles")
                               .arg(count(Agents), count(ResourceServers), count(Roles)));
}

} // namespace tid::ui
