#pragma once

// An in-process sandbox holding only the modules of the authorization model (core schema,
// resource servers, roles) on an in-memory SQLite store. Requests go through the real
// HttpServer::dispatch (routing, content type, body limit, handlers) without a socket, so the
// tests can also reach states the API cannot create (read-only rows, raw group memberships).

#include "sandbox/Bootstrap.h"
#include "sandbox/admin/ResourceServerModule.h"
#include "sandbox/admin/RoleModule.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/store/CoreSchema.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace tid::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

class AuthzHarness final
{
public:
    AuthzHarness()
        : m_db(QString())
        , m_rs(m_db)
        , m_roles(m_db)
    {}

    // Migrates, inserts what the identity modules would bootstrap (default OU, admin user,
    // Administrators group with the admin user) and runs the authorization bootstrap.
    bool init(QString *error)
    {
        if (!m_db.open(error))
            return false;
        for (tid::sandbox::Module *module :
             std::initializer_list<tid::sandbox::Module *>{&m_core, &m_rs, &m_roles}) {
            if (!m_db.migrate(module->name(), module->migrations(), error))
                return false;
            module->registerRoutes(m_http.router());
        }
        using namespace tid::sandbox::bootstrap;
        const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
        exec(QStringLiteral("INSERT INTO organization_units(id, handle, name, created_at) "
                            "VALUES('%1', 'default', 'Default', '%2')")
                 .arg(DefaultOuId, now));
        exec(QStringLiteral("INSERT INTO users(id, ou_id, username, created_at) "
                            "VALUES('%1', '%2', 'admin', '%3')")
                 .arg(AdminUserId, DefaultOuId, now));
        exec(QStringLiteral("INSERT INTO groups(id, ou_id, name, created_at) "
                            "VALUES('%1', '%2', 'Administrators', '%3')")
                 .arg(AdministratorsGroupId, DefaultOuId, now));
        exec(QStringLiteral("INSERT INTO group_members(group_id, member_id, member_type) "
                            "VALUES('%1', '%2', 'user')")
                 .arg(AdministratorsGroupId, AdminUserId));
        exec(QStringLiteral("INSERT INTO applications(id, ou_id, name, client_id, created_at, "
                            "updated_at) VALUES('%1', '%2', 'Sandbox Admin', 'sandbox-admin', "
                            "'%3', '%3')")
                 .arg(AdminAppId, DefaultOuId, now));
        return m_db.transaction([&] { return m_rs.bootstrap(error) && m_roles.bootstrap(error); });
    }

    // An agent row as the agents module would store it (only the columns roles look at).
    QString createAgent(const QString &name)
    {
        static int counter = 0;
        const QString id = QStringLiteral("01900000-0000-7000-8000-%1")
                               .arg(0xa000 + ++counter, 12, 16, QLatin1Char('0'));
        exec(QStringLiteral("INSERT INTO agents(id, ou_id, name, type, created_at, updated_at) "
                            "VALUES('%1', '%2', '%3', '%4', 'now', 'now')")
                 .arg(id, tid::sandbox::bootstrap::DefaultOuId, name,
                      tid::sandbox::bootstrap::DefaultAgentTypeId));
        return id;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db.db());
        if (!q.exec(sql)) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        // A write past tid::sandbox::Sql: what the store remembers (Database::memo) is stale now.
        tid::sandbox::Sql::invalidate();
        return true;
    }

    int scalar(const QString &sql)
    {
        QSqlQuery q(m_db.db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Reply call(const QString &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &contentType = "application/json")
    {
        tid::sandbox::Request r;
        r.method = method;
        const QUrl url(QStringLiteral("http://sandbox") + pathAndQuery);
        r.path = url.path(QUrl::FullyDecoded);
        r.query = QUrlQuery(url);
        r.body = body;
        if (!body.isEmpty())
            r.headers.append({"Content-Type", contentType});
        const tid::sandbox::Response response = m_http.dispatch(r);
        return Reply{response.status, response.body, response.headers};
    }
    Reply call(const QString &method, const QString &path, const QJsonObject &body)
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    tid::sandbox::Database &db() { return m_db; }

private:
    tid::sandbox::Database m_db;
    tid::sandbox::CoreSchema m_core;
    tid::sandbox::ResourceServerModule m_rs;
    tid::sandbox::RoleModule m_roles;
    tid::sandbox::HttpServer m_http;
};

} // namespace tid::test
