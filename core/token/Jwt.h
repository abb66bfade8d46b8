#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include "core/token/JsonView.h"

#include <memory>
#include <mutex>

namespace tid::core {

// A compact JWS (RFC 7515 §7.1) carrying a JWT (RFC 7519), parsed strictly:
// exactly three segments of strict base64url, a header and a payload that are JSON objects with
// unique member names, at most MaxSize bytes. Every failure has a code and a readable reason.
// Parsing never verifies anything; that is TokenValidator's job.
class Jwt final
{
public:
    static constexpr qsizetype MaxSize = 1024 * 1024;

    enum class Error
    {
        None,
        Empty,
        TooLarge,
        Encrypted,    // five segments: a JWE, which the console does not decrypt
        SegmentCount, // not three segments
        HeaderBase64,
        HeaderJson, // not JSON, duplicate member, invalid UTF-8, or not an object
        PayloadBase64,
        PayloadJson,
        SignatureBase64,
    };

    Jwt() = default;

    static Jwt parse(QByteArrayView compact);
    // Like parse() but accepts surrounding whitespace and a leading "Bearer " as pasted from a
    // header or a log line.
    static Jwt parseLenient(QByteArrayView text);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // A sentence naming the segment and the offset at fault; empty when valid.
    QString errorString() const { return m_errorString; }

    const QJsonObject &header() const { return m_header; }
    // The claims as a QJsonObject, built on first use (thread-safe; copies share it): checking
    // a token needs only claims(), so a bulk run never builds it.
    const QJsonObject &payload() const;
    // The claims read in place from payloadJson() (strictly checked, a JSON object); valid as
    // long as this Jwt or a copy of it lives.
    JsonView claims() const { return JsonView::of(m_payloadJson); }
    // Decoded JSON text of the header and the payload, exactly as signed.
    const QByteArray &headerJson() const { return m_headerJson; }
    const QByteArray &payloadJson() const { return m_payloadJson; }
    const QByteArray &signature() const { return m_signature; }
    const QByteArray &compact() const { return m_compact; }
    // ASCII(BASE64URL(header) '.' BASE64URL(payload)): the JWS signing input.
    QByteArrayView signingInput() const
    {
        return QByteArrayView(m_compact.constData(), m_signingInputLength);
    }

    QString algorithm() const;
    QString keyId() const;
    QString type() const;

private:
    Jwt &fail(Error e, const QString &why);

    Error m_error = Error::Empty;
    QString m_errorString;
    QByteArray m_compact;
    qsizetype m_signingInputLength = 0;
    QByteArray m_headerJson;
    QByteArray m_payloadJson;
    QByteArray m_signature;
    QJsonObject m_header;
    struct LazyPayload
    {
        std::once_flag once;
        QJsonObject object;
    };
    std::shared_ptr<LazyPayload> m_payload;
};

} // namespace tid::core
