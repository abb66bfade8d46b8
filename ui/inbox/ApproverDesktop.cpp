#include "ui/inbox/ApproverDesktop.h"

#include "core/Logging.h"
#include "core/Settings.h"
#include "core/api/Session.h"
#include "core/desktop/Autostart.h"
#include "core/models/CibaRequestsModel.h"
#include "core/models/EntityNames.h"
#include "ui/MainWindow.h"
#include "ui/inbox/InboxPane.h"
#include "ui/inbox/InboxTray.h"
#include "ui/widgets/MessageWidget.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

// What only an administrator's token may call. (Consents stay: the consents extension lets a
// user list and revoke their own.)
constexpr MainWindow::Pane ManagementPanes[] = {MainWindow::Pane::ResourceServers,
                                                MainWindow::Pane::Scopes, MainWindow::Pane::Roles,
                                                MainWindow::Pane::Agents};

} // namespace

ApproverDesktop::ApproverDesktop(MainWindow *window, core::Session *session, InboxPane *inbox,
                                 DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_inbox(inbox)
    , m_tray(new InboxTray(inbox->model(), notifier, this))
    , m_names(new core::EntityNames(&session->admin(), this))
    , m_autostart(new QAction(tr("Start with the session"), this))
    , m_keepInTray(new QAction(tr("Keep running in the tray when the window closes"), this))
{
    m_keepInTray->setCheckable(true);
    m_keepInTray->setEnabled(false); // until setSettings()
    connect(m_keepInTray, &QAction::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setCloseToTray(on);
        updateCloseBehaviour();
        updateTray();
    });
    m_autostart->setCheckable(true);
    m_autostart->setChecked(core::Autostart::isEnabled());
    m_autostart->setToolTip(
        tr("Start the console in the tray, as an approver, when you log in to the desktop"));
    connect(m_autostart, &QAction::toggled, this, &ApproverDesktop::setAutostart);
    QMenu *menu = m_tray->menu();
    const QList<QAction *> actions = menu->actions();
    menu->insertAction(actions.isEmpty() ? nullptr : actions.last(), m_autostart);
    menu->insertAction(actions.isEmpty() ? nullptr : actions.last(), m_keepInTray);

    connect(m_tray, &InboxTray::countChanged, window,
            [this](int count) { m_window->setPaneBadge(MainWindow::Pane::Inbox, count); });
    connect(m_tray, &InboxTray::openRequested, this, &ApproverDesktop::openInbox);
    connect(m_tray, &InboxTray::approveRequested, this,
            [this](const QString &id) { decide(id, true); });
    connect(m_tray, &InboxTray::denyRequested, this,
            [this](const QString &id) { decide(id, false); });
    connect(m_tray, &InboxTray::quitRequested, qApp, &QCoreApplication::quit);
    // A name arrived: the detail shows it.
    connect(m_names, &core::EntityNames::resolved, this, &ApproverDesktop::updateNames);

    connect(session, &core::Session::connected, this, &ApproverDesktop::onConnected);
    connect(session, &core::Session::stateChanged, this, &ApproverDesktop::onStateChanged);
    connect(window, &MainWindow::signOutRequested, session, &core::Session::signOut);
    // The tray and the badge follow the Disconnected state (onStateChanged).
    connect(session, &core::Session::signedOut, this, [this](const core::ApiError &error) {
        if (error.isError())
            qCWarning(core::lcUi).noquote()
                << "sign-out: the server was not told:" << error.toString();
        Q_EMIT signedOut(error.isError()
                             ? tr("Signed out here, but the server could not be told (%1): the "
                                  "refresh token stays valid there until it expires.")
                                   .arg(error.toString())
                             : QString());
    });
}

ApproverDesktop::~ApproverDesktop() = default;

void ApproverDesktop::setApproverMode(bool on)
{
    m_approverMode = on;
    updateCloseBehaviour();
    updateTray();
}

void ApproverDesktop::startAsApprover()
{
    setApproverMode(true); // shows the tray: the window hides into it
    m_window->showPane(MainWindow::Pane::Inbox);
    m_window->hide();
}

void ApproverDesktop::setSettings(core::Settings *settings)
{
    m_settings = settings;
    const QSignalBlocker blocker(m_keepInTray);
    m_keepInTray->setEnabled(settings != nullptr);
    m_keepInTray->setChecked(settings && settings->closeToTray());
    updateCloseBehaviour();
    updateTray();
}

void ApproverDesktop::updateCloseBehaviour()
{
    m_window->setCloseHides(m_approverMode || (m_settings && m_settings->closeToTray()));
}

void ApproverDesktop::updateTray()
{
    // The tray is for the person who decides; an administrator watches in the window — unless
    // the window hides into the tray on close (approver mode, or the setting).
    const bool connected = m_session && m_session->isConnected();
    const bool decides = connected && !m_session->isAdministrator();
    m_tray->setVisible(decides || m_window->closeHides());
}

void ApproverDesktop::setAutostartArguments(const QStringList &arguments)
{
    m_autostartArguments = arguments;
}

void ApproverDesktop::setAutostart(bool on)
{
    QString error;
    const bool ok = on ? core::Autostart::enable(QCoreApplication::applicationFilePath(),
                                                 m_autostartArguments, &error)
                       : core::Autostart::disable(&error);
    if (!ok) {
        const QSignalBlocker blocker(m_autostart);
        m_autostart->setChecked(core::Autostart::isEnabled());
        m_window->messageWidget()->showMessage(
            tr("Could not change “Start with the session”: %1").arg(error),
            MessageWidget::Type::Error);
    }
}

void ApproverDesktop::onConnected()
{
    const bool administrator = m_session->isAdministrator();
    for (MainWindow::Pane pane : ManagementPanes)
        m_window->setPaneVisible(pane, administrator);
    m_inbox->setViewer(administrator ? InboxPane::Viewer::Administrator : InboxPane::Viewer::User);
    m_names->clear();
    updateNames();
    if (!administrator) // the inbox is why a person without the Administrator role signs in
        m_window->showPane(MainWindow::Pane::Inbox);
    updateTray();
}

void ApproverDesktop::updateNames()
{
    if (m_session->isAdministrator()) {
        m_inbox->setUserNames(
            [this](const QString &id) { return m_names->name(id, core::EntityRef::Type::User); });
        return;
    }
    // A user's own token lists only their requests, and cannot look anyone up.
    const QString me = m_session->subject();
    const QString name = m_session->signedInAs();
    m_inbox->setUserNames(
        [me, name](const QString &id) { return id == me && name != me ? name : QString(); });
}

void ApproverDesktop::onStateChanged()
{
    if (m_session->state() == core::Session::State::Disconnected) {
        updateTray();
        m_window->setPaneBadge(MainWindow::Pane::Inbox, 0);
    }
}

void ApproverDesktop::openInbox(const QString &requestId)
{
    m_window->showPane(MainWindow::Pane::Inbox);
    if (!requestId.isEmpty())
        m_inbox->selectRequest(requestId);
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void ApproverDesktop::decide(const QString &requestId, bool approve)
{
    // From a notification: decided as if clicked in the inbox (the same checks — a request
    // that is gone or expired is not decided), without opening the window.
    m_window->showPane(MainWindow::Pane::Inbox);
    if (!m_inbox->selectRequest(requestId) || m_inbox->currentRequest().id != requestId)
        return;
    if (approve)
        m_inbox->approveCurrent();
    else
        m_inbox->denyCurrent();
}

} // namespace tid::ui
