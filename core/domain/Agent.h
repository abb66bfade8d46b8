#pragma once

#include "core/domain/OAuthClientConfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tid::core {

// A ThunderID agent: a machine identity with an owner, attributes and (optionally) an OAuth
// client profile. `type` is ThunderID's agent type (schema name, e.g. "default"); kind() is the
// console's classification derived from the grant types.
struct Agent
{
    enum class Kind
    {
        Unknown,     // no OAuth profile (or no grants we can classify)
        Autonomous,  // client_credentials only: acts as itself
        Interactive, // authorization_code / CIBA only: acts for a user
        Hybrid,      // both
    };

    QString id;
    QString ouId;
    QString ouHandle;
    QString type = QStringLiteral("default");
    QString name;
    QString description;
    QString logoUrl;
    QString clientId; // read side: the OAuth client id (also oauth->clientId)
    QString owner;    // entity id of the accountable person
    QJsonObject attributes;
    bool isReadOnly = false;
    std::optional<OAuthClientConfig> oauth;
    QJsonObject raw; // without secrets

    Kind kind() const;
    static Kind kindForGrants(const QStringList &grantTypes);
    static QString kindName(Kind kind); // "autonomous", "interactive", "hybrid", ""
    QString effectiveClientId() const { return oauth ? oauth->clientId : clientId; }

    static Agent fromJson(const QJsonObject &o, QString *error = nullptr);
    // Create/update body. PUT is a full replacement in ThunderID, so every field the server sent
    // that this type does not model (authFlowId, assertion, ...) is carried over from raw.
    QJsonObject toJson() const;
};

} // namespace tid::core
