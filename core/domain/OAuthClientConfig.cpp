#include "core/domain/OAuthClientConfig.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QJsonObject withValidity(QJsonObject o, qint64 seconds)
{
    if (seconds > 0)
        o.insert("validityPeriod"_L1, double(seconds));
    return o;
}

} // namespace

OAuthClientConfig OAuthClientConfig::fromJson(const QJsonObject &config, QString *error)
{
    json::JsonRead r(config, u"OAuth configuration"_s);
    OAuthClientConfig c;
    c.clientId = r.string("clientId"_L1);
    c.clientSecret = r.string("clientSecret"_L1);
    c.grantTypes = r.strings("grantTypes"_L1);
    c.responseTypes = r.strings("responseTypes"_L1);
    c.redirectUris = r.strings("redirectUris"_L1);
    c.scopes = r.strings("scopes"_L1);
    c.tokenEndpointAuthMethod = r.string("tokenEndpointAuthMethod"_L1);
    c.pkceRequired = r.boolean("pkceRequired"_L1);
    c.publicClient = r.boolean("publicClient"_L1);
    const QJsonObject token = r.object("token"_L1);
    const QJsonObject access = token.value("accessToken"_L1).toObject();
    c.clientAccessTokenValidity =
        qint64(access.value("clientConfig"_L1).toObject().value("validityPeriod"_L1).toDouble());
    c.userAccessTokenValidity =
        qint64(access.value("userConfig"_L1).toObject().value("validityPeriod"_L1).toDouble());
    c.defaultAudience = access.value("defaultAudience"_L1).toString();
    c.refreshTokenValidity =
        qint64(token.value("refreshToken"_L1).toObject().value("validityPeriod"_L1).toDouble());
    c.raw = config;
    c.raw.remove("clientSecret"_L1);
    r.report(error);
    return c;
}

QJsonObject OAuthClientConfig::toJson() const
{
    QJsonObject o = raw;
    o.remove("clientSecret"_L1);
    json::putIfNotEmpty(o, "clientId"_L1, clientId);
    if (!newClientSecret.isEmpty())
        o.insert("clientSecret"_L1, newClientSecret);
    o.insert("grantTypes"_L1, json::toArray(grantTypes));
    if (!responseTypes.isEmpty() || o.contains("responseTypes"_L1))
        o.insert("responseTypes"_L1, json::toArray(responseTypes));
    if (!redirectUris.isEmpty() || o.contains("redirectUris"_L1))
        o.insert("redirectUris"_L1, json::toArray(redirectUris));
    if (!scopes.isEmpty() || o.contains("scopes"_L1))
        o.insert("scopes"_L1, json::toArray(scopes));
    json::putIfNotEmpty(o, "tokenEndpointAuthMethod"_L1, tokenEndpointAuthMethod);
    if (pkceRequired || o.contains("pkceRequired"_L1))
        o.insert("pkceRequired"_L1, pkceRequired);
    if (publicClient || o.contains("publicClient"_L1))
        o.insert("publicClient"_L1, publicClient);

    QJsonObject token = o.value("token"_L1).toObject();
    QJsonObject access = token.value("accessToken"_L1).toObject();
    if (clientAccessTokenValidity > 0)
        access.insert("clientConfig"_L1, withValidity(access.value("clientConfig"_L1).toObject(),
                                                      clientAccessTokenValidity));
    if (userAccessTokenValidity > 0)
        access.insert("userConfig"_L1, withValidity(access.value("userConfig"_L1).toObject(),
                                                    userAccessTokenValidity));
    json::putIfNotEmpty(access, "defaultAudience"_L1, defaultAudience);
    if (!access.isEmpty())
        token.insert("accessToken"_L1, access);
    if (refreshTokenValidity > 0)
        token.insert("refreshToken"_L1,
                     withValidity(token.value("refreshToken"_L1).toObject(), refreshTokenValidity));
    if (!token.isEmpty())
        o.insert("token"_L1, token);
    return o;
}

bool OAuthClientConfig::findIn(const QJsonArray &inboundAuthConfig, OAuthClientConfig *out,
                               QString *error)
{
    for (const QJsonValue &v : inboundAuthConfig) {
        const QJsonObject entry = v.toObject();
        if (entry.value("type"_L1).toString() == "oauth2"_L1) {
            if (!entry.value("config"_L1).isObject()) {
                if (error && error->isEmpty())
                    *error = u"OAuth configuration: field \"config\" is not an object"_s;
                return false;
            }
            *out = fromJson(entry.value("config"_L1).toObject(), error);
            return true;
        }
    }
    return false;
}

QJsonArray OAuthClientConfig::mergeInto(const QJsonArray &inboundAuthConfig) const
{
    QJsonArray out;
    bool replaced = false;
    for (const QJsonValue &v : inboundAuthConfig) {
        QJsonObject entry = v.toObject();
        if (!replaced && entry.value("type"_L1).toString() == "oauth2"_L1) {
            entry.insert("config"_L1, toJson());
            replaced = true;
        } else {
            // Never echo a secret the server sent back in another entry.
            QJsonObject config = entry.value("config"_L1).toObject();
            if (config.contains("clientSecret"_L1)) {
                config.remove("clientSecret"_L1);
                entry.insert("config"_L1, config);
            }
        }
        out.append(entry);
    }
    if (!replaced)
        out.append(QJsonObject{{"type"_L1, u"oauth2"_s}, {"config"_L1, toJson()}});
    return out;
}

} // namespace tid::core
