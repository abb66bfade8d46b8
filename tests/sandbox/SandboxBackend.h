#pragma once

// Where the authorization tests send their requests: an in-process harness (routing and
// handlers through HttpServer::dispatch, SQL access for states the API cannot make) or, over
// real HTTP, a thunderid-sandbox child process with an admin token.

#include "AuthzHarness.h"

#include "tests/common/SandboxProcess.h"
#include "tests/common/TestHttp.h"

#include <memory>
#include <optional>
#include <vector>

namespace tid::test {

class SandboxBackend
{
public:
    enum class Kind
    {
        InProcess,
        Http
    };

    virtual ~SandboxBackend() = default;
    virtual Reply call(const QString &method, const QString &pathAndQuery,
                       const QByteArray &body = {},
                       const QByteArray &contentType = "application/json") = 0;
    Reply call(const QString &method, const QString &path, const QJsonObject &body)
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // The in-process harness, or nullptr over HTTP.
    virtual AuthzHarness *harness() { return nullptr; }
    // The same request without a bearer token (over HTTP only; nullopt in-process, where no
    // authenticator is installed).
    virtual std::optional<Reply> callWithoutToken(const QString &, const QString &)
    {
        return std::nullopt;
    }
    // Creates an agent (through POST /agents over HTTP) and returns its id.
    virtual QString createAgent(const QString &name) = 0;

    static std::vector<Kind> kinds() { return {Kind::InProcess, Kind::Http}; }
    static std::unique_ptr<SandboxBackend> create(Kind kind, QString *error);
};

class InProcessBackend final : public SandboxBackend
{
public:
    bool init(QString *error) { return m_harness.init(error); }
    Reply call(const QString &method, const QString &pathAndQuery, const QByteArray &body,
               const QByteArray &contentType) override
    {
        return m_harness.call(method, pathAndQuery, body, contentType);
    }
    using SandboxBackend::call;
    AuthzHarness *harness() override { return &m_harness; }
    QString createAgent(const QString &name) override { return m_harness.createAgent(name); }

private:
    AuthzHarness m_harness;
};

// A thunderid-sandbox child process (in memory, free port) with an admin bearer token.
class HttpBackend final : public SandboxBackend
{
public:
    explicit HttpBackend(SandboxProcess::Options options = {})
        : m_process(std::move(options))
    {}

    bool init(QString *error)
    {
        if (!m_process.start()) {
            *error = m_process.errorString();
            return false;
        }
        const QString token = m_process.adminToken();
        if (token.isEmpty()) {
            *error = m_process.errorString();
            return false;
        }
        m_http.setBaseUrl(m_process.baseUrl());
        m_http.setBearer(token);
        return true;
    }
    Reply call(const QString &method, const QString &pathAndQuery, const QByteArray &body,
               const QByteArray &contentType) override
    {
        const TestHttp::Reply r = m_http.send(method.toLatin1(), pathAndQuery, body,
                                              body.isEmpty() ? QByteArray() : contentType);
        return Reply{r.status, r.body, r.headers};
    }
    using SandboxBackend::call;
    QString createAgent(const QString &name) override
    {
        const Reply r =
            call(QStringLiteral("POST"), QStringLiteral("/agents"),
                 QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("type"), QStringLiteral("default")},
                             {QStringLiteral("ouId"), tid::sandbox::bootstrap::DefaultOuId}});
        if (r.status != 201)
            qWarning("POST /agents failed: %d %s", r.status, r.body.constData());
        return r.json().value(QStringLiteral("id")).toString();
    }
    std::optional<Reply> callWithoutToken(const QString &method, const QString &path) override
    {
        TestHttp anonymous(m_process.baseUrl());
        const TestHttp::Reply r = anonymous.send(method.toLatin1(), path);
        return Reply{r.status, r.body, r.headers};
    }
    SandboxProcess &process() { return m_process; }

private:
    SandboxProcess m_process;
    TestHttp m_http;
};

inline std::unique_ptr<SandboxBackend> SandboxBackend::create(Kind kind, QString *error)
{
    if (kind == Kind::InProcess) {
        auto backend = std::make_unique<InProcessBackend>();
        if (!backend->init(error))
            return nullptr;
        return backend;
    }
    auto backend = std::make_unique<HttpBackend>();
    if (!backend->init(error))
        return nullptr;
    return backend;
}

} // namespace tid::test
