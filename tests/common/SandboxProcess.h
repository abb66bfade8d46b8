#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace tid::test {

// Runs a real `thunderid-sandbox` as a child process for a test:
//
//     SandboxProcess sandbox;                       // --port 0 --in-memory, fixed admin creds
//     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//     TestHttp http(sandbox.baseUrl());
//     http.setBearer(sandbox.adminToken());         // client_credentials, scope system
//
// start() waits (QSignalSpy, up to 30 s) for the `{"event":"ready",...}` line on stdout; the
// destructor kills the child. The admin client id/secret are passed explicitly
// (--admin-client-id/--admin-client-secret) unless Options::passAdminCredentials is false, in
// which case adminClientSecret() is the one the sandbox printed on its first start.
class SandboxProcess final
{
public:
    struct Options
    {
        QString dataDir;       // empty => --in-memory
        bool tls = false;      // --tls
        QString seed;          // --seed demo|empty (empty = not passed)
        QStringList extraArgs; // anything else, e.g. {"--events-file", path}
        bool passAdminCredentials = true;
        QString adminClientId = QStringLiteral("test-admin");
        QString adminClientSecret = QStringLiteral("test-admin-secret-0123456789abcdef");
        QString program; // empty => TID_SANDBOX_BIN
    };

    SandboxProcess();
    explicit SandboxProcess(Options options);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start(int timeoutMs = 30000);
    // Terminates the child (SIGTERM: the sandbox closes its store and exits with 0) and waits
    // for it; kills it after 10 s.
    void stop();
    bool isRunning() const;
    // How the last stop() ended: true when the child exited normally with code 0.
    bool stoppedCleanly() const { return m_stoppedCleanly; }

    QString errorString() const { return m_error; }
    QJsonObject ready() const { return m_ready; }
    QUrl baseUrl() const;
    QString issuer() const;
    QString adminClientId() const;
    QString adminClientSecret() const;
    QString tlsFingerprint() const; // with Options::tls
    // The System resource server's identifier, the `resource` of admin tokens.
    static QString systemResource() { return QStringLiteral("https://localhost:8090/mcp"); }

    // POST /oauth2/token (client_credentials, scope=system, resource=System) with the admin
    // credentials; empty on failure (errorString() says why). Trusts a --tls certificate only
    // when its fingerprint equals the printed one.
    QString adminToken();

    // Everything the child wrote on stderr so far (request log, generated credentials).
    QByteArray stderrOutput();
    QProcess &process() { return *m_process; }
    const Options &options() const { return m_options; }

private:
    Options m_options;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QJsonObject m_ready;
    QString m_error;
    bool m_stoppedCleanly = false;
};

} // namespace tid::test
