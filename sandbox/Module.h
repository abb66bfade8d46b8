#pragma once

#include <QString>
#include <QStringList>

namespace tid::sandbox {

class Router;

// A module owns one concern of the sandbox (organisation units, resource servers, roles, agents,
// oauth, ciba, audit, ...): its tables (forward migrations under its own module name in
// schema_version), its routes, and its bootstrap rows.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString name() const = 0;           // schema module name, e.g. "admin.roles"
    virtual QStringList migrations() const = 0; // ordered; never edit a shipped step
    virtual void registerRoutes(Router &router) = 0;
    // Called once after every module is migrated, inside a transaction; idempotent.
    virtual bool bootstrap(QString *error)
    {
        Q_UNUSED(error);
        return true;
    }
};

} // namespace tid::sandbox
