#pragma once

#include <QLoggingCategory>

// The console's logging categories, one per area, all declared here (filter them with
// QT_LOGGING_RULES, e.g. "tid.api.debug=true"; `thunderid-console --verbose` turns every one on).
// Log names and ids, never a secret or a token (tst_verbose_logging greps a verbose run).
namespace tid::core {

Q_DECLARE_LOGGING_CATEGORY(lcApi)      // tid.api: requests, retries
Q_DECLARE_LOGGING_CATEGORY(lcAuth)     // tid.auth: sign-in, token renewal (client ids only)
Q_DECLARE_LOGGING_CATEGORY(lcModels)   // tid.models: list pages loaded, load failures
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // tid.sandbox: the embedded sandbox child process
Q_DECLARE_LOGGING_CATEGORY(lcHistory)  // tid.history: the token-history store, imports, sync
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // tid.keychain: secrets (key names only)
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // tid.ui: panes and dialogs

// tid.playground: the flow playground's runs (steps and statuses, never a value)
Q_DECLARE_LOGGING_CATEGORY(lcPlayground)

} // namespace tid::core
