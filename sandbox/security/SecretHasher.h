#pragma once

#include <QString>

namespace tid::sandbox {

// Salted PBKDF2-HMAC-SHA256 hashes for client secrets and user passwords, stored as
// `pbkdf2-sha256$<iterations>$<salt b64url>$<hash b64url>`; comparison is constant-time.
class SecretHasher final
{
public:
    // Client secrets are 256-bit random values, passwords are chosen by people and get the higher
    // work factor. Secrets were hashed with 10,000 iterations before issue 11 (finding 8); such
    // stored hashes still verify (the iteration count is part of the encoding). Verification runs
    // off the event loop (SecretChecks) and a verified secret is remembered, so the cost is paid
    // once per secret and process.
    static constexpr int SecretIterations = 100000;
    static constexpr int PasswordIterations = 120000;

    static QString hash(const QString &secret, int iterations = SecretIterations);
    static bool verify(const QString &secret, const QString &encoded);
    // PBKDF2 iterations computed by this process so far (hash and verify): lets tests check
    // that two paths did the same work without timing them.
    static qint64 iterationsSpent();
};

} // namespace tid::sandbox
