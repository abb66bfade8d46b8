#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::test {

namespace {

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

PostgresServer::PostgresServer()
{
    if (::geteuid() == 0)
        m_runAs = u"nobody"_s;
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    QString best;
    QVersionNumber bestVersion;
    const QDir root(u"/usr/lib/postgresql"_s);
    for (const QString &v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(v + u"/bin"_s);
        const QVersionNumber version = QVersionNumber::fromString(v);
        if (QFileInfo::exists(bin + u"/initdb"_s) && QFileInfo::exists(bin + u"/pg_ctl"_s) &&
            QFileInfo::exists(bin + u"/psql"_s) && version > bestVersion) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

QString PostgresServer::unavailableReason() const
{
    return u"PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
           "(Debian: apt-get install postgresql-15 libqt6sql6-psql)"_s;
}

QStringList PostgresServer::asServerUser(const QStringList &command) const
{
    if (m_runAs.isEmpty())
        return command;
    return QStringList{u"runuser"_s, u"-u"_s, m_runAs, u"--"_s} + command;
}

bool PostgresServer::run(const QStringList &command, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProgram(command.first());
    p.setArguments(command.mid(1));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, password());
    env.insert(u"LC_ALL"_s, u"C"_s);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        m_error = command.join(u' ') + u": no answer"_s;
        return false;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (output)
        *output = out.trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = command.first() + u": "_s + QString::fromUtf8(p.readAllStandardError()) + out;
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_running)
        return true;
    const QString bin = binDir();
    if (bin.isEmpty()) {
        m_error = unavailableReason();
        return false;
    }
    if (!m_initialised) {
        if (!m_dir.isValid()) {
            m_error = u"no temporary folder"_s;
            return false;
        }
        const QString home = m_dir.filePath(u"pg"_s);
        QDir().mkpath(home);
        m_dataDir = home + u"/data"_s;
        const QString pwFile = home + u"/pw"_s;
        QFile pw(pwFile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(password().toUtf8()) < 0) {
            m_error = u"cannot write the password file"_s;
            return false;
        }
        pw.close();
        if (!m_runAs.isEmpty()) {
            // The server's user reaches its folder through the test's temporary folder.
            ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
            const passwd *user = ::getpwnam(m_runAs.toLocal8Bit().constData());
            if (!user) {
                m_error = u"no user "_s + m_runAs + u" to run PostgreSQL as"_s;
                return false;
            }
            for (const QString &path : {home, pwFile})
                if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
                    m_error = u"cannot hand "_s + path + u" to "_s + m_runAs;
                    return false;
                }
        }
        if (!run(asServerUser({bin + u"/initdb"_s, u"-D"_s, m_dataDir, u"-U"_s, superuser(),
                               u"--pwfile"_s, pwFile, u"--auth"_s, u"scram-sha-256"_s, u"-E"_s,
                               u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s}),
                 nullptr, 120000))
            return false;
        QFile::remove(pwFile);
        m_initialised = true;
        m_port = freePort();
    }
    const QString options = u"-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                            "-c fsync=off -c max_connections=40"_s.arg(m_port);
    if (!run(asServerUser({bin + u"/pg_ctl"_s, u"-D"_s, m_dataDir, u"-l"_s,
                           m_dataDir + u"/server.log"_s, u"-o"_s, options, u"-w"_s, u"-t"_s,
                           u"60"_s, u"start"_s}),
             nullptr, 90000)) {
        QFile log(m_dataDir + u"/server.log"_s);
        if (log.open(QIODevice::ReadOnly))
            m_error += u"\n"_s + QString::fromUtf8(log.readAll().right(2000));
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    // Also a server whose start reported a failure but came up after all (its pid file).
    if (!m_running && (!m_initialised || !QFileInfo::exists(m_dataDir + u"/postmaster.pid"_s)))
        return true;
    m_running = false;
    return run(asServerUser({binDir() + u"/pg_ctl"_s, u"-D"_s, m_dataDir, u"-m"_s, u"fast"_s,
                             u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}),
               nullptr, 90000);
}

QString PostgresServer::url(const QString &user, const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_port).arg(database);
}

bool PostgresServer::psql(const QString &sql, const QString &database, QString *output)
{
    return run({binDir() + u"/psql"_s, u"-X"_s, u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s,
                u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, superuser(), u"-d"_s,
                database, u"-c"_s, sql},
               output);
}

QString PostgresServer::value(const QString &sql, const QString &database)
{
    QString out;
    return psql(sql, database, &out) ? out : QString();
}

} // namespace tid::test
