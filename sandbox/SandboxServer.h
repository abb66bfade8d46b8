#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <vector>

namespace tid::sandbox {

class Database;
class FlowsModule;
class HttpServer;
class ObservabilityLog;
class OAuthModule;
class Module;
class TokenVerifier;

// Owns the store, the modules and the listener. start() opens the store, migrates every module,
// listens (plain or TLS), bootstraps inside one transaction, and installs the bearer-token
// authenticator; afterwards baseUrl()/issuer() are valid and readyLine() describes the server.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error);

    const SandboxConfig &config() const { return m_context.config; }
    QUrl baseUrl() const { return m_context.baseUrl; }
    QString issuer() const { return m_context.issuer; }
    quint16 port() const { return m_port; }
    Database &database() { return *m_db; }
    HttpServer &http() { return *m_http; }
    SandboxContext &context() { return m_context; }
    OAuthModule &oauth() { return *m_oauth; }
    // SHA-256 fingerprint of the served certificate (--tls), empty otherwise.
    QString tlsFingerprint() const { return m_tlsFingerprint; }

    // The `{"event":"ready",...}` object main prints on stdout: baseUrl, issuer, adminClientId,
    // tlsFingerprint (with --tls), and — on a first start only — the generated
    // adminClientSecret and adminPassword.
    QJsonObject readyLine() const;

private:
    bool listen(QString *error);
    void installAuthenticator();
    void registerHealth();
    void installPreflight();
    void installWorkers();

    SandboxContext m_context;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HttpServer> m_http;
    std::vector<std::unique_ptr<Module>> m_modules;
    OAuthModule *m_oauth = nullptr;
    FlowsModule *m_flows = nullptr;
    std::unique_ptr<ObservabilityLog> m_events; // --events-file
    std::unique_ptr<TokenVerifier> m_verifier;
    QString m_dataDir;
    QString m_tlsFingerprint;
    quint16 m_port = 0;
    static constexpr int MaxPendingHashes = 64;
    int m_pendingHashes = 0; // queued or running secret checks (main thread only)
    // Destroyed first, it waits for running hashes, whose results are then posted to a
    // still-living HttpServer (and dropped with it).
    QThreadPool m_hashers;
    // client_credentials token requests (installWorkers); destroyed before the store whose
    // per-thread connections they use.
    static constexpr int MaxPendingWork = 256;
    int m_pendingWork = 0; // queued or running (main thread only)
    QThreadPool m_workers;
};

} // namespace tid::sandbox
