#pragma once

#include <QJsonObject>
#include <QString>

namespace tid::core {

// A protected API (ThunderID "resource server"); `identifier` is the audience of its tokens.
struct ResourceServer
{
    QString id;
    QString name;
    QString description;
    QString identifier;
    QString type = QStringLiteral("CUSTOM"); // API, MCP or CUSTOM (immutable)
    QString ouId;
    QString delimiter = QStringLiteral(":"); // immutable after creation
    bool isReadOnly = false;
    QJsonObject raw;

    static ResourceServer fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;       // CreateResourceServerRequest
    QJsonObject toUpdateJson() const; // UpdateResourceServerRequest (type/delimiter immutable)
};

} // namespace tid::core
