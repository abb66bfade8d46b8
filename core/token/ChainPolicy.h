#pragma once

#include "core/token/ActorChain.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tid::core {

class ActorNameResolver;
class Jwt;

// The verdict of one rule of a chain policy on one token.
struct PolicyResult
{
    QString rule; // the rule's name as written in the file: "max-depth", …
    bool passed = false;
    QString reason; // one sentence, why it holds or why not
    int line = 0;   // the rule's line in the policy file

    friend bool operator==(const PolicyResult &, const PolicyResult &) = default;
};
using PolicyResults = QList<PolicyResult>;

// What a source outside the token (the connected server's management API, the token history)
// says about a principal.
struct PrincipalAnswer
{
    enum class State
    {
        NoSource, // nobody was asked (no server connected)
        Pending,  // asked; the answer is on its way (evaluate again when it arrives)
        Answered, // `kind` is the answer; Unknown = the source does not know the principal
    };
    State state = State::NoSource;
    PrincipalKind kind = PrincipalKind::Unknown;
    QString source; // who answers, for the reason: "the connected server", …
};

// What a policy may rely on beyond the token's claims.
struct PolicyEvidence
{
    using PrincipalLookup = std::function<PrincipalAnswer(const QString &sub, const QString &iss)>;

    // Whether the claims are known to come from their issuer: a verified signature, a token just
    // received from the server, the server's own audit record. Only then is the token's own
    // evidence (its grant_type) proof of anything.
    bool claimsVerified = false;
    // Asked about the chain's subject by human-initiated; may be empty.
    PrincipalLookup principal;

    // A lookup through a resolver (e.g. the Inspector's, over the admin API): it starts the
    // server lookup when the id is not cached yet and answers Pending until it arrives (the
    // resolver then emits resolved(); evaluate again). `source` names the server in reasons.
    static PrincipalLookup fromResolver(ActorNameResolver *resolver,
                                        const QString &source = QString());
};

// A chain policy: the declarative "only allow this if …" rules a service enforces on delegated
// tokens (docs/policies.md). The file is JSON:
//
//   {"rules": [{"rule": "human-initiated"}, {"rule": "max-depth", "value": 2},
//              {"rule": "allowed-actors", "value": ["agent-a", "agent-b"]},
//              {"rule": "audience-is", "value": "https://api.example.com"},
//              {"rule": "scopes-within", "value": ["reports:read"]}]}
//
// read strictly: unknown members or rules, a value of the wrong type, a rule given twice, bad
// JSON — each an error with its line, column and reason. Evaluation is synchronous and
// side-effect free apart from what `evidence.principal` does (a server lookup it starts).
class ChainPolicy final
{
public:
    static constexpr qsizetype MaxFileSize = 1024 * 1024;

    enum class RuleType
    {
        HumanInitiated,
        MaxDepth,
        AllowedActors,
        AudienceIs,
        ScopesWithin,
    };
    struct Rule
    {
        RuleType type = RuleType::HumanInitiated;
        int maxDepth = 0;    // max-depth
        QStringList values;  // allowed-actors, scopes-within
        QString audience;    // audience-is
        QString description; // optional "description" member
        int line = 0;
    };
    struct Error
    {
        int line = 0; // 1-based; 0 when the fault has no place (the file cannot be read)
        int column = 0;
        QString reason;
        // "line 3, column 14: unknown rule “max-dept” …", or the reason alone.
        QString toString() const;
    };

    ChainPolicy() = default;

    // `error` gets "line L, column C: reason"; `detail` the parts.
    static ChainPolicy fromJson(const QByteArray &json, QString *error = nullptr,
                                Error *detail = nullptr);
    // A regular file of at most MaxFileSize bytes.
    static ChainPolicy fromFile(const QString &path, QString *error = nullptr,
                                Error *detail = nullptr);

    bool isValid() const { return !m_rules.isEmpty(); }
    const QList<Rule> &rules() const { return m_rules; }
    QString description() const { return m_description; }
    QString path() const { return m_path; } // fromFile() only

    // One result per rule, in the file's order.
    PolicyResults evaluate(const QJsonObject &claims, const PolicyEvidence &evidence) const;
    // A token that did not parse fails every rule (the reason says so).
    PolicyResults evaluate(const Jwt &jwt, const PolicyEvidence &evidence) const;

    static bool allPassed(const PolicyResults &results);
    static QStringList failedRules(const PolicyResults &results);

    static QString ruleName(RuleType type);
    static QStringList ruleNames();
    // Grants whose token subject is a user who signed in or approved (authorization code,
    // CIBA), and the one whose subject is the client itself (client credentials).
    static bool isUserGrant(const QString &grantType);
    static bool isClientGrant(const QString &grantType);

private:
    PolicyResult evaluateRule(const Rule &rule, const QJsonObject &claims, const ActorChain &chain,
                              const PolicyEvidence &evidence) const;

    QList<Rule> m_rules;
    QString m_description;
    QString m_path;
};

} // namespace tid::core
