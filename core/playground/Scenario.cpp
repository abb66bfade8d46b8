#include "core/playground/Scenario.h"

#include "core/api/OAuthApi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

constexpr qint64 MaxFileSize = 1024 * 1024;

bool looksSecret(const QString &key)
{
    const QString k = key.toLower();
    return k.contains("secret"_L1) || k.contains("token"_L1) || k.contains("password"_L1) ||
           k.contains("credential"_L1) || k == "code"_L1 || k.contains("verifier"_L1) ||
           k.contains("auth_req_id"_L1);
}

QJsonObject hopJson(const Scenario::Hop &h)
{
    QJsonObject o{{u"agent"_s, h.agent}, {u"scopes"_s, QJsonArray::fromStringList(h.scopes)}};
    if (!h.audience.isEmpty())
        o.insert(u"audience"_s, h.audience);
    return o;
}

bool readHop(const QJsonValue &v, const QString &where, Scenario::Hop *hop, QString *error)
{
    if (!v.isObject()) {
        *error = Scenario::tr("%1 must be an object").arg(where);
        return false;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (looksSecret(it.key())) {
            *error = Scenario::tr("%1 has a member “%2”: a scenario never holds secrets or tokens")
                         .arg(where, it.key());
            return false;
        }
    }
    if (!o.value("agent"_L1).isString()) {
        *error = Scenario::tr("%1.agent must be a string (a client id)").arg(where);
        return false;
    }
    hop->agent = o.value("agent"_L1).toString().trimmed();
    const QJsonValue scopes = o.value("scopes"_L1);
    hop->scopes.clear();
    if (scopes.isString()) {
        hop->scopes = scopes.toString().split(u' ', Qt::SkipEmptyParts);
    } else if (scopes.isArray()) {
        for (const QJsonValue &s : scopes.toArray()) {
            if (!s.isString()) {
                *error = Scenario::tr("%1.scopes must hold strings").arg(where);
                return false;
            }
            hop->scopes << s.toString();
        }
    } else if (!scopes.isUndefined() && !scopes.isNull()) {
        *error = Scenario::tr("%1.scopes must be a list of strings").arg(where);
        return false;
    }
    const QJsonValue audience = o.value("audience"_L1);
    if (!audience.isUndefined() && !audience.isNull() && !audience.isString()) {
        *error =
            Scenario::tr("%1.audience must be a string (a resource server identifier)").arg(where);
        return false;
    }
    hop->audience = audience.toString().trimmed();
    return true;
}

} // namespace

QString Scenario::flowKey(Flow flow)
{
    switch (flow) {
    case Flow::ClientCredentials:
        return u"client-credentials"_s;
    case Flow::TokenExchange:
        return u"token-exchange"_s;
    case Flow::Ciba:
        return u"ciba"_s;
    case Flow::AuthorizationCode:
        return u"authorization-code-obo"_s;
    }
    return {};
}

QString Scenario::flowName(Flow flow)
{
    switch (flow) {
    case Flow::ClientCredentials:
        return tr("Client credentials");
    case Flow::TokenExchange:
        return tr("Token exchange chain");
    case Flow::Ciba:
        return tr("CIBA (approved on another device)");
    case Flow::AuthorizationCode:
        return tr("Authorization code + on-behalf-of");
    }
    return {};
}

bool Scenario::flowFromKey(const QString &key, Flow *flow)
{
    for (Flow f :
         {Flow::ClientCredentials, Flow::TokenExchange, Flow::Ciba, Flow::AuthorizationCode}) {
        if (flowKey(f) == key) {
            *flow = f;
            return true;
        }
    }
    return false;
}

Scenario Scenario::preset(Flow flow)
{
    Scenario s;
    s.flow = flow;
    switch (flow) {
    case Flow::ClientCredentials:
        break;
    case Flow::TokenExchange:
        s.hops.append(Hop{});
        break;
    case Flow::Ciba:
        s.origin.scopes = {u"openid"_s};
        break;
    case Flow::AuthorizationCode:
        s.origin.agent = OAuthApi::ConsoleClientId;
        s.origin.scopes = {u"openid"_s};
        s.hops.append(Hop{});
        break;
    }
    return s;
}

QStringList Scenario::agentsNeedingSecrets() const
{
    QStringList out;
    if (flow != Flow::AuthorizationCode && !origin.agent.isEmpty())
        out << origin.agent; // the sign-in client is public: no secret
    for (const Hop &h : hops) {
        if (!h.agent.isEmpty() && !out.contains(h.agent))
            out << h.agent;
    }
    return out;
}

QString Scenario::validate() const
{
    if (origin.agent.isEmpty())
        return flow == Flow::AuthorizationCode ? tr("Name the client the user signs in to.")
                                               : tr("Choose the agent that starts the flow.");
    if (flow == Flow::Ciba && user.trimmed().isEmpty())
        return tr("Name the user who approves the request (username, user id or e-mail).");
    if (flow == Flow::TokenExchange && hops.isEmpty())
        return tr("Add at least one hop to the chain.");
    if (flow == Flow::AuthorizationCode && hops.isEmpty())
        return tr("Add the agent that acts on the user's behalf.");
    for (qsizetype i = 0; i < hops.size(); ++i) {
        if (hops.at(i).agent.isEmpty())
            return tr("Hop %1 has no agent.").arg(i + 1);
    }
    if (bindingMessage.size() > 256)
        return tr("The binding message is longer than 256 characters.");
    return {};
}

QJsonObject Scenario::toJson() const
{
    QJsonArray hopArray;
    for (const Hop &h : hops)
        hopArray.append(hopJson(h));
    QJsonObject o{{u"thunderidPlayground"_s, FormatVersion},
                  {u"flow"_s, flowKey(flow)},
                  {u"origin"_s, hopJson(origin)},
                  {u"hops"_s, hopArray}};
    if (flow == Flow::Ciba) {
        o.insert(u"user"_s, user);
        if (!bindingMessage.isEmpty())
            o.insert(u"bindingMessage"_s, bindingMessage);
    }
    if (!checkAudience.isEmpty())
        o.insert(u"checkAudience"_s, checkAudience);
    return o;
}

Scenario Scenario::fromJson(const QJsonObject &o, QString *error)
{
    QString problem;
    Scenario s;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return Scenario{};
    };
    const QJsonValue version = o.value("thunderidPlayground"_L1);
    if (!version.isDouble())
        return fail(tr("not a playground scenario (no “thunderidPlayground” version)"));
    if (version.toInt() != FormatVersion)
        return fail(tr("scenario format %1 is not supported (this console reads %2)")
                        .arg(version.toInt())
                        .arg(FormatVersion));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (looksSecret(it.key()))
            return fail(tr("the scenario has a member “%1”: a scenario never holds secrets or "
                           "tokens")
                            .arg(it.key()));
    }
    if (!flowFromKey(o.value("flow"_L1).toString(), &s.flow))
        return fail(tr("unknown flow “%1”").arg(o.value("flow"_L1).toString()));
    if (!readHop(o.value("origin"_L1), u"origin"_s, &s.origin, &problem))
        return fail(problem);
    const QJsonValue hops = o.value("hops"_L1);
    if (!hops.isUndefined() && !hops.isArray())
        return fail(tr("hops must be a list"));
    const QJsonArray hopArray = hops.toArray();
    if (hopArray.size() > 32)
        return fail(
            tr("a chain of %1 hops is more than the playground runs (32)").arg(hopArray.size()));
    for (qsizetype i = 0; i < hopArray.size(); ++i) {
        Hop h;
        if (!readHop(hopArray.at(i), u"hops[%1]"_s.arg(i), &h, &problem))
            return fail(problem);
        s.hops.append(h);
    }
    for (const char *key : {"user", "bindingMessage", "checkAudience"}) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(tr("%1 must be a string").arg(QLatin1StringView(key)));
    }
    s.user = o.value("user"_L1).toString().trimmed();
    s.bindingMessage = o.value("bindingMessage"_L1).toString();
    s.checkAudience = o.value("checkAudience"_L1).toString().trimmed();
    if (error)
        error->clear();
    return s;
}

bool Scenario::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

Scenario Scenario::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    if (file.size() > MaxFileSize) {
        *error = tr("the file is larger than 1 MiB");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return {};
    }
    if (!doc.isObject()) {
        *error = tr("a scenario is a JSON object");
        return {};
    }
    return fromJson(doc.object(), error);
}

} // namespace tid::core
