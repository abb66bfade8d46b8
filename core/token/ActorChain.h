#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tid::core {

// Who a principal is, as far as the console can tell: a human user, a non-human client
// (agent or application), or not known.
enum class PrincipalKind
{
    Unknown,
    User,
    Agent
};

// One actor of an RFC 8693 §4.1 `act` chain.
struct ActorNode
{
    QString sub;
    QString iss;
    QJsonObject claims; // every member except "act" (so it includes sub and iss when present)
    int position = 0;   // 1 = current actor, 2 = the one before, …
};

// The nested `act` claim flattened to a list, current actor first and least recent last
// (RFC 8693 §4.1: the outermost `act` is the current actor; nested ones are prior actors).
class ActorChain final
{
public:
    static constexpr int MaxDepth = 64;

    static ActorChain fromClaims(const QJsonObject &payload);

    QString subject() const { return m_subject; }
    QString subjectIssuer() const { return m_subjectIssuer; }
    const QList<ActorNode> &actors() const { return m_actors; }
    bool isEmpty() const { return m_actors.isEmpty(); }
    int depth() const { return int(m_actors.size()); }
    const ActorNode *currentActor() const
    {
        return m_actors.isEmpty() ? nullptr : &m_actors.first();
    }
    // Set when an `act` is not an object, lacks `sub`, or nests deeper than MaxDepth.
    bool isMalformed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    QString m_subject;
    QString m_subjectIssuer;
    QList<ActorNode> m_actors;
    QString m_problem;
};

} // namespace tid::core
