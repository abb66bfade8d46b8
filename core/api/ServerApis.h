#pragma once

#include "core/api/AdminApi.h"
#include "core/api/AdminExtensionsApi.h"
#include "core/api/AuditEventsApi.h"
#include "core/api/CibaApprovalsApi.h"
#include "core/api/OAuthApi.h"

namespace tid::core {

class ApiClient;

// Every API client of one connection, over one ApiClient (base URL, token, TLS pin): ThunderID's
// OAuth and management APIs and the console's extension APIs. The Session owns one; panes and
// models take the clients they need from it and never build their own. What the server
// supports comes from its discovery document (oauth().metadata()).
class ServerApis final
{
    Q_DISABLE_COPY_MOVE(ServerApis)

public:
    explicit ServerApis(ApiClient *client);

    ApiClient *client() const { return m_client; }
    const OAuthApi &oauth() const { return m_oauth; }
    OAuthApi &oauth() { return m_oauth; }
    const AdminApi &admin() const { return m_admin; }
    // Consents and the credential lifecycle (extensions "consents" and "credentials").
    const AdminExtensionsApi &extensions() const { return m_extensions; }
    // The approval side of CIBA (extension "ciba-approvals").
    const CibaApprovalsApi &ciba() const { return m_ciba; }
    // The token history's source (extension "audit-events").
    const AuditEventsApi &audit() const { return m_audit; }

    const ServerMetadata &metadata() const { return m_oauth.metadata(); }
    // Whether the server announces one of the console's extension APIs (discovery
    // `extensions`, e.g. "consents"); false against plain ThunderID.
    bool supports(const QString &extension) const { return metadata().hasExtension(extension); }

private:
    ApiClient *m_client;
    OAuthApi m_oauth;
    AdminApi m_admin;
    AdminExtensionsApi m_extensions;
    CibaApprovalsApi m_ciba;
    AuditEventsApi m_audit;
};

} // namespace tid::core
