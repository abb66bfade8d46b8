#pragma once

#include "core/api/ApiClient.h"

namespace tid::core {

// Whether a model may ask the server anything yet: before a connection has a base URL (the
// console starting, a pane built before sign-in) loading waits quietly for the next reload
// instead of failing into an error bar. `Api`: any of the session's API clients (client()).
template<typename Api> inline bool apiReady(const Api *api)
{
    return api && api->client() && api->client()->baseUrl().isValid();
}

} // namespace tid::core
