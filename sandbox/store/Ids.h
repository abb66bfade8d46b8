#pragma once

#include <QByteArray>
#include <QString>

namespace tid::sandbox {

// Identifiers, random credentials and timestamps in ThunderID's formats.
class Ids final
{
public:
    // UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits; sorts by creation time.
    static QString uuid7();
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
};

} // namespace tid::sandbox
