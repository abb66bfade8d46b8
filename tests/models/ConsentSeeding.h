#pragma once

// Gives a demo sandbox a few real consents: demo users sign in through the authorize page of
// an agent (authorization code + PKCE) and allow it — exactly how consents arise.

#include "../sandbox/FlowFixture.h"

namespace tid::test {

struct SeededConsents
{
    TestClient agent;
    QStringList userNames; // demo usernames that consented
    int count = 0;
};

inline SeededConsents seedConsents(FlowFixture &fx, const QString &agentName,
                                   const QStringList &usernames)
{
    SeededConsents out;
    out.agent = fx.createClient(
        agentName, {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")});
    for (const QString &user : usernames) {
        const auto reply = fx.signInAndRedeem(out.agent, user, QStringLiteral("demo-password"),
                                              QStringLiteral("openid dashboards:read"),
                                              QStringLiteral("https://api.analytics.example.com"));
        if (reply.status == 200) {
            out.userNames << user;
            ++out.count;
        } else {
            qWarning("consent sign-in for %s: %d %s", qPrintable(user), reply.status,
                     reply.body.constData());
        }
    }
    return out;
}

} // namespace tid::test
