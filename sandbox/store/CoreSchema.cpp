#include "sandbox/store/CoreSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QStringList CoreSchema::migrations() const
{
    return {
        // 1: the entity model
        uR"(CREATE TABLE organization_units (
    id TEXT PRIMARY KEY,
    handle TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    parent_id TEXT REFERENCES organization_units(id),
    is_read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ou_handle_per_parent ON organization_units(IFNULL(parent_id, ''), handle);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    ou_id TEXT NOT NULL REFERENCES organization_units(id),
    type TEXT NOT NULL DEFAULT 'Person',
    username TEXT NOT NULL UNIQUE,
    attributes TEXT NOT NULL DEFAULT '{}',
    password_hash TEXT,
    is_read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    ou_id TEXT NOT NULL REFERENCES organization_units(id),
    name TEXT NOT NULL,
    description TEXT,
    is_read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (ou_id, name)
);
CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    member_id TEXT NOT NULL,
    member_type TEXT NOT NULL CHECK (member_type IN ('user', 'group', 'app', 'agent')),
    PRIMARY KEY (group_id, member_id, member_type)
);
CREATE INDEX group_members_member ON group_members(member_id);
CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    ou_id TEXT NOT NULL REFERENCES organization_units(id),
    name TEXT NOT NULL UNIQUE,
    client_id TEXT UNIQUE,
    extra TEXT NOT NULL DEFAULT '{}',
    is_read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    ou_id TEXT NOT NULL REFERENCES organization_units(id),
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    owner TEXT,
    client_id TEXT UNIQUE,
    extra TEXT NOT NULL DEFAULT '{}',
    is_read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE client_secrets (
    id TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('app', 'agent')),
    secret_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX client_secrets_entity ON client_secrets(entity_id);
CREATE TABLE resource_servers (
    id TEXT PRIMARY KEY,
    ou_id TEXT NOT NULL REFERENCES organization_units(id),
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    identifier TEXT UNIQUE,
    type TEXT NOT NULL DEFAULT 'API',
    delimiter TEXT NOT NULL DEFAULT ':',
    is_read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE resources (
    id TEXT PRIMARY KEY,
    resource_server_id TEXT NOT NULL REFERENCES resource_servers(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES resources(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    handle TEXT NOT NULL,
    description TEXT,
    permission TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX resources_handle ON resources(resource_server_id, IFNULL(parent_id, ''), handle);
CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    resource_server_id TEXT NOT NULL REFERENCES resource_servers(id) ON DELETE CASCADE,
    resource_id TEXT REFERENCES resources(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    handle TEXT NOT NULL,
    description TEXT,
    permission TEXT NOT NULL,
    extra TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX actions_handle ON actions(resource_server_id, IFNULL(resource_id, ''), handle);
CREATE INDEX actions_permission ON actions(resource_server_id, permission);
CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    ou_id TEXT NOT NULL REFERENCES organization_units(id),
    name TEXT NOT NULL,
    description TEXT,
    is_read_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (ou_id, name)
);
CREATE TABLE role_permissions (
    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    resource_server_id TEXT NOT NULL REFERENCES resource_servers(id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role_id, resource_server_id, permission)
);
CREATE TABLE role_assignments (
    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    assignee_id TEXT NOT NULL,
    assignee_type TEXT NOT NULL CHECK (assignee_type IN ('user', 'group', 'app', 'agent')),
    PRIMARY KEY (role_id, assignee_id, assignee_type)
);
CREATE INDEX role_assignments_assignee ON role_assignments(assignee_id))"_s,
    };
}

} // namespace tid::sandbox
