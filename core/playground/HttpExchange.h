#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tid::core {

struct ApiResponse;
class ApiJob;

// One real HTTP exchange of a playground step, as it went over the wire through ApiClient:
// the request (method, URL, the header fields it was sent with, body) and the answer (status,
// header fields, body), with its timing. It holds secrets and tokens as sent and received; the
// text it renders masks them unless asked to reveal them, and "Copy as curl" turns them into
// shell variables ($CLIENT_SECRET, $SUBJECT_TOKEN, …). Never log it.
struct HttpExchange
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method;
    QUrl url;
    Headers requestHeaders;
    QByteArray requestBody;
    int status = 0; // 0: no HTTP answer (transportError says why)
    Headers responseHeaders;
    QByteArray responseBody;
    QString transportError;
    QDateTime startedAt; // UTC
    qint64 elapsedMs = 0;

    // Built from a finished job's request and its response (elapsed: measured by the caller).
    static HttpExchange fromResponse(const ApiJob &job, const ApiResponse &response,
                                     const QDateTime &startedAt, qint64 elapsedMs);

    // "POST /oauth2/token" and "400 invalid_scope" / "200 OK" / the transport error.
    QString requestLine() const;
    QString statusLine() const;
    // The OAuth `error` of the answer (empty for a success or a body without one).
    QString oauthError() const;
    QString oauthErrorDescription() const;

    // The request and the answer as HTTP messages. Masked (default): form fields, JSON members
    // and header fields that carry secrets or tokens show as "••••", and so does any occurrence
    // of `alsoMask` (the run's secrets, wherever they appear). Revealed: exactly as exchanged.
    QString requestText(bool reveal = false, const QStringList &alsoMask = {}) const;
    QString responseText(bool reveal = false, const QStringList &alsoMask = {}) const;

    // A curl command that repeats the request; secrets and tokens are shell variables
    // ("$CLIENT_SECRET"), never literals, with a comment naming what each holds.
    QString toCurl(const QStringList &alsoMask = {}) const;

    // Form fields and JSON members that hold secrets or tokens, and the shell variable curl
    // uses for each.
    static QString secretVariableForField(const QString &field);
    static QString maskText(); // "••••••••"
};

} // namespace tid::core
