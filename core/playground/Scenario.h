#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tid::core {

// What a playground run does, as the user set it up — and what a scenario file holds. Never a
// secret or a token: agents are named by client id, and their secrets come from the user or
// the keychain when the run starts.
//
// A run starts with an origin token (the agent's own through client credentials, a user's
// through the browser sign-in, or a user's through CIBA) and then hands it on through the
// exchange hops; each hop's agent exchanges the previous token for a narrower one (RFC 8693),
// and `act` nests one level per hop.
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    enum class Flow
    {
        ClientCredentials, // the agent's own token (and any hops)
        TokenExchange,     // client credentials, then one or more hops
        Ciba,              // bc-authorize + polling, then any hops
        AuthorizationCode, // the user signs in (browser, PKCE), an agent exchanges: on-behalf-of
    };

    struct Hop
    {
        QString agent; // client id
        QStringList scopes;
        QString audience; // resource (RFC 8707); empty: none sent
        bool operator==(const Hop &) const = default;
    };

    static constexpr int FormatVersion = 1;

    Flow flow = Flow::ClientCredentials;
    // The origin's agent, scopes and audience (client credentials and CIBA: the agent asking;
    // authorization code: the client the user signs in to, ThunderID's CONSOLE by default).
    Hop origin;
    QList<Hop> hops;
    QString user;           // CIBA: login_hint
    QString bindingMessage; // CIBA: empty lets the server make one
    // After the last token: present it to this resource server (audience locking). Empty: no.
    QString checkAudience;

    bool operator==(const Scenario &) const = default;

    // The agents whose secrets the run needs (client ids, in order, without repeats).
    QStringList agentsNeedingSecrets() const;
    // A readable problem with the set-up (no agent, no user for CIBA, …), or empty.
    QString validate() const;

    static QString flowKey(Flow flow); // "client-credentials", "token-exchange", …
    static QString flowName(Flow flow);
    static bool flowFromKey(const QString &key, Flow *flow);

    // A ready-made scenario for a flow (what the flow picker fills in).
    static Scenario preset(Flow flow);

    QJsonObject toJson() const;
    // Strict: unknown flows, wrong types and missing members are errors. Members that could
    // hold a secret are refused (a scenario file never carries one).
    static Scenario fromJson(const QJsonObject &o, QString *error);

    bool save(const QString &path, QString *error) const;
    static Scenario load(const QString &path, QString *error);
};

} // namespace tid::core
