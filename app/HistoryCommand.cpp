#include "app/HistoryCommand.h"
#include "app/Translations.h"

#include "core/Settings.h"
#include "core/api/AuditEventsApi.h"
#include "core/api/Session.h"
#include "core/history/AuditSync.h"
#include "core/history/HistoryImporter.h"
#include "core/history/HistoryStore.h"
#include "core/history/PostgresHistoryBackend.h"
#include "core/history/SqliteHistoryBackend.h"
#include "core/secrets/Keychain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace tid::app {

namespace {

using core::HistoryEvent;
using core::HistoryFilter;

QString tr(const char *text)
{
    // The context lupdate gives the tr() calls of this namespace (translations/*.ts).
    return QCoreApplication::translate("tid::app", text);
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int usage(const QString &message)
{
    err(u"thunderid-console history: "_s + message + u"\n"_s +
        tr("Usage: thunderid-console history import [--db PATH] FILE|DIR...\n"
           "       thunderid-console history sync [--db PATH] --profile NAME\n"
           "       thunderid-console history sync [--db PATH] --server URL --client-id ID "
           "[--tls-pin SHA256]\n"
           "       thunderid-console history query [--db PATH] [--format table|csv|jsonl] "
           "[--count] [FILTER]\n"));
    return 2;
}

// The store at `db`: a SQLite file, or a team's PostgreSQL database (postgresql://…) with the
// password the caller found (PGPASSWORD or the keychain). Null with `error` when it does not open.
std::unique_ptr<core::HistoryBackend> openBackend(const QString &db, const QString &password,
                                                  QString *error)
{
    std::unique_ptr<core::HistoryBackend> backend;
    if (core::HistoryStore::isPostgresLocation(db)) {
        const auto location = core::PostgresHistoryBackend::Location::parse(db, error);
        if (!location)
            return nullptr;
        backend = std::make_unique<core::PostgresHistoryBackend>(*location, password);
    } else {
        backend = std::make_unique<core::SqliteHistoryBackend>(db);
    }
    if (!backend->open(error))
        return nullptr;
    return backend;
}

// A PostgreSQL store's password: PGPASSWORD, else the profile's entry in the keychain, else none
// (libpq may still find one in ~/.pgpass, or the server may not ask).
QString databasePassword(QCoreApplication &app, const QString &db, const QString &profile)
{
    if (!core::HistoryStore::isPostgresLocation(db))
        return {};
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return qEnvironmentVariable("PGPASSWORD");
    if (profile.isEmpty())
        return {};
    core::Keychain keychain;
    QString password;
    keychain.read(profile, core::Keychain::HistoryDatabasePassword, &app,
                  [&](const core::KeychainResult &r) {
                      if (r.ok)
                          password = r.secret;
                      app.quit();
                  });
    app.exec();
    return password;
}

int runImport(const QString &db, const QString &password, const QStringList &paths)
{
    if (paths.isEmpty())
        return usage(tr("import needs at least one file or folder"));
    QString error;
    const auto backend = openBackend(db, password, &error);
    if (!backend) {
        err(error + u'\n');
        return 2;
    }
    core::HistoryImporter importer(*backend);
    const core::ImportReport report = importer.importPaths(paths, &error);
    for (const auto &p : report.problems)
        err(tr("%1:%2: skipped: %3\n").arg(p.file).arg(p.line).arg(p.reason));
    if (report.malformed > report.problems.size())
        err(tr("… and %1 more malformed lines\n").arg(report.malformed - report.problems.size()));
    bool unreadable = false;
    for (const auto &p : report.refused) {
        err(tr("%1: refused: %2\n").arg(p.file, p.reason));
        const QFileInfo info(p.file);
        unreadable = unreadable || !info.exists() || !info.isReadable();
    }
    if (!error.isEmpty()) {
        err(error + u'\n');
        return 2;
    }
    out(report.summary() + u'\n');
    if (unreadable)
        return 2;
    return report.malformed > 0 || !report.refused.isEmpty() ? 1 : 0;
}

int runQuery(const QString &db, const QString &password, const QString &format, bool countOnly,
             const QString &text)
{
    HistoryFilter::Error parseError;
    const HistoryFilter filter = HistoryFilter::parse(text, &parseError);
    if (!parseError.message.isEmpty())
        return usage(
            tr("invalid filter at %1: %2").arg(parseError.position + 1).arg(parseError.message));
    if (format != u"table"_s && format != u"csv"_s && format != u"jsonl"_s)
        return usage(tr("--format is table, csv or jsonl"));
    if (!core::HistoryStore::isPostgresLocation(db) && !QFileInfo::exists(db)) {
        err(tr("No history database at %1.\n").arg(db));
        return 2;
    }
    QString error;
    const auto opened = openBackend(db, password, &error);
    if (!opened) {
        err(error + u'\n');
        return 2;
    }
    core::HistoryBackend &backend = *opened;
    if (countOnly) {
        const qint64 n = backend.count(filter, &error);
        if (!error.isEmpty()) {
            err(error + u'\n');
            return 2;
        }
        out(QString::number(n) + u'\n');
        return n > 0 ? 0 : 1;
    }
    qint64 matched = 0;
    if (format == u"csv"_s)
        out(QString::fromUtf8(HistoryEvent::csvHeader()));
    const bool table = format == u"table"_s;
    if (table)
        out(u"%1  %2  %3  %4  %5  %6\n"_s.arg(tr("TIME"), -30)
                .arg(tr("TYPE"), -24)
                .arg(tr("OUTCOME"), -11)
                .arg(tr("CLIENT"), -28)
                .arg(tr("SUBJECT"), -28)
                .arg(tr("SCOPE")));
    const bool ok = backend.forEach(
        filter, 5000,
        [&](const QList<HistoryEvent> &batch) {
            QByteArray chunk;
            for (const HistoryEvent &e : batch) {
                if (format == u"jsonl"_s) {
                    chunk += e.raw + '\n';
                } else if (table) {
                    chunk += u"%1  %2  %3  %4  %5  %6\n"_s
                                 .arg(HistoryEvent::formatInstant(e.timeNs), -30)
                                 .arg(e.type, -24)
                                 .arg(HistoryEvent::outcomeName(e.outcome), -11)
                                 .arg(e.clientId, -28)
                                 .arg(e.subject, -28)
                                 .arg(e.scope)
                                 .toUtf8();
                } else {
                    chunk += e.csvLine();
                }
            }
            std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stdout);
            matched += batch.size();
            return true;
        },
        &error);
    std::fflush(stdout);
    if (!ok) {
        err(error + u'\n');
        return 2;
    }
    return matched > 0 ? 0 : 1;
}

int runSync(QCoreApplication &app, const QString &db, const QString &password,
            const QCommandLineParser &parser)
{
    core::Settings settings;
    core::ServerProfile profile;
    const QString profileName = parser.value(u"profile"_s);
    if (!profileName.isEmpty()) {
        const auto saved = settings.profile(profileName);
        if (!saved) {
            err(tr("There is no profile named “%1”.\n").arg(profileName));
            return 2;
        }
        profile = *saved;
    }
    if (parser.isSet(u"server"_s))
        profile.baseUrl = QUrl::fromUserInput(parser.value(u"server"_s));
    if (parser.isSet(u"client-id"_s)) {
        profile.clientId = parser.value(u"client-id"_s);
        profile.signIn = core::ServerProfile::SignIn::ClientCredentials;
    }
    if (parser.isSet(u"tls-pin"_s))
        profile.tlsPin = parser.value(u"tls-pin"_s);
    if (profile.baseUrl.isEmpty())
        return usage(tr("sync needs --profile NAME or --server URL"));

    core::Keychain keychain;
    core::Session session;
    session.setKeychain(&keychain);
    QString locationError;
    core::HistoryStore *store =
        core::HistoryStore::openLocation(db, password, &app, &locationError);
    if (!store) {
        err(locationError + u'\n');
        return 2;
    }
    int exitCode = 0;
    core::AuditSync *sync = nullptr;
    QObject::connect(&session, &core::Session::connectionFailed, &app,
                     [&](const core::ApiError &e) {
                         err(tr("Cannot connect: %1\n").arg(e.toString()));
                         exitCode = 2;
                         app.quit();
                     });
    QObject::connect(&session, &core::Session::browserSignInRequested, &app, [&](const QUrl &) {
        err(tr("The profile signs in through the browser and has no stored session: open the "
               "console once to sign in.\n"));
        exitCode = 2;
        app.quit();
    });
    QObject::connect(&session, &core::Session::connected, &app, [&] {
        if (!session.hasExtension(core::AuditEventsApi::Extension)) {
            err(tr("The server does not offer the audit-events extension; import its "
                   "observability file instead (history import).\n"));
            exitCode = 1;
            app.quit();
            return;
        }
        sync = new core::AuditSync(&session.apis().audit(), store, &app);
        sync->setPollInterval(0);
        sync->setCursorKey(core::AuditSync::cursorKeyFor(
            profileName.isEmpty() ? profile.baseUrl.toString() : profileName));
        QObject::connect(sync, &core::AuditSync::progress, &app, [](qint64 fetched, qint64 total) {
            err(tr("\rsynced %1 of %2").arg(fetched).arg(total));
        });
        QObject::connect(sync, &core::AuditSync::caughtUp, &app, [&] {
            out(tr("\nsynced: fetched %1, new %2 (server total %3)\n")
                    .arg(sync->fetched())
                    .arg(sync->stored())
                    .arg(sync->total()));
            app.quit();
        });
        QObject::connect(sync, &core::AuditSync::paused, &app, [&](const QString &message) {
            err(message + u'\n');
            exitCode = 2;
            app.quit();
        });
        sync->start();
    });
    store->open().then(&app, [&](const core::HistoryResult<bool> &r) {
        if (!r.ok()) {
            err(r.error + u'\n');
            exitCode = 2;
            app.quit();
            return;
        }
        const QString envSecret = qEnvironmentVariable("THUNDERID_CLIENT_SECRET");
        if (profile.signIn == core::ServerProfile::SignIn::ClientCredentials) {
            if (!envSecret.isEmpty()) {
                session.connectWithClientCredentials(
                    profile.baseUrl, core::ClientAuth{profile.clientId, envSecret}, profile.tlsPin);
                return;
            }
            if (profileName.isEmpty()) {
                err(tr("No client secret: set THUNDERID_CLIENT_SECRET.\n"));
                exitCode = 2;
                app.quit();
                return;
            }
            keychain.read(profileName, core::Keychain::ClientSecret, &app,
                          [&](const core::KeychainResult &secret) {
                              if (!secret.ok) {
                                  err(tr("No client secret for “%1” in the keychain: %2\n")
                                          .arg(profileName, secret.error));
                                  exitCode = 2;
                                  app.quit();
                                  return;
                              }
                              session.connectWithClientCredentials(
                                  profile.baseUrl,
                                  core::ClientAuth{profile.clientId, secret.secret},
                                  profile.tlsPin);
                          });
            return;
        }
        session.connectWithBrowser(profile.baseUrl, profile.clientId, profile.tlsPin, profileName);
    });
    app.exec();
    return exitCode;
}

} // namespace

int runHistoryCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    loadTranslations(app);
    QCoreApplication::setApplicationName(u"thunderid-console"_s);
    QCoreApplication::setOrganizationName(u"ThunderID"_s);
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // "history"
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The token history without a window."));
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_s,
         tr("The history database: a SQLite file or a team's postgresql://user@host:port/db "
            "(password from PGPASSWORD or the profile's keychain entry; default: the active "
            "profile's)."),
         u"path|url"_s},
        {u"format"_s, tr("query: table, csv or jsonl (each event's original JSON)."), u"format"_s,
         u"table"_s},
        {u"count"_s, tr("query: print only the number of matching events.")},
        {u"profile"_s, tr("sync: the connection profile."), u"name"_s},
        {u"server"_s, tr("sync: the server's base URL (with --client-id)."), u"url"_s},
        {u"client-id"_s,
         tr("sync: an admin application's client id; the secret from "
            "THUNDERID_CLIENT_SECRET."),
         u"id"_s},
        {u"tls-pin"_s, tr("sync: trust only this SHA-256 certificate fingerprint."), u"sha256"_s},
    });
    parser.addPositionalArgument(u"command"_s, tr("import, sync or query"));
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out(parser.helpText());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("no command"));
    const QString command = positional.takeFirst();
    QString db = parser.value(u"db"_s);
    const core::Settings settings;
    const QString profile =
        parser.isSet(u"profile"_s) ? parser.value(u"profile"_s) : settings.lastProfile();
    if (db.isEmpty()) {
        const auto saved = settings.profile(profile);
        db = saved && !saved->historyDatabase.isEmpty() ? saved->historyDatabase
                                                        : core::HistoryStore::defaultPath(profile);
    }
    // The password of a team store: PGPASSWORD, else the profile's keychain entry.
    const QString password = databasePassword(app, db, profile);
    if (command == u"import"_s)
        return runImport(db, password, positional);
    if (command == u"query"_s) {
        if (positional.size() > 1)
            return usage(tr("query takes one filter (quote it)"));
        return runQuery(db, password, parser.value(u"format"_s), parser.isSet(u"count"_s),
                        positional.value(0));
    }
    if (command == u"sync"_s)
        return runSync(app, db, password, parser);
    return usage(tr("unknown command “%1”").arg(command));
}

} // namespace tid::app
