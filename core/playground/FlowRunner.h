#pragma once

#include "core/api/ApiClient.h"
#include "core/api/OAuthApi.h"
#include "core/playground/OAuthErrorText.h"
#include "core/playground/PlaygroundStep.h"
#include "core/playground/Scenario.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tid::core {

class BrowserAuthenticator;
class ServerApis;

// Runs a playground scenario against the connected server, step by step, and records each
// step's real HTTP exchanges. It talks through its own ApiClient (the same class the session
// uses, configured from the session's: base URL, TLS pin, discovery document), so that every
// call it makes — and only those — is recorded, including the code redemption of a browser
// sign-in, and Stop aborts exactly its calls.
//
// Secrets come from setSecret() (typed by the user or read from the keychain by the caller)
// and live in memory only; tokens produced live in the steps. Nothing here logs a value.
class FlowRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowRunner)

public:
    explicit FlowRunner(QObject *parent = nullptr);
    ~FlowRunner() override;

    // Takes the server from the session's APIs (base URL, TLS pin, discovery) at each start().
    void setServerApis(const ServerApis *apis) { m_apis = apis; }
    // Or explicitly (tests: a discovery document without CIBA).
    void setServer(const QUrl &baseUrl, const QByteArray &pinSha256,
                   const ServerMetadata &metadata);
    const ServerMetadata &metadata() const { return m_oauth.metadata(); }
    ApiClient *client() { return &m_client; }

    void setSecret(const QString &clientId, const QString &secret);
    // Every token a step produces is checked against this chain policy (docs/policies.md); an
    // invalid (default) policy checks nothing. Tokens just received from the server count as
    // verified claims, so their grant is evidence for human-initiated.
    void setPolicy(const ChainPolicy &policy) { m_policy = policy; }
    const ChainPolicy &policy() const { return m_policy; }
    bool hasSecret(const QString &clientId) const { return !m_secrets.value(clientId).isEmpty(); }
    void clearSecrets() { m_secrets.clear(); }

    // Plans the steps and starts the first. False (with the reason) when the scenario is
    // incomplete, a secret is missing, there is no server, or a run is going on.
    bool start(const Scenario &scenario, QString *error = nullptr);
    // Aborts the calls in flight; the current step is Stopped, the rest Skipped.
    void stop();
    bool isRunning() const { return m_running; }
    // Forgets the steps (not while running).
    void clear();

    const Scenario &scenario() const { return m_scenario; }
    const QList<PlaygroundStep> &steps() const { return m_steps; }
    // Every secret and token of this run — what rendered text masks besides the known fields.
    QStringList valuesToMask() const;
    // Client id (or user) a principal id stands for, as learned from this run's tokens.
    QString nameFor(const QString &subjectId) const { return m_names.value(subjectId); }

    // Test seams: how long a browser sign-in may stay pending; CIBA's first poll delay
    // (default: the server's interval).
    void setSignInTimeout(int ms) { m_signInTimeoutMs = ms; }

Q_SIGNALS:
    void started();
    void stepAdded(int index, const tid::core::PlaygroundStep &step);
    void stepChanged(int index, const tid::core::PlaygroundStep &step);
    void exchangeAdded(int step, const tid::core::HttpExchange &exchange);
    void cleared();
    // `ok`: every step succeeded (a narrowing or an expected refusal counts as success).
    void finished(bool ok);
    // Open this URL in the user's browser (QDesktopServices::openUrl).
    void browserSignInRequested(const QUrl &authorizationUrl);

private:
    void plan();
    void addStep(PlaygroundStep step);
    void update(int index);
    void runStep(int index);
    void completeStep(int index, PlaygroundStep::Status status);
    void finishRun();
    void onJobCreated(ApiJob *job);

    void runClientCredentials(int index);
    void runSignIn(int index);
    void runBackchannelAuthorize(int index);
    void schedulePoll(int index, int seconds);
    void poll(int index);
    void tick();
    void runExchange(int index);
    void runAudienceCheck(int index);

    // The last token produced before `index`, and its step.
    int previousTokenStep(int index) const;
    ClientAuth authFor(const QString &clientId) const;
    // Fills token, claims, granted scopes, act depth and the summary of a step from a token.
    void takeToken(PlaygroundStep &step, const QString &token, const QString &grantedScope);
    // The chain policy's verdict on the step's token: in the step's policy, summary and detail.
    void checkPolicy(PlaygroundStep &step, const Jwt &jwt) const;
    // Narrowed (with the explanation) when the granted scopes differ from the requested.
    PlaygroundStep::Status judgeScopes(PlaygroundStep &step, const QStringList &parentScopes);
    void failFromError(int index, const ApiError &error, OAuthErrorContext context);
    QString describePrincipal(const QString &id) const;
    QString unsupported(int index, const QString &why);
    bool grantAnnounced(const QString &grant) const;

    const ServerApis *m_apis = nullptr;
    ApiClient m_client;
    OAuthApi m_oauth;
    bool m_explicitServer = false;

    QHash<QString, QString> m_secrets; // client id -> secret (memory only)
    ChainPolicy m_policy;
    QHash<QString, QString> m_names; // principal id -> client id / username, from tokens
    Scenario m_scenario;
    QList<PlaygroundStep> m_steps;
    int m_current = -1;
    bool m_running = false;
    int m_generation = 0; // answers of a stopped or earlier run are ignored
    int m_runId = 0;      // exchanges are recorded into the run that made them
    QString m_authReqId;
    QString m_bindingMessage;
    QTimer m_pollTimer;
    QTimer m_ticker;
    QPointer<BrowserAuthenticator> m_browser;
    int m_signInTimeoutMs = 10 * 60 * 1000;
};

} // namespace tid::core
