#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace tid::core {

// The outcome of one keychain operation. `secret` is set only by a successful read.
struct KeychainResult
{
    bool ok = false;
    bool notFound = false; // read/remove of an entry that does not exist
    QString secret;
    QString error; // readable; never contains the secret
};

// Secrets (client secrets, refresh tokens) in the desktop's secret store through QtKeychain,
// keyed by server profile + purpose. Never a plaintext fallback: setInsecureFallback(false) on
// every job, so without a Secret Service/KWallet the operation fails and nothing is written.
// Asynchronous: results arrive through finished() and the optional callback, from the event
// loop. Logs name keys, never values.
class Keychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keychain)

public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    Q_ENUM(Operation)

    // Purposes used by the console; any other non-empty string works too.
    static inline const QString ClientSecret = QStringLiteral("client-secret");
    static inline const QString RefreshToken = QStringLiteral("refresh-token");
    // A team history database's password (PostgreSQL), for the profile that uses it.
    static inline const QString HistoryDatabasePassword = QStringLiteral("history-db-password");

    using Callback = std::function<void(const KeychainResult &)>;

    // `service` groups the entries in the secret store (tests use their own).
    explicit Keychain(const QString &service = QStringLiteral("thunderid-console"),
                      QObject *parent = nullptr);

    QString service() const { return m_service; }
    // "<profile>/<purpose>" — what the secret store shows as the entry's key.
    static QString keyFor(const QString &profile, const QString &purpose);

    void read(const QString &profile, const QString &purpose, const QObject *context = nullptr,
              Callback done = {});
    void write(const QString &profile, const QString &purpose, const QString &secret,
               const QObject *context = nullptr, Callback done = {});
    void remove(const QString &profile, const QString &purpose, const QObject *context = nullptr,
                Callback done = {});

    int pendingJobs() const { return m_pending; }

Q_SIGNALS:
    void finished(tid::core::Keychain::Operation operation, const QString &profile,
                  const QString &purpose, const tid::core::KeychainResult &result);

private:
    void start(Operation op, const QString &profile, const QString &purpose, const QString &secret,
               const QObject *context, Callback done);

    QString m_service;
    int m_pending = 0;
};

} // namespace tid::core
