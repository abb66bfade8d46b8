#pragma once

#include "core/api/ApiError.h"

#include <QObject>
#include <QString>

namespace tid::core {

// Something that can obtain a fresh access token for an ApiClient, asynchronously. The client
// asks for it when a call comes back 401 and re-sends that call once after authenticated().
class Authenticator : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Authenticator() override = default;

    // Starts obtaining a new token; must answer with exactly one of the two signals, later.
    virtual void reauthenticate() = 0;

Q_SIGNALS:
    void authenticated(const QString &accessToken);
    void authenticationFailed(const tid::core::ApiError &error);
};

} // namespace tid::core
