#include "sandbox/SandboxServer.h"

#include "sandbox/DataFiles.h"
#include "sandbox/Module.h"
#include "sandbox/admin/AgentModule.h"
#include "sandbox/admin/ApplicationModule.h"
#include "sandbox/admin/GroupModule.h"
#include "sandbox/admin/OrganizationUnitModule.h"
#include "sandbox/admin/ResourceServerModule.h"
#include "sandbox/admin/RoleModule.h"
#include "sandbox/admin/UserModule.h"
#include "sandbox/audit/AuditLog.h"
#include "sandbox/audit/ObservabilityLog.h"
#include "sandbox/ciba/CibaModule.h"
#include "sandbox/consent/ConsentModule.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/TlsCertificate.h"
#include "sandbox/oauth/OAuthModule.h"
#include "sandbox/oauth/TokenVerifier.h"
#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/FlowsModule.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/security/ClientDirectory.h"
#include "sandbox/seed/DemoHistory.h"
#include "sandbox/seed/DemoSeed.h"
#include "sandbox/store/CoreSchema.h"
#include "sandbox/store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
{
    m_context.config = std::move(config);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    const SandboxConfig &config = m_context.config;
    if (!config.allowRemote && !config.bind.isLoopback()) {
        *error = u"refusing to bind %1: a non-loopback address needs --allow-remote"_s.arg(
            config.bind.toString());
        return false;
    }

    QString dbPath;
    QByteArray keySecret;
    if (!config.inMemory) {
        m_dataDir = config.dataDir;
        if (m_dataDir.isEmpty())
            m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(m_dataDir)) {
            *error = u"cannot create data directory %1"_s.arg(m_dataDir);
            return false;
        }
        dbPath = QDir(m_dataDir).filePath(u"sandbox.sqlite"_s);
        if (!DataFiles::secureDirectory(m_dataDir, error) || !DataFiles::secureFile(dbPath, error))
            return false;
        if (!DataFiles::keySecret(config, m_dataDir, &keySecret, error))
            return false;
    }
    m_db = std::make_unique<Database>(dbPath);
    m_db->setDurable(config.durable);
    if (!m_db->open(error))
        return false;
    m_context.db = m_db.get();
    // SQLite gives the WAL and SHM files the database file's mode; older stores may have them
    // with a wider one.
    if (!dbPath.isEmpty()) {
        for (const char *suffix : {"-wal", "-shm"}) {
            if (QFile::exists(dbPath + QLatin1StringView(suffix)) &&
                !DataFiles::secureFile(dbPath + QLatin1StringView(suffix), error))
                return false;
        }
    }

    m_http = std::make_unique<HttpServer>(this);
    m_http->setQuiet(config.quiet);
    HttpServer::Limits limits;
    limits.idleTimeoutMs = config.idleTimeoutSeconds * 1000;
    limits.requestTimeoutMs = config.requestTimeoutSeconds * 1000;
    limits.connectionTimeoutMs = config.connectionTimeoutSeconds * 1000;
    limits.maxConnections = config.maxConnections;
    limits.maxConnectionsPerAddress = config.maxConnectionsPerAddress;
    m_http->setLimits(limits);

    // Order matters for bootstrap: the default OU comes before everything that lives in it.
    m_modules.push_back(std::make_unique<CoreSchema>());
    m_modules.push_back(std::make_unique<OrganizationUnitModule>(m_context));
    m_modules.push_back(std::make_unique<UserModule>(m_context));
    m_modules.push_back(std::make_unique<GroupModule>(m_context));
    m_modules.push_back(std::make_unique<ApplicationModule>(m_context));
    m_modules.push_back(std::make_unique<AgentModule>(m_context));
    auto oauth = std::make_unique<OAuthModule>(m_context);
    m_oauth = oauth.get();
    m_oauth->keys().setProtection(keySecret);
    m_modules.push_back(std::move(oauth));
    // Authorization modules (resource servers, roles): System RS and the Administrator role.
    m_modules.push_back(std::make_unique<ResourceServerModule>(*m_db));
    m_modules.push_back(std::make_unique<RoleModule>(*m_db));
    // OAuth flows beyond client_credentials, and the extension APIs (audit, consents, CIBA
    // approvals, credentials).
    if (!config.eventsFile.isEmpty()) {
        m_events = std::make_unique<ObservabilityLog>();
        if (!m_events->open(config.eventsFile, error))
            return false;
    }
    auto audit = std::make_unique<AuditLog>(*m_db);
    auto consents = std::make_unique<ConsentModule>(*m_db, *audit);
    auto ciba = std::make_unique<CibaModule>(*m_db, *audit);
    auto flows = std::make_unique<FlowsModule>(m_context, *m_oauth, *audit, *consents, *ciba,
                                               m_events.get());
    m_flows = flows.get();
    m_modules.push_back(std::move(audit));
    m_modules.push_back(std::move(consents));
    m_modules.push_back(std::move(ciba));
    m_modules.push_back(std::move(flows));
    m_http->setResponseObserver([this](const Request &request, const Response &response) {
        m_flows->observeResponse(request, response);
    });

    for (const auto &module : m_modules) {
        if (!m_db->migrate(module->name(), module->migrations(), error))
            return false;
        module->registerRoutes(m_http->router());
    }
    registerHealth();

    // Listen before bootstrap: the Console application's redirect URI is {baseUrl}/console.
    // No request is served before the event loop runs, so nobody sees a half-bootstrapped store.
    if (!listen(error))
        return false;

    QString bootstrapError;
    bool bootstrapped = false;
    try {
        bootstrapped = m_db->transaction([&] {
            for (const auto &module : m_modules) {
                if (!module->bootstrap(&bootstrapError))
                    return false;
            }
            return true;
        });
    } catch (const std::exception &e) {
        // e.g. --admin-client-id naming a client id another application already uses.
        bootstrapError = u"bootstrap failed: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    if (!bootstrapped) {
        *error = bootstrapError.isEmpty() ? u"bootstrap failed"_s : bootstrapError;
        return false;
    }
    // Demo data only on a store that holds nothing but the bootstrap rows; benchmark agents on
    // top of whatever is there.
    bool seeded = false;
    if (config.seed == u"demo"_s && !DemoSeed::seedDemo(*m_db, &seeded, error))
        return false;
    // ... and a week of token history on the freshly seeded organisation.
    int historyEvents = 0;
    if (seeded && !DemoHistory::seed(*m_db, m_flows->services().audit, m_flows->services().consents,
                                     m_context.issuer, &historyEvents, error))
        return false;
    int seededAgents = 0;
    if (config.seedAgents > 0 &&
        !DemoSeed::seedAgents(*m_db, config.seedAgents, &seededAgents, error)) {
        return false;
    }
    installAuthenticator();
    installPreflight();
    installWorkers();
    return true;
}

void SandboxServer::installWorkers()
{
    // Issue 15: client_credentials token requests (the traffic of every agent's test suite) run
    // on worker threads, each with its own store connection and cached statements; the event
    // loop keeps reading and writing the sockets and serves everything else. What such a request
    // touches is safe there: client lookups and the secret check (SecretChecks and the verified
    // cache are locked), the scope computation (reads), the signing key (KeyStore::signingKey),
    // the audit record (AuditLog's group commit: the token is sent once its record committed).
    // Two per core by default: a worker waiting for its audit batch to commit uses no CPU, and
    // more waiting workers make bigger batches (docs/performance.md).
    const int threads = m_context.config.workerThreads < 0 ? 2 * QThread::idealThreadCount()
                                                           : m_context.config.workerThreads;
    if (threads <= 0)
        return;
    m_workers.setMaxThreadCount(threads);
    m_workers.setExpiryTimeout(-1); // each thread keeps its connection for the server's life
    m_http->setOffload([this](const Request &request, std::function<void(Response)> done) {
        if (m_pendingWork >= MaxPendingWork || !OAuthModule::isClientCredentialsRequest(request))
            return false; // served on the event-loop thread as before
        ++m_pendingWork;
        HttpServer *http = m_http.get();
        AuditLog *audit = &m_flows->services().audit;
        m_workers.start(
            [this, http, audit, copy = Request(request), done = std::move(done)]() mutable {
                QElapsedTimer timer;
                timer.start();
                // The worker does not wait for the audit record's commit: the answer is handed to
                // the event loop by the audit writer once the record committed (a 500 instead when
                // it could not be), so the worker goes on with the next request meanwhile and the
                // records of every request in flight share a commit.
                AuditLog::Deferral deferral(*audit);
                Response response = http->dispatch(copy);
                deferral.submit([this, http, timer, copy = std::move(copy), done = std::move(done),
                                 response = std::move(response)](const QString &error) mutable {
                    if (!error.isEmpty()) {
                        response = internalError(u"%1 %2: audit: cannot record an event: %3"_s.arg(
                            copy.method, copy.path, error));
                    }
                    http->log(copy, response.status, timer.elapsed());
                    QMetaObject::invokeMethod(
                        http,
                        [this, done = std::move(done), response = std::move(response)]() mutable {
                            --m_pendingWork;
                            done(std::move(response));
                        },
                        Qt::QueuedConnection);
                });
            });
        return true;
    });
}

void SandboxServer::installPreflight()
{
    // Secret and password checks (PBKDF2) run on worker threads before the token-style endpoints
    // and the sign-in form are handled; the handlers then find the verdict (SecretChecks), so the
    // event loop never hashes for a network request (issue 11, finding 4).
    m_hashers.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    m_http->setPreflight([this](const Request &request, std::function<void()> resume,
                                std::optional<Response> *answer) {
        std::optional<ClientDirectory::PendingCheck> check;
        if (request.path == u"/oauth2/authorize"_s)
            check = m_flows->services().pendingPasswordCheck(request);
        else if (request.path.startsWith(u"/oauth2/"_s))
            check = m_oauth->clients().pendingCheck(request);
        if (!check)
            return false;
        // Bounded work: beyond MaxPendingHashes queued checks the request is answered at once
        // (503, Retry-After) instead of queueing more PBKDF2 behind the others.
        if (m_pendingHashes >= MaxPendingHashes) {
            Response busy =
                Response::oauthError(503, u"temporarily_unavailable"_s,
                                     u"Too many sign-ins are being checked; try again in 1 s"_s);
            busy.withHeader("Retry-After", "1");
            *answer = std::move(busy);
            return false;
        }
        ++m_pendingHashes;
        HttpServer *http = m_http.get();
        SecretChecks *checks = &m_oauth->clients().checks();
        m_hashers.start([this, check = *check, http, checks, resume = std::move(resume)] {
            const int matched = SecretChecks::verifyAny(check.candidate, check.hashes,
                                                        check.iterations, check.slots);
            QMetaObject::invokeMethod(
                http,
                [this, checks, key = check.verdictKey, matched, resume] {
                    --m_pendingHashes;
                    checks->remember(key, matched);
                    resume();
                },
                Qt::QueuedConnection);
        });
        return true;
    });
}

bool SandboxServer::listen(QString *error)
{
    const SandboxConfig &config = m_context.config;
    // A wildcard bind is reached through the loopback address.
    const bool wildcard = config.bind == QHostAddress::Any ||
                          config.bind == QHostAddress::AnyIPv4 ||
                          config.bind == QHostAddress::AnyIPv6;
    const QString hostAddress = wildcard ? u"127.0.0.1"_s : config.bind.toString();

    QTcpServer *tcp = nullptr;
    if (config.tls) {
        TlsCertificate tls;
        const QStringList hosts = {u"localhost"_s, u"127.0.0.1"_s, u"::1"_s, hostAddress};
        if (!TlsCertificate::loadOrCreate(m_dataDir, hosts, &tls, error))
            return false;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(tls.certificate);
        ssl.setPrivateKey(tls.key);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *sslServer = new QSslServer(m_http.get());
        sslServer->setSslConfiguration(ssl);
        tcp = sslServer;
        m_tlsFingerprint = TlsCertificate::fingerprint(tls.certificate);
    } else {
        tcp = new QTcpServer(m_http.get());
    }
    if (!tcp->listen(config.bind, config.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(config.bind.toString())
                     .arg(config.port)
                     .arg(tcp->errorString());
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    const QString host = QHostAddress(hostAddress).protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(hostAddress)
                             : hostAddress;
    m_context.baseUrl =
        QUrl(u"%1://%2:%3"_s.arg(config.tls ? u"https"_s : u"http"_s, host).arg(m_port));
    m_context.issuer = m_context.baseUrl.toString(QUrl::StripTrailingSlash);
    return true;
}

void SandboxServer::registerHealth()
{
    // ThunderID's probes (healthcheck.yaml, OBSERVED.md): liveness 200 with an empty body;
    // readiness {"status":"UP","serviceStatus":[...]} once the store answers, 503 DOWN otherwise.
    // ThunderID's three databases are the one SQLite store here.
    const RouteOptions open{Access::Public, false};
    m_http->router().add(
        u"GET"_s, u"/health/liveness"_s, [](Request &) { return Response::text({}, {}, 200); },
        open);
    m_http->router().add(
        u"GET"_s, u"/health/readiness"_s,
        [this](Request &) {
            QSqlQuery q(m_db->db());
            const bool up = q.exec(u"SELECT 1"_s) && q.next();
            const QString status = up ? u"UP"_s : u"DOWN"_s;
            QJsonArray services;
            for (const QString &name : {u"ConfigDB"_s, u"RuntimeTransientDB"_s, u"EntityDB"_s})
                services.append(QJsonObject{{u"serviceName"_s, name}, {u"status"_s, status}});
            return Response::json(
                QJsonObject{{u"status"_s, status}, {u"serviceStatus"_s, services}}, up ? 200 : 503);
        },
        open);
}

void SandboxServer::installAuthenticator()
{
    m_verifier = std::make_unique<TokenVerifier>(m_oauth->keys(), m_context.issuer);
    m_http->setAuthenticator([this](Request &request, Access access) -> std::optional<Response> {
        const QByteArray authorization = request.header("Authorization").trimmed();
        const bool bearer = authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
        const QByteArray token = bearer ? authorization.mid(7).trimmed() : QByteArray();
        if (token.isEmpty()) {
            return Response::error(401, u"AUTH-4010"_s, u"Unauthorized"_s,
                                   u"Authentication is required to access this resource"_s,
                                   u"error.unauthorized"_s)
                .withHeader("WWW-Authenticate", "Bearer");
        }
        const TokenVerifier::Result result = m_verifier->verify(token, u"at+jwt"_s);
        if (!result.valid) {
            return Response::error(401, u"AUTH-4010"_s, u"Unauthorized"_s,
                                   u"Authentication is required to access this resource"_s,
                                   u"error.unauthorized"_s)
                .withHeader("WWW-Authenticate",
                            "Bearer error=\"invalid_token\", error_description=\"" +
                                result.error.toLatin1() + '"');
        }
        // Revocations (RFC 7009, credential revocation, revoked consents) apply at once.
        if (m_flows && m_flows->store().isRevoked(result.claims)) {
            return Response::error(401, u"AUTH-4010"_s, u"Unauthorized"_s,
                                   u"Authentication is required to access this resource"_s,
                                   u"error.unauthorized"_s)
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", "
                                                "error_description=\"The token has been revoked\"");
        }
        request.principal = result.claims;
        if (access == Access::Admin &&
            !TokenVerifier::hasScope(TokenVerifier::scopes(result.claims), u"system"_s)) {
            return Response::error(403, u"AUTH-4030"_s, u"Forbidden"_s,
                                   u"You do not have sufficient permissions to access this "
                                   "resource"_s,
                                   u"error.forbidden"_s)
                .withHeader("WWW-Authenticate",
                            "Bearer error=\"insufficient_scope\", scope=\"system\"");
        }
        return std::nullopt;
    });
}

QJsonObject SandboxServer::readyLine() const
{
    QJsonObject ready{{u"event"_s, u"ready"_s},
                      {u"baseUrl"_s, m_context.baseUrl.toString()},
                      {u"issuer"_s, m_context.issuer},
                      {u"adminClientId"_s, m_context.adminClientId}};
    if (!m_tlsFingerprint.isEmpty())
        ready.insert(u"tlsFingerprint"_s, m_tlsFingerprint);
    if (!m_context.generatedAdminClientSecret.isEmpty())
        ready.insert(u"adminClientSecret"_s, m_context.generatedAdminClientSecret);
    if (!m_context.generatedAdminPassword.isEmpty())
        ready.insert(u"adminPassword"_s, m_context.generatedAdminPassword);
    if (m_context.config.seed == u"demo"_s) {
        // Demo data, public by design (docs/sandbox.md): who may sign in, with which password.
        ready.insert(u"demoUsers"_s, DemoSeed::demoUsers());
        ready.insert(u"demoUserPassword"_s, DemoSeed::DemoUserPassword);
    }
    return ready;
}

} // namespace tid::sandbox
