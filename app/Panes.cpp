#include "app/Panes.h"

#include "core/api/Session.h"
#include "core/token/Jwks.h"
#include "ui/MainWindow.h"
#include "ui/agents/AgentWizard.h" // AgentsPane::wizard() returns a QPointer of it
#include "ui/agents/AgentsPane.h"
#include "ui/consents/ConsentsPane.h"
#include "ui/inbox/InboxPane.h"
#include "ui/inspector/InspectorPane.h"
#include "ui/resourceservers/ResourceServersPane.h"
#include "ui/roles/RolesPane.h"
#include "ui/scopes/ScopesPane.h"

namespace tid::app {

void installPanes(ui::MainWindow &window, core::Session &session)
{
    using Pane = ui::MainWindow::Pane;
    const core::AdminApi *admin = &session.admin();

    auto *resourceServers = new ui::ResourceServersPane(admin);
    auto *scopes = new ui::ScopesPane(admin);
    auto *roles = new ui::RolesPane(admin);
    auto *agents = new ui::AgentsPane(admin);
    auto *consents = new ui::ConsentsPane(admin);
    auto *inspector = new ui::InspectorPane;
    auto *inbox = new ui::InboxPane(admin);
    window.setPane(Pane::ResourceServers, resourceServers);
    window.setPane(Pane::Scopes, scopes);
    window.setPane(Pane::Roles, roles);
    window.setPane(Pane::Agents, agents);
    window.setPane(Pane::Consents, consents);
    window.setPane(Pane::Inspector, inspector);
    window.setPane(Pane::Inbox, inbox);

    QObject::connect(&session, &core::Session::connected, &window, [=, &session, &window] {
        agents->setServerMetadata(session.metadata());
        consents->setServerMetadata(session.metadata());
        inbox->setServerMetadata(session.metadata());
        inspector->setExpectedIssuer(session.issuer());
        inspector->setOAuthApi(&session.oauth(), session.clientAuth());
        const bool administrator = session.isAdministrator();
        inspector->setAdminApi(administrator ? admin : nullptr, session.issuer());
        // The connected server's keys, through the session's client (its TLS pin applies).
        session.oauth().jwks().then(
            inspector, [inspector, &session](const core::Result<QJsonObject> &r) {
                if (!r.ok())
                    return;
                const core::Jwks keys = core::Jwks::fromJsonObject(r.value);
                if (!keys.isEmpty())
                    inspector->setJwks(keys, session.metadata().jwksUri.toDisplayString());
            });
        inbox->refresh();
        if (!administrator) {
            // A user session: the management panes would only be refused; the inbox is why
            // a person without the Administrator role signs in.
            window.showPane(Pane::Inbox);
            return;
        }
        resourceServers->refresh();
        scopes->refresh();
        roles->refresh();
        agents->refresh();
        consents->refresh();
    });
}

} // namespace tid::app
