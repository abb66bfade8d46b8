#include "core/token/Jwt.h"

#include "core/token/Base64Url.h"
#include "core/token/StrictJson.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

// Tokens from one issuer share a handful of headers, so a bulk run sees the same header segment
// over and over: remember the last one parsed successfully on this thread (same bytes, same
// strict result) and skip its base64 + strict scan + QJsonDocument.
struct HeaderCache
{
    QByteArray segment;
    QByteArray json;
    QJsonObject object;
};

} // namespace

Jwt &Jwt::fail(Error e, const QString &why)
{
    m_error = e;
    m_errorString = why;
    m_header = {};
    m_payload.reset();
    return *this;
}

Jwt Jwt::parse(QByteArrayView in)
{
    Jwt jwt;
    if (in.isEmpty()) {
        jwt.fail(Error::Empty, u"The token is empty."_s);
        return jwt;
    }
    if (in.size() > MaxSize) {
        jwt.fail(Error::TooLarge,
                 u"The token is %1 bytes long; the limit is %2 bytes (1 MiB)."_s.arg(in.size()).arg(
                     MaxSize));
        return jwt;
    }
    const qsizetype dot1 = in.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : in.indexOf('.', dot1 + 1);
    if (dot1 < 0 || dot2 < 0 || in.indexOf('.', dot2 + 1) >= 0) {
        const qsizetype dots = in.count('.');
        if (dots == 4) {
            jwt.fail(Error::Encrypted,
                     u"The token has five segments: it is an encrypted JWE (RFC 7516), which "
                     "cannot be inspected without the recipient's private key."_s);
        } else {
            jwt.fail(Error::SegmentCount,
                     u"A compact JWS has three segments separated by '.'; this token has %1."_s.arg(
                         dots + 1));
        }
        return jwt;
    }
    jwt.m_compact = in.toByteArray();
    jwt.m_signingInputLength = dot2;
    const QByteArrayView headerB64 = in.first(dot1);
    const QByteArrayView payloadB64 = in.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signatureB64 = in.sliced(dot2 + 1);
    QString why;
    if (headerB64.isEmpty()) {
        jwt.fail(Error::HeaderBase64, u"The header segment is empty."_s);
        return jwt;
    }
    thread_local HeaderCache cache;
    if (headerB64.size() == cache.segment.size() && headerB64 == QByteArrayView(cache.segment)) {
        jwt.m_headerJson = cache.json;
        jwt.m_header = cache.object;
    } else {
        if (!Base64Url::decode(headerB64, jwt.m_headerJson, &why)) {
            jwt.fail(Error::HeaderBase64, u"Header segment: %1."_s.arg(why));
            return jwt;
        }
        if (!StrictJson::parseObject(jwt.m_headerJson, &jwt.m_header, &why)) {
            jwt.fail(Error::HeaderJson, u"Header JSON: %1."_s.arg(why));
            return jwt;
        }
        cache = HeaderCache{headerB64.toByteArray(), jwt.m_headerJson, jwt.m_header};
    }
    if (!Base64Url::decode(payloadB64, jwt.m_payloadJson, &why)) {
        jwt.fail(Error::PayloadBase64, u"Payload segment: %1."_s.arg(why));
        return jwt;
    }
    if (jwt.m_payloadJson.isEmpty()) {
        jwt.fail(Error::PayloadJson, u"The payload is empty; a JWT payload is a JSON object."_s);
        return jwt;
    }
    // Checked here, built as a QJsonObject only when payload() is asked for.
    if (!StrictJson::check(jwt.m_payloadJson, &why)) {
        jwt.fail(Error::PayloadJson, u"Payload JSON: %1."_s.arg(why));
        return jwt;
    }
    if (!jwt.claims().isObject()) {
        jwt.fail(Error::PayloadJson, u"Payload JSON: not a JSON object."_s);
        return jwt;
    }
    if (!Base64Url::decode(signatureB64, jwt.m_signature, &why)) {
        jwt.fail(Error::SignatureBase64, u"Signature segment: %1."_s.arg(why));
        return jwt;
    }
    jwt.m_payload = std::make_shared<LazyPayload>();
    jwt.m_error = Error::None;
    return jwt;
}

const QJsonObject &Jwt::payload() const
{
    static const QJsonObject empty;
    if (!m_payload)
        return empty;
    std::call_once(m_payload->once, [this] {
        // StrictJson accepted it, and whatever it accepts QJsonDocument does (fuzz_jwt checks).
        m_payload->object = QJsonDocument::fromJson(m_payloadJson).object();
    });
    return m_payload->object;
}

Jwt Jwt::parseLenient(QByteArrayView text)
{
    QByteArrayView t = text.trimmed();
    if (t.size() > 7 && QByteArrayView(t.first(7)).compare("bearer ", Qt::CaseInsensitive) == 0)
        t = t.sliced(7).trimmed();
    return parse(t);
}

QString Jwt::algorithm() const
{
    return m_header.value(u"alg"_s).toString();
}

QString Jwt::keyId() const
{
    return m_header.value(u"kid"_s).toString();
}

QString Jwt::type() const
{
    return m_header.value(u"typ"_s).toString();
}

} // namespace tid::core
