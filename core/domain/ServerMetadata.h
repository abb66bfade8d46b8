#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tid::core {

// /.well-known/openid-configuration (or oauth-authorization-server), plus the console's
// extension APIs the server announces in an `extensions` list.
struct ServerMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl introspectionEndpoint;
    QUrl revocationEndpoint;
    QUrl userinfoEndpoint;
    QUrl backchannelAuthenticationEndpoint;
    QStringList grantTypesSupported;
    QStringList scopesSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    QStringList codeChallengeMethodsSupported;
    // Names of extension APIs (e.g. "consents", "credentials"); empty against plain ThunderID.
    QStringList extensions;
    QJsonObject raw;

    bool hasExtension(const QString &name) const
    {
        return extensions.contains(name, Qt::CaseInsensitive);
    }
    bool supportsGrant(const QString &grantType) const
    {
        return grantTypesSupported.contains(grantType);
    }

    static ServerMetadata fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace tid::core
