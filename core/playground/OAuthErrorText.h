#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tid::core {

// What a step asked for, so that the server's OAuth error can be explained in its terms.
struct OAuthErrorContext
{
    enum class Request
    {
        ClientCredentials,
        TokenExchange,
        BackchannelAuthorize,
        CibaPoll,
        AuthorizationCode,
        Introspection,
    };
    Request request = Request::ClientCredentials;
    QString clientId;
    QString resource;
    QStringList requestedScopes;
    QStringList parentScopes; // token exchange: what the subject token holds
    QString user;             // CIBA: the login hint
    QString grantType;
};

// The server's OAuth error (RFC 6749 §5.2, RFC 8693, CIBA, RFC 8707) said in words for the
// person running the playground: what it means here and what to change.
class OAuthErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(OAuthErrorText)

public:
    static QString explain(const QString &error, const QString &description,
                           const OAuthErrorContext &context);
    // Whether the error says the server lacks the grant or endpoint itself (the step is then
    // "not supported" rather than failed).
    static bool meansUnsupported(const QString &error, int httpStatus);
};

} // namespace tid::core
