#include "sandbox/admin/OAuthProfile.h"

#include "sandbox/admin/Entities.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/security/ClientDirectory.h"
#include "sandbox/store/Ids.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static const QStringList GrantTypes = {
    u"authorization_code"_s,
    u"client_credentials"_s,
    u"refresh_token"_s,
    u"implicit"_s,
    u"password"_s,
    u"urn:ietf:params:oauth:grant-type:token-exchange"_s,
    u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s,
    u"urn:openid:params:grant-type:ciba"_s,
};
static const QStringList ResponseTypes = {u"code"_s, u"token"_s};
static const QStringList AuthMethods = {u"client_secret_basic"_s, u"client_secret_post"_s,
                                        u"private_key_jwt"_s, u"none"_s};

OAuthProfile::Errors OAuthProfile::errors(const ServiceErrors &service,
                                          const ServiceError &invalidRequest,
                                          const QStringList &codes, const QStringList &descriptions)
{
    static const QList<QPair<QString, QString>> keysAndMessages = {
        {u"invalid_grant_type"_s, u"Invalid grant type"_s},
        {u"invalid_response_type"_s, u"Invalid response type"_s},
        {u"invalid_redirect_uri"_s, u"Invalid redirect URI"_s},
        {u"invalid_token_endpoint_auth_method"_s,
         u"Invalid token endpoint authentication method"_s},
        {u"invalid_public_client_configuration"_s, u"Invalid public client configuration"_s},
        {u"invalid_oauth_configuration"_s, u"Invalid OAuth configuration"_s},
        {u"multiple_oauth_configs"_s, u"Multiple OAuth inbound auth configs are not allowed"_s},
    };
    Q_ASSERT(codes.size() == keysAndMessages.size() && descriptions.size() == codes.size());
    const auto at = [&](qsizetype i) {
        return service(400, codes.at(i), keysAndMessages.at(i).first, keysAndMessages.at(i).second,
                       descriptions.at(i));
    };
    return Errors{invalidRequest, at(0), at(1), at(2), at(3), at(4), at(5), at(6)};
}

QString OAuthProfile::authMethod() const
{
    return config.value(u"tokenEndpointAuthMethod"_s).toString();
}

bool OAuthProfile::usesSecret() const
{
    const QString m = authMethod();
    return m == u"client_secret_basic"_s || m == u"client_secret_post"_s;
}

bool OAuthProfile::isUri(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.isRelative();
}

std::optional<Response> OAuthProfile::parse(const QJsonObject &body, const Errors &errors,
                                            OAuthProfile *out)
{
    *out = OAuthProfile();
    const QJsonValue value = body.value(u"inboundAuthConfig"_s);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return errors.invalidRequest.response(u"inboundAuthConfig: must be an array"_s);
    const QJsonArray items = value.toArray();
    QJsonObject raw;
    int oauthCount = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (!items.at(i).isObject() || item.value(u"type"_s).toString() != u"oauth2"_s) {
            return errors.invalidRequest.response(
                u"inboundAuthConfig[%1]: must be an object with type \"oauth2\""_s.arg(i));
        }
        if (!item.value(u"config"_s).isObject()) {
            return errors.invalidRequest.response(
                u"inboundAuthConfig[%1].config: must be an object"_s.arg(i));
        }
        raw = item.value(u"config"_s).toObject();
        ++oauthCount;
    }
    if (oauthCount > 1)
        return errors.multipleConfigs.response();
    if (oauthCount == 0)
        return std::nullopt;

    JsonFields f(raw);
    OAuthProfile p;
    p.present = true;
    p.clientId = f.string(u"clientId"_s).trimmed();
    const QString secret = f.string(u"clientSecret"_s);
    if (!secret.isEmpty())
        p.clientSecret = secret;

    const QStringList redirectUris = f.stringArray(u"redirectUris"_s);
    QStringList grantTypes = f.stringArray(u"grantTypes"_s);
    QStringList responseTypes = f.stringArray(u"responseTypes"_s);
    const bool publicClient = f.boolean(u"publicClient"_s, false);
    QString method = f.string(u"tokenEndpointAuthMethod"_s);
    QJsonObject config;
    f.copy(u"pkceRequired"_s, JsonFields::Kind::Bool, &config);
    f.copy(u"requirePushedAuthorizationRequests"_s, JsonFields::Kind::Bool, &config);
    f.copy(u"dpopBoundAccessTokens"_s, JsonFields::Kind::Bool, &config);
    f.copy(u"includeActClaim"_s, JsonFields::Kind::Bool, &config);
    f.copy(u"scopes"_s, JsonFields::Kind::StringArray, &config);
    f.copy(u"token"_s, JsonFields::Kind::Object, &config);
    f.copy(u"userInfo"_s, JsonFields::Kind::Object, &config);
    f.copy(u"scopeClaims"_s, JsonFields::Kind::Object, &config);
    f.copy(u"certificate"_s, JsonFields::Kind::Object, &config);
    f.copy(u"acrValues"_s, JsonFields::Kind::StringArray, &config);
    if (!f.ok())
        return errors.invalidRequest.response(
            QString(u"inboundAuthConfig[0].config."_s + f.error()));

    if (grantTypes.isEmpty())
        grantTypes = {u"authorization_code"_s};
    for (const QString &g : grantTypes) {
        if (!GrantTypes.contains(g))
            return errors.grantType.response(u"Unsupported grant type: %1"_s.arg(g));
    }
    if (responseTypes.isEmpty())
        responseTypes = {u"code"_s};
    for (const QString &r : responseTypes) {
        if (!ResponseTypes.contains(r))
            return errors.responseType.response(u"Unsupported response type: %1"_s.arg(r));
    }
    for (const QString &uri : redirectUris) {
        if (!isUri(uri))
            return errors.redirectUri.response(u"Not an absolute URI: %1"_s.arg(uri));
    }
    if (method.isEmpty())
        method = publicClient ? u"none"_s : u"client_secret_basic"_s;
    if (!AuthMethods.contains(method))
        return errors.authMethod.response(u"Unsupported method: %1"_s.arg(method));
    if (publicClient && (method != u"none"_s || p.clientSecret)) {
        return errors.publicClient.response(
            u"A public client uses tokenEndpointAuthMethod \"none\" and has no client secret"_s);
    }
    if ((method == u"none"_s || publicClient) && grantTypes.contains(u"client_credentials"_s)) {
        return errors.oauthConfig.response(
            u"The client_credentials grant needs a confidential client"_s);
    }
    if ((method == u"none"_s || method == u"private_key_jwt"_s) && p.clientSecret) {
        return errors.oauthConfig.response(
            u"A client secret is not allowed with tokenEndpointAuthMethod %1"_s.arg(method));
    }

    config.insert(u"redirectUris"_s, QJsonArray::fromStringList(redirectUris));
    config.insert(u"grantTypes"_s, QJsonArray::fromStringList(grantTypes));
    config.insert(u"responseTypes"_s, QJsonArray::fromStringList(responseTypes));
    config.insert(u"tokenEndpointAuthMethod"_s, method);
    config.insert(u"publicClient"_s, publicClient || method == u"none"_s);
    if (!config.contains(u"pkceRequired"_s))
        config.insert(u"pkceRequired"_s, false);
    p.config = config;
    *out = p;
    return std::nullopt;
}

QJsonArray OAuthProfile::toJson(const QString &secretToShow) const
{
    if (!present)
        return {};
    QJsonObject c = config;
    c.insert(u"clientId"_s, clientId);
    if (!secretToShow.isEmpty())
        c.insert(u"clientSecret"_s, secretToShow);
    return QJsonArray{QJsonObject{{u"type"_s, u"oauth2"_s}, {u"config"_s, c}}};
}

OAuthProfile OAuthProfile::fromStored(const QJsonArray &stored)
{
    OAuthProfile p;
    for (const QJsonValue &v : stored) {
        const QJsonObject o = v.toObject();
        if (o.value(u"type"_s).toString() != u"oauth2"_s)
            continue;
        p.present = true;
        p.config = o.value(u"config"_s).toObject();
        p.clientId = p.config.take(u"clientId"_s).toString();
        p.config.remove(u"clientSecret"_s);
    }
    return p;
}

std::optional<Response> OAuthProfile::store(const ClientDirectory &clients, const QSqlDatabase &db,
                                            const QString &entityId, const QString &entityType,
                                            const QString &previousClientId,
                                            const ServiceError &clientIdConflict,
                                            QString *secretToShow)
{
    secretToShow->clear();
    if (!present) {
        clients.revokeSecrets(entityId);
        return std::nullopt;
    }
    if (clientId.isEmpty())
        clientId = previousClientId.isEmpty() ? Ids::clientId() : previousClientId;
    if (Entities::clientIdTaken(db, clientId, entityId))
        return clientIdConflict.response();
    if (!usesSecret()) {
        clients.revokeSecrets(entityId);
        return std::nullopt;
    }
    if (clientSecret) {
        clients.replaceSecret(entityId, entityType, *clientSecret);
        *secretToShow = *clientSecret;
    } else if (!clients.hasActiveSecret(entityId)) {
        const QString generated = Ids::clientSecret();
        clients.replaceSecret(entityId, entityType, generated);
        *secretToShow = generated;
    }
    return std::nullopt;
}

std::optional<Response> OAuthProfile::storeFor(const ClientDirectory &clients,
                                               const QSqlDatabase &db, const QString &entityId,
                                               const QString &entityType,
                                               const std::optional<QJsonObject> &existing,
                                               const ServiceError &clientIdConflict,
                                               QJsonObject *extra, QString *secretToShow)
{
    const QString previousClientId =
        existing ? existing->value(u"clientId"_s).toString() : QString();
    if (auto error = store(clients, db, entityId, entityType, previousClientId, clientIdConflict,
                           secretToShow)) {
        return error;
    }
    if (present)
        extra->insert(u"inboundAuthConfig"_s, toJson());
    return std::nullopt;
}

std::function<std::optional<Response>(const QString &)>
OAuthProfile::secretsCleanup(const ClientDirectory &clients)
{
    return [&clients](const QString &entityId) -> std::optional<Response> {
        clients.deleteSecrets(entityId);
        return std::nullopt;
    };
}

QVariant OAuthProfile::clientIdColumn() const
{
    return present ? QVariant(clientId) : QVariant(QMetaType::fromType<QString>());
}

void OAuthProfile::reveal(QJsonObject *body, const QString &secretToShow) const
{
    if (present)
        body->insert(u"inboundAuthConfig"_s, toJson(secretToShow));
}

} // namespace tid::sandbox
