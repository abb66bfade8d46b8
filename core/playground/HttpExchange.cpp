#include "core/playground/HttpExchange.h"

#include "core/api/ApiJob.h"
#include "core/api/ApiResponse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

const QHash<QString, QString> &secretFields()
{
    // Form fields and JSON members that carry something a person must not see by accident.
    static const QHash<QString, QString> fields{
        {u"client_secret"_s, u"CLIENT_SECRET"_s},
        {u"subject_token"_s, u"SUBJECT_TOKEN"_s},
        {u"actor_token"_s, u"ACTOR_TOKEN"_s},
        {u"access_token"_s, u"ACCESS_TOKEN"_s},
        {u"refresh_token"_s, u"REFRESH_TOKEN"_s},
        {u"id_token"_s, u"ID_TOKEN"_s},
        {u"id_token_hint"_s, u"ID_TOKEN_HINT"_s},
        {u"login_hint_token"_s, u"LOGIN_HINT_TOKEN"_s},
        {u"token"_s, u"TOKEN"_s},
        {u"code"_s, u"CODE"_s},
        {u"code_verifier"_s, u"CODE_VERIFIER"_s},
        {u"auth_req_id"_s, u"AUTH_REQ_ID"_s},
        {u"password"_s, u"PASSWORD"_s},
        {u"client_assertion"_s, u"CLIENT_ASSERTION"_s},
        {u"assertion"_s, u"ASSERTION"_s},
    };
    return fields;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 204:
        return u"No Content"_s;
    case 302:
        return u"Found"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return {};
    }
}

// Replaces every occurrence of each value (as is and percent-encoded) by the mask.
QString maskValues(QString text, const QStringList &values, const QString &replacement)
{
    for (const QString &v : values) {
        if (v.size() < 4)
            continue; // too short to be a secret worth a blind replacement
        text.replace(v, replacement);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(v));
        if (encoded != v)
            text.replace(encoded, replacement);
    }
    return text;
}

bool isFormBody(const HttpExchange::Headers &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            return value.startsWith("application/x-www-form-urlencoded");
    }
    return false;
}

struct FormField
{
    QString name;   // decoded
    QString value;  // decoded
    QByteArray raw; // the name=value pair as sent
};

QList<FormField> parseForm(const QByteArray &body)
{
    QList<FormField> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const auto decode = [](QByteArray b) {
            b.replace('+', ' ');
            return QUrl::fromPercentEncoding(b);
        };
        out.append({decode(name), decode(value), pair});
    }
    return out;
}

// A form body one field per line, decoded for reading (curl carries the exact encoding).
QString formText(const QByteArray &body, bool reveal)
{
    QStringList lines;
    for (const FormField &f : parseForm(body)) {
        const bool secret = secretFields().contains(f.name) && !f.value.isEmpty();
        lines << f.name + u'=' + (secret && !reveal ? HttpExchange::maskText() : f.value);
    }
    return lines.join(u'\n');
}

QJsonValue maskJson(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (secretFields().contains(it.key()) && it.value().isString())
                *it = HttpExchange::maskText();
            else
                *it = maskJson(it.value());
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskJson(*it);
        return a;
    }
    return v;
}

QString bodyText(const QByteArray &body, const HttpExchange::Headers &headers, bool reveal)
{
    if (body.isEmpty())
        return {};
    if (isFormBody(headers))
        return formText(body, reveal);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        QJsonDocument shown = doc;
        if (!reveal) {
            const QJsonValue masked =
                maskJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
            shown = masked.isObject() ? QJsonDocument(masked.toObject())
                                      : QJsonDocument(masked.toArray());
        }
        return QString::fromUtf8(shown.toJson(QJsonDocument::Indented)).trimmed();
    }
    return QString::fromUtf8(body);
}

QString headerValueText(const QByteArray &name, const QByteArray &value, bool reveal)
{
    const QString text = QString::fromLatin1(value);
    if (reveal)
        return text;
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
        if (value.startsWith("Basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            const QString user =
                QUrl::fromPercentEncoding(colon < 0 ? decoded : decoded.left(colon));
            return u"Basic %1 (client id %2, secret masked)"_s.arg(HttpExchange::maskText(), user);
        }
        const qsizetype space = value.indexOf(' ');
        return space < 0
                   ? HttpExchange::maskText()
                   : QString(QString::fromLatin1(value.left(space + 1)) + HttpExchange::maskText());
    }
    if (name.compare("Cookie", Qt::CaseInsensitive) == 0 ||
        name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
        return HttpExchange::maskText();
    return text;
}

QString headersText(const HttpExchange::Headers &headers, bool reveal)
{
    QString out;
    for (const auto &[name, value] : headers)
        out += QString::fromLatin1(name) + u": "_s + headerValueText(name, value, reveal) + u'\n';
    return out;
}

// --- curl ------------------------------------------------------------------------------------

struct Part
{
    QString text;
    bool variable = false;
};

QString singleQuoted(const QString &s)
{
    QString q = s;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

QString shellWord(const QList<Part> &parts)
{
    bool hasVariable = false;
    bool plain = true;
    static const QRegularExpression safe(u"^[A-Za-z0-9_.:/=@%+,~-]*$"_s);
    for (const Part &p : parts) {
        hasVariable = hasVariable || p.variable;
        if (!p.variable && !safe.match(p.text).hasMatch())
            plain = false;
    }
    if (!hasVariable) {
        QString all;
        for (const Part &p : parts)
            all += p.text;
        return singleQuoted(all);
    }
    QString out;
    if (plain) {
        out = u"\""_s;
        for (const Part &p : parts)
            out += p.variable ? QString(u"${"_s + p.text + u'}') : p.text;
        return out + u'"';
    }
    for (const Part &p : parts)
        out += p.variable ? QString(u"\"${"_s + p.text + u"}\""_s) : singleQuoted(p.text);
    return out;
}

// Splits `text` at the occurrences of `secrets`, which become $SECRET variables.
QList<Part> partsOf(const QString &text, const QStringList &secrets, QStringList *used)
{
    QList<Part> parts{{text, false}};
    for (const QString &s : secrets) {
        if (s.size() < 4)
            continue;
        QList<Part> next;
        for (const Part &p : parts) {
            if (p.variable) {
                next << p;
                continue;
            }
            const QStringList pieces = p.text.split(s);
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                if (i > 0) {
                    next << Part{u"SECRET"_s, true};
                    if (!used->contains(u"SECRET"_s))
                        used->append(u"SECRET"_s);
                }
                if (!pieces.at(i).isEmpty())
                    next << Part{pieces.at(i), false};
            }
        }
        parts = next;
    }
    return parts;
}

QString describeVariable(const QString &variable, const QString &clientId)
{
    if (variable == "CLIENT_SECRET"_L1)
        return clientId.isEmpty() ? u"the client secret"_s
                                  : u"the client secret of %1"_s.arg(clientId);
    static const QHash<QString, QString> what{
        {u"SUBJECT_TOKEN"_s, u"the access token being exchanged (the previous step's token)"_s},
        {u"ACTOR_TOKEN"_s, u"the acting agent's own access token"_s},
        {u"AUTH_REQ_ID"_s, u"the auth_req_id the bc-authorize step returned"_s},
        {u"CODE"_s, u"the authorization code the browser brought back"_s},
        {u"CODE_VERIFIER"_s, u"the PKCE code verifier of the sign-in"_s},
        {u"ACCESS_TOKEN"_s, u"an access token"_s},
        {u"TOKEN"_s, u"the token to introspect or revoke"_s},
        {u"SECRET"_s, u"a secret of this run"_s},
    };
    return what.value(variable, variable.toLower().replace(u'_', u' '));
}

} // namespace

QString HttpExchange::maskText()
{
    return u"••••••••"_s;
}

QString HttpExchange::secretVariableForField(const QString &field)
{
    return secretFields().value(field);
}

HttpExchange HttpExchange::fromResponse(const ApiJob &job, const ApiResponse &response,
                                        const QDateTime &startedAt, qint64 elapsedMs)
{
    HttpExchange x;
    x.method = job.request().method;
    x.url = job.url();
    x.requestHeaders = response.requestHeaders;
    if (x.requestHeaders.isEmpty()) {
        // No reply was made (a usage error, or aborted before sending): what would have gone.
        if (!job.request().contentType.isEmpty())
            x.requestHeaders.append({"Content-Type", job.request().contentType});
        if (!job.request().authorization.isEmpty())
            x.requestHeaders.append({"Authorization", job.request().authorization});
    }
    x.requestBody = job.request().body;
    x.status = response.httpStatus;
    x.responseHeaders = response.headers;
    x.responseBody = response.body;
    if (response.httpStatus == 0 && response.error.isError())
        x.transportError = response.error.message;
    x.startedAt = startedAt;
    x.elapsedMs = elapsedMs;
    return x;
}

QString HttpExchange::requestLine() const
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_s;
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return QString::fromLatin1(method) + u' ' + path;
}

QString HttpExchange::oauthError() const
{
    if (status < 400)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(responseBody).object();
    return o.value("error"_L1).toString();
}

QString HttpExchange::oauthErrorDescription() const
{
    const QJsonObject o = QJsonDocument::fromJson(responseBody).object();
    return o.value("error_description"_L1).toString();
}

QString HttpExchange::statusLine() const
{
    if (status == 0)
        return transportError.isEmpty() ? u"no answer"_s : transportError;
    const QString error = oauthError();
    if (!error.isEmpty())
        return u"%1 %2"_s.arg(status).arg(error);
    const QString reason = reasonPhrase(status);
    return reason.isEmpty() ? QString::number(status) : u"%1 %2"_s.arg(status).arg(reason);
}

QString HttpExchange::requestText(bool reveal, const QStringList &alsoMask) const
{
    QString text = requestLine() + u" HTTP/1.1\n"_s;
    text += u"Host: "_s + url.authority(QUrl::FullyEncoded) + u'\n';
    text += headersText(requestHeaders, reveal);
    const QString body = bodyText(requestBody, requestHeaders, reveal);
    if (!body.isEmpty())
        text += u'\n' + body + u'\n';
    return reveal ? text : maskValues(text, alsoMask, maskText());
}

QString HttpExchange::responseText(bool reveal, const QStringList &alsoMask) const
{
    if (status == 0)
        return transportError.isEmpty() ? u"(no answer)"_s : transportError;
    QString text = u"HTTP/1.1 %1 %2\n"_s.arg(status).arg(reasonPhrase(status));
    text += headersText(responseHeaders, reveal);
    const QString body = bodyText(responseBody, responseHeaders, reveal);
    if (!body.isEmpty())
        text += u'\n' + body + u'\n';
    return reveal ? text : maskValues(text, alsoMask, maskText());
}

QString HttpExchange::toCurl(const QStringList &alsoMask) const
{
    QStringList variables; // in order of first use
    const auto use = [&variables](const QString &v) {
        if (!variables.contains(v))
            variables << v;
    };
    QString clientId;
    QStringList args;
    if (method != "GET" && method != "POST")
        args << u"-X "_s + QString::fromLatin1(method);
    else if (method == "POST" && requestBody.isEmpty())
        args << u"-X POST"_s;
    args << shellWord(partsOf(url.toString(QUrl::FullyEncoded), alsoMask, &variables));
    const bool form = isFormBody(requestHeaders);
    for (const auto &[name, value] : requestHeaders) {
        if (name.compare("User-Agent", Qt::CaseInsensitive) == 0)
            continue;
        if (form && name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            continue; // curl sets it for --data-urlencode
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            if (value.startsWith("Basic ")) {
                const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
                const qsizetype colon = decoded.indexOf(':');
                clientId = QString::fromLatin1(colon < 0 ? decoded : decoded.left(colon));
                use(u"CLIENT_SECRET"_s);
                args << u"-u "_s + shellWord({{QString(clientId + u':'), false},
                                              {u"CLIENT_SECRET"_s, true}});
                clientId = QUrl::fromPercentEncoding(clientId.toLatin1());
            } else {
                const qsizetype space = value.indexOf(' ');
                const QString scheme =
                    QString::fromLatin1(space < 0 ? QByteArray("Bearer") : value.left(space));
                use(u"ACCESS_TOKEN"_s);
                args << u"-H "_s +
                            shellWord({{QString(u"Authorization: "_s + scheme + u' '), false},
                                       {u"ACCESS_TOKEN"_s, true}});
            }
            continue;
        }
        args << u"-H "_s + shellWord(partsOf(QString::fromLatin1(name) + u": "_s +
                                                 QString::fromLatin1(value),
                                             alsoMask, &variables));
    }
    if (form) {
        for (const FormField &f : parseForm(requestBody)) {
            if (f.name == "client_id"_L1)
                clientId = f.value;
            const QString variable = secretFields().value(f.name);
            if (!variable.isEmpty() && !f.value.isEmpty()) {
                use(variable);
                args << u"--data-urlencode "_s +
                            shellWord({{QString(f.name + u'='), false}, {variable, true}});
            } else {
                args << u"--data-urlencode "_s +
                            shellWord(partsOf(f.name + u'=' + f.value, alsoMask, &variables));
            }
        }
    } else if (!requestBody.isEmpty()) {
        args << u"--data-raw "_s + shellWord(partsOf(bodyText(requestBody, requestHeaders, false),
                                                     alsoMask, &variables));
    }
    QString out;
    for (const QString &v : std::as_const(variables))
        out += u"# $%1: %2\n"_s.arg(v, describeVariable(v, clientId));
    out += u"curl -sS "_s + args.join(u" \\\n  "_s) + u'\n';
    return out;
}

} // namespace tid::core
