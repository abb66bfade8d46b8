#pragma once

namespace tid::core {
class Session;
}
namespace tid::ui {
class MainWindow;
}

namespace tid::app {

// Builds every pane that exists over the session's APIs, plugs it into the window, and reloads
// the admin panes (with the server's metadata, for extension detection) on every connect.
void installPanes(ui::MainWindow &window, core::Session &session);

} // namespace tid::app
