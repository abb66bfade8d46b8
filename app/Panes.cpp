#include "app/Panes.h"

#include "core/api/Session.h"
#include "ui/MainWindow.h"
#include "ui/agents/AgentWizard.h" // AgentsPane::wizard() returns a QPointer of it
#include "ui/agents/AgentsPane.h"
#include "ui/consents/ConsentsPane.h"
#include "ui/history/HistoryPane.h"
#include "ui/inbox/ApproverDesktop.h"
#include "ui/inbox/InboxPane.h"
#include "ui/inspector/InspectorPane.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/resourceservers/ResourceServersPane.h"
#include "ui/roles/RolesPane.h"
#include "ui/scopes/ScopesPane.h"

#include "core/Settings.h"
#include "core/history/HistoryStore.h"
#include <QDesktopServices>

#include <QJsonDocument>
#include <QJsonObject>

namespace tid::app {

namespace {

// The inspector reads tokens: the claims an audit event tells become an unsigned token
// (alg "none"), which the inspector decodes and flags as unsigned — which it is.
QString unsignedToken(const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    return QString::fromLatin1(part(header) + '.' + part(claims) + '.');
}

} // namespace

ui::ApproverDesktop *installPanes(ui::MainWindow &window, core::Session &session,
                                  core::Settings &settings,
                                  ui::HistoryConnector::ProfileResolver profile)
{
    using Pane = ui::MainWindow::Pane;
    // Every pane takes its clients from the session's one set (admin, extensions, CIBA).
    const core::ServerApis *apis = &session.apis();

    auto *resourceServers = new ui::ResourceServersPane(apis);
    auto *scopes = new ui::ScopesPane(apis);
    auto *roles = new ui::RolesPane(apis);
    auto *agents = new ui::AgentsPane(apis);
    auto *consents = new ui::ConsentsPane(apis);
    auto *inspector = new ui::InspectorPane;
    auto *inbox = new ui::InboxPane(apis);
    auto *history = new ui::HistoryPane(&settings);
    auto *playground = new ui::PlaygroundPane(apis);
    window.setPane(Pane::ResourceServers, resourceServers);
    window.setPane(Pane::Scopes, scopes);
    window.setPane(Pane::Roles, roles);
    window.setPane(Pane::Agents, agents);
    window.setPane(Pane::Consents, consents);
    window.setPane(Pane::Inspector, inspector);
    window.setPane(Pane::Inbox, inbox);
    window.setPane(Pane::History, history);
    window.setPane(Pane::Playground, playground);

    // One history store per connection profile, synced from the audit-events extension.
    auto *historyConnector = new ui::HistoryConnector(&session, history, &settings, &window);
    // Agents' secrets for the playground: the keychain, under the connection's profile.
    playground->setKeychain(session.keychain(),
                            [historyConnector] { return historyConnector->profileName(); });
    historyConnector->setProfileResolver(std::move(profile));
    QObject::connect(inspector, &ui::InspectorPane::policyChanged, playground,
                     &ui::PlaygroundPane::setPolicy);
    QObject::connect(playground, &ui::PlaygroundPane::openInInspector, &window,
                     [inspector, &window](const QString &token) {
                         inspector->setTokenText(token);
                         inspector->decodeNow();
                         window.showPane(Pane::Inspector);
                     });
    QObject::connect(playground, &ui::PlaygroundPane::browserSignInRequested, &window,
                     [](const QUrl &url) { QDesktopServices::openUrl(url); });
    // A retention saved in the Settings dialog applies at once to the open store (the history
    // pane's own field reads the setting when its menu opens).
    QObject::connect(&window, &ui::MainWindow::settingsApplied, historyConnector,
                     [historyConnector, &settings] {
                         const int days = settings.historyRetentionDays();
                         if (days > 0 && historyConnector->store())
                             historyConnector->store()->applyRetention(days);
                     });
    QObject::connect(agents, &ui::AgentsPane::historyRequested, &window,
                     [history, &window](const QString &clientId) {
                         history->showClient(clientId);
                         window.showPane(Pane::History);
                     });
    QObject::connect(history, &ui::HistoryPane::openInInspector, &window,
                     [inspector, &window](const QJsonObject &claims) {
                         inspector->setTokenText(unsignedToken(claims));
                         inspector->decodeNow();
                         inspector->showNote(ui::HistoryPane::tr(
                             "These claims were rebuilt from a token-history event: the token "
                             "itself is not stored, so it is shown unsigned and the signature "
                             "findings do not apply."));
                         window.showPane(Pane::Inspector);
                     });

    QObject::connect(&session, &core::Session::connected, &window, [=, &session, &window] {
        agents->setServerMetadata(session.metadata());
        consents->setServerMetadata(session.metadata());
        inbox->setServerMetadata(session.metadata());
        inspector->setExpectedIssuer(session.issuer());
        // The inspector fetches the connected server's keys once, through the session's
        // client (its TLS pin applies).
        inspector->setOAuthApi(&session.oauth(), session.clientAuth());
        const bool administrator = session.isAdministrator();
        inspector->setAdminApi(administrator ? &session.admin() : nullptr, session.issuer());
        inbox->refresh();
        consents->refresh(); // a user's own consents, or everyone's for an administrator
        playground->setSessionAuth(session.clientAuth());
        playground->setAdministrator(session.isAdministrator());
        if (!administrator)
            return; // a user session: ApproverDesktop shows the inbox, hides the management panes
        resourceServers->refresh();
        scopes->refresh();
        roles->refresh();
        agents->refresh();
    });
    return new ui::ApproverDesktop(&window, &session, inbox, nullptr, &window);
}

} // namespace tid::app
