#pragma once

#include "core/token/ActorNameResolver.h"

#include <QPointer>
#include <QString>

namespace tid::core {

class AdminApi;

// An ActorNameResolver lookup backed by ThunderID's management API: a principal id is tried as
// an agent (GET /agents/{id}), then a user (/users/{id}), then an application
// (/applications/{id}); the first hit gives the name and the kind (user, or agent for agents
// and applications). Ids from another issuer than the connected server's are not looked up.
// Failures (404 everywhere, no permission, server down) leave the raw id and Unknown.
class AdminPrincipalLookup final
{
public:
    // `api` must outlive every lookup started with the result; `context` guards the callbacks
    // (answers arriving after it is destroyed are dropped).
    static ActorNameResolver::Lookup make(const AdminApi *api, QObject *context,
                                          const QString &issuer);
};

} // namespace tid::core
