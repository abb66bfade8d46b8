#pragma once

#include "sandbox/http/Router.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small helpers shared by the authorization modules (resource servers, roles) and the demo seed.
namespace tid::sandbox::authzutil {

// One ThunderID error template: code, message key and the default texts from the API spec.
struct ErrorSpec
{
    int status;
    const char16_t *code;
    const char16_t *key; // message key; the description key appends _description
    const char16_t *message;
    const char16_t *description;
};

Response errorResponse(const ErrorSpec &spec);
// Same code and key, a more specific description text.
Response errorResponse(const ErrorSpec &spec, const QString &description);

// Parses the request body as a JSON object; nullopt when it is empty, malformed or not an object.
std::optional<QJsonObject> parseObject(const QByteArray &body);

// Reads an optional string member: absent or null leaves *out untouched and returns true; any
// other non-string type returns false. *present tells whether a string was there.
bool readString(const QJsonObject &object, const QString &key, QString *out,
                bool *present = nullptr);

} // namespace tid::sandbox::authzutil
