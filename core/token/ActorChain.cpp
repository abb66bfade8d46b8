#include "core/token/ActorChain.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

ActorChain ActorChain::fromClaims(const QJsonObject &payload)
{
    ActorChain chain;
    chain.m_subject = payload.value(QLatin1StringView("sub")).toString();
    chain.m_subjectIssuer = payload.value(QLatin1StringView("iss")).toString();
    chain.follow(payload.value(QLatin1StringView("act")));
    return chain;
}

ActorChain ActorChain::fromClaims(const JsonObjectView &claims)
{
    ActorChain chain;
    chain.m_subject = claims.member("sub").toString();
    chain.m_subjectIssuer = claims.member("iss").toString();
    // The same walk as follow(), over the text: the same nodes, problems and limits.
    JsonView act = claims.member("act");
    int position = 0;
    while (!act.isUndefined()) {
        ++position;
        if (!act.isObject()) {
            chain.m_problem = notAnObject(position);
            break;
        }
        if (position > MaxDepth) {
            chain.m_problem = tooDeep();
            break;
        }
        const JsonObjectView obj(act);
        ActorNode node;
        const JsonView sub = obj.member("sub");
        node.sub = sub.toString();
        node.iss = obj.member("iss").toString();
        node.setClaimsJson(act.raw().toByteArray());
        node.position = position;
        if (!sub.isString() && chain.m_problem.isEmpty())
            chain.m_problem = noSub(position);
        chain.m_actors.append(std::move(node));
        act = obj.member("act");
    }
    return chain;
}

void ActorChain::follow(QJsonValue act)
{
    int position = 0;
    while (!act.isUndefined()) {
        ++position;
        if (!act.isObject()) {
            m_problem = notAnObject(position);
            break;
        }
        if (position > MaxDepth) {
            m_problem = tooDeep();
            break;
        }
        QJsonObject obj = act.toObject();
        act = obj.value(QLatin1StringView("act"));
        obj.remove(QLatin1StringView("act"));
        ActorNode node;
        const QJsonValue sub = obj.value(QLatin1StringView("sub"));
        node.sub = sub.toString();
        node.iss = obj.value(QLatin1StringView("iss")).toString();
        node.setClaims(std::move(obj));
        node.position = position;
        if (!sub.isString() && m_problem.isEmpty())
            m_problem = noSub(position);
        m_actors.append(std::move(node));
    }
}

QString ActorChain::notAnObject(int position)
{
    return position == 1 ? u"\"act\" is not a JSON object (RFC 8693 §4.1)"_s
                         : u"the \"act\" nested at level %1 is not a JSON object"_s.arg(position);
}

QString ActorChain::tooDeep()
{
    return u"the actor chain is deeper than %1 levels"_s.arg(MaxDepth);
}

QString ActorChain::noSub(int position)
{
    return u"actor %1 has no string \"sub\""_s.arg(position);
}

const QJsonObject &ActorNode::claims() const
{
    static const QJsonObject empty;
    if (!m_claims)
        return empty;
    std::call_once(m_claims->once, [c = m_claims.get()] {
        if (c->json.isEmpty())
            return; // set ready-made
        c->object = QJsonDocument::fromJson(c->json).object();
        c->object.remove(QLatin1StringView("act"));
        c->json.clear();
    });
    return m_claims->object;
}

void ActorNode::setClaims(QJsonObject claims)
{
    m_claims = std::make_shared<Claims>();
    m_claims->object = std::move(claims);
}

void ActorNode::setClaimsJson(QByteArray actObject)
{
    m_claims = std::make_shared<Claims>();
    m_claims->json = std::move(actObject);
}

} // namespace tid::core
