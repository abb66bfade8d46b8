#pragma once

#include "core/token/SigningKey.h"
#include "sandbox/oauth/KeyCipher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <QMutex>

#include <memory>
#include <vector>

namespace tid::sandbox {

class Database;

// The sandbox's token signing keys, kept in the `signing_keys` table (created by OAuthModule's
// migrations) so that tokens stay verifiable across restarts with the same --data. One key per
// type (ES256, RS256) is active, i.e. used to sign; the others stay published in the JWKS until
// removed.
class KeyStore final
{
public:
    explicit KeyStore(Database &db);

    // The secret the private keys are sealed with at rest (KeyCipher); empty keeps them in clear
    // (in-memory stores only). Call before load().
    void setProtection(const QByteArray &secret) { m_secret = secret; }

    // Loads the stored keys; generates and stores an active ES256 and RS256 key when missing.
    // With a protection secret, keys stored in clear by an older sandbox are sealed, and a store
    // sealed under another secret fails with an error that says so.
    bool load(QString *error);

    // The active ES256 key (access tokens are ES256 by default).
    const core::SigningKey &activeKey() const;
    const core::SigningKey &activeKey(core::SigningKey::Type type) const;
    const core::SigningKey *keyById(const QString &kid) const;
    // The active key of a type, for any thread (token requests are served on worker threads):
    // a rotation meanwhile does not take it away from under the caller.
    std::shared_ptr<const core::SigningKey> signingKey(core::SigningKey::Type type) const;
    // Makes a fresh ES256 and RS256 key active; the previous ones stay in the JWKS (retired) so
    // that the tokens they signed still verify, and keys retired by an earlier rotation are
    // removed (the JWKS holds the current and the previous keys). Call inside a transaction;
    // throws SqlError.
    // Returns {"active": [{kid, alg}], "retired": [{kid, alg}], "keys": <public JWKS keys>}.
    QJsonObject rotate();
    QJsonArray publicJwks() const;

private:
    QString sealed(const core::SigningKey &key) const;
    void publish(); // m_published from m_keys/m_active

    Database &m_db;
    QByteArray m_secret;
    KeyCipher m_cipher;
    // Changed on the event-loop thread only (load, rotate), which reads them without a lock.
    std::vector<std::shared_ptr<core::SigningKey>> m_keys;
    std::vector<bool> m_active; // parallel to m_keys
    mutable QMutex m_publishedLock;
    std::shared_ptr<const core::SigningKey> m_published[2]; // active ES256, RS256
};

} // namespace tid::sandbox
