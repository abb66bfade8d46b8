#include "core/token/AdminPrincipalLookup.h"

#include "core/api/AdminApi.h"

namespace tid::core {

namespace {

using Done = ActorNameResolver::Done;
using Entry = ActorNameResolver::Entry;

void tryApplication(const AdminApi *api, QObject *context, const QString &id, Done done)
{
    api->getApplication(id).then(context, [done](const Result<Application> &r) {
        done(r.ok() ? Entry{r.value.name, PrincipalKind::Agent} : Entry{});
    });
}

void tryUser(const AdminApi *api, QObject *context, const QString &id, Done done)
{
    api->getUser(id).then(context, [api, context, id, done](const Result<User> &r) {
        if (r.ok()) {
            done({r.value.displayName(), PrincipalKind::User});
            return;
        }
        if (!r.error.isNotFound()) {
            done({});
            return;
        }
        tryApplication(api, context, id, done);
    });
}

} // namespace

ActorNameResolver::Lookup AdminPrincipalLookup::make(const AdminApi *api, QObject *context,
                                                     const QString &issuer)
{
    QPointer<QObject> guard(context);
    return [api, guard, issuer](const QString &sub, const QString &iss, Done done) {
        if (!guard || !api || (!iss.isEmpty() && !issuer.isEmpty() && iss != issuer)) {
            done({});
            return;
        }
        QObject *context = guard.data();
        api->getAgent(sub).then(context, [api, context, sub, done](const Result<Agent> &r) {
            if (r.ok()) {
                done({r.value.name, PrincipalKind::Agent});
                return;
            }
            if (!r.error.isNotFound()) {
                done({});
                return;
            }
            tryUser(api, context, sub, done);
        });
    };
}

} // namespace tid::core
