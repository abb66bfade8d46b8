#pragma once

#include "core/api/ApiClient.h"

namespace tid::core {

// Whether a model may ask the server anything yet: before a connection has a base URL and a
// way to authenticate (the console starting, a pane built before sign-in, a browser sign-in
// still in flight) loading waits quietly for the next reload instead of failing into an error
// bar. `Api`: any of the session's API clients (client()).
template<typename Api> inline bool apiReady(const Api *api)
{
    const ApiClient *client = api ? api->client() : nullptr;
    return client && client->baseUrl().isValid() &&
           (client->hasBearerToken() || client->authenticator());
}

} // namespace tid::core
