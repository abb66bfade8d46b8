#pragma once

#include "core/api/ApiError.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tid::core {

class AdminApi;

// Creating resource servers, roles and agents needs an `ouId`. The console puts new items in
// the server's first organization unit (ThunderID bootstraps `default`), looked up once.
class DefaultOrganizationUnit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultOrganizationUnit)

public:
    using Callback = std::function<void(const QString &ouId, const ApiError &error)>;

    explicit DefaultOrganizationUnit(const AdminApi *api, QObject *parent = nullptr);

    QString cached() const { return m_ouId; }
    // Answers from the cache at once (still from the event loop), or after one lookup.
    void get(const QObject *context, Callback done);

private:
    const AdminApi *const m_api;
    QString m_ouId;
};

} // namespace tid::core
