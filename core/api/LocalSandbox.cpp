#include "core/api/LocalSandbox.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString randomToken(int bytes)
{
    QByteArray raw((bytes + 3) / 4 * 4, Qt::Uninitialized); // whole quint32s
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        fail(tr("the sandbox did not report ready within %1 s").arg(m_readyTimeoutMs / 1000));
        stop();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &LocalSandbox::onStderr);
    connect(&m_process, &QProcess::finished, this, &LocalSandbox::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("could not start %1: %2").arg(m_executable, m_process.errorString()));
    });
#ifdef Q_OS_LINUX
    // If the console dies without cleaning up, the kernel terminates the sandbox.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

LocalSandbox::~LocalSandbox()
{
    stop();
}

QString LocalSandbox::findExecutable(const QString &consoleDir)
{
    const QDir dir(consoleDir);
    for (const QString &candidate :
         {dir.filePath(u"thunderid-sandbox"_s), dir.filePath(u"../sandbox/thunderid-sandbox"_s)}) {
        const QFileInfo fi(candidate);
        if (fi.isFile() && fi.isExecutable())
            return fi.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"thunderid-sandbox"_s);
}

void LocalSandbox::start()
{
    if (isRunning())
        return;
    m_ready = false;
    m_failed = false;
    m_stopping = false;
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    if (m_executable.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("thunderid-sandbox was not found next to the console")); },
            Qt::QueuedConnection);
        return;
    }
    m_adminClientId = u"console-admin-"_s + randomToken(8);
    m_adminClientSecret = randomToken(32);
    QStringList args{u"--port"_s,    u"0"_s, u"--in-memory"_s,
                     u"--seed"_s,    m_seed, u"--admin-client-id"_s,
                     m_adminClientId};
    if (m_tls)
        args << u"--tls"_s;
    args << m_extraArgs;
    // The admin secret goes through the child's environment, never its command line (which
    // anyone on the machine reads in ps / /proc/<pid>/cmdline); the sandbox reads it and takes
    // it out of its own environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"THUNDERID_SANDBOX_ADMIN_SECRET"_s, m_adminClientSecret);
    qCInfo(lcSandbox).noquote() << "starting" << m_executable << args.join(u' ');
    m_process.setProgram(m_executable);
    m_process.setArguments(args);
    m_process.setProcessEnvironment(env);
    m_process.start(QIODevice::ReadOnly);
    m_readyTimer.start(m_readyTimeoutMs);
}

void LocalSandbox::stop()
{
    m_readyTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    // QProcess's destructor kills and reaps a child that ignores SIGTERM.
}

void LocalSandbox::onStdout()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(nl).trimmed();
        m_stdoutBuffer.remove(0, nl + 1);
        if (m_ready || line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value("event"_L1).toString() != "ready"_L1)
            continue;
        m_baseUrl = QUrl(o.value("baseUrl"_L1).toString());
        m_issuer = o.value("issuer"_L1).toString();
        const QString id = o.value("adminClientId"_L1).toString();
        if (!id.isEmpty())
            m_adminClientId = id;
        m_tlsFingerprint = o.value("tlsFingerprint"_L1).toString();
        m_demoUsers.clear();
        const QJsonArray demo = o.value("demoUsers"_L1).toArray();
        for (const QJsonValue &v : demo) {
            const QJsonObject user = v.toObject();
            const QString username = user.value("username"_L1).toString();
            if (!username.isEmpty())
                m_demoUsers.append({username, user.value("name"_L1).toString()});
        }
        m_demoUserPassword = o.value("demoUserPassword"_L1).toString();
        if (!m_baseUrl.isValid() || m_baseUrl.isRelative()) {
            fail(tr("the sandbox reported an invalid base URL"));
            stop();
            return;
        }
        m_readyTimer.stop();
        m_ready = true;
        qCInfo(lcSandbox).noquote() << "ready at" << m_baseUrl.toString();
        Q_EMIT ready();
    }
}

void LocalSandbox::onStderr()
{
    const QByteArray chunk = m_process.readAllStandardError();
    m_stderrTail = QByteArray(m_stderrTail + chunk).right(2000);
    for (const QByteArray &line : chunk.split('\n')) {
        // The sandbox prints generated secrets only when it made them itself; ours are passed
        // in, but never echo a line that mentions a secret.
        if (!line.trimmed().isEmpty() && !line.contains("secret") && !line.contains("password"))
            qCDebug(lcSandbox).noquote() << QString::fromUtf8(line);
    }
}

void LocalSandbox::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_readyTimer.stop();
    if (!m_ready) {
        QString last = QString::fromUtf8(m_stderrTail).trimmed().section(u'\n', -3);
        fail(status == QProcess::CrashExit
                 ? tr("the sandbox crashed before it was ready")
                 : tr("the sandbox exited with code %1 before it was ready%2")
                       .arg(exitCode)
                       .arg(last.isEmpty() ? QString() : u": "_s + last));
        return;
    }
    m_ready = false;
    if (!m_stopping)
        qCWarning(lcSandbox) << "the sandbox exited with code" << exitCode;
    Q_EMIT finished(exitCode);
}

void LocalSandbox::fail(const QString &message)
{
    if (m_failed || m_ready)
        return;
    m_failed = true;
    Q_EMIT failed(message);
}

} // namespace tid::core
