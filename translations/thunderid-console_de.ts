<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HistoryFollower</name>
    <message>
        <source>Cannot follow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced by a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>imported %1, duplicates %2, malformed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, joined to audit events %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for ThunderID: resource servers, scopes, roles, agents and their tokens.

  thunderid-console --sandbox          try it against a local sandbox (also the
                                       default until a profile is saved)
  thunderid-console --server URL [--profile NAME]   browser sign-in (CONSOLE)
  thunderid-console --server URL --client-id ID [--profile NAME]
  thunderid-console inspect TOKEN      the command-line token inspector

The client secret of --server comes from the keychain entry of the profile, or from the environment variable THUNDERID_CLIENT_SECRET (which is then stored in the keychain when --profile is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local thunderid-sandbox with demo data and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sandbox: serve HTTPS and pin the sandbox&apos;s self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of a ThunderID server, e.g. https://localhost:8090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile to use (or to save, with --server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id of an admin application (client credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only the server certificate with this SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret: set THUNDERID_CLIENT_SECRET, or use --profile with a secret stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::app</name>
    <message>
        <source>Usage: thunderid-console history import [--db PATH] FILE|DIR...
       thunderid-console history sync [--db PATH] --profile NAME
       thunderid-console history sync [--db PATH] --server URL --client-id ID [--tls-pin SHA256]
       thunderid-console history query [--db PATH] [--format table|csv|jsonl] [--count] [FILTER]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more malformed lines
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid filter at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is table, csv or jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history database at %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs --profile NAME or --server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile signs in through the browser and has no stored session: open the console once to sign in.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the audit-events extension; import its observability file instead (history import).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>synced %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
synced: fetched %1, new %2 (server total %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret: set THUNDERID_CLIENT_SECRET.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret for “%1” in the keychain: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token history without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database (default: the active profile&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: table, csv or jsonl (each event&apos;s original JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: print only the number of matching events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: the server&apos;s base URL (with --client-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: an admin application&apos;s client id; the secret from THUNDERID_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: trust only this SHA-256 certificate fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, sync or query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query takes one filter (quote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::ActorChainModel</name>
    <message>
        <source>(no sub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (no delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (token issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: the principal the token is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current actor: the party using the token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior actor: acted earlier in the delegation chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: agent or application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: unknown (not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::AgentsModel</name>
    <message>
        <source>Autonomous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as itself (client credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts for a user (authorization code or CIBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as itself and for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot obtain tokens: no OAuth profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::AuditSync</name>
    <message>
        <source>No server or history store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit sync paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit sync paused: the server&apos;s answer is not an audit-event list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::BrowserAuthenticator</name>
    <message>
        <source>No sign-in arrived from the browser in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the sign-in request for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer was issued by %1, not by %2; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s answer carries no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Sign-in failed&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can close this window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Signed in&lt;/h1&gt;&lt;p&gt;You can close this window and return to the console.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired and there is no refresh token: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired (%1): sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::CibaRequestsModel</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(OpenID only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::ClaimsModel</name>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1 member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1 members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOSE header: how the token is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: what the token says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::ConsentsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(OpenID only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring (grace period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires / revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::DefaultOrganizationUnit</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no organization unit to put new items in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::EntityPickerModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::FindingsModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::FormRules</name>
    <message>
        <source>The handle is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle may contain only letters, digits and . _ : - /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle cannot contain the delimiter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::HistoryEvent</name>
    <message>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“timestamp” is missing or not an RFC 3339 instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data” is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit event without “id” or “type”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1: “timestamp” is not an RFC 3339 instant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::HistoryEventsModel</name>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::HistoryFacetsModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to add “%2” to the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::HistoryFilter</name>
    <message>
        <source>The quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“policy:” filters need chain policies, which this version does not evaluate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key “%1”. Keys: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only depth compares with &lt;, &lt;=, &gt; and &gt;=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome is success, failure or in_progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source is file or api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth is a whole number (0: no actor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time: use 2026-11-30, 2026-11-30T08:00:00Z or 24h, 7d, 30m.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::HistoryImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary file, not ThunderID&apos;s observability events (JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array; ThunderID&apos;s events file has one JSON object per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line is a ThunderID event (first problem, line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::JwksFetcher</name>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a discovery document pointing to another discovery document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document at %1 has an invalid jwks_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a JWK Set nor a discovery document with a jwks_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set at %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not deliver a key set within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::LineReader</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::LocalSandbox</name>
    <message>
        <source>the sandbox did not report ready within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thunderid-sandbox was not found next to the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox reported an invalid base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox crashed before it was ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox exited with code %1 before it was ready%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::PermissionMatrixModel</name>
    <message>
        <source>Resource server %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grants %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::ResourceServersModel</name>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::RoleAssignmentsModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::RolesModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::ScopeHoldersModel</name>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 (role %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role (grants it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent (holds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::ScopesModel</name>
    <message>
        <source>Resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource server %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission (scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::Session</name>
    <message>
        <source>Reading server metadata from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1, but the token does not carry the `system` scope: the application needs the Administrator role (or membership of the Administrators group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::core::SqliteHistoryBackend</name>
    <message>
        <source>history database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 has schema version %2, newer than this console knows (%3). Use a newer console or another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many timeline intervals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::AdminPane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server (%1). Nothing was changed; your input is kept — try again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Nothing is known to have changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the input: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid and could not be renewed%1. Reconnect to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1%2. The signed-in client needs the “system” permission, and read-only (declarative) items cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1%2. Someone may have deleted it; press F5 to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1%2. Another item already uses this name, identifier or handle, or the item changed on the server. Nothing was saved; change the value and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::AgentWizard</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the agent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine identity with a person accountable for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice Reconciler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the signed-in administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person accountable for the agent. It grants them no rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does it act?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind presets the grant types; adjust them if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autonomous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as itself with client credentials (scheduled jobs, pipelines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts for a signed-in user: authorization code with PKCE, refresh, CIBA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: its own tasks and tasks on behalf of users, plus token exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may it reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its roles decide its scopes; the default audience is the resource server its tokens are for when it does not ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token lifetimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter is safer; tokens cannot be recalled before they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of the agent&apos;s own access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of access tokens for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of refresh tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one grant type, or the agent cannot obtain tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing users in needs a redirect URI (where the agent receives the authorization code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI must be an absolute URI, such as https://agent.example.com/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required (first page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::AgentsPane</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an agent (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a role to every selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a role to the selected agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected agents (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the agents&apos; grant types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents yet. Press Ctrl+N to create the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of the agent&apos;s own access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of access tokens for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of refresh tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles held directly or through a group. Its scopes are what these roles grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the chosen role to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected role from the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agent, or press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agent&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no roles: its tokens carry no scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing users in (authorization code) needs a redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning a role to the new agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the agent “%1”? Its tokens stay valid until they expire; its secret stops working now. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 agents? %2
Their tokens stay valid until they expire; their secrets stop working now. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n agent(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some agents were not deleted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %n agent(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the role “%1” from %2? (A role held through a group stays until the agent leaves the group.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the token history filtered to the selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected agent&apos;s token history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::ConnectionController</name>
    <message>
        <source>Could not open a web browser. Open this address to sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client secret for the profile &quot;%1&quot; in the system keychain: enter it in the connection dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not give the client secret of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. Expected SHA-256 %2, the server presented %3. This is what an attacker in the middle looks like; if the server&apos;s certificate was replaced on purpose, put the new fingerprint in the profile yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 presents a certificate that your system does not trust (for example ThunderID&apos;s self-signed default).

SHA-256 fingerprint:
%2

Compare it with the fingerprint the server&apos;s administrator gives you. Trust this certificate for &quot;%3&quot; from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the certificate of %1 was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a ThunderID server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entries (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://localhost:8090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this certificate (SHA-256 fingerprint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB:CD:… (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server whose certificate the system does not trust (such as ThunderID&apos;s self-signed default) shows its fingerprint on first connect and asks before it is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in (authorization code with PKCE, CONSOLE client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials of an admin application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the secret stored in the system keychain for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens ThunderID&apos;s sign-in page; the console receives the answer on a loopback address (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL must be an absolute http:// or https:// address, e.g. https://localhost:8090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned certificate needs an https:// server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID (CONSOLE for ThunderID&apos;s browser sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret of the admin application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be stored in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its client secret and refresh token are removed from the system keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::ConsentsPane</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agent or application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resource servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected consents (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no consents API.

ThunderID does not offer one yet; the console uses the “consents” extension (docs/extension-api.yaml), which the sandbox implements. Connect to a server that lists it in its discovery document to see and revoke consents here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consents yet: they appear when users let an agent act for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the consent %1 gave to %2 for %3? Its refresh tokens stop working at once; the agent must ask the user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n consents? Their refresh tokens stop working at once; the agents must ask the users again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already revoked or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n consent(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked %1 of %2 consents.
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::CredentialsTab</name>
    <message>
        <source>Old secret keeps working for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How rotation works on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long secrets issued before the rotation keep working (0: they stop at once). Up to 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every secret and token of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secrets (metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not list the secrets&apos; metadata (no credentials extension): only the current secret exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no OAuth profile, so it has no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (client id %2) authenticates without a client secret (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates with client id %2 and a client secret (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation with a grace period: the new secret works at once, older ones keep working until the grace period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no rotation with a grace period (no credentials extension). Regenerating replaces the secret: the old secret stops working immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create a new secret for %1? The current secret keeps working for %n second(s), then stops.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new secret for %1? The current secret stops working immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older secrets keep working until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older secrets no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret for %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the secret of %1? The old secret stops working immediately: every program using it fails until it gets the new one. Tokens already issued stay valid until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerating the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret for %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every secret of %1 and every token issued to it? It cannot get tokens until you rotate a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the secrets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n secret(s) of %1 and its tokens.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tid::ui::DelegationView</name>
    <message>
        <source>Flag chains deeper than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag chains deeper than this many hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only flagged chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by / who obtained each token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the delegation chains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the delegation chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no human started it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hop widened its scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by %1 on its own, with no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final token&apos;s scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — token %2; double-click to show its event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a scope its parent did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation chain under this filter: chains come from token exchanges in the audit API&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chains, %2 flagged%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::HistoryConnector</name>
    <message>
        <source>Not connected: showing what was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the token history of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history store %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying the retention of %n day(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no audit-events API (ThunderID has none yet): import its event files to see its history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::HistoryEventDetail</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its original text, its actor chain and the events linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other source&apos;s original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an event to show it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent token revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanged from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event does not tell the token&apos;s claims (ThunderID&apos;s file has no subject or actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the claims this event tells (sub, act, aud, scope) in the token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ThunderID&apos;s event file names no subject and no actor: the chain is known only for events from the audit API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event names no subject and no actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 acts for %2 through a chain of %n actor(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation: the token was issued to its client directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same occurrence from the audit API (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same occurrence in ThunderID&apos;s event file (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the linked events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::HistoryPane</name>
    <message>
        <source>These claims were rebuilt from a token-history event: the token itself is not stored, so it is shown unsigned and the signature findings do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. type:TOKEN_ISSUED client:nightly-kpi-builder outcome:failure since:24h depth&gt;=2 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms are ANDed: type: client: grant: scope: outcome: since: until: depth&gt;= trace: sub: aud: jti: parent: source: id:, a &apos;-&apos; before a term negates it, and bare words search the original text. Enter applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters: apply one, or save the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ThunderID event files (observability JSON lines, .gz too): files, a folder, or follow a file as it grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the events of the current filter, oldest first, with a .sha256 beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines and files that were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the delegation chains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a value to add it to the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to a server (Ctrl+O) or start the console with --sandbox to open the token history of its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet.

Import ThunderID&apos;s event files with Import → Files… (its observability log, .gz rotations too), a folder, or follow a file as the server writes it.

A server with the audit-events extension (the sandbox has it) is synced here by itself when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file and keep importing what the server appends to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep events for this many days (0: forever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events older than this are deleted when a history store is opened (on connect); 0 keeps them forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (original events)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server first: the history is kept per connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ThunderID event files (*.log *.jsonl *.json *.gz observability.log.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ThunderID event files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of ThunderID event files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a ThunderID event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;code&gt;%2&lt;/code&gt; — the table still shows the last valid filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter has an error; fix it before saving it as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the filter as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter as… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The followed file was rotated or truncated (%1); reading it again from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the facets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per %1, by outcome. Drag across a time range (or click an interval) to filter the table to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit sync: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the server&apos;s audit events: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the server&apos;s audit events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events up to date (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit sync paused: %1 — retrying by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1: %2 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 malformed lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2 (its SHA-256 is in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n paths…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled — what was read until then is kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 malformed lines are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot follow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::HistoryTimeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per interval, by outcome. Drag across a time range (or click an interval) to filter the table to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events in %1 intervals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tid::ui::InboxPane</name>
    <message>
        <source>Approval inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for waiting requests now (F5); the list also follows the server&apos;s changes by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the user a request is addressed to can approve or deny it, and this console is signed in with an administrator&apos;s token: you see every user&apos;s requests, but cannot decide for them. Sign in as the user (browser sign-in) to decide here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no CIBA approval API.

ThunderID does not offer one yet; the console uses the “ciba-approvals” extension (docs/extension-api.yaml), which the sandbox implements. Connect to a server that lists it in its discovery document to approve or deny agents&apos; backchannel requests here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see what the agent asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve only if the agent shows you exactly this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse: the agent gets access_denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the agent act for the user with these scopes; it receives its tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (OpenID scopes only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the agent must ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved “%1”: %2 receives its tokens at its next poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied “%1”: %2 is told access_denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: only the user the request is addressed to (%1) can approve or deny it, with their own sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer waiting: it was decided elsewhere or it expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is gone: the server no longer lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denying “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::InspectorPane</name>
    <message>
        <source>%1 (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a JWT (eyJ…), a &quot;Bearer …&quot; header value, or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS URL, discovery URL (…/.well-known/openid-configuration) or JWKS JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact iss, e.g. https://localhost:8090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted aud values, space-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (RFC 9068)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require typ at+jwt and the RFC 9068 claims. Untick for ID tokens and other JWTs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock &amp;skew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a second token derived from this one (e.g. from token exchange) to see what changed: scopes, audience, actor chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the child token here (the one obtained from this token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor chain (subject → current actor → prior actors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys: signatures cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not verified: load the issuer&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Invalid: 1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Invalid: %1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1 as a key set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted key set is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http(s) URL or a JWKS JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a JWK Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the server&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the server&apos;s keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key set is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server to use this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether the token is active (RFC 7662). ThunderID&apos;s answer omits act and grant_type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token at the server (RFC 7009). Only tokens issued to the signed-in client can be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this token (expired, revoked, forged or not issued by it; introspection never says which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this token at the server? Resource servers that validate tokens locally will keep accepting it until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7009 servers answer 200 for unknown tokens too; introspect to confirm it is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a second token above to compare it with the inspected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a valid token in the box at the top first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second token is not a JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 actor(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not valid (%n error(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Widened: the child holds scopes its parent did not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::MainWindow</name>
    <message>
        <source>Arrives in issue 4: the protected APIs, their resources and actions, and the permission strings derived from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in issue 4: every scope across all resource servers, with the roles that grant it and the agents that hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in issue 4: roles, a permission matrix, and assignments to users, groups, applications and agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in issue 4: agents with their type, owner and grants, a creation wizard, and their credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in issue 4: the consents users gave to agents, filtered and revocable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in issue 3: paste a token to verify it, read its claims and see its actor chain as a tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in a later issue: approve or deny the CIBA requests agents send on your behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in a later issue: browse the token history — who got which token, for whom, through which chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ThunderID Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles and sign-in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired and could not be renewed. Use Retry to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to a ThunderID server (%1), or start the console with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ThunderID Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents · %2 resource servers · %3 roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in without the Administrator role: the approval inbox and the token inspector work; managing resource servers, roles and agents needs an administrator&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::MessageWidget</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::ResourceServersPane</name>
    <message>
        <source>Resource servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading resource servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource server (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected resource server (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the resource servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource server matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource servers yet.
Press Ctrl+N to describe the first API your agents call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience of this server&apos;s tokens: an absolute URI (RFC 8707 resource indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins handles into permission strings (e.g. invoices:read). Fixed after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;limiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the resource server first; then add its resources and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources or actions yet. Add a resource (e.g. “invoices”) and its actions (e.g. “read”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a resource at the top level, or under the selected resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an action to the selected resource, or to the server itself when nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resource or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource or action name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the permission string; letters, digits and . _ : - /. Fixed after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource or action description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP primitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or save resource or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (declared in the server&apos;s configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier is required: the audience of this server&apos;s tokens, e.g. https://api.example.com/billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier must be an absolute URI, such as https://api.example.com/billing or urn:example:billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be one character from letters, digits and . _ : - /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” (%2) with its %n resource(s) and action(s)? Roles lose the permissions it defines. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource under “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New top-level resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action on the server itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resource “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(type a handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Permission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action “%1” (%2)? Roles granting it lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resource “%1” (%2)? It must have no sub-resources or actions left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::RolesPane</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected role (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (drop users, groups, applications or agents on a role to assign it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles yet. Press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice-approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions are granted in the Permissions tab; people, groups, applications and agents in the Assignments tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the selected role grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the selected role&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission matrix: scopes by roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading scopes and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scopes yet: define resources and actions in Resource servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a box to let a role grant a scope; a server&apos;s row ticks all of its scopes. Changes are saved together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert permission changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save permission changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show assignments of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of this type holds the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this role yet. Add someone below, or drag them from the list below onto a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for someone to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected to the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results (drag onto a role to assign it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions •</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created role %1. Tick its permissions in the Permissions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some permissions were not saved (still marked •):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role “%1”? Everyone assigned loses its permissions at their next token. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select someone in the list below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the role “%2”? They lose its permissions at their next token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignment(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tid::ui::ScopesPane</name>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding who holds the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resource servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes by resource server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource servers yet, so no scopes. Define them in Resource servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the permission string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that grant it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that grant the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role grants this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents that hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents that hold the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent holds this scope through a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource server · audience %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (audience %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tid::ui::SecretReveal</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it now and store it safely: this secret will not be shown again. The clipboard is cleared 30 seconds after copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the client secret for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
