#pragma once

#include <QString>

// Fixed ids of ThunderID's bootstrap data (REFERENCE.md §6.2), shared by the modules that create
// and use them.
namespace tid::sandbox::bootstrap {

inline const QString DefaultOuId = QStringLiteral("01900000-0000-7000-8000-000000000001");
inline const QString PersonUserTypeId = QStringLiteral("01900000-0000-7000-8000-000000000010");
inline const QString DefaultAgentTypeId = QStringLiteral("01900000-0000-7000-8000-000000000011");
inline const QString SystemResourceServerId =
    QStringLiteral("01900000-0000-7000-8000-000000000020");
// ThunderID hard-codes this identifier whatever the public URL is (REFERENCE.md §6.2, App. 8).
inline const QString SystemResourceServerIdentifier = QStringLiteral("https://localhost:8090/mcp");
inline const QString SystemPermission = QStringLiteral("system");
inline const QString AdminUserId = QStringLiteral("01900000-0000-7000-8000-000000000030");
inline const QString AdministratorsGroupId = QStringLiteral("01900000-0000-7000-8000-000000000040");
inline const QString AdministratorRoleId = QStringLiteral("01900000-0000-7000-8000-000000000050");
inline const QString ConsoleAppId = QStringLiteral("01900000-0000-7000-8000-000000000060");
inline const QString ConsoleClientId = QStringLiteral("CONSOLE");
// The desktop console's redirect URI (RFC 8252 loopback; any port is accepted).
inline const QString ConsoleLoopbackRedirectUri = QStringLiteral("http://127.0.0.1/callback");
// The sandbox's machine-to-machine admin application (REFERENCE.md §6.4 B).
inline const QString AdminAppId = QStringLiteral("01900000-0000-7000-8000-000000000070");
inline const QString DefaultAdminClientId = QStringLiteral("sandbox-admin");

} // namespace tid::sandbox::bootstrap
