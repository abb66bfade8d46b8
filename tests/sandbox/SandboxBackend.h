#pragma once

// Where the authorization tests send their requests: an in-process harness (routing and
// handlers through HttpServer::dispatch, SQL access for states the API cannot make) or, over
// real HTTP, a thunderid-sandbox child process with an admin token.

#include "AuthzHarness.h"

#include <memory>
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
    // Creates an agent (through POST /agents over HTTP) and returns its id.
    virtual QString createAgent(const QString &name) = 0;

    static std::vector<Kind> kinds() { return {Kind::InProcess}; }
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

inline std::unique_ptr<SandboxBackend> SandboxBackend::create(Kind kind, QString *error)
{
    if (kind == Kind::InProcess) {
        auto backend = std::make_unique<InProcessBackend>();
        if (!backend->init(error))
            return nullptr;
        return backend;
    }
    *error = QStringLiteral("HTTP backend not available");
    return nullptr;
}

} // namespace tid::test
