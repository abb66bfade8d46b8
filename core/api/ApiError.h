#pragma once

#include <QByteArray>
#include <QMap>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace tid::core {

// A failed call, decoded into something a person can read. One type for transport failures
// (refused, timeout, TLS), HTTP errors with ThunderID's body {code, message:{defaultValue},
// description:{defaultValue}}, its input-validation body {code: "INVALID_INPUT_METADATA",
// message, description (plain strings), errors: {field: message}}, OAuth's {error,
// error_description}, and bodies we could not decode.
struct ApiError
{
    enum class Kind
    {
        None,    // not an error
        Network, // connection refused, host not found, reset, ...
        Timeout, // no bytes for the transfer timeout
        Tls,     // certificate not trusted or pin mismatch
        Aborted, // abort() by the caller
        Http,    // the server answered with a status >= 400
        Decode,  // the server answered 2xx with a body we cannot use (bad JSON, wrong shape)
        Auth,    // could not obtain or refresh an access token (without an HTTP status)
        Usage,   // the caller asked for something impossible (no base URL, ...)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;        // ThunderID `code` (e.g. ROL-1003) or OAuth `error` (invalid_client)
    QString message;     // message.defaultValue, error_description, or our own text
    QString description; // description.defaultValue
    // Input validation: the server's message per request field ("ouId" → "The field 'ouId' is
    // missing…"), for a form to show at its fields.
    QMap<QString, QString> fieldErrors;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QUrl url;                         // what was called (no query: queries may carry filters)
    QByteArray peerCertificateSha256; // hex, set on TLS failures so a UI can offer to pin it

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    bool isNotFound() const { return kind == Kind::Http && httpStatus == 404; }
    bool isConflict() const { return kind == Kind::Http && httpStatus == 409; }
    bool isUnauthorized() const { return kind == Kind::Http && httpStatus == 401; }

    // One line: "HTTP 404 ROL-1003: Role not found — The role with the specified id does not
    // exist (GET https://host/roles/x)". Never contains tokens or secrets.
    QString toString() const;
    static QString kindName(Kind kind);

    static ApiError make(Kind kind, const QString &message, const QUrl &url = {});
    // Decodes an error body of either shape; falls back to the HTTP reason phrase and a short,
    // sanitised excerpt of a non-JSON body.
    static ApiError fromHttp(int status, const QByteArray &reasonPhrase, const QByteArray &body,
                             const QUrl &url);
};

} // namespace tid::core
