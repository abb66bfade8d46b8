#include "core/token/TokenDiff.h"

#include "core/token/ActorChain.h"
#include "core/token/RelativeTime.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

using S = Finding::Severity;

QStringList scopesOf(const QJsonObject &o)
{
    // "scope" is space-separated (RFC 8693 §4.2); some issuers use "scp" arrays.
    QStringList out;
    const QJsonValue scope = o.value(u"scope"_s);
    if (scope.isString()) {
        out = scope.toString().split(u' ', Qt::SkipEmptyParts);
    } else if (o.value(u"scp"_s).isArray()) {
        const QJsonArray a = o.value(u"scp"_s).toArray();
        for (const QJsonValue &v : a)
            out << v.toString();
    }
    out.removeDuplicates();
    return out;
}

QStringList audienceOf(const QJsonObject &o)
{
    const QJsonValue aud = o.value(u"aud"_s);
    if (aud.isString())
        return {aud.toString()};
    QStringList out;
    const QJsonArray a = aud.toArray();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

std::optional<qint64> dateOf(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    if (!v.isDouble())
        return std::nullopt;
    return qint64(std::floor(v.toDouble()));
}

QString list(const QStringList &l)
{
    return l.isEmpty() ? u"(none)"_s : l.join(u", "_s);
}

} // namespace

TokenDiff TokenDiff::compare(const QJsonObject &parent, const QJsonObject &child)
{
    TokenDiff d;
    const QStringList before = scopesOf(parent);
    const QStringList after = scopesOf(child);
    for (const QString &s : after)
        (before.contains(s) ? d.scopesKept : d.scopesAdded).append(s);
    for (const QString &s : before) {
        if (!after.contains(s))
            d.scopesRemoved.append(s);
    }
    d.audienceBefore = audienceOf(parent);
    d.audienceAfter = audienceOf(child);
    d.subjectBefore = parent.value(u"sub"_s).toString();
    d.subjectAfter = child.value(u"sub"_s).toString();
    d.expBefore = dateOf(parent, u"exp"_s);
    d.expAfter = dateOf(child, u"exp"_s);
    const ActorChain pc = ActorChain::fromClaims(parent);
    const ActorChain cc = ActorChain::fromClaims(child);
    d.chainDepthBefore = pc.depth();
    d.chainDepthAfter = cc.depth();
    auto inParent = [&pc](const ActorNode &n) {
        for (const ActorNode &p : pc.actors()) {
            if (p.sub == n.sub && (p.iss.isEmpty() || n.iss.isEmpty() || p.iss == n.iss))
                return true;
        }
        return false;
    };
    for (const ActorNode &n : cc.actors()) {
        if (!inParent(n))
            d.actorsAdded << n.sub;
    }

    auto add = [&d](S s, const QString &code, const QString &message, const QString &ref) {
        d.findings.append(Finding{s, code, message, ref});
    };
    if (!d.scopesAdded.isEmpty()) {
        add(S::Error, u"diff.scope_widened"_s,
            u"The child token holds scopes the parent did not: %1. A derived token must only "
            "narrow (downscope) what it was derived from."_s.arg(list(d.scopesAdded)),
            u"RFC 8693 §2.1; RFC 6749 §6"_s);
    }
    if (!d.scopesRemoved.isEmpty()) {
        add(S::Info, u"diff.scope_narrowed"_s,
            u"Scopes dropped from the parent: %1."_s.arg(list(d.scopesRemoved)),
            u"RFC 8693 §2.1"_s);
    }
    if (d.subjectBefore != d.subjectAfter) {
        add(S::Error, u"diff.subject_changed"_s,
            u"The subject changed from \"%1\" to \"%2\": the child is not about the same "
            "principal."_s.arg(d.subjectBefore, d.subjectAfter),
            u"RFC 8693 §1.1"_s);
    }
    if (d.audienceChanged()) {
        add(S::Info, u"diff.audience_changed"_s,
            u"Audience changed from %1 to %2."_s.arg(list(d.audienceBefore), list(d.audienceAfter)),
            u"RFC 8707 §2; RFC 8693 §2.1"_s);
    }
    if (parent.value(u"iss"_s) != child.value(u"iss"_s)) {
        add(S::Warning, u"diff.issuer_changed"_s,
            u"The issuer changed from \"%1\" to \"%2\"."_s.arg(parent.value(u"iss"_s).toString(),
                                                               child.value(u"iss"_s).toString()),
            u"RFC 8693 §2.1"_s);
    }
    if (d.chainDepthAfter > d.chainDepthBefore) {
        add(S::Info, u"diff.chain_grew"_s,
            u"The actor chain grew from %1 to %2 actor(s); current actor now \"%3\"."_s
                .arg(d.chainDepthBefore)
                .arg(d.chainDepthAfter)
                .arg(cc.currentActor() ? cc.currentActor()->sub : QString()),
            u"RFC 8693 §4.1"_s);
    }
    // The parent's actors should survive as prior actors of the child.
    bool historyKept = true;
    for (const ActorNode &p : pc.actors()) {
        bool found = false;
        for (const ActorNode &c : cc.actors())
            found =
                found || (c.sub == p.sub && (c.iss.isEmpty() || p.iss.isEmpty() || c.iss == p.iss));
        historyKept = historyKept && found;
    }
    if (!historyKept) {
        add(S::Warning, u"diff.chain_history_dropped"_s,
            u"Actors of the parent's chain are missing from the child's: the delegation history "
            "was not carried over (ThunderID ignores the subject token's act)."_s,
            u"RFC 8693 §4.1"_s);
    }
    if (d.expBefore && d.expAfter && *d.expAfter > *d.expBefore) {
        add(S::Warning, u"diff.lifetime_extended"_s,
            u"The child expires %1 after the parent: a derived token outlives what it was derived "
            "from."_s.arg(RelativeTime::duration(*d.expAfter - *d.expBefore)),
            u"RFC 8693 §2.2.1"_s);
    }
    const QJsonValue mayAct = parent.value(u"may_act"_s);
    if (mayAct.isObject() && cc.currentActor()) {
        const QJsonObject m = mayAct.toObject();
        const QString msub = m.value(u"sub"_s).toString();
        const QString miss = m.value(u"iss"_s).toString();
        const ActorNode *cur = cc.currentActor();
        if (cur->sub != msub || (!miss.isEmpty() && !cur->iss.isEmpty() && miss != cur->iss)) {
            add(S::Error, u"diff.may_act_violated"_s,
                u"The parent allows only \"%1\" to act (may_act), but the child's current actor is "
                "\"%2\"."_s.arg(msub, cur->sub),
                u"RFC 8693 §4.4"_s);
        }
    }
    return d;
}

} // namespace tid::core
