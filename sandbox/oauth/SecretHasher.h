#pragma once

#include <QString>

namespace tid::sandbox {

// Salted PBKDF2-HMAC-SHA256 hashes for client secrets and user passwords, stored as
// `pbkdf2-sha256$<iterations>$<salt b64url>$<hash b64url>`; comparison is constant-time.
class SecretHasher final
{
public:
    // Client secrets are 256-bit random values, so a modest work factor suffices; passwords
    // are chosen by people and get the higher one.
    static constexpr int SecretIterations = 10000;
    static constexpr int PasswordIterations = 120000;

    static QString hash(const QString &secret, int iterations = SecretIterations);
    static bool verify(const QString &secret, const QString &encoded);
};

} // namespace tid::sandbox
