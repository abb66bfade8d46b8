#pragma once

#include "core/domain/OAuthClientConfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tid::core {

struct Application
{
    QString id;
    QString ouId;
    QString name;
    QString description;
    QString type; // browser, fullstack, mobile, m2m, mcp, custom (immutable)
    QString clientId;
    QString url;
    QString logoUrl;
    bool isReadOnly = false;
    std::optional<OAuthClientConfig> oauth;
    QJsonObject raw; // without secrets

    static Application fromJson(const QJsonObject &o, QString *error = nullptr);
    // Create/update body (full replacement: unmodelled fields are carried over from raw).
    QJsonObject toJson() const;
};

} // namespace tid::core
