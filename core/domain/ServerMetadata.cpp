#include "core/domain/ServerMetadata.h"

#include "core/domain/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QUrl urlOf(json::JsonRead &r, QLatin1StringView key)
{
    const QString s = r.string(key);
    if (s.isEmpty())
        return {};
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        r.complain(key, "not an absolute URL");
    return url;
}

} // namespace

ServerMetadata ServerMetadata::fromJson(const QJsonObject &o, QString *error)
{
    json::JsonRead r(o, u"server metadata"_s);
    ServerMetadata m;
    m.issuer = r.required("issuer"_L1);
    m.authorizationEndpoint = urlOf(r, "authorization_endpoint"_L1);
    m.tokenEndpoint = urlOf(r, "token_endpoint"_L1);
    m.jwksUri = urlOf(r, "jwks_uri"_L1);
    m.introspectionEndpoint = urlOf(r, "introspection_endpoint"_L1);
    m.revocationEndpoint = urlOf(r, "revocation_endpoint"_L1);
    m.userinfoEndpoint = urlOf(r, "userinfo_endpoint"_L1);
    m.backchannelAuthenticationEndpoint = urlOf(r, "backchannel_authentication_endpoint"_L1);
    m.grantTypesSupported = r.strings("grant_types_supported"_L1);
    m.scopesSupported = r.strings("scopes_supported"_L1);
    m.tokenEndpointAuthMethodsSupported = r.strings("token_endpoint_auth_methods_supported"_L1);
    m.codeChallengeMethodsSupported = r.strings("code_challenge_methods_supported"_L1);

    // Accept ["consents", ...], [{"name": "consents", ...}, ...] or {"consents": {...}, ...}.
    const QJsonValue ext = o.value("extensions"_L1);
    if (ext.isArray()) {
        for (const QJsonValue &v : ext.toArray()) {
            if (v.isString())
                m.extensions << v.toString();
            else if (v.isObject()) {
                const QJsonObject e = v.toObject();
                const QString name = e.value("name"_L1).toString(e.value("id"_L1).toString());
                if (!name.isEmpty())
                    m.extensions << name;
            }
        }
    } else if (ext.isObject()) {
        m.extensions = ext.toObject().keys();
    }
    m.raw = o;
    r.report(error);
    return m;
}

} // namespace tid::core
