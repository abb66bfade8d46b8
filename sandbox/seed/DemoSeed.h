#pragma once

#include <QJsonArray>
#include <QString>

namespace tid::sandbox {

class Database;

// Demo and benchmark data, written straight into the shared tables in one transaction each
// (CoreSchema is the contract; rows look exactly like the ones the admin modules write).
class DemoSeed final
{
public:
    // The client secret of every demo agent, and the password of every demo user. Demo data on a
    // loopback sandbox: documented in docs/sandbox.md, stored only as salted PBKDF2 hashes.
    static inline const QString DemoAgentSecret = QStringLiteral("demo-agent-secret");
    static inline const QString DemoUserPassword = QStringLiteral("demo-password");
    // The client secret of every generated benchmark agent (--seed-agents).
    static inline const QString BenchAgentSecret = QStringLiteral("bench-agent-secret");

    static constexpr int ResourceServers = 4;
    static constexpr int Roles = 6;
    static constexpr int Agents = 40;
    static constexpr int Users = 25;
    static constexpr int Groups = 4;

    // True when the store holds nothing but the bootstrap rows (no agents, and no users, groups,
    // roles or resource servers besides ThunderID's bootstrap ones).
    static bool isEmptyStore(Database &db);

    // The demo users as {"username", "name"} objects, for the ready line of a `--seed demo`
    // sandbox: the console offers "Sign in as a demo user…" with them.
    static QJsonArray demoUsers();

    // `--seed demo`: a living organisation (4 resource servers with nested resources and actions,
    // 6 roles, 40 agents across autonomous/interactive/hybrid, 25 users, 4 groups, assignments).
    // Runs only on an empty store; *seeded says whether it did. Needs the bootstrap rows.
    static bool seedDemo(Database &db, bool *seeded, QString *error);

    // `--seed-agents N`: makes sure N generated benchmark agents ("bench-agent-000001", ...)
    // exist, adding only the missing ones, with batched prepared inserts in one transaction.
    // *added is the number written.
    static bool seedAgents(Database &db, int count, int *added, QString *error);
};

} // namespace tid::sandbox
