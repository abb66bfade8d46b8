#pragma once

#include "core/api/AdminApi.h"
#include "core/api/AdminExtensionsApi.h"
#include "core/api/ApiClient.h"

namespace tid::core {

// Whether a model may ask the server anything yet: before a connection has a base URL (the
// console starting, a pane built before sign-in) loading waits quietly for the next reload
// instead of failing into an error bar.
inline bool apiReady(const AdminApi *api)
{
    return api && api->client() && api->client()->baseUrl().isValid();
}

inline bool apiReady(const AdminExtensionsApi *api)
{
    return api && api->client() && api->client()->baseUrl().isValid();
}

} // namespace tid::core
