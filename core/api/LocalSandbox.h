#pragma once

#include "core/api/DemoSignIn.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace tid::core {

// Runs thunderid-sandbox as a child process for `thunderid-console --sandbox`: a free loopback
// port, demo data in memory, freshly generated admin credentials passed on its command line
// (never logged). Reads the JSON ready line asynchronously and reports ready() or failed().
// The child dies with this object, and with the console even if the console crashes (Linux
// parent-death signal).
class LocalSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandbox)

public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Where a console binary finds the sandbox: next to it (installed), or in the build tree's
    // ../sandbox/ (the console lives in <build>/app/). Empty if neither exists.
    static QString findExecutable(const QString &consoleDir);

    void setExecutable(const QString &path) { m_executable = path; }
    QString executable() const { return m_executable; }
    void setSeed(const QString &seed) { m_seed = seed; }
    void setTls(bool tls) { m_tls = tls; }
    void setExtraArguments(const QStringList &args) { m_extraArgs = args; }
    void setReadyTimeout(int ms) { m_readyTimeoutMs = ms; }

    void start();
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool isReady() const { return m_ready; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString issuer() const { return m_issuer; }
    QString adminClientId() const { return m_adminClientId; }
    QString adminClientSecret() const { return m_adminClientSecret; } // in memory only
    QString tlsFingerprint() const { return m_tlsFingerprint; }
    // The demo users a `--seed demo` sandbox announces, and their (public, demo) password.
    QList<DemoUser> demoUsers() const { return m_demoUsers; }
    QString demoUserPassword() const { return m_demoUserPassword; }
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void finished(int exitCode); // the child ended after it was ready

private:
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_readyTimer;
    QString m_executable;
    QString m_seed = QStringLiteral("demo");
    bool m_tls = false;
    QStringList m_extraArgs;
    int m_readyTimeoutMs = 30000;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    bool m_ready = false;
    bool m_failed = false;
    bool m_stopping = false;
    QUrl m_baseUrl;
    QString m_issuer;
    QString m_adminClientId;
    QString m_adminClientSecret;
    QString m_tlsFingerprint;
    QList<DemoUser> m_demoUsers;
    QString m_demoUserPassword;
};

} // namespace tid::core
