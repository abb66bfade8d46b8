#pragma once

#include "sandbox/Module.h"

namespace tid::sandbox {

// The shared tables of ThunderID's entity model. They are the contract between modules: the
// identity modules (OUs, users, groups, applications, agents), the authorization modules (resource
// servers, roles) and the OAuth modules read and write them. Add columns only with a new step.
//
// Conventions: ids are UUID strings; `created_at`/`updated_at` are ISO 8601 UTC strings;
// `extra` columns hold the entity's remaining JSON fields verbatim (compact JSON object).
class CoreSchema final : public Module
{
public:
    QString name() const override { return QStringLiteral("core"); }
    QStringList migrations() const override;
    void registerRoutes(Router &) override {}
};

} // namespace tid::sandbox
