#pragma once

#include "core/api/ApiError.h"

namespace tid::core {

// The outcome of a typed call: a value, or an error (never both).
template<typename T> struct Result
{
    T value{};
    ApiError error;
    int httpStatus = 0;

    bool ok() const { return !error.isError(); }
    explicit operator bool() const { return ok(); }
};

// Value type of calls that answer 204 or whose body does not matter.
struct NoContent
{
};

} // namespace tid::core
