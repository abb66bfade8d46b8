#include "SandboxProcess.h"

#include "TestHttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

namespace tid::test {

SandboxProcess::SandboxProcess()
    : SandboxProcess(Options())
{}

SandboxProcess::SandboxProcess(Options options)
    : m_options(std::move(options))
{}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(int timeoutMs)
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_ready = {};
    m_error.clear();
    QStringList args = {u"--port"_s, u"0"_s};
    if (m_options.dataDir.isEmpty())
        args << u"--in-memory"_s;
    else
        args << u"--data"_s << m_options.dataDir;
    if (m_options.tls)
        args << u"--tls"_s;
    if (!m_options.seed.isEmpty())
        args << u"--seed"_s << m_options.seed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"THUNDERID_SANDBOX_ADMIN_SECRET"_s);
    if (m_options.passAdminCredentials) {
        // The secret through the environment, as the console passes it (never in argv).
        args << u"--admin-client-id"_s << m_options.adminClientId;
        env.insert(u"THUNDERID_SANDBOX_ADMIN_SECRET"_s, m_options.adminClientSecret);
    }
    args << m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setProgram(m_options.program.isEmpty() ? QStringLiteral(TID_SANDBOX_BIN_DEFAULT)
                                                      : m_options.program);
    m_process->setArguments(args);
    QSignalSpy output(m_process.get(), &QProcess::readyReadStandardOutput);
    QSignalSpy finished(m_process.get(), &QProcess::finished);
    QSignalSpy failed(m_process.get(), &QProcess::errorOccurred);
    m_process->start();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
        const qsizetype newline = m_stdout.indexOf('\n');
        if (newline >= 0) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_stdout.left(newline));
            if (doc.isObject() && doc.object().value(u"event"_s).toString() == u"ready"_s) {
                m_ready = doc.object();
                return true;
            }
            m_error = u"unexpected first line on stdout: %1"_s.arg(
                QString::fromUtf8(m_stdout.left(newline)));
            return false;
        }
        if (!failed.isEmpty() && m_process->state() == QProcess::NotRunning && finished.isEmpty()) {
            m_error = u"cannot start %1: %2"_s.arg(m_process->program(), m_process->errorString());
            return false;
        }
        if (!finished.isEmpty()) {
            m_stderr += m_process->readAllStandardError();
            m_error = u"the sandbox exited before it was ready: %1"_s.arg(
                QString::fromUtf8(m_stderr.trimmed()));
            return false;
        }
        output.wait(200);
    }
    m_error = u"no ready line within %1 ms"_s.arg(timeoutMs);
    return false;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        QSignalSpy finished(m_process.get(), &QProcess::finished);
        m_process->terminate();
        if (!finished.wait(10000)) {
            m_process->kill();
            finished.wait(5000);
        }
        m_stoppedCleanly =
            m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(m_ready.value(u"baseUrl"_s).toString());
}

QString SandboxProcess::issuer() const
{
    return m_ready.value(u"issuer"_s).toString();
}

QString SandboxProcess::adminClientId() const
{
    return m_ready.value(u"adminClientId"_s).toString();
}

QString SandboxProcess::adminClientSecret() const
{
    if (m_options.passAdminCredentials)
        return m_options.adminClientSecret;
    return m_ready.value(u"adminClientSecret"_s).toString();
}

QString SandboxProcess::tlsFingerprint() const
{
    return m_ready.value(u"tlsFingerprint"_s).toString();
}

QByteArray SandboxProcess::stderrOutput()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

QString SandboxProcess::adminToken()
{
    TestHttp http(baseUrl());
    if (m_options.tls && !m_options.dataDir.isEmpty()) {
        // Trust exactly the certificate the sandbox wrote, after checking its fingerprint.
        QFile file(QDir(m_options.dataDir).filePath(u"tls-cert.pem"_s));
        if (file.open(QIODevice::ReadOnly)) {
            const QSslCertificate cert(file.readAll(), QSsl::Pem);
            const QByteArray hex = cert.digest(QCryptographicHash::Sha256).toHex().toUpper();
            QStringList pairs;
            for (qsizetype i = 0; i < hex.size(); i += 2)
                pairs.append(QString::fromLatin1(hex.mid(i, 2)));
            if (pairs.join(u':') == tlsFingerprint()) {
                QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
                ssl.setCaCertificates({cert});
                http.setSslConfiguration(ssl);
            }
        }
    }
    const TestHttp::Reply reply = http.postForm(u"/oauth2/token"_s,
                                                {{u"grant_type"_s, u"client_credentials"_s},
                                                 {u"scope"_s, u"system"_s},
                                                 {u"resource"_s, systemResource()}},
                                                adminClientId(), adminClientSecret());
    const QString token = reply.json().value(u"access_token"_s).toString();
    if (reply.status != 200 || token.isEmpty()) {
        m_error = u"admin token request failed: HTTP %1 %2 %3"_s.arg(reply.status)
                      .arg(QString::fromUtf8(reply.body), reply.errorString);
        return {};
    }
    return token;
}

} // namespace tid::test
