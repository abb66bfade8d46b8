#pragma once

#include <Qt>

namespace tid::core {

// Item data roles shared by the admin models (core/models). DisplayRole is formatted text for
// people; RawRole holds the value itself (string, list, date, enum as int); SortRole is what the
// proxies sort by; IdRole is the entity id of the row.
enum ModelRole : int
{
    RawRole = Qt::UserRole + 1,
    SortRole,
    IdRole,
    KindRole,       // model-specific enum as int (agent kind, node kind, entity type, status)
    PermissionRole, // a full permission (scope) string
    ResourceServerIdRole,
    DetailLoadedRole, // bool: the row's detail (GET by id) has arrived
    FirstCustomRole = Qt::UserRole + 64,
};

} // namespace tid::core
