#pragma once

#include "core/playground/HttpExchange.h"
#include "core/token/ChainPolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tid::core {

// One step of a playground run: what it asks the server, how it went, the token it produced
// and every HTTP exchange it made (CIBA's polling makes many). `token` is a secret: never log
// it or write it to a scenario.
struct PlaygroundStep
{
    enum class Kind
    {
        ClientCredentials,    // the agent's own token
        SignIn,               // a user signs in through the browser (authorization code + PKCE)
        BackchannelAuthorize, // CIBA: bc-authorize
        CibaPoll,             // CIBA: polling until the user decides
        Exchange,             // RFC 8693: the previous token for a narrower one
        AudienceCheck,        // the last token presented to another resource server
    };
    enum class Status
    {
        Pending,
        Running,
        Waiting, // for the user: the browser sign-in, the CIBA approval
        Succeeded,
        Narrowed,    // succeeded with fewer scopes than asked (explained)
        Refused,     // the audience check: the resource server refuses the token (as it should)
        Failed,      // the server refused the step (explained)
        Unsupported, // the server lacks the grant or endpoint
        Skipped,     // an earlier step did not succeed
        Stopped,     // the user stopped the run
    };

    Kind kind = Kind::ClientCredentials;
    Status status = Status::Pending;
    QString title;
    QString agent;    // the client acting in this step (client id)
    QString audience; // resource asked for
    QStringList requestedScopes;
    QStringList grantedScopes;
    QString summary;      // one line: the result, or what the step waits for
    QString explanation;  // the server's error or a narrowing said in words
    QString detail;       // more to read (the sign-in URL, the claims summary)
    QString token;        // the access token produced (secret)
    QJsonObject claims;   // its payload, when it is a JWT
    PolicyResults policy; // the chain policy's verdict on the token, when a policy is set
    int actDepth = 0;
    QList<HttpExchange> exchanges;
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    // CIBA countdown
    QDateTime nextPollAt;
    QDateTime expiresAt;
    int pollIntervalSeconds = 0;

    bool isFinished() const
    {
        return status != Status::Pending && status != Status::Running && status != Status::Waiting;
    }
    bool isSuccess() const
    {
        return status == Status::Succeeded || status == Status::Narrowed ||
               status == Status::Refused;
    }

    static QString statusName(Status status);
    static QString kindName(Kind kind);
};

} // namespace tid::core
