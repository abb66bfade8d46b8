#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace tid::sandbox {

// Identifiers, random credentials and timestamps in ThunderID's formats: the one place the
// sandbox makes an id, a random value or a stored time.
class Ids final
{
public:
    // UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits; sorts by creation time
    // (ThunderID's entity ids, event ids, jtis, CIBA auth_req_ids). `unixMs` < 0 means now.
    static QString uuid7(qint64 unixMs = -1);
    // Random UUIDv4 (ThunderID's trace id when no correlation header is present).
    static QString uuid4();
    // The millisecond timestamp of a UUIDv7, or -1 when the string is not one.
    static qint64 uuid7Millis(const QString &uuid);
    static bool isUuid(const QString &value);
    // Cryptographically random bytes (OpenSSL RAND_bytes).
    static QByteArray randomBytes(int count);
    // 22 base64url characters (16 random bytes), ThunderID's generated client id shape.
    static QString clientId();
    // 32 random bytes, base64url without padding, as ThunderID's console generates secrets.
    static QString clientSecret();
    // Letters and digits only, for a password a person types once.
    static QString password(int length = 12);
    // Current time, ISO 8601 UTC with milliseconds ("2026-08-21T10:15:30.123Z").
    static QString now();
    // A stored time: ISO 8601 UTC with milliseconds; empty for an invalid time.
    static QString iso(const QDateTime &time);
    // The stored time back (UTC); invalid for NULL or an empty string.
    static QDateTime fromIso(const QVariant &value);
};

} // namespace tid::sandbox
