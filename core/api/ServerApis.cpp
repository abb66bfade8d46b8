#include "core/api/ServerApis.h"

namespace tid::core {

ServerApis::ServerApis(ApiClient *client)
    : m_client(client)
    , m_oauth(client)
    , m_admin(client)
    , m_extensions(client)
    , m_ciba(client)
    , m_audit(client)
{}

} // namespace tid::core
