#include "sandbox/Logging.h"

namespace tid::sandbox {

Q_LOGGING_CATEGORY(lcHttp, "tid.sandbox.http")
Q_LOGGING_CATEGORY(lcOAuth, "tid.sandbox.oauth")
Q_LOGGING_CATEGORY(lcAdmin, "tid.sandbox.admin")
Q_LOGGING_CATEGORY(lcCiba, "tid.sandbox.ciba")
Q_LOGGING_CATEGORY(lcConsent, "tid.sandbox.consent")
Q_LOGGING_CATEGORY(lcStore, "tid.sandbox.store")

} // namespace tid::sandbox
