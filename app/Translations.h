#pragma once

class QCoreApplication;

namespace tid::app {

// Installs Qt's and the console's translations for the system locale (LC_ALL, LC_MESSAGES,
// LANG): the window and the command-line subcommands alike.
void loadTranslations(QCoreApplication &app);

} // namespace tid::app
