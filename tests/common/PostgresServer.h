#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tid::test {

// A real PostgreSQL server of the test's own, from Debian's packages (postgresql-15):
//
//     PostgresServer pg;
//     if (!pg.available()) QSKIP(qPrintable(pg.unavailableReason()));
//     QVERIFY2(pg.start(), qPrintable(pg.errorString()));
//     pg.psql("CREATE DATABASE x");                 // as the superuser, over TCP
//     ... pg.url("postgres", "x") with pg.password() ...
//
// initdb into a temporary folder, a free loopback port, no Unix socket, password (SCRAM)
// authentication over TCP. The server refuses to run as root: under root (CI) it runs as the
// unprivileged `nobody` through runuser. The destructor stops it.
class PostgresServer final
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The folder of initdb, pg_ctl, postgres and psql (the newest installed version).
    static QString binDir();
    bool available() const { return !binDir().isEmpty(); }
    QString unavailableReason() const;

    bool start(); // initdb on the first call, then pg_ctl start (waits until it accepts)
    bool stop();  // pg_ctl stop -m fast: open sessions end, their transactions roll back
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    QString password() const { return QStringLiteral("test-superuser-pw"); }
    // postgresql://user@127.0.0.1:port/database
    QString url(const QString &user, const QString &database) const;

    // Runs SQL as the superuser with psql (-v ON_ERROR_STOP=1, -At); false with errorString().
    bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"),
              QString *output = nullptr);
    // The single value a query returns ("" on error).
    QString value(const QString &sql, const QString &database = QStringLiteral("postgres"));

private:
    bool run(const QStringList &command, QString *output = nullptr, int timeoutMs = 60000);
    QStringList asServerUser(const QStringList &command) const;

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_runAs; // "nobody" under root, empty otherwise
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
    QString m_error;
};

} // namespace tid::test
