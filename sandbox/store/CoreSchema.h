#pragma once

#include "sandbox/Room.h"

namespace tid::sandbox {

// The shared tables of ThunderID's entity model. They are the contract between rooms: the
// identity rooms (OUs, users, groups, applications, agents), the authorization rooms (resource
// servers, roles) and the OAuth rooms read and write them. Add columns only with a new step.
//
// Conventions: ids are UUID strings; `created_at`/`updated_at` are ISO 8601 UTC strings;
// `extra` columns hold the entity's remaining JSON fields verbatim (compact JSON object).
class CoreSchema final : public Room
{
public:
    QString name() const override { return QStringLiteral("core"); }
    QStringList migrations() const override;
    void registerRoutes(Router &) override {}
};

} // namespace tid::sandbox
