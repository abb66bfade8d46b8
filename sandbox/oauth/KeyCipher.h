#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tid::sandbox {

// Encryption at rest of the signing keys' private PEM (issue 11, finding 2): AES-256-GCM under a
// key derived with PBKDF2-HMAC-SHA256 from the administrator's secret and a per-store salt. A
// sealed value is "aesgcm1:" + base64(12-byte nonce | ciphertext | 16-byte tag); the kid is
// bound as associated data so that rows cannot be swapped.
class KeyCipher final
{
public:
    static constexpr int Iterations = 200'000;

    // An empty cipher seals nothing (in-memory stores).
    KeyCipher() = default;
    static KeyCipher derive(const QByteArray &secret, const QByteArray &salt);

    bool isNull() const { return m_key.isEmpty(); }
    static bool isSealed(const QByteArray &value) { return value.startsWith("aesgcm1:"); }

    QByteArray seal(const QByteArray &plain, const QByteArray &associated) const;
    // nullopt when the key is wrong or the value was tampered with.
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &associated) const;

private:
    QByteArray m_key;
};

} // namespace tid::sandbox
