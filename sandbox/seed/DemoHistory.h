#pragma once

#include <QString>

namespace tid::sandbox {

class AuditLog;
class ConsentModule;
class Database;

// A week of token history on top of DemoSeed's organisation (`--seed demo`): agents' own
// client_credentials tokens, users signing in to interactive agents (consents recorded,
// refreshes), exchange chains of depth 1–4 between the hybrid agents with the act chain and
// parent jtis, CIBA requests that were approved, denied or left to expire, introspections,
// revocations, failures, one rotated credential (the rotated agent's new secret is again the
// documented demo secret), one revoked credential, revoked consents and administrator changes.
// At least MinimumEvents audit events, written in time order in one transaction with prepared
// statements; deterministic (fixed random seed) apart from ids and the current time.
class DemoHistory final
{
public:
    static constexpr int MinimumEvents = 5000;
    static constexpr int Days = 7;
    // The demo agent whose credential history ends in a revocation (it has no working secret).
    static inline const QString RevokedAgentClientId = QStringLiteral("crm-hygiene-bot");
    // The demo agent whose secret was rotated (still "demo-agent-secret").
    static inline const QString RotatedAgentClientId = QStringLiteral("invoice-generator");

    // Runs only after DemoSeed::seedDemo seeded an empty store. *events = audit events written.
    // `issuer` is the sandbox's, for the `iss` of the act claims of exchanged tokens.
    static bool seed(Database &db, AuditLog &audit, ConsentModule &consents, const QString &issuer,
                     int *events, QString *error);
};

} // namespace tid::sandbox
