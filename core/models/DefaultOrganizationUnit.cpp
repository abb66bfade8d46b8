#include "core/models/DefaultOrganizationUnit.h"

#include "core/api/AdminApi.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

DefaultOrganizationUnit::DefaultOrganizationUnit(const AdminApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void DefaultOrganizationUnit::get(const QObject *context, Callback done)
{
    QPointer<const QObject> guard(context);
    if (!m_ouId.isEmpty()) {
        QTimer::singleShot(0, this, [this, guard, done] {
            if (guard)
                done(m_ouId, {});
        });
        return;
    }
    if (!m_api) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done({}, ApiError::make(ApiError::Kind::Usage, tr("Not connected.")));
        });
        return;
    }
    m_api->listOrganizationUnits(PageRequest::window(1))
        .then(this, [this, guard, done](const Result<Page<OrganizationUnit>> &r) {
            if (r.ok() && !r.value.items.isEmpty())
                m_ouId = r.value.items.first().id;
            if (!guard)
                return;
            if (!r.ok())
                done({}, r.error);
            else if (m_ouId.isEmpty())
                done({}, ApiError::make(ApiError::Kind::Usage,
                                        tr("The server has no organization unit to put new "
                                           "items in.")));
            else
                done(m_ouId, {});
        });
}

} // namespace tid::core
