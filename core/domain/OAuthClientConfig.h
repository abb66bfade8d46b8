#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tid::core {

namespace grant {
inline const QString ClientCredentials = QStringLiteral("client_credentials");
inline const QString AuthorizationCode = QStringLiteral("authorization_code");
inline const QString RefreshToken = QStringLiteral("refresh_token");
inline const QString TokenExchange =
    QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
inline const QString Ciba = QStringLiteral("urn:openid:params:grant-type:ciba");
inline const QString JwtBearer = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");
} // namespace grant

// inboundAuthConfig[type=oauth2].config of an agent or application.
struct OAuthClientConfig
{
    QString clientId;
    // Returned by the server only in create/update responses; never sent back by toJson().
    QString clientSecret;
    // Sent by toJson() when set: a chosen secret on create, or a rotation (ThunderID has no
    // rotate endpoint: PUT with a new clientSecret; the old one dies at once).
    QString newClientSecret;
    QStringList grantTypes;
    QStringList responseTypes;
    QStringList redirectUris;
    QStringList scopes;
    QString tokenEndpointAuthMethod; // client_secret_basic (default), _post, private_key_jwt, none
    bool pkceRequired = false;
    bool publicClient = false;
    qint64 clientAccessTokenValidity = 0; // token.accessToken.clientConfig.validityPeriod, s
    qint64 userAccessTokenValidity = 0;   // token.accessToken.userConfig.validityPeriod, s
    qint64 refreshTokenValidity = 0;      // token.refreshToken.validityPeriod, s
    QString defaultAudience;              // token.accessToken.defaultAudience
    QJsonObject raw;                      // the server's config without clientSecret

    bool hasGrant(const QString &grantType) const { return grantTypes.contains(grantType); }

    static OAuthClientConfig fromJson(const QJsonObject &config, QString *error = nullptr);
    QJsonObject toJson() const;

    // Finds the oauth2 entry in an inboundAuthConfig array; false if there is none.
    static bool findIn(const QJsonArray &inboundAuthConfig, OAuthClientConfig *out,
                       QString *error = nullptr);
    // Returns the array with the oauth2 entry replaced by (or set to) this config.
    QJsonArray mergeInto(const QJsonArray &inboundAuthConfig) const;
};

} // namespace tid::core
