#pragma once

#include "sandbox/http/Router.h"
#include "sandbox/http/ServiceError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace tid::sandbox {

class ClientDirectory;

// The `inboundAuthConfig` of an application or agent: at most one {type: oauth2, config}. Parsed
// and normalised here (defaults filled in, secret split off) so both modules store the same shape.
struct OAuthProfile
{
    struct Errors
    {
        ServiceError invalidRequest;
        ServiceError grantType;
        ServiceError responseType;
        ServiceError redirectUri;
        ServiceError authMethod;
        ServiceError publicClient;
        ServiceError oauthConfig;
        ServiceError multipleConfigs;
    };
    // The profile errors of one service: ThunderID's keys and messages, with the service's codes
    // and descriptions in the order of Errors' members after invalidRequest.
    static Errors errors(const ServiceErrors &service, const ServiceError &invalidRequest,
                         const QStringList &codes, const QStringList &descriptions);

    bool present = false;
    QString clientId;                    // empty => the module generates one
    std::optional<QString> clientSecret; // as given in the request (never stored in config)
    QJsonObject config;                  // normalised, without clientId and clientSecret

    QString authMethod() const;
    bool usesSecret() const; // client_secret_basic or client_secret_post

    // Parses body["inboundAuthConfig"]; absent or null => present = false.
    static std::optional<Response> parse(const QJsonObject &body, const Errors &errors,
                                         OAuthProfile *out);
    // The stored `inboundAuthConfig` array, with clientId; `secretToShow` is added only in
    // create/update responses.
    QJsonArray toJson(const QString &secretToShow = {}) const;
    // Reads the stored array back.
    static OAuthProfile fromStored(const QJsonArray &stored);

    // Inside the caller's transaction: settles the client id (given, else the entity's previous
    // one, else generated), refuses one used by another application or agent, and applies
    // ThunderID's secret rules: a given secret replaces the old one at once; a secret method
    // without any secret gets a generated one; a PUT without clientSecret keeps the existing
    // one; a profile without a secret method (or no profile) revokes them. *secretToShow is the
    // new plaintext secret, to be returned once.
    std::optional<Response> store(const ClientDirectory &clients, const QSqlDatabase &db,
                                  const QString &entityId, const QString &entityType,
                                  const QString &previousClientId,
                                  const ServiceError &clientIdConflict, QString *secretToShow);
    // store() for the save of an application or agent: the previous client id is `existing`'s;
    // on success the stored array goes into *extra (the row's JSON column).
    std::optional<Response> storeFor(const ClientDirectory &clients, const QSqlDatabase &db,
                                     const QString &entityId, const QString &entityType,
                                     const std::optional<QJsonObject> &existing,
                                     const ServiceError &clientIdConflict, QJsonObject *extra,
                                     QString *secretToShow);
    // The row's client_id column: the client id, NULL without a profile.
    QVariant clientIdColumn() const;
    // The answer of a save shows the profile with the new secret, once.
    void reveal(QJsonObject *body, const QString &secretToShow) const;

    // The delete's own part for an application or an agent (EntityCrud::Cleanup): its secrets go.
    static std::function<std::optional<Response>(const QString &entityId)>
    secretsCleanup(const ClientDirectory &clients);

    // An absolute URI of any scheme: the rule of redirect URIs and of an application's URLs.
    static bool isUri(const QString &value);
};

} // namespace tid::sandbox
