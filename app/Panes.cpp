#include "app/Panes.h"

#include "core/api/Session.h"
#include "ui/MainWindow.h"
#include "ui/agents/AgentWizard.h" // AgentsPane::wizard() returns a QPointer of it
#include "ui/agents/AgentsPane.h"
#include "ui/consents/ConsentsPane.h"
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
    window.setPane(Pane::ResourceServers, resourceServers);
    window.setPane(Pane::Scopes, scopes);
    window.setPane(Pane::Roles, roles);
    window.setPane(Pane::Agents, agents);
    window.setPane(Pane::Consents, consents);
    window.setPane(Pane::Inspector, inspector);

    QObject::connect(&session, &core::Session::connected, &window, [=, &session] {
        agents->setServerMetadata(session.metadata());
        consents->setServerMetadata(session.metadata());
        inspector->setExpectedIssuer(session.issuer());
        inspector->setOAuthApi(&session.oauth(), session.clientAuth());
        resourceServers->refresh();
        scopes->refresh();
        roles->refresh();
        agents->refresh();
        consents->refresh();
    });
}

} // namespace tid::app
