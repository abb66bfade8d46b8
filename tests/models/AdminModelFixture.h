#pragma once

// Shared set-up for the admin model and pane tests: a real thunderid-sandbox child process
// (demo data unless told otherwise), an ApiClient with an admin token, and the AdminApi and
// extension API over it. Everything goes over real HTTP on loopback.

#include "../common/SandboxProcess.h"
#include "../common/TestHttp.h"

#include "core/api/AdminApi.h"
#include "core/api/AdminExtensionsApi.h"
#include "core/api/ApiClient.h"
#include "core/api/ServerApis.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace tid::test {

class AdminModelFixture
{
public:
    // `quiet`: no request log; without it, writes() counts the requests the sandbox answered.
    explicit AdminModelFixture(const QString &seed = QStringLiteral("demo"),
                               QStringList extraArgs = {}, bool quiet = true)
    {
        SandboxProcess::Options options;
        options.seed = seed;
        options.extraArgs = std::move(extraArgs);
        if (quiet)
            options.extraArgs << QStringLiteral("--quiet");
        sandbox = std::make_unique<SandboxProcess>(options);
    }

    bool start(QString *error)
    {
        if (!sandbox->start()) {
            *error = sandbox->errorString();
            return false;
        }
        token = sandbox->adminToken();
        if (token.isEmpty()) {
            *error = sandbox->errorString();
            return false;
        }
        client = std::make_unique<core::ApiClient>();
        client->setBaseUrl(sandbox->baseUrl());
        client->setBearerToken(token);
        client->setTimeout(20000);
        admin = std::make_unique<core::AdminApi>(client.get());
        extensions = std::make_unique<core::AdminExtensionsApi>(client.get());
        apis = std::make_unique<core::ServerApis>(client.get()); // what the panes take
        http.setBaseUrl(sandbox->baseUrl());
        http.setBearer(token);
        return true;
    }

    // Requests with this method the sandbox has logged so far (needs quiet = false).
    int requestsLogged(const QByteArray &method)
    {
        int n = 0;
        for (const QByteArray &line : sandbox->stderrOutput().split('\n')) {
            if (line.startsWith(QByteArray(method + ' ')))
                ++n;
        }
        return n;
    }
    int writesLogged()
    {
        return requestsLogged("POST") + requestsLogged("PUT") + requestsLogged("DELETE");
    }

    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<core::ApiClient> client;
    std::unique_ptr<core::AdminApi> admin;
    std::unique_ptr<core::AdminExtensionsApi> extensions;
    std::unique_ptr<core::ServerApis> apis;
    TestHttp http;
    QString token;
};

// Rows of column `column` (DisplayRole) under `parent`, for readable comparisons.
inline QStringList columnTexts(const QAbstractItemModel *m, int column = 0,
                               const QModelIndex &parent = {}, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(parent); ++r)
        out << m->index(r, column, parent).data(role).toString();
    return out;
}

} // namespace tid::test
