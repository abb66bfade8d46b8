#pragma once

#include "core/token/JsonView.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

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
    int position = 0; // 1 = current actor, 2 = the one before, …

    // Every member except "act" (so it includes sub and iss when present). Read from claims in
    // place, it is built on first use (thread-safe; copies share it): validating a token needs
    // only sub and iss.
    const QJsonObject &claims() const;
    void setClaims(QJsonObject claims);
    void setClaimsJson(QByteArray actObject); // the `act` object's text; "act" is left out later

private:
    struct Claims
    {
        std::once_flag once;
        QByteArray json;
        QJsonObject object;
    };
    std::shared_ptr<Claims> m_claims;
};

// The nested `act` claim flattened to a list, current actor first and least recent last
// (RFC 8693 §4.1: the outermost `act` is the current actor; nested ones are prior actors).
class ActorChain final
{
public:
    static constexpr int MaxDepth = 64;

    static ActorChain fromClaims(const QJsonObject &payload);
    // The same from claims read in place (TokenValidator); only an `act` object is built as a
    // QJsonObject, for the actors' claims.
    static ActorChain fromClaims(const JsonObjectView &claims);

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
    void follow(QJsonValue act);
    static QString notAnObject(int position);
    static QString tooDeep();
    static QString noSub(int position);

    QString m_subject;
    QString m_subjectIssuer;
    QList<ActorNode> m_actors;
    QString m_problem;
};

} // namespace tid::core
