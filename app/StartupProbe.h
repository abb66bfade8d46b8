#pragma once

namespace tid::core {
class Session;
}
namespace tid::ui {
class MainWindow;
}

namespace tid::app {

// For bench/start: with TID_STARTUP_PROBE=<the launch instant, ms since the epoch> in the
// environment, prints when the console reached main(), connected, had the first rows of the
// shown pane and painted them — each in ms after the launch — and quits. Without the variable it
// does nothing.
void installStartupProbe(tid::ui::MainWindow &window, tid::core::Session &session);

} // namespace tid::app
