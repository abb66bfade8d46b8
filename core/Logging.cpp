#include "core/Logging.h"

namespace tid::core {

Q_LOGGING_CATEGORY(lcApi, "tid.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "tid.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "tid.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tid.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "tid.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tid.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tid.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlayground, "tid.playground", QtInfoMsg)

} // namespace tid::core
