#pragma once

#include <QString>

class QCoreApplication;

namespace tid::app {

// Installs Qt's and the console's translations: the language chosen in Settings (a locale name
// such as "de"), or the system locale's (LC_ALL, LC_MESSAGES, LANG) when `language` is empty —
// for the window and the command-line subcommands alike.
void loadTranslations(QCoreApplication &app, const QString &language = {});

} // namespace tid::app
