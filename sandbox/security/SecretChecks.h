#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tid::sandbox {

// The slow part of signing in, kept off the event loop and bounded (issue 11, finding 4).
//
// * Verdicts: PBKDF2 checks of a client secret or a user password are computed on a worker
//   thread before the request's handler runs (HttpServer's preflight); the handler then finds the
//   verdict here instead of hashing on the event-loop thread. A verdict is keyed by the SHA-256
//   of (who, the candidate, the stored hashes), so a changed secret or password is never answered
//   from an old verdict; verdicts live 60 s.
// * Backoff: failed attempts per key (`client:<id>`, `user:<name>`, `addr:<peer>`); after
//   FreeFailures consecutive failures a key waits 2^(n - FreeFailures) s (at most MaxBackoff s)
//   before it is checked again; meanwhile the answer is invalid_client / "too many attempts"
//   with Retry-After, without any hashing. A success clears the key.
class SecretChecks final
{
public:
    static constexpr int FreeFailures = 3;
    static constexpr int MaxBackoffSeconds = 60;
    static constexpr int VerdictSeconds = 60;
    // Hash verifications every client-secret check costs: the active secrets of a client inside
    // a rotation grace window (the newest ClientSecretSlots of them), padded with the dummy hash,
    // so that neither a client with several active secrets nor the position of the matching one
    // shows in the time of the answer. Password checks use one slot.
    static constexpr int ClientSecretSlots = 2;

    // --- verdicts
    static QByteArray verdictKey(const QString &who, const QString &candidate,
                                 const QStringList &storedHashes);
    // nullopt when no verdict is known; else whether `candidate` matched (and which hash index).
    std::optional<int> verdict(const QByteArray &key) const; // -1 = no match
    void remember(const QByteArray &key, int matchedIndex);
    // Worker-thread work: the index of the hash `candidate` matches, or -1. Every stored hash is
    // verified (no early exit) and the check is padded with dummy hashes of `iterations` up to
    // `slots` verifications, so that unknown names, names without a hash and names with several
    // all cost the same. `storedHashes` must not hold more than `slots` hashes.
    static int verifyAny(const QString &candidate, const QStringList &storedHashes, int iterations,
                         int slots = 1);

    // --- backoff
    // Seconds until `keys` may be tried again (0: now).
    int retryAfter(const QStringList &keys) const;
    void failed(const QStringList &keys);
    void succeeded(const QStringList &keys);
    // Keys of one attempt: the client id or username, and the peer address unless it is a
    // loopback one (every local process shares it, so throttling it would lock everyone out).
    static QStringList keys(const QString &kind, const QString &name, const QString &peer);

private:
    struct Verdict
    {
        int matched = -1;
        QDateTime until;
    };
    struct Failures
    {
        int count = 0;
        QDateTime blockedUntil;
        QDateTime last;
    };
    void prune();

    // Token requests are served on worker threads too (issue 15): every member under m_lock.
    mutable QMutex m_lock;
    QHash<QByteArray, Verdict> m_verdicts;
    QHash<QString, Failures> m_failures;
};

} // namespace tid::sandbox
