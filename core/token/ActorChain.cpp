#include "core/token/ActorChain.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

ActorChain ActorChain::fromClaims(const QJsonObject &payload)
{
    ActorChain chain;
    chain.m_subject = payload.value(QLatin1StringView("sub")).toString();
    chain.m_subjectIssuer = payload.value(QLatin1StringView("iss")).toString();
    QJsonValue act = payload.value(QLatin1StringView("act"));
    int position = 0;
    while (!act.isUndefined()) {
        ++position;
        if (!act.isObject()) {
            chain.m_problem =
                position == 1
                    ? u"\"act\" is not a JSON object (RFC 8693 §4.1)"_s
                    : u"the \"act\" nested at level %1 is not a JSON object"_s.arg(position);
            break;
        }
        if (position > MaxDepth) {
            chain.m_problem = u"the actor chain is deeper than %1 levels"_s.arg(MaxDepth);
            break;
        }
        QJsonObject obj = act.toObject();
        act = obj.value(QLatin1StringView("act"));
        obj.remove(QLatin1StringView("act"));
        ActorNode node;
        const QJsonValue sub = obj.value(QLatin1StringView("sub"));
        node.sub = sub.toString();
        node.iss = obj.value(QLatin1StringView("iss")).toString();
        node.claims = std::move(obj);
        node.position = position;
        if (!sub.isString() && chain.m_problem.isEmpty())
            chain.m_problem = u"actor %1 has no string \"sub\""_s.arg(position);
        chain.m_actors.append(std::move(node));
    }
    return chain;
}

} // namespace tid::core
