#pragma once

// A sandbox with what CIBA needs: a resource server, two users who hold its permissions
// through a role, an agent allowed the CIBA grant, and the users' own tokens (browser-style
// sign-in through a public PKCE application) — the token a user approves with.

#include "../sandbox/FlowFixture.h"

#include "core/api/ApiClient.h"

namespace tid::test {

class CibaSeed
{
public:
    const QString resource = QStringLiteral("https://payments.example.com/api");

    bool seed(FlowFixture &fx)
    {
        m_fx = &fx;
        rsId = fx.createResourceServer(
            QStringLiteral("Payments"), resource,
            {QStringLiteral("payments:read"), QStringLiteral("payments:send")});
        daveId = fx.createUser(QStringLiteral("dave"), QStringLiteral("dave-pw"));
        erinId = fx.createUser(QStringLiteral("erin"), QStringLiteral("erin-pw"));
        if (rsId.isEmpty() || daveId.isEmpty() || erinId.isEmpty())
            return false;
        if (fx.createRole(QStringLiteral("Payers"), rsId,
                          {QStringLiteral("payments:read"), QStringLiteral("payments:send")},
                          {{daveId, QStringLiteral("user")}, {erinId, QStringLiteral("user")}})
                .isEmpty())
            return false;
        agent = fx.createClient(QStringLiteral("Travel agent"), {GrantCiba, GrantExchange});
        daveToken = fx.userToken(QStringLiteral("dave"), QStringLiteral("dave-pw"));
        erinToken = fx.userToken(QStringLiteral("erin"), QStringLiteral("erin-pw"));
        return !agent.secret.isEmpty() && !daveToken.isEmpty() && !erinToken.isEmpty();
    }

    // Points the admin's, dave's and erin's clients at the sandbox with their tokens.
    void connect(FlowFixture &fx, core::ApiClient &admin, core::ApiClient &dave,
                 core::ApiClient &erin, int timeoutMs) const
    {
        for (auto [client, token] : {std::pair{&admin, fx.adminToken()},
                                     std::pair{&dave, daveToken}, std::pair{&erin, erinToken}}) {
            client->setBaseUrl(fx.sandbox().baseUrl());
            client->setBearerToken(token);
            client->setTimeout(timeoutMs);
        }
    }

    // POST /oauth2/bc-authorize by the agent for `user`; the auth_req_id (empty on failure).
    // With `delegationToken`, the agent acts for whoever delegated that token to it (sandbox
    // extension; see delegatedToken()).
    QString bcAuthorize(const QString &bindingMessage, const QString &user = QStringLiteral("dave"),
                        int expirySeconds = 0, const QString &delegationToken = {})
    {
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("login_hint"), user},
            {QStringLiteral("scope"), QStringLiteral("openid payments:read payments:send")},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("binding_message"), bindingMessage}};
        if (expirySeconds > 0)
            fields.append({QStringLiteral("requested_expiry"), QString::number(expirySeconds)});
        if (!delegationToken.isEmpty())
            fields.append({QStringLiteral("delegation_token"), delegationToken});
        const auto r = m_fx->http.postForm(QStringLiteral("/oauth2/bc-authorize"), fields,
                                           agent.clientId, agent.secret);
        if (r.status != 200)
            qWarning("bc-authorize: %d %s", r.status, r.body.constData());
        return r.json().value(QStringLiteral("auth_req_id")).toString();
    }

    // A token that an agent named `delegator` (created here) hands to the seed's agent by token
    // exchange: its subject is the delegator, its current actor the seed's agent.
    QString delegatedToken(const QString &delegator)
    {
        const TestClient from =
            m_fx->createClient(delegator, {QStringLiteral("client_credentials")});
        const QString own = m_fx->clientCredentials(from, {}, {})
                                .json()
                                .value(QStringLiteral("access_token"))
                                .toString();
        return m_fx
            ->token(agent, {{QStringLiteral("grant_type"), GrantExchange},
                            {QStringLiteral("subject_token"), own},
                            {QStringLiteral("subject_token_type"), TypeAccessToken}})
            .json()
            .value(QStringLiteral("access_token"))
            .toString();
    }

    // The agent's token poll: the reply (200 with tokens, or 400 with an OAuth error).
    TestHttp::Reply poll(const QString &authReqId)
    {
        return m_fx->token(agent, {{QStringLiteral("grant_type"), GrantCiba},
                                   {QStringLiteral("auth_req_id"), authReqId}});
    }

    QString rsId;
    QString daveId;
    QString erinId;
    TestClient agent;
    QString daveToken;
    QString erinToken;

private:
    FlowFixture *m_fx = nullptr;
};

} // namespace tid::test
