#pragma once

namespace tid::app {

// `thunderid-console history import|sync|query …`: the token history without a window, for
// auditors' scripts and the benchmarks. main() hands over argc/argv unchanged (argv[1] ==
// "history") before any QApplication exists. Exit codes: 0 ok; 1 nothing matched, an import
// with malformed lines, or an input that is not an events file; 2 usage or unreadable input.
int runHistoryCommand(int argc, char *argv[]);

} // namespace tid::app
