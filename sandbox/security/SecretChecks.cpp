#include "sandbox/security/SecretChecks.h"

#include "sandbox/security/SecretHasher.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static constexpr qsizetype MaxEntries = 20000;

QByteArray SecretChecks::verdictKey(const QString &who, const QString &candidate,
                                    const QStringList &storedHashes)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(who.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(candidate.toUtf8());
    for (const QString &stored : storedHashes) {
        h.addData(QByteArrayView("\0", 1));
        h.addData(stored.toUtf8());
    }
    return h.result();
}

std::optional<int> SecretChecks::verdict(const QByteArray &key) const
{
    QMutexLocker lock(&m_lock);
    const auto it = m_verdicts.constFind(key);
    if (it == m_verdicts.cend() || it->until <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return it->matched;
}

void SecretChecks::remember(const QByteArray &key, int matchedIndex)
{
    QMutexLocker lock(&m_lock);
    prune();
    m_verdicts.insert(
        key, Verdict{matchedIndex, QDateTime::currentDateTimeUtc().addSecs(VerdictSeconds)});
}

int SecretChecks::verifyAny(const QString &candidate, const QStringList &storedHashes,
                            int iterations, int slots)
{
    // Same work as a real check of that kind, and a result that can never match. The dummy
    // hashes are constants: computing them on first use made the first unknown name of a
    // process cost twice as much.
    static const QString password =
        u"pbkdf2-sha256$%1$dW5rbm93bi11c2VyLXNhbHQ$"
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"_s.arg(SecretHasher::PasswordIterations);
    static const QString secret =
        u"pbkdf2-sha256$%1$dW5rbm93bi1jbGllbnQtc2FsdA$"
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"_s.arg(SecretHasher::SecretIterations);
    int matched = -1;
    for (qsizetype i = 0; i < storedHashes.size(); ++i) {
        if (SecretHasher::verify(candidate, storedHashes.at(i)) && matched < 0)
            matched = int(i);
    }
    for (qsizetype i = storedHashes.size(); i < qMax(1, slots); ++i) {
        SecretHasher::verify(candidate + u"\u0001"_s,
                             iterations == SecretHasher::PasswordIterations ? password : secret);
    }
    return matched;
}

int SecretChecks::retryAfter(const QStringList &keys) const
{
    QMutexLocker lock(&m_lock);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 wait = 0;
    for (const QString &key : keys) {
        const auto it = m_failures.constFind(key);
        if (it != m_failures.cend() && it->blockedUntil > now)
            wait = std::max(wait, (now.msecsTo(it->blockedUntil) + 999) / 1000);
    }
    return int(wait);
}

void SecretChecks::failed(const QStringList &keys)
{
    QMutexLocker lock(&m_lock);
    prune();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &key : keys) {
        Failures &f = m_failures[key];
        ++f.count;
        f.last = now;
        if (f.count >= FreeFailures) {
            const int exponent = std::min(f.count - FreeFailures, 6);
            f.blockedUntil = now.addSecs(std::min(1 << exponent, MaxBackoffSeconds));
        }
    }
}

void SecretChecks::succeeded(const QStringList &keys)
{
    QMutexLocker lock(&m_lock);
    for (const QString &key : keys) {
        if (!key.startsWith(u"addr:"_s))
            m_failures.remove(key);
    }
}

QStringList SecretChecks::keys(const QString &kind, const QString &name, const QString &peer)
{
    QStringList out{kind + u':' + name};
    const QHostAddress address(peer);
    if (!peer.isEmpty() && !address.isLoopback())
        out << u"addr:"_s + peer;
    return out;
}

void SecretChecks::prune()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_verdicts.size() > MaxEntries) {
        m_verdicts.removeIf([&](const auto &it) { return it.value().until <= now; });
        if (m_verdicts.size() > MaxEntries)
            m_verdicts.clear();
    }
    if (m_failures.size() > MaxEntries) {
        // Keys quiet for 15 minutes are forgotten.
        m_failures.removeIf([&](const auto &it) { return it.value().last.secsTo(now) > 900; });
        if (m_failures.size() > MaxEntries)
            m_failures.clear();
    }
}

} // namespace tid::sandbox
