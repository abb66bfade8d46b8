#pragma once

#include "sandbox/SandboxConfig.h"

#include <QString>
#include <QUrl>

namespace tid::sandbox {

class Database;

// What modules share at run time: the configuration, the store, the public URL and the one-time
// outputs of bootstrap. Owned by SandboxServer; modules keep a reference.
struct SandboxContext
{
    SandboxConfig config;
    Database *db = nullptr;
    // Valid once the server listens (before any request is handled).
    QUrl baseUrl;
    QString issuer;
    // Credentials generated on a first start; SandboxServer prints them once, then they exist
    // only as hashes in the store.
    QString generatedAdminClientSecret;
    QString generatedAdminPassword;
    QString adminClientId;
};

} // namespace tid::sandbox
