#pragma once

#include "ui/history/HistoryConnector.h"

namespace tid::core {
class Session;
class Settings;
} // namespace tid::core
namespace tid::ui {
class ApproverDesktop;
class MainWindow;
} // namespace tid::ui

namespace tid::app {

// Builds every pane that exists over the session's APIs, plugs it into the window, and reloads
// the admin panes (with the server's metadata, for extension detection) on every connect.
// `profile` names the connection profile of the session's connection (its history store and
// sync cursor); `settings` holds the history's saved filters and retention. Returns the
// approver's desktop around the inbox (tray, notifications, sign-out), owned by the window.
ui::ApproverDesktop *installPanes(ui::MainWindow &window, core::Session &session,
                                  core::Settings &settings,
                                  ui::HistoryConnector::ProfileResolver profile = {});

} // namespace tid::app
