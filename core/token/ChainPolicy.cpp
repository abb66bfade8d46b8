#include "core/token/ChainPolicy.h"

#include "core/token/Jwt.h"
#include "core/token/StrictJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

constexpr QLatin1StringView UserGrants[] = {
    "authorization_code"_L1,
    "urn:openid:params:grant-type:ciba"_L1,
};
constexpr QLatin1StringView ClientCredentials = "client_credentials"_L1;

struct RuleInfo
{
    ChainPolicy::RuleType type;
    QLatin1StringView name;
};
constexpr RuleInfo RuleInfos[] = {
    {ChainPolicy::RuleType::HumanInitiated, "human-initiated"_L1},
    {ChainPolicy::RuleType::MaxDepth, "max-depth"_L1},
    {ChainPolicy::RuleType::AllowedActors, "allowed-actors"_L1},
    {ChainPolicy::RuleType::AudienceIs, "audience-is"_L1},
    {ChainPolicy::RuleType::ScopesWithin, "scopes-within"_L1},
};

// A JSON value with where it is in the text. The text has passed StrictJson already, so this
// scanner only needs to find the extent of each value, not to validate.
struct Node
{
    char kind = 0; // '{', '[', '"', 'n' (number), 't'/'f' (true/false), '0' (null)
    qsizetype begin = 0;
    qsizetype end = 0;
    QList<std::pair<Node, Node>> members; // objects: name node, value node
    QList<Node> items;                    // arrays
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {}

    Node value()
    {
        skipWs();
        Node n;
        n.begin = m_pos;
        const char c = at();
        if (c == '{' || c == '[') {
            n.kind = c;
            ++m_pos;
            skipWs();
            const char close = c == '{' ? '}' : ']';
            while (at() != close && m_pos < m_text.size()) {
                if (c == '{') {
                    Node name = value();
                    skipWs();
                    ++m_pos; // ':'
                    Node v = value();
                    n.members.append({std::move(name), std::move(v)});
                } else {
                    n.items.append(value());
                }
                skipWs();
                if (at() == ',') {
                    ++m_pos;
                    skipWs();
                }
            }
            ++m_pos;
        } else if (c == '"') {
            n.kind = '"';
            ++m_pos;
            while (m_pos < m_text.size() && at() != '"') {
                if (at() == '\\')
                    ++m_pos;
                ++m_pos;
            }
            ++m_pos;
        } else if (c == 't' || c == 'f') {
            n.kind = c;
            m_pos += c == 't' ? 4 : 5;
        } else if (c == 'n' && m_text.mid(m_pos, 4) == "null") {
            n.kind = '0';
            m_pos += 4;
        } else {
            n.kind = 'n';
            while (m_pos < m_text.size() && QByteArrayView("+-.eE0123456789").contains(at()))
                ++m_pos;
        }
        n.end = m_pos;
        return n;
    }

private:
    char at() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    void skipWs()
    {
        while (m_pos < m_text.size() &&
               (at() == ' ' || at() == '\t' || at() == '\n' || at() == '\r'))
            ++m_pos;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

QJsonValue decoded(const QByteArray &text, const Node &n)
{
    const QByteArray wrapped = '[' + text.mid(n.begin, n.end - n.begin) + ']';
    return QJsonDocument::fromJson(wrapped).array().first();
}

QString kindName(const Node &n)
{
    switch (n.kind) {
    case '{':
        return u"an object"_s;
    case '[':
        return u"an array"_s;
    case '"':
        return u"a string"_s;
    case 'n':
        return u"a number"_s;
    case 't':
    case 'f':
        return u"a boolean"_s;
    default:
        return u"null"_s;
    }
}

// Policy file parsing with positions for every error.
class Reader
{
public:
    explicit Reader(const QByteArray &text)
        : m_text(text)
    {}

    ChainPolicy::Error error;

    bool fail(qsizetype offset, const QString &reason)
    {
        const QByteArrayView before = QByteArrayView(m_text).first(qMin(offset, m_text.size()));
        error.line = int(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        error.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
        error.reason = reason;
        return false;
    }
    int lineOf(qsizetype offset) const
    {
        return int(QByteArrayView(m_text).first(qMin(offset, m_text.size())).count('\n')) + 1;
    }
    QString text(const Node &n) const { return decoded(m_text, n).toString(); }

    bool read(QList<ChainPolicy::Rule> *rules, QString *description)
    {
        QString reason;
        qsizetype offset = 0;
        if (!StrictJson::check(m_text, &reason, &offset))
            return fail(offset, u"not valid JSON: %1"_s.arg(reason));
        Scanner scanner(m_text);
        const Node root = scanner.value();
        if (root.kind != '{')
            return fail(root.begin,
                        u"a policy is a JSON object with \"rules\", not %1"_s.arg(kindName(root)));
        const Node *rulesNode = nullptr;
        for (const auto &[name, value] : root.members) {
            const QString key = text(name);
            if (key == u"rules"_s) {
                rulesNode = &value;
            } else if (key == u"description"_s) {
                if (value.kind != '"')
                    return fail(value.begin,
                                u"\"description\" is a string, not %1"_s.arg(kindName(value)));
                *description = text(value);
            } else {
                return fail(name.begin,
                            u"unknown member \"%1\": a policy has \"rules\" and an optional "
                            "\"description\""_s.arg(key));
            }
        }
        if (!rulesNode)
            return fail(root.begin, u"the policy has no \"rules\" array"_s);
        if (rulesNode->kind != '[')
            return fail(rulesNode->begin,
                        u"\"rules\" is an array of rules, not %1"_s.arg(kindName(*rulesNode)));
        if (rulesNode->items.isEmpty())
            return fail(rulesNode->begin,
                        u"\"rules\" is empty: a policy without rules would allow every token"_s);
        QHash<int, int> seen; // rule type → line
        for (const Node &item : rulesNode->items) {
            ChainPolicy::Rule rule;
            if (!readRule(item, &rule))
                return false;
            if (seen.contains(int(rule.type)))
                return fail(item.begin, u"\"%1\" is given twice (also on line %2); combine them "
                                        "into one rule"_s.arg(ChainPolicy::ruleName(rule.type))
                                            .arg(seen.value(int(rule.type))));
            seen.insert(int(rule.type), rule.line);
            rules->append(rule);
        }
        return true;
    }

private:
    bool readStringList(const Node &value, const QString &ruleName, bool scopes, QStringList *out)
    {
        if (value.kind != '[')
            return fail(value.begin, u"\"%1\" takes an array of strings, not %2"_s.arg(
                                         ruleName, kindName(value)));
        for (const Node &item : value.items) {
            if (item.kind != '"')
                return fail(item.begin, u"\"%1\" takes an array of strings; this is %2"_s.arg(
                                            ruleName, kindName(item)));
            const QString s = text(item);
            if (s.isEmpty())
                return fail(item.begin, u"an empty string in \"%1\""_s.arg(ruleName));
            if (scopes && s.contains(u' '))
                return fail(item.begin, u"\"%1\" holds one scope per string; \"%2\" has a space "
                                        "(RFC 6749 §3.3)"_s.arg(ruleName, s));
            if (!out->contains(s))
                out->append(s);
        }
        return true;
    }

    bool readRule(const Node &item, ChainPolicy::Rule *rule)
    {
        rule->line = lineOf(item.begin);
        if (item.kind != '{')
            return fail(item.begin,
                        u"a rule is an object such as {\"rule\": \"max-depth\", \"value\": 2}, "
                        "not %1"_s.arg(kindName(item)));
        const Node *nameNode = nullptr;
        const Node *valueNode = nullptr;
        for (const auto &[name, value] : item.members) {
            const QString key = text(name);
            if (key == u"rule"_s) {
                nameNode = &value;
            } else if (key == u"value"_s) {
                valueNode = &value;
            } else if (key == u"description"_s) {
                if (value.kind != '"')
                    return fail(value.begin,
                                u"\"description\" is a string, not %1"_s.arg(kindName(value)));
                rule->description = text(value);
            } else {
                return fail(name.begin, u"unknown member \"%1\": a rule has \"rule\", \"value\" "
                                        "and an optional \"description\""_s.arg(key));
            }
        }
        if (!nameNode)
            return fail(item.begin, u"the rule has no \"rule\" member naming it"_s);
        if (nameNode->kind != '"')
            return fail(nameNode->begin,
                        u"\"rule\" is a rule's name (a string), not %1"_s.arg(kindName(*nameNode)));
        const QString name = text(*nameNode);
        bool known = false;
        for (const RuleInfo &info : RuleInfos) {
            if (name == info.name) {
                rule->type = info.type;
                known = true;
            }
        }
        if (!known)
            return fail(nameNode->begin, u"unknown rule \"%1\"; the rules are %2"_s.arg(
                                             name, ChainPolicy::ruleNames().join(u", "_s)));
        using T = ChainPolicy::RuleType;
        if (rule->type == T::HumanInitiated) {
            if (valueNode)
                return fail(valueNode->begin, u"\"human-initiated\" takes no \"value\""_s);
            return true;
        }
        if (!valueNode)
            return fail(item.begin, u"\"%1\" needs a \"value\""_s.arg(name));
        switch (rule->type) {
        case T::MaxDepth: {
            const double d = decoded(m_text, *valueNode).toDouble();
            if (valueNode->kind != 'n' || std::floor(d) != d || d < 0 || d > ActorChain::MaxDepth)
                return fail(valueNode->begin,
                            u"\"max-depth\" takes a whole number of actors from 0 to %1"_s.arg(
                                ActorChain::MaxDepth));
            rule->maxDepth = int(d);
            return true;
        }
        case T::AudienceIs:
            if (valueNode->kind != '"' || text(*valueNode).isEmpty())
                return fail(
                    valueNode->begin,
                    u"\"audience-is\" takes one audience (a non-empty string), not %1"_s.arg(
                        valueNode->kind == '"' ? u"an empty string"_s : kindName(*valueNode)));
            rule->audience = text(*valueNode);
            return true;
        case T::AllowedActors:
            return readStringList(*valueNode, name, false, &rule->values);
        case T::ScopesWithin:
            return readStringList(*valueNode, name, true, &rule->values);
        case T::HumanInitiated:
            break;
        }
        return true;
    }

    const QByteArray &m_text;
};

QStringList audiences(const QJsonValue &aud)
{
    QStringList out;
    if (aud.isString())
        out << aud.toString();
    else if (aud.isArray())
        for (const QJsonValue &v : aud.toArray())
            out << (v.isString() ? v.toString() : QString());
    return out;
}

QString quotedList(const QStringList &items)
{
    QStringList q;
    for (const QString &s : items)
        q << u"\"%1\""_s.arg(s);
    return q.join(u", "_s);
}

} // namespace

QString ChainPolicy::Error::toString() const
{
    if (line <= 0)
        return reason;
    return u"line %1, column %2: %3"_s.arg(line).arg(column).arg(reason);
}

ChainPolicy ChainPolicy::fromJson(const QByteArray &json, QString *error, Error *detail)
{
    ChainPolicy policy;
    Reader reader(json);
    if (json.size() > MaxFileSize) {
        reader.error.reason = u"the policy is larger than 1 MiB"_s;
    } else if (json.trimmed().isEmpty()) {
        reader.error.reason = u"the policy is empty"_s;
    } else if (reader.read(&policy.m_rules, &policy.m_description)) {
        return policy;
    }
    policy.m_rules.clear();
    if (error)
        *error = reader.error.toString();
    if (detail)
        *detail = reader.error;
    return ChainPolicy();
}

ChainPolicy ChainPolicy::fromFile(const QString &path, QString *error, Error *detail)
{
    auto failed = [&](const QString &reason) {
        if (error)
            *error = reason;
        if (detail)
            *detail = Error{0, 0, reason};
        return ChainPolicy();
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return failed(u"%1 is not a regular file"_s.arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failed(u"cannot read %1: %2"_s.arg(path, f.errorString()));
    const QByteArray data = f.read(MaxFileSize + 1);
    ChainPolicy policy = fromJson(data, error, detail);
    policy.m_path = path;
    return policy;
}

QString ChainPolicy::ruleName(RuleType type)
{
    for (const RuleInfo &info : RuleInfos)
        if (info.type == type)
            return info.name;
    return {};
}

QStringList ChainPolicy::ruleNames()
{
    QStringList out;
    for (const RuleInfo &info : RuleInfos)
        out << info.name;
    return out;
}

bool ChainPolicy::isUserGrant(const QString &grantType)
{
    for (const QLatin1StringView g : UserGrants)
        if (grantType == g)
            return true;
    return false;
}

bool ChainPolicy::isClientGrant(const QString &grantType)
{
    return grantType == ClientCredentials;
}

bool ChainPolicy::allPassed(const PolicyResults &results)
{
    for (const PolicyResult &r : results)
        if (!r.passed)
            return false;
    return true;
}

QStringList ChainPolicy::failedRules(const PolicyResults &results)
{
    QStringList out;
    for (const PolicyResult &r : results)
        if (!r.passed)
            out << r.rule;
    return out;
}

PolicyResults ChainPolicy::evaluate(const Jwt &jwt, const PolicyEvidence &evidence) const
{
    if (jwt.isValid())
        return evaluate(jwt.payload(), evidence);
    PolicyResults out;
    for (const Rule &rule : m_rules)
        out << PolicyResult{ruleName(rule.type), false,
                            u"the token could not be read: %1"_s.arg(jwt.errorString()), rule.line};
    return out;
}

PolicyResults ChainPolicy::evaluate(const QJsonObject &claims, const PolicyEvidence &evidence) const
{
    const ActorChain chain = ActorChain::fromClaims(claims);
    PolicyResults out;
    for (const Rule &rule : m_rules)
        out << evaluateRule(rule, claims, chain, evidence);
    return out;
}

PolicyResult ChainPolicy::evaluateRule(const Rule &rule, const QJsonObject &claims,
                                       const ActorChain &chain,
                                       const PolicyEvidence &evidence) const
{
    PolicyResult r{ruleName(rule.type), false, QString(), rule.line};
    auto pass = [&r](const QString &why) {
        r.passed = true;
        r.reason = why;
        return r;
    };
    auto fail = [&r](const QString &why) {
        r.passed = false;
        r.reason = why;
        return r;
    };
    // Only an `act` that is not an object (or nests beyond the limit) hides actors; an actor
    // without "sub" is still counted (and is not allowed by allowed-actors).
    const bool uncountable = chain.isMalformed() && !chain.problem().contains(u"\"sub\""_s);

    switch (rule.type) {
    case RuleType::MaxDepth: {
        if (uncountable)
            return fail(u"the actors cannot be counted: %1"_s.arg(chain.problem()));
        const int depth = chain.depth();
        const QString actors = depth == 0   ? u"no actor (the token has no \"act\")"_s
                               : depth == 1 ? u"1 actor"_s
                                            : u"%1 actors"_s.arg(depth);
        if (depth <= rule.maxDepth)
            return pass(u"%1; at most %2 allowed"_s.arg(actors).arg(rule.maxDepth));
        return fail(u"%1; at most %2 allowed"_s.arg(actors).arg(rule.maxDepth));
    }
    case RuleType::AllowedActors: {
        if (uncountable)
            return fail(u"the actors cannot be read: %1"_s.arg(chain.problem()));
        if (chain.isEmpty())
            return pass(u"no actor (the token has no \"act\")"_s);
        QStringList outsiders;
        for (const ActorNode &a : chain.actors()) {
            const QJsonValue clientId = a.claims().value(u"client_id"_s);
            const bool bySub = !a.sub.isEmpty() && rule.values.contains(a.sub);
            const bool byClient = clientId.isString() && rule.values.contains(clientId.toString());
            if (bySub || byClient)
                continue;
            const QString who =
                a.sub.isEmpty()
                    ? (clientId.isString() ? u"client_id \"%1\""_s.arg(clientId.toString())
                                           : u"an actor without \"sub\""_s)
                    : u"\"%1\""_s.arg(a.sub);
            outsiders << (a.position == 1 ? u"%1 (the current actor)"_s.arg(who)
                                          : u"%1 (prior actor %2)"_s.arg(who).arg(a.position - 1));
        }
        if (outsiders.isEmpty())
            return pass(chain.depth() == 1 ? u"the one actor is listed"_s
                                           : u"all %1 actors are listed"_s.arg(chain.depth()));
        return fail(u"not listed: %1"_s.arg(outsiders.join(u", "_s)));
    }
    case RuleType::AudienceIs: {
        const QJsonValue aud = claims.value(u"aud"_s);
        const QStringList list = audiences(aud);
        if (list.isEmpty())
            return fail(aud.isUndefined() ? u"the token has no \"aud\""_s
                                          : u"\"aud\" is neither a string nor an array"_s);
        QStringList others;
        for (const QString &a : list)
            if (a != rule.audience && !others.contains(a))
                others << a;
        if (others.isEmpty())
            return pass(u"the token is for \"%1\" only"_s.arg(rule.audience));
        if (others.size() < list.size())
            return fail(u"the token is also for %1"_s.arg(quotedList(others)));
        return fail(u"the token is for %1, not \"%2\""_s.arg(quotedList(others), rule.audience));
    }
    case RuleType::ScopesWithin: {
        const QJsonValue scope = claims.value(u"scope"_s);
        if (scope.isUndefined())
            return pass(u"the token carries no scope"_s);
        if (!scope.isString())
            return fail(u"\"scope\" is not a string of space-separated scopes (RFC 8693 §4.2)"_s);
        const QStringList scopes = scope.toString().split(u' ', Qt::SkipEmptyParts);
        QStringList outside;
        for (const QString &s : scopes)
            if (!rule.values.contains(s) && !outside.contains(s))
                outside << s;
        if (outside.isEmpty())
            return pass(scopes.isEmpty() ? u"the token carries no scope"_s
                                         : u"every scope is listed (%1)"_s.arg(scopes.join(u' ')));
        return fail(u"not listed: %1"_s.arg(quotedList(outside)));
    }
    case RuleType::HumanInitiated: {
        if (chain.isMalformed())
            return fail(u"the actor chain is malformed: %1"_s.arg(chain.problem()));
        const QString sub = chain.subject();
        if (sub.isEmpty())
            return fail(u"the token has no \"sub\": there is no subject to be a user"_s);
        PrincipalAnswer answer;
        if (evidence.principal)
            answer = evidence.principal(sub, chain.subjectIssuer());
        const QString source = answer.source.isEmpty() ? u"the connected server"_s : answer.source;
        if (answer.state == PrincipalAnswer::State::Answered &&
            answer.kind != PrincipalKind::Unknown) {
            if (answer.kind == PrincipalKind::User)
                return pass(u"the subject \"%1\" is a user (%2 says so)"_s.arg(sub, source));
            return fail(u"the subject \"%1\" is an agent or application, not a user (%2 says "
                        "so): no human started this chain"_s.arg(sub, source));
        }
        const QJsonValue grantValue = claims.value(u"grant_type"_s);
        const QString grant = grantValue.toString();
        const bool telling = isUserGrant(grant) || isClientGrant(grant);
        if (telling && evidence.claimsVerified) {
            if (isUserGrant(grant))
                return pass(u"the subject \"%1\" is a user: the token was issued through the "
                            "%2 grant, where a user signs in or approves"_s.arg(sub, grant));
            return fail(u"the subject \"%1\" is the client itself (grant client_credentials): no "
                        "human started this chain"_s.arg(sub));
        }
        QString why;
        if (telling)
            why =
                u"its grant_type (%1) would tell, but the token's signature is not verified"_s.arg(
                    grant);
        else if (grant.isEmpty())
            why = u"the token names no grant_type"_s;
        else
            why = u"its grant_type (%1) does not say what the subject is"_s.arg(grant);
        switch (answer.state) {
        case PrincipalAnswer::State::Pending:
            return fail(u"whether the subject \"%1\" is a user is not proven yet: %2, and %3 "
                        "has not answered yet"_s.arg(sub, why, source));
        case PrincipalAnswer::State::Answered:
            return fail(u"whether the subject \"%1\" is a user cannot be proven: %2, and %3 "
                        "knows no user, agent or application with that id"_s.arg(sub, why, source));
        case PrincipalAnswer::State::NoSource:
            break;
        }
        return fail(u"whether the subject \"%1\" is a user cannot be proven: %2, and no server "
                    "was asked"_s.arg(sub, why));
    }
    }
    return r;
}

} // namespace tid::core
