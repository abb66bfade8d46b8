#include "core/playground/FlowRunner.h"

#include "core/Logging.h"
#include "core/api/BrowserAuthenticator.h"
#include "core/api/ServerApis.h"
#include "core/playground/OAuthErrorText.h"
#include "core/token/ActorChain.h"
#include "core/token/Jwt.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

// Polls go this much after the interval, so that a server's clock never sees them early.
constexpr int PollMarginMs = 250;

QStringList scopeList(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    const QSet<QString> bs(b.cbegin(), b.cend());
    QStringList out;
    for (const QString &s : a) {
        if (!bs.contains(s))
            out << s;
    }
    return out;
}

bool sameSet(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

QString listed(const QStringList &scopes)
{
    return scopes.isEmpty() ? FlowRunner::tr("(none)") : scopes.join(u' ');
}

QString countdown(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return seconds >= 60 ? u"%1:%2"_s.arg(seconds / 60).arg(int(seconds % 60), 2, 10, QChar(u'0'))
                         : FlowRunner::tr("%n s", nullptr, int(seconds));
}

QStringList audiences(const QJsonValue &aud)
{
    if (aud.isString())
        return {aud.toString()};
    QStringList out;
    for (const QJsonValue &v : aud.toArray())
        out << v.toString();
    return out;
}

} // namespace

QString PlaygroundStep::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return FlowRunner::tr("Pending");
    case Status::Running:
        return FlowRunner::tr("Running");
    case Status::Waiting:
        return FlowRunner::tr("Waiting for the user");
    case Status::Succeeded:
        return FlowRunner::tr("Succeeded");
    case Status::Narrowed:
        return FlowRunner::tr("Narrowed");
    case Status::Refused:
        return FlowRunner::tr("Refused (audience lock)");
    case Status::Failed:
        return FlowRunner::tr("Failed");
    case Status::Unsupported:
        return FlowRunner::tr("Not supported by the server");
    case Status::Skipped:
        return FlowRunner::tr("Skipped");
    case Status::Stopped:
        return FlowRunner::tr("Stopped");
    }
    return {};
}

QString PlaygroundStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ClientCredentials:
        return u"client_credentials"_s;
    case Kind::SignIn:
        return u"authorization_code"_s;
    case Kind::BackchannelAuthorize:
        return u"bc-authorize"_s;
    case Kind::CibaPoll:
        return u"ciba-poll"_s;
    case Kind::Exchange:
        return u"token-exchange"_s;
    case Kind::AudienceCheck:
        return u"audience-check"_s;
    }
    return {};
}

FlowRunner::FlowRunner(QObject *parent)
    : QObject(parent)
    , m_oauth(&m_client)
{
    // The playground shows what happened: a refused call is not retried behind its back.
    m_client.setRetryPolicy(RetryPolicy{0, 250, 4000});
    connect(&m_client, &ApiClient::jobCreated, this, &FlowRunner::onJobCreated);
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which a server counts as polling too soon.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { poll(m_current); });
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::PreciseTimer); // the countdown moves by whole seconds
    connect(&m_ticker, &QTimer::timeout, this, &FlowRunner::tick);
}

FlowRunner::~FlowRunner()
{
    ++m_generation;
    if (m_browser)
        m_browser->stop();
    m_client.abortAll();
}

void FlowRunner::setServer(const QUrl &baseUrl, const QByteArray &pinSha256,
                           const ServerMetadata &metadata)
{
    m_explicitServer = true;
    m_client.setBaseUrl(baseUrl);
    m_client.setPinnedCertificateSha256(QString::fromLatin1(pinSha256));
    m_oauth.setMetadata(metadata);
}

void FlowRunner::setSecret(const QString &clientId, const QString &secret)
{
    if (secret.isEmpty())
        m_secrets.remove(clientId);
    else
        m_secrets.insert(clientId, secret);
}

QStringList FlowRunner::valuesToMask() const
{
    QStringList out;
    for (const QString &s : m_secrets)
        out << s;
    for (const PlaygroundStep &step : m_steps) {
        if (!step.token.isEmpty())
            out << step.token;
    }
    if (!m_authReqId.isEmpty())
        out << m_authReqId;
    return out;
}

bool FlowRunner::start(const Scenario &scenario, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running)
        return refuse(tr("A run is going on; stop it first."));
    if (!m_explicitServer && m_apis) {
        m_client.setBaseUrl(m_apis->client()->baseUrl());
        m_client.setPinnedCertificateSha256(
            QString::fromLatin1(m_apis->client()->pinnedCertificateSha256()));
        m_client.setTimeout(m_apis->client()->timeout());
        m_oauth.setMetadata(m_apis->metadata());
    }
    if (m_client.baseUrl().isEmpty() || !m_oauth.hasMetadata())
        return refuse(tr("Connect to a server first: the playground runs against the connected "
                         "server."));
    const QString problem = scenario.validate();
    if (!problem.isEmpty())
        return refuse(problem);
    for (const QString &agent : scenario.agentsNeedingSecrets()) {
        if (!hasSecret(agent))
            return refuse(
                tr("The secret of %1 is missing: type it, or keep it in the keychain.").arg(agent));
    }
    clear();
    m_scenario = scenario;
    m_running = true;
    ++m_generation;
    qCInfo(lcPlayground).noquote()
        << "run" << Scenario::flowKey(scenario.flow) << "with" << scenario.hops.size() << "hops";
    Q_EMIT started();
    plan();
    runStep(0);
    return true;
}

void FlowRunner::clear()
{
    if (m_running)
        return;
    ++m_runId;
    m_steps.clear();
    m_names.clear();
    m_authReqId.clear();
    m_bindingMessage.clear();
    m_current = -1;
    Q_EMIT cleared();
}

void FlowRunner::addStep(PlaygroundStep step)
{
    m_steps.append(step);
    Q_EMIT stepAdded(int(m_steps.size() - 1), m_steps.last());
}

void FlowRunner::update(int index)
{
    if (index >= 0 && index < m_steps.size())
        Q_EMIT stepChanged(index, m_steps.at(index));
}

void FlowRunner::plan()
{
    const Scenario &s = m_scenario;
    PlaygroundStep origin;
    origin.agent = s.origin.agent;
    origin.audience = s.origin.audience;
    origin.requestedScopes = s.origin.scopes;
    switch (s.flow) {
    case Scenario::Flow::ClientCredentials:
    case Scenario::Flow::TokenExchange:
        origin.kind = PlaygroundStep::Kind::ClientCredentials;
        origin.title = tr("%1 gets its own token (client credentials)").arg(s.origin.agent);
        addStep(origin);
        break;
    case Scenario::Flow::AuthorizationCode:
        origin.kind = PlaygroundStep::Kind::SignIn;
        origin.title = tr("The user signs in through the browser (%1, PKCE)").arg(s.origin.agent);
        addStep(origin);
        break;
    case Scenario::Flow::Ciba: {
        origin.kind = PlaygroundStep::Kind::BackchannelAuthorize;
        if (!origin.requestedScopes.contains(u"openid"_s))
            origin.requestedScopes.prepend(u"openid"_s);
        origin.title = tr("%1 asks %2 for approval (bc-authorize)").arg(s.origin.agent, s.user);
        addStep(origin);
        PlaygroundStep pollStep = origin;
        pollStep.kind = PlaygroundStep::Kind::CibaPoll;
        pollStep.title = tr("%1 polls until %2 decides").arg(s.origin.agent, s.user);
        addStep(pollStep);
        break;
    }
    }
    for (qsizetype i = 0; i < s.hops.size(); ++i) {
        const Scenario::Hop &h = s.hops.at(i);
        PlaygroundStep hop;
        hop.kind = PlaygroundStep::Kind::Exchange;
        hop.agent = h.agent;
        hop.audience = h.audience;
        hop.requestedScopes = h.scopes;
        hop.title = s.flow == Scenario::Flow::AuthorizationCode && i == 0
                        ? tr("%1 exchanges the user's token: on-behalf-of").arg(h.agent)
                        : tr("Hop %1: %2 exchanges the token").arg(i + 1).arg(h.agent);
        addStep(hop);
    }
    if (!s.checkAudience.isEmpty()) {
        PlaygroundStep check;
        check.kind = PlaygroundStep::Kind::AudienceCheck;
        check.audience = s.checkAudience;
        check.agent = s.hops.isEmpty() ? s.origin.agent : s.hops.last().agent;
        check.title = tr("The last token is presented to %1").arg(s.checkAudience);
        addStep(check);
    }
}

void FlowRunner::runStep(int index)
{
    if (!m_running)
        return;
    if (index >= m_steps.size()) {
        finishRun();
        return;
    }
    m_current = index;
    PlaygroundStep &step = m_steps[index];
    step.status = PlaygroundStep::Status::Running;
    step.startedAt = QDateTime::currentDateTimeUtc();
    update(index);
    switch (step.kind) {
    case PlaygroundStep::Kind::ClientCredentials:
        runClientCredentials(index);
        break;
    case PlaygroundStep::Kind::SignIn:
        runSignIn(index);
        break;
    case PlaygroundStep::Kind::BackchannelAuthorize:
        runBackchannelAuthorize(index);
        break;
    case PlaygroundStep::Kind::CibaPoll:
        schedulePoll(index, m_steps.at(index).pollIntervalSeconds);
        break;
    case PlaygroundStep::Kind::Exchange:
        runExchange(index);
        break;
    case PlaygroundStep::Kind::AudienceCheck:
        runAudienceCheck(index);
        break;
    }
}

void FlowRunner::completeStep(int index, PlaygroundStep::Status status)
{
    PlaygroundStep &step = m_steps[index];
    step.status = status;
    step.nextPollAt = {};
    step.elapsedMs =
        step.startedAt.isValid() ? step.startedAt.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
    qCInfo(lcPlayground).noquote() << "step" << index + 1 << PlaygroundStep::kindName(step.kind)
                                   << PlaygroundStep::statusName(status);
    update(index);
    if (step.isSuccess()) {
        runStep(index + 1);
        return;
    }
    for (qsizetype i = index + 1; i < m_steps.size(); ++i) {
        m_steps[i].status = PlaygroundStep::Status::Skipped;
        m_steps[i].summary = tr("Not run: an earlier step did not succeed.");
        update(int(i));
    }
    finishRun();
}

void FlowRunner::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    m_ticker.stop();
    if (m_browser) {
        m_browser->stop();
        m_browser->deleteLater();
    }
    bool ok = !m_steps.isEmpty();
    for (const PlaygroundStep &s : std::as_const(m_steps))
        ok = ok && s.isSuccess();
    qCInfo(lcPlayground) << "run finished" << (ok ? "ok" : "not ok");
    Q_EMIT finished(ok);
}

void FlowRunner::stop()
{
    if (!m_running)
        return;
    ++m_generation;
    m_pollTimer.stop();
    m_ticker.stop();
    if (m_browser)
        m_browser->stop();
    m_client.abortAll();
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        PlaygroundStep &s = m_steps[i];
        if (s.isFinished())
            continue;
        const bool current = i == m_current;
        s.status = current ? PlaygroundStep::Status::Stopped : PlaygroundStep::Status::Skipped;
        s.summary = current ? tr("Stopped by the user.") : tr("Not run: the run was stopped.");
        s.nextPollAt = {};
        update(int(i));
    }
    qCInfo(lcPlayground) << "run stopped";
    finishRun();
}

void FlowRunner::onJobCreated(ApiJob *job)
{
    const int index = m_current;
    if (index < 0 || index >= m_steps.size())
        return;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const int runId = m_runId;
    connect(job, &ApiJob::finished, this,
            [this, job, index, startedAt, timer, runId](const ApiResponse &response) {
                if (runId != m_runId || index >= m_steps.size())
                    return;
                HttpExchange x =
                    HttpExchange::fromResponse(*job, response, startedAt, timer->elapsed());
                m_steps[index].exchanges.append(x);
                Q_EMIT exchangeAdded(index, x);
            });
}

ClientAuth FlowRunner::authFor(const QString &clientId) const
{
    return ClientAuth{clientId, m_secrets.value(clientId), ClientAuth::Method::Basic};
}

bool FlowRunner::grantAnnounced(const QString &grant) const
{
    const QStringList &grants = m_oauth.metadata().grantTypesSupported;
    return grants.isEmpty() || grants.contains(grant); // no list: the server does not say
}

QString FlowRunner::unsupported(int index, const QString &why)
{
    PlaygroundStep &step = m_steps[index];
    step.summary = why;
    completeStep(index, PlaygroundStep::Status::Unsupported);
    return why;
}

int FlowRunner::previousTokenStep(int index) const
{
    for (int i = index - 1; i >= 0; --i) {
        if (!m_steps.at(i).token.isEmpty())
            return i;
    }
    return -1;
}

QString FlowRunner::describePrincipal(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

void FlowRunner::takeToken(PlaygroundStep &step, const QString &token, const QString &grantedScope)
{
    step.token = token;
    const Jwt jwt = Jwt::parse(token.toLatin1());
    step.claims = jwt.isValid() ? jwt.payload() : QJsonObject();
    step.grantedScopes = grantedScope.isEmpty()
                             ? scopeList(step.claims.value("scope"_L1).toString())
                             : scopeList(grantedScope);
    const ActorChain chain = ActorChain::fromClaims(step.claims);
    step.actDepth = chain.depth();
    // Learn who is who: an agent's own token names its entity id as sub; an exchanged token
    // names the exchanging agent as the current actor.
    const QString sub = step.claims.value("sub"_L1).toString();
    if (step.kind == PlaygroundStep::Kind::ClientCredentials && !sub.isEmpty())
        m_names.insert(sub, step.agent);
    if ((step.kind == PlaygroundStep::Kind::BackchannelAuthorize ||
         step.kind == PlaygroundStep::Kind::CibaPoll) &&
        !sub.isEmpty())
        m_names.insert(sub, m_scenario.user);
    if (step.kind == PlaygroundStep::Kind::Exchange && chain.currentActor())
        m_names.insert(chain.currentActor()->sub, step.agent);
    if (step.kind == PlaygroundStep::Kind::CibaPoll && chain.currentActor())
        m_names.insert(chain.currentActor()->sub, step.agent);

    QStringList parts;
    if (!sub.isEmpty())
        parts << tr("sub %1").arg(describePrincipal(sub));
    if (!chain.isEmpty()) {
        QStringList actors;
        for (const ActorNode &a : chain.actors())
            actors << describePrincipal(a.sub);
        parts << tr("act %1 (depth %2)").arg(actors.join(u" ← "_s)).arg(chain.depth());
    }
    const QStringList aud = audiences(step.claims.value("aud"_L1));
    if (!aud.isEmpty())
        parts << tr("aud %1").arg(aud.join(u", "_s));
    parts << tr("scope %1").arg(listed(step.grantedScopes));
    const qint64 exp = step.claims.value("exp"_L1).toInteger();
    if (exp > 0)
        parts << tr("expires in %1").arg(countdown(exp - QDateTime::currentSecsSinceEpoch()));
    step.summary = parts.join(u" · "_s);
    if (!jwt.isValid())
        step.summary = tr("an opaque token (not a JWT)") + u" · "_s + step.summary;
    checkPolicy(step, jwt);
}

void FlowRunner::checkPolicy(PlaygroundStep &step, const Jwt &jwt) const
{
    step.policy.clear();
    if (!m_policy.isValid() || !jwt.isValid())
        return;
    PolicyEvidence evidence;
    evidence.claimsVerified = true; // just received from the server's token endpoint
    step.policy = m_policy.evaluate(jwt, evidence);
    const QStringList failed = ChainPolicy::failedRules(step.policy);
    step.summary +=
        u" · "_s + (failed.isEmpty() ? tr("chain policy holds")
                                     : tr("chain policy fails: %1").arg(failed.join(u", "_s)));
    QStringList lines;
    for (const PolicyResult &r : std::as_const(step.policy))
        lines << (r.passed ? tr("✔ %1: %2") : tr("✖ %1: %2")).arg(r.rule, r.reason);
    const QString verdict =
        tr("Chain policy %1:\n%2").arg(QFileInfo(m_policy.path()).fileName(), lines.join(u'\n'));
    step.detail = step.detail.isEmpty() ? verdict : step.detail + u"\n\n"_s + verdict;
}

PlaygroundStep::Status FlowRunner::judgeScopes(PlaygroundStep &step,
                                               const QStringList &parentScopes)
{
    // OpenID scopes shape the ID token, not the access token's scope: only permissions count.
    static const QStringList oidc{u"openid"_s,  u"profile"_s, u"email"_s,
                                  u"address"_s, u"phone"_s,   u"offline_access"_s};
    const QStringList requested = minus(step.requestedScopes, oidc);
    const QStringList granted = minus(step.grantedScopes, oidc);
    if (requested.isEmpty() || sameSet(requested, granted))
        return PlaygroundStep::Status::Succeeded;
    const QStringList dropped = minus(requested, granted);
    const QStringList added = minus(granted, requested);
    QString why;
    switch (step.kind) {
    case PlaygroundStep::Kind::Exchange: {
        const QStringList beyondParent = minus(step.requestedScopes, parentScopes);
        why = tr("The server issued %1 where the hop asked for %2: it narrowed silently instead "
                 "of refusing (a real ThunderID drops what it will not grant; the sandbox "
                 "answers invalid_scope).")
                  .arg(listed(step.grantedScopes), listed(step.requestedScopes));
        if (!beyondParent.isEmpty())
            why += u' ' + tr("The parent token holds only %1, so %2 could not be handed on.")
                              .arg(listed(parentScopes), beyondParent.join(u' '));
        else if (!dropped.isEmpty())
            why += u' ' + tr("%1 held by the parent, but %2 does not hold it on %3.")
                              .arg(dropped.join(u' '), step.agent, step.audience);
        break;
    }
    case PlaygroundStep::Kind::CibaPoll:
        why = tr("The user approved %1 of the %2 asked for.")
                  .arg(listed(step.grantedScopes), listed(step.requestedScopes));
        break;
    case PlaygroundStep::Kind::SignIn:
        why = tr("The sign-in granted %1 of %2: the user holds only these on %3 through their "
                 "roles.")
                  .arg(listed(step.grantedScopes), listed(step.requestedScopes), step.audience);
        break;
    default:
        why = tr("The server issued %1 of the %2 asked for: %3 holds only these on %4 through its "
                 "roles (issued = asked ∩ defined by the resource server ∩ held by the client).")
                  .arg(listed(step.grantedScopes), listed(step.requestedScopes), step.agent,
                       step.audience.isEmpty() ? tr("the default audience") : step.audience);
        break;
    }
    if (!added.isEmpty())
        why += u' ' + tr("It also added %1, which was not asked for.").arg(added.join(u' '));
    step.explanation = why;
    return PlaygroundStep::Status::Narrowed;
}

void FlowRunner::failFromError(int index, const ApiError &error, OAuthErrorContext context)
{
    PlaygroundStep &step = m_steps[index];
    const HttpExchange *last = step.exchanges.isEmpty() ? nullptr : &step.exchanges.last();
    const QString oauthError = error.code.isEmpty() && last ? last->oauthError() : error.code;
    if (error.kind == ApiError::Kind::Http) {
        if (OAuthErrorText::meansUnsupported(oauthError, error.httpStatus)) {
            step.explanation = OAuthErrorText::explain(oauthError, error.message, context);
            unsupported(index, tr("The server does not support this step: it answered %1.")
                                   .arg(oauthError.isEmpty() ? QString::number(error.httpStatus)
                                                             : oauthError));
            return;
        }
        step.summary =
            oauthError.isEmpty() ? error.toString() : tr("The server refused: %1").arg(oauthError);
        step.explanation = OAuthErrorText::explain(oauthError, error.message, context);
    } else {
        step.summary = error.toString();
        step.explanation.clear();
    }
    completeStep(index, PlaygroundStep::Status::Failed);
}

// --- client credentials ----------------------------------------------------------------------

void FlowRunner::runClientCredentials(int index)
{
    if (!grantAnnounced(u"client_credentials"_s)) {
        unsupported(index, tr("The server does not support client credentials: its discovery "
                              "document does not list client_credentials."));
        return;
    }
    const PlaygroundStep &step = m_steps.at(index);
    const int generation = m_generation;
    OAuthErrorContext context{OAuthErrorContext::Request::ClientCredentials,
                              step.agent,
                              step.audience,
                              step.requestedScopes,
                              {},
                              {},
                              u"client_credentials"_s};
    m_oauth.clientCredentials(authFor(step.agent), step.requestedScopes, step.audience)
        .then(this, [this, index, generation, context](const Result<TokenResponse> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                failFromError(index, r.error, context);
                return;
            }
            PlaygroundStep &s = m_steps[index];
            takeToken(s, r.value.accessToken, r.value.scope);
            completeStep(index, judgeScopes(s, {}));
        });
}

// --- authorization code + PKCE (the user) ----------------------------------------------------

void FlowRunner::runSignIn(int index)
{
    const ServerMetadata &md = m_oauth.metadata();
    if (md.authorizationEndpoint.isEmpty() || !grantAnnounced(u"authorization_code"_s)) {
        unsupported(index, tr("The server does not support a browser sign-in: its discovery "
                              "document has no authorization_endpoint or does not list "
                              "authorization_code."));
        return;
    }
    PlaygroundStep &step = m_steps[index];
    QStringList scopes = step.requestedScopes;
    auto *browser = new BrowserAuthenticator(&m_oauth, step.agent, scopes, step.audience, this);
    browser->setSignInTimeout(m_signInTimeoutMs);
    m_browser = browser;
    const int generation = m_generation;
    connect(browser, &BrowserAuthenticator::browserSignInRequested, this,
            [this, index, generation](const QUrl &url) {
                if (generation != m_generation)
                    return;
                PlaygroundStep &s = m_steps[index];
                s.status = PlaygroundStep::Status::Waiting;
                s.summary = tr("Sign in as the user in the browser; the answer comes back to "
                               "127.0.0.1.");
                s.detail = tr("Authorization request (PKCE S256, loopback redirect):\n%1")
                               .arg(url.toString(QUrl::FullyEncoded));
                update(index);
                Q_EMIT browserSignInRequested(url);
            });
    connect(browser, &Authenticator::authenticated, this,
            [this, index, generation, browser](const QString &token) {
                if (generation != m_generation)
                    return;
                PlaygroundStep &s = m_steps[index];
                const QJsonObject id = browser->idTokenClaims();
                const QString sub = id.value("sub"_L1).toString();
                const QString who = id.value("username"_L1).toString().isEmpty()
                                        ? id.value("preferred_username"_L1).toString()
                                        : id.value("username"_L1).toString();
                if (!sub.isEmpty() && !who.isEmpty())
                    m_names.insert(sub, who);
                takeToken(s, token, browser->grantedScope());
                browser->stop();
                browser->deleteLater();
                completeStep(index, judgeScopes(s, {}));
            });
    connect(browser, &Authenticator::authenticationFailed, this,
            [this, index, generation, browser](const ApiError &error) {
                if (generation != m_generation)
                    return;
                browser->deleteLater();
                OAuthErrorContext context{OAuthErrorContext::Request::AuthorizationCode,
                                          m_steps.at(index).agent,
                                          m_steps.at(index).audience,
                                          m_steps.at(index).requestedScopes,
                                          {},
                                          {},
                                          u"authorization_code"_s};
                PlaygroundStep &s = m_steps[index];
                if (!error.code.isEmpty()) {
                    s.summary = tr("The sign-in did not complete: %1").arg(error.code);
                    s.explanation = OAuthErrorText::explain(error.code, error.message, context);
                } else {
                    s.summary = error.message;
                }
                completeStep(index, PlaygroundStep::Status::Failed);
            });
    browser->startBrowserSignIn();
}

// --- CIBA --------------------------------------------------------------------------------------

void FlowRunner::runBackchannelAuthorize(int index)
{
    const ServerMetadata &md = m_oauth.metadata();
    if (md.backchannelAuthenticationEndpoint.isEmpty()) {
        unsupported(index, tr("The server does not support CIBA: its discovery document has no "
                              "backchannel_authentication_endpoint."));
        return;
    }
    if (!grantAnnounced(OAuthApi::GrantCiba)) {
        unsupported(index, tr("The server does not support CIBA: its discovery document does not "
                              "list the grant %1.")
                               .arg(OAuthApi::GrantCiba));
        return;
    }
    PlaygroundStep &step = m_steps[index];
    m_bindingMessage = m_scenario.bindingMessage;
    if (m_bindingMessage.isEmpty())
        m_bindingMessage =
            tr("Playground check %1").arg(QRandomGenerator::global()->bounded(1000, 10000));
    QUrlQuery form;
    form.addQueryItem(u"login_hint"_s, m_scenario.user);
    form.addQueryItem(u"scope"_s, step.requestedScopes.join(u' '));
    if (!step.audience.isEmpty())
        form.addQueryItem(u"resource"_s, step.audience);
    form.addQueryItem(u"binding_message"_s, m_bindingMessage);
    const int generation = m_generation;
    OAuthErrorContext context{OAuthErrorContext::Request::BackchannelAuthorize,
                              step.agent,
                              step.audience,
                              step.requestedScopes,
                              {},
                              m_scenario.user,
                              OAuthApi::GrantCiba};
    m_oauth.backchannelAuthorize(authFor(step.agent), form)
        .then(this, [this, index, generation, context](const Result<BackchannelAuthentication> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                failFromError(index, r.error, context);
                return;
            }
            m_authReqId = r.value.authReqId;
            PlaygroundStep &s = m_steps[index];
            s.summary = tr("Sent to %1 with the binding message “%2”; expires in %3, poll every "
                           "%4.")
                            .arg(m_scenario.user, m_bindingMessage, countdown(r.value.expiresIn),
                                 countdown(r.value.interval));
            s.detail = tr("The user sees “%1” on the device that approves: this console's Inbox "
                          "when signed in as %2, or another device.")
                           .arg(m_bindingMessage, m_scenario.user);
            if (index + 1 < m_steps.size()) {
                PlaygroundStep &poll = m_steps[index + 1];
                poll.pollIntervalSeconds = r.value.interval;
                poll.expiresAt = QDateTime::currentDateTimeUtc().addSecs(r.value.expiresIn);
            }
            completeStep(index, PlaygroundStep::Status::Succeeded);
        });
}

void FlowRunner::schedulePoll(int index, int seconds)
{
    PlaygroundStep &step = m_steps[index];
    step.status = PlaygroundStep::Status::Waiting;
    step.pollIntervalSeconds = qMax(1, seconds);
    step.nextPollAt = QDateTime::currentDateTimeUtc().addSecs(step.pollIntervalSeconds);
    m_pollTimer.start(step.pollIntervalSeconds * 1000 + PollMarginMs);
    m_ticker.start();
    tick();
}

void FlowRunner::tick()
{
    if (!m_running || m_current < 0 || m_current >= m_steps.size())
        return;
    PlaygroundStep &step = m_steps[m_current];
    if (step.kind != PlaygroundStep::Kind::CibaPoll ||
        step.status != PlaygroundStep::Status::Waiting)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString next =
        step.nextPollAt.isValid()
            ? tr("next poll in %1").arg(countdown((now.msecsTo(step.nextPollAt) + 999) / 1000))
            : tr("polling now");
    step.summary =
        tr("Waiting for %1 to approve “%2” — %3 · the request expires in %4 · "
           "polling every %5")
            .arg(m_scenario.user, m_bindingMessage, next, countdown(now.secsTo(step.expiresAt)),
                 countdown(step.pollIntervalSeconds));
    update(m_current);
}

void FlowRunner::poll(int index)
{
    if (!m_running || index < 0 || index >= m_steps.size())
        return;
    PlaygroundStep &step = m_steps[index];
    step.nextPollAt = {};
    tick();
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, OAuthApi::GrantCiba);
    form.addQueryItem(u"auth_req_id"_s, m_authReqId);
    const int generation = m_generation;
    OAuthErrorContext context{OAuthErrorContext::Request::CibaPoll,
                              step.agent,
                              step.audience,
                              step.requestedScopes,
                              {},
                              m_scenario.user,
                              OAuthApi::GrantCiba};
    m_oauth.token(authFor(step.agent), form)
        .then(this, [this, index, generation, context](const Result<TokenResponse> &r) {
            if (generation != m_generation)
                return;
            PlaygroundStep &s = m_steps[index];
            if (r.ok()) {
                m_ticker.stop();
                takeToken(s, r.value.accessToken, r.value.scope);
                completeStep(index, judgeScopes(s, {}));
                return;
            }
            if (r.error.code == "authorization_pending"_L1) {
                schedulePoll(index, s.pollIntervalSeconds);
                return;
            }
            if (r.error.code == "slow_down"_L1) {
                // CIBA §11 / RFC 8628 §3.5: wait 5 seconds longer from now on.
                s.explanation = OAuthErrorText::explain(r.error.code, r.error.message, context);
                schedulePoll(index, s.pollIntervalSeconds + 5);
                return;
            }
            m_ticker.stop();
            failFromError(index, r.error, context);
        });
}

// --- token exchange --------------------------------------------------------------------------

void FlowRunner::runExchange(int index)
{
    if (!grantAnnounced(OAuthApi::GrantTokenExchange)) {
        unsupported(index, tr("The server does not support token exchange (RFC 8693): its "
                              "discovery document does not list %1.")
                               .arg(OAuthApi::GrantTokenExchange));
        return;
    }
    const int parent = previousTokenStep(index);
    if (parent < 0) {
        m_steps[index].summary = tr("There is no token to exchange.");
        completeStep(index, PlaygroundStep::Status::Failed);
        return;
    }
    const PlaygroundStep &step = m_steps.at(index);
    const QStringList parentScopes = m_steps.at(parent).grantedScopes;
    const int parentDepth = m_steps.at(parent).actDepth;
    const int generation = m_generation;
    OAuthErrorContext context{OAuthErrorContext::Request::TokenExchange,
                              step.agent,
                              step.audience,
                              step.requestedScopes,
                              parentScopes,
                              {},
                              OAuthApi::GrantTokenExchange};
    m_oauth
        .tokenExchange(authFor(step.agent), m_steps.at(parent).token, step.requestedScopes,
                       step.audience)
        .then(this, [this, index, generation, context, parentScopes,
                     parentDepth](const Result<TokenResponse> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                failFromError(index, r.error, context);
                return;
            }
            PlaygroundStep &s = m_steps[index];
            takeToken(s, r.value.accessToken, r.value.scope);
            PlaygroundStep::Status status = judgeScopes(s, parentScopes);
            if (s.actDepth != parentDepth + 1) {
                const QString note =
                    tr("The actor chain did not grow by one: the parent had depth %1, this token "
                       "has %2 (a real ThunderID builds act only from an actor_token).")
                        .arg(parentDepth)
                        .arg(s.actDepth);
                s.explanation =
                    s.explanation.isEmpty() ? note : QString(s.explanation + u' ' + note);
            }
            completeStep(index, status);
        });
}

// --- audience locking --------------------------------------------------------------------------

void FlowRunner::runAudienceCheck(int index)
{
    const int parent = previousTokenStep(index);
    PlaygroundStep &step = m_steps[index];
    if (parent < 0) {
        step.summary = tr("There is no token to present.");
        completeStep(index, PlaygroundStep::Status::Failed);
        return;
    }
    if (!hasSecret(step.agent)) {
        unsupported(index, tr("Introspection needs an agent's credentials; this run has none."));
        return;
    }
    const int generation = m_generation;
    const QString token = m_steps.at(parent).token;
    OAuthErrorContext context{
        OAuthErrorContext::Request::Introspection, step.agent, step.audience, {}, {}, {}, {}};
    m_oauth.introspect(authFor(step.agent), token, u"access_token"_s)
        .then(this, [this, index, generation, context](const Result<Introspection> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                failFromError(index, r.error, context);
                return;
            }
            PlaygroundStep &s = m_steps[index];
            QStringList aud = r.value.aud;
            if (aud.isEmpty() && !r.value.raw.value("aud"_L1).isUndefined())
                aud = audiences(r.value.raw.value("aud"_L1));
            if (!r.value.active) {
                s.summary = tr("Refused: the server's introspection says the token is not "
                               "active.");
                completeStep(index, PlaygroundStep::Status::Refused);
                return;
            }
            if (aud.contains(s.audience)) {
                s.summary =
                    tr("Accepted: the token is active and its audience names %1.").arg(s.audience);
                completeStep(index, PlaygroundStep::Status::Succeeded);
                return;
            }
            s.summary = tr("Refused: the token is locked to %1, not %2.")
                            .arg(aud.isEmpty() ? tr("no audience") : aud.join(u", "_s), s.audience);
            s.explanation =
                tr("The server's introspection says the token is active for audience %1. A "
                   "resource server accepts only tokens whose aud names it (RFC 8707, RFC 9068 "
                   "§4), so %2 refuses this one: a token obtained for one resource server cannot "
                   "be replayed at another.")
                    .arg(aud.join(u", "_s), s.audience);
            completeStep(index, PlaygroundStep::Status::Refused);
        });
}

} // namespace tid::core
