#pragma once

#include <QLoggingCategory>

namespace tid::sandbox {

// One logging category per area of the sandbox (enable with QT_LOGGING_RULES, e.g.
// "tid.sandbox.store.debug=true"). Never a secret or a token in a message.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)    // tid.sandbox.http: connections, internal errors
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)   // tid.sandbox.oauth: grants, keys, client authentication
Q_DECLARE_LOGGING_CATEGORY(lcAdmin)   // tid.sandbox.admin: the administration API modules
Q_DECLARE_LOGGING_CATEGORY(lcCiba)    // tid.sandbox.ciba: CIBA requests and decisions
Q_DECLARE_LOGGING_CATEGORY(lcConsent) // tid.sandbox.consent: consents
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // tid.sandbox.store: the SQLite store, migrations

} // namespace tid::sandbox
