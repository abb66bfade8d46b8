#pragma once

// Waiting helpers for e2e tests: core never blocks, tests spin the event loop until a typed
// call has answered.

#include "core/api/Call.h"
#include "core/api/Session.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTest>

#include <optional>

namespace tid::test {

template<typename T> core::Result<T> await(const core::Call<T> &call, int timeoutMs = 30000)
{
    std::optional<core::Result<T>> out;
    QObject context;
    call.then(&context, [&out](const core::Result<T> &r) { out = r; });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QTest::qWait(5);
    if (!out) {
        QTest::qFail("timed out waiting for a call", __FILE__, __LINE__);
        return {};
    }
    return *out;
}

// Connects and waits for Connected or Failed.
inline bool connectAndWait(core::Session &session, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while ((session.state() == core::Session::State::Connecting ||
            session.state() == core::Session::State::Disconnected) &&
           !deadline.hasExpired())
        QTest::qWait(5);
    return session.isConnected();
}

} // namespace tid::test
