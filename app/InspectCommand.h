#pragma once

namespace tid::app {

// `thunderid-console inspect …`: the command-line token inspector. main() hands over argc/argv
// unchanged (argv[1] == "inspect") before any QApplication exists; returns the exit code.
int runInspectCommand(int argc, char *argv[]);

} // namespace tid::app
