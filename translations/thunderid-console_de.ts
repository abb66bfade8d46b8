<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActorChainModel</name>
    <message>
        <source>(no sub)</source>
        <translation>(kein sub)</translation>
    </message>
    <message>
        <source>Subject (no delegation)</source>
        <translation>Subjekt (keine Delegation)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Current actor</source>
        <translation>Aktueller Akteur</translation>
    </message>
    <message>
        <source>Prior actor %1</source>
        <translation>Früherer Akteur %1</translation>
    </message>
    <message>
        <source>%1 (token issuer)</source>
        <translation>%1 (Token-Aussteller)</translation>
    </message>
    <message>
        <source>Subject: the principal the token is about</source>
        <translation>Subjekt: der Prinzipal, um den es im Token geht</translation>
    </message>
    <message>
        <source>Current actor: the party using the token now</source>
        <translation>Aktueller Akteur: wer das Token gerade verwendet</translation>
    </message>
    <message>
        <source>Prior actor: acted earlier in the delegation chain</source>
        <translation>Früherer Akteur: hat früher in der Delegationskette gehandelt</translation>
    </message>
    <message>
        <source>sub: %1</source>
        <translation>sub: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>iss: %1</source>
        <translation>iss: %1</translation>
    </message>
    <message>
        <source>Kind: user</source>
        <translation>Art: Benutzer</translation>
    </message>
    <message>
        <source>Kind: agent or application</source>
        <translation>Art: Agent oder Anwendung</translation>
    </message>
    <message>
        <source>Kind: unknown (not resolved)</source>
        <translation>Art: unbekannt (nicht aufgelöst)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
</context>
<context>
    <name>AdminPane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>Verbindung mit dem Server…</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1). Nothing was changed; your input is kept — try again when the server is back.</source>
        <translation>Der Server ist nicht erreichbar (%1). Nichts wurde geändert; Ihre Eingaben bleiben erhalten — versuchen Sie es erneut, wenn der Server wieder da ist.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Nothing is known to have changed; try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Soweit bekannt, hat sich nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>Could not sign in again: %1</source>
        <translation>Erneute Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server refused the input: %1%2</source>
        <translation>Der Server hat die Eingabe abgelehnt: %1%2</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid and could not be renewed%1. Reconnect to continue.</source>
        <translation>Die Anmeldung ist nicht mehr gültig und konnte nicht erneuert werden%1. Verbinden Sie sich erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>Not allowed: %1%2. The signed-in client needs the “system” permission, and read-only (declarative) items cannot be changed.</source>
        <translation>Nicht erlaubt: %1%2. Der angemeldete Client braucht die Berechtigung „system“, und schreibgeschützte (deklarative) Elemente können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Not found: %1%2. Someone may have deleted it; press F5 to refresh.</source>
        <translation>Nicht gefunden: %1%2. Vielleicht hat es jemand gelöscht; drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Conflict: %1%2. Another item already uses this name, identifier or handle, or the item changed on the server. Nothing was saved; change the value and try again.</source>
        <translation>Konflikt: %1%2. Ein anderes Element verwendet diesen Namen, diese Kennung oder dieses Handle bereits, oder das Element wurde auf dem Server geändert. Nichts wurde gespeichert; ändern Sie den Wert und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request is too large for the server%1.</source>
        <translation>Die Anfrage ist zu groß für den Server%1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2%3</source>
        <translation>Der Server antwortete mit HTTP %1: %2%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation>Vom Server neu laden (F5)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The server refused the input: %1%2 — %3</source>
        <translation>Der Server hat die Eingabe abgelehnt: %1%2 — %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Ohne Speichern verlassen?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy client id</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
</context>
<context>
    <name>AgentWizard</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <source>Who is the agent?</source>
        <translation>Wer ist der Agent?</translation>
    </message>
    <message>
        <source>A machine identity with a person accountable for it.</source>
        <translation>Eine Maschinenidentität mit einer verantwortlichen Person.</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Name des Agenten</translation>
    </message>
    <message>
        <source>Invoice Reconciler</source>
        <translation>Rechnungsabgleich</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Agent description</source>
        <translation>Beschreibung des Agenten</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>(the signed-in administrator)</source>
        <translation>(der angemeldete Administrator)</translation>
    </message>
    <message>
        <source>The person accountable for the agent. It grants them no rights.</source>
        <translation>Die für den Agenten verantwortliche Person. Sie erhält dadurch keine Rechte.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>How does it act?</source>
        <translation>Wie handelt er?</translation>
    </message>
    <message>
        <source>The kind presets the grant types; adjust them if you need to.</source>
        <translation>Die Art belegt die Grant-Typen vor; passen Sie sie bei Bedarf an.</translation>
    </message>
    <message>
        <source>&amp;Autonomous</source>
        <translation>&amp;Autonom</translation>
    </message>
    <message>
        <source>Acts as itself with client credentials (scheduled jobs, pipelines).</source>
        <translation>Handelt selbst mit Client Credentials (geplante Aufgaben, Pipelines).</translation>
    </message>
    <message>
        <source>&amp;Interactive</source>
        <translation>&amp;Interaktiv</translation>
    </message>
    <message>
        <source>Acts for a signed-in user: authorization code with PKCE, refresh, CIBA.</source>
        <translation>Handelt für einen angemeldeten Benutzer: Authorization Code mit PKCE, Refresh, CIBA.</translation>
    </message>
    <message>
        <source>&amp;Hybrid</source>
        <translation>&amp;Hybrid</translation>
    </message>
    <message>
        <source>Both: its own tasks and tasks on behalf of users, plus token exchange.</source>
        <translation>Beides: eigene Aufgaben und Aufgaben im Namen von Benutzern, dazu Token-Austausch.</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant-Typen</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>&amp;Redirect URI</source>
        <translation>&amp;Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>What may it reach?</source>
        <translation>Worauf darf er zugreifen?</translation>
    </message>
    <message>
        <source>Its roles decide its scopes; the default audience is the resource server its tokens are for when it does not ask for one.</source>
        <translation>Seine Rollen bestimmen seine Scopes; die Standard-Audience ist der Ressourcenserver, für den seine Tokens gelten, wenn er keinen anfordert.</translation>
    </message>
    <message>
        <source>Default audience</source>
        <translation>Standard-Audience</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Default &amp;audience</source>
        <translation>Standard-&amp;Audience</translation>
    </message>
    <message>
        <source>Roles to assign</source>
        <translation>Zuzuweisende Rollen</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Token lifetimes</source>
        <translation>Lebensdauer der Tokens</translation>
    </message>
    <message>
        <source>Shorter is safer; tokens cannot be recalled before they expire.</source>
        <translation>Kürzer ist sicherer; Tokens lassen sich vor ihrem Ablauf nicht zurückholen.</translation>
    </message>
    <message>
        <source>Lifetime of the agent&apos;s own access tokens</source>
        <translation>Lebensdauer der eigenen Zugriffstokens des Agenten</translation>
    </message>
    <message>
        <source>Its own access tokens</source>
        <translation>Seine eigenen Zugriffstokens</translation>
    </message>
    <message>
        <source>Lifetime of access tokens for users</source>
        <translation>Lebensdauer der Zugriffstokens für Benutzer</translation>
    </message>
    <message>
        <source>Access tokens for users</source>
        <translation>Zugriffstokens für Benutzer</translation>
    </message>
    <message>
        <source>Lifetime of refresh tokens</source>
        <translation>Lebensdauer der Refresh-Tokens</translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation>Refresh-Tokens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Choose at least one grant type, or the agent cannot obtain tokens.</source>
        <translation>Wählen Sie mindestens einen Grant-Typ, sonst kann der Agent keine Tokens erhalten.</translation>
    </message>
    <message>
        <source>Signing users in needs a redirect URI (where the agent receives the authorization code).</source>
        <translation>Die Anmeldung von Benutzern erfordert eine Weiterleitungs-URI (an der der Agent den Authorization Code erhält).</translation>
    </message>
    <message>
        <source>The redirect URI must be an absolute URI, such as https://agent.example.com/callback.</source>
        <translation>Die Weiterleitungs-URI muss eine absolute URI sein, etwa https://agent.example.com/callback.</translation>
    </message>
    <message>
        <source>The name is required (first page).</source>
        <translation>Der Name ist erforderlich (erste Seite).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <source>Autonomous</source>
        <translation>Autonom</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interaktiv</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>No OAuth profile</source>
        <translation>Kein OAuth-Profil</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>Authorization Code</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <source>CIBA</source>
        <translation>CIBA</translation>
    </message>
    <message>
        <source>JWT bearer</source>
        <translation>JWT Bearer</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Acts as itself (client credentials)</source>
        <translation>Handelt selbst (Client Credentials)</translation>
    </message>
    <message>
        <source>Acts for a user (authorization code or CIBA)</source>
        <translation>Handelt für einen Benutzer (Authorization Code oder CIBA)</translation>
    </message>
    <message>
        <source>Acts as itself and for users</source>
        <translation>Handelt selbst und für Benutzer</translation>
    </message>
    <message>
        <source>Cannot obtain tokens: no OAuth profile</source>
        <translation>Keine Tokens erhältlich: kein OAuth-Profil</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>AgentsPane</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation>Agenten werden geladen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Create an agent (Ctrl+N)</source>
        <translation>Einen Agenten anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation>Rolle zuweisen…</translation>
    </message>
    <message>
        <source>Assign a role to every selected agent</source>
        <translation>Jedem ausgewählten Agenten eine Rolle zuweisen</translation>
    </message>
    <message>
        <source>Assign a role to the selected agents</source>
        <translation>Den ausgewählten Agenten eine Rolle zuweisen</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf zeigen</translation>
    </message>
    <message>
        <source>Open the token history filtered to the selected agent</source>
        <translation>Den Token-Verlauf gefiltert auf den ausgewählten Agenten öffnen</translation>
    </message>
    <message>
        <source>Show the selected agent&apos;s token history</source>
        <translation>Den Token-Verlauf des ausgewählten Agenten zeigen</translation>
    </message>
    <message>
        <source>Delete the selected agents (Del)</source>
        <translation>Die ausgewählten Agenten löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete the selected agents</source>
        <translation>Die ausgewählten Agenten löschen</translation>
    </message>
    <message>
        <source>Could not load the agents.</source>
        <translation>Die Agenten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reading the agents&apos; grant types…</source>
        <translation>Die Grant-Typen der Agenten werden gelesen…</translation>
    </message>
    <message>
        <source>No agent matches the filter.</source>
        <translation>Kein Agent passt zum Filter.</translation>
    </message>
    <message>
        <source>No agents yet. Press Ctrl+N to create the first one.</source>
        <translation>Noch keine Agenten. Drücken Sie Strg+N, um den ersten anzulegen.</translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation>Details des Agenten</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Name des Agenten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Agent description</source>
        <translation>Beschreibung des Agenten</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Redirect URIs, separated by spaces</source>
        <translation>Weiterleitungs-URIs, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs</source>
        <translation>&amp;Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Lifetime of the agent&apos;s own access tokens</source>
        <translation>Lebensdauer der eigenen Zugriffstokens des Agenten</translation>
    </message>
    <message>
        <source>Own access tokens</source>
        <translation>Eigene Zugriffstokens</translation>
    </message>
    <message>
        <source>Lifetime of access tokens for users</source>
        <translation>Lebensdauer der Zugriffstokens für Benutzer</translation>
    </message>
    <message>
        <source>Tokens for users</source>
        <translation>Tokens für Benutzer</translation>
    </message>
    <message>
        <source>Lifetime of refresh tokens</source>
        <translation>Lebensdauer der Refresh-Tokens</translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation>Refresh-Tokens</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save agent</source>
        <translation>Agent speichern</translation>
    </message>
    <message>
        <source>Roles held directly or through a group. Its scopes are what these roles grant.</source>
        <translation>Direkt oder über eine Gruppe gehaltene Rollen. Seine Scopes sind das, was diese Rollen gewähren.</translation>
    </message>
    <message>
        <source>Roles of the agent</source>
        <translation>Rollen des Agenten</translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation>Zuzuweisende Rolle</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign the chosen role to the agent</source>
        <translation>Dem Agenten die gewählte Rolle zuweisen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected role from the agent</source>
        <translation>Die ausgewählte Rolle vom Agenten entfernen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select an agent, or press Ctrl+N to create one.</source>
        <translation>Wählen Sie einen Agenten oder drücken Sie Strg+N, um einen anzulegen.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Loading roles</source>
        <translation>Rollen werden geladen</translation>
    </message>
    <message>
        <source>Loading the agent&apos;s roles</source>
        <translation>Die Rollen des Agenten werden geladen</translation>
    </message>
    <message>
        <source>(no roles: its tokens carry no scopes)</source>
        <translation>(keine Rollen: seine Tokens tragen keine Scopes)</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI.</source>
        <translation>„%1“ ist keine absolute URI.</translation>
    </message>
    <message>
        <source>Signing users in (authorization code) needs a redirect URI.</source>
        <translation>Die Anmeldung von Benutzern (Authorization Code) erfordert eine Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>Saving the agent</source>
        <translation>Der Agent wird gespeichert</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Creating the agent</source>
        <translation>Der Agent wird angelegt</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Assigning a role to the new agent</source>
        <translation>Dem neuen Agenten wird eine Rolle zugewiesen</translation>
    </message>
    <message>
        <source>Delete the agent “%1”? Its tokens stay valid until they expire; its secret stops working now. This cannot be undone.</source>
        <translation>Den Agenten „%1“ löschen? Seine Tokens bleiben bis zum Ablauf gültig; sein Secret funktioniert ab sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete these %1 agents? %2
Their tokens stay valid until they expire; their secrets stop working now. This cannot be undone.</source>
        <translation>Diese %1 Agenten löschen? %2
Ihre Tokens bleiben bis zum Ablauf gültig; ihre Secrets funktionieren ab sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>Agenten löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n agent(s).</source>
        <translation>
            <numerusform>%n Agent gelöscht.</numerusform>
            <numerusform>%n Agenten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some agents were not deleted:
%1</source>
        <translation>Einige Agenten wurden nicht gelöscht:
%1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>%1 wird zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %n agent(s).</source>
        <translation>
            <numerusform>%1 an %n Agenten zugewiesen.</numerusform>
            <numerusform>%1 an %n Agenten zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Remove the role “%1” from %2? (A role held through a group stays until the agent leaves the group.)</source>
        <translation>Die Rolle „%1“ von %2 entfernen? (Eine über eine Gruppe gehaltene Rolle bleibt, bis der Agent die Gruppe verlässt.)</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 von %2 entfernt.</translation>
    </message>
    <message>
        <source>The new secret of %1 will not be shown again: copy it and store it before you leave (&quot;I have stored it&quot;).</source>
        <translation>Das neue Geheimnis von %1 wird nicht noch einmal angezeigt: kopieren und speichern Sie es, bevor Sie gehen („Ich habe es gespeichert“).</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved.</source>
        <translation>Ihre Änderungen an %1 sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Filters the agents by name, client id, owner or description.
An attribute filter such as model eq &quot;gpt-4o&quot; is sent to the server.</source>
        <translation>Filtert die Agenten nach Name, Client-ID, Verantwortlichem oder Beschreibung.
Ein Attributfilter wie model eq &quot;gpt-4o&quot; wird an den Server gesendet.</translation>
    </message>
    <message>
        <source>None of the %L1 agents loaded now matches the filter.</source>
        <translation>Keiner der %L1 jetzt geladenen Agenten passt zum Filter.</translation>
    </message>
    <message>
        <source>The server has no agent with %1.</source>
        <translation>Der Server hat keinen Agenten mit %1.</translation>
    </message>
    <message>
        <source>The server cannot sort agents: the list is in the server&apos;s order.</source>
        <translation>Der Server kann Agenten nicht sortieren: Die Liste steht in der Reihenfolge des Servers.</translation>
    </message>
    <message>
        <source>%L1 agents, in the server&apos;s order: the server cannot sort them, so the columns do not sort.</source>
        <translation>%L1 Agenten in der Reihenfolge des Servers: Der Server kann sie nicht sortieren, daher sortieren die Spalten nicht.</translation>
    </message>
    <message>
        <source>The filter looks only at the %L1 agents loaded now; the server can filter by an attribute: model eq &quot;gpt-4o&quot;.</source>
        <translation>Der Filter betrachtet nur die %L1 jetzt geladenen Agenten; der Server kann nach einem Attribut filtern: model eq &quot;gpt-4o&quot;.</translation>
    </message>
    <message>
        <source>Filtered by the server: %1.</source>
        <translation>Vom Server gefiltert: %1.</translation>
    </message>
</context>
<context>
    <name>ApproverDesktop</name>
    <message>
        <source>Start with the session</source>
        <translation>Mit der Sitzung starten</translation>
    </message>
    <message>
        <source>Start the console in the tray, as an approver, when you log in to the desktop</source>
        <translation>Die Konsole beim Anmelden am Desktop als Genehmiger im Systembereich starten</translation>
    </message>
    <message>
        <source>Signed out here, but the server could not be told (%1): the refresh token stays valid there until it expires.</source>
        <translation>Hier abgemeldet, aber der Server konnte nicht benachrichtigt werden (%1): Das Refresh-Token bleibt dort bis zu seinem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Could not change “Start with the session”: %1</source>
        <translation>„Mit der Sitzung starten“ konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Beim Schließen des Fensters im Systembereich weiterlaufen</translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>Audit sync paused: %1</source>
        <translation>Audit-Synchronisation angehalten: %1</translation>
    </message>
    <message>
        <source>No server or history store.</source>
        <translation>Kein Server und kein Verlaufsspeicher.</translation>
    </message>
    <message>
        <source>Audit sync paused: the server&apos;s answer is not an audit-event list.</source>
        <translation>Audit-Synchronisation angehalten: Die Antwort des Servers ist keine Liste von Audit-Ereignissen.</translation>
    </message>
</context>
<context>
    <name>BrowserAuthenticator</name>
    <message>
        <source>No sign-in arrived from the browser in time.</source>
        <translation>Vom Browser ist rechtzeitig keine Anmeldung eingegangen.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser sign-in.</source>
        <translation>Für die Anmeldung im Browser kann nicht auf 127.0.0.1 gelauscht werden.</translation>
    </message>
    <message>
        <source>Cannot build the sign-in request for %1.</source>
        <translation>Die Anmeldeanfrage für %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch); it was refused.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (state stimmt nicht überein); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in answer was issued by %1, not by %2; it was refused.</source>
        <translation>Die Antwort der Anmeldung wurde von %1 ausgestellt, nicht von %2; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer carries no authorization code.</source>
        <translation>Die Antwort des Browsers enthält keinen Authorization Code.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Sign-in failed&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can close this window.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Anmeldung fehlgeschlagen&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Sie können dieses Fenster schließen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Signed in&lt;/h1&gt;&lt;p&gt;You can close this window and return to the console.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Angemeldet&lt;/h1&gt;&lt;p&gt;Sie können dieses Fenster schließen und zur Konsole zurückkehren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sign-in has expired and there is no refresh token: sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen und es gibt kein Refresh-Token: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signing in as %1 failed: %2</source>
        <translation>Anmeldung als %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The sign-in has expired (%1): sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen (%1): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ChainGraph</name>
    <message>
        <source>The selected delegation chain as a graph</source>
        <translation>Die ausgewählte Delegationskette als Graph</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>agent, on its own</source>
        <translation>Agent, selbstständig</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>erstes Token</translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>(no scope)</source>
        <translation>(kein Scope)</translation>
    </message>
    <message>
        <source>Click a token to show its event. Final audience: %1</source>
        <translation>Klicken Sie auf ein Token, um sein Ereignis zu zeigen. Endgültige Audience: %1</translation>
    </message>
    <message>
        <source>Select a chain above to see it drawn here.</source>
        <translation>Wählen Sie oben eine Kette, um sie hier gezeichnet zu sehen.</translation>
    </message>
    <message>
        <source>widened</source>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>(no audience)</source>
        <translation>(keine Audience)</translation>
    </message>
</context>
<context>
    <name>CibaDecisionsModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>approved, tokens issued</source>
        <translation>genehmigt, Tokens ausgegeben</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>Client-ID %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation>Bindungsnachricht</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Gewährte Scopes</translation>
    </message>
</context>
<context>
    <name>CibaRequestsModel</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation>%1 (%2, Client-ID %3)</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(OpenID only)</source>
        <translation>(nur OpenID)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Agent or application</source>
        <translation>Agent oder Anwendung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation>Bindungsnachricht</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation>Ressourcenserver</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>{1 member}</source>
        <translation>{1 Mitglied}</translation>
    </message>
    <message>
        <source>{%1 members}</source>
        <translation>{%1 Mitglieder}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Eintrag]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Einträge]</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>JOSE header: how the token is signed</source>
        <translation>JOSE-Header: wie das Token signiert ist</translation>
    </message>
    <message>
        <source>Claims: what the token says</source>
        <translation>Claims: was das Token aussagt</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>Could not open a web browser. Open this address to sign in: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>There is no client secret for the profile &quot;%1&quot; in the system keychain: enter it in the connection dialog.</source>
        <translation>Im Schlüsselbund des Systems gibt es kein Client-Secret für das Profil „%1“: Geben Sie es im Verbindungsdialog ein.</translation>
    </message>
    <message>
        <source>The system keychain did not give the client secret of &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund des Systems hat das Client-Secret von „%1“ nicht herausgegeben: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. Expected SHA-256 %2, the server presented %3. This is what an attacker in the middle looks like; if the server&apos;s certificate was replaced on purpose, put the new fingerprint in the profile yourself.</source>
        <translation>Das Zertifikat von %1 hat sich geändert. Erwartet SHA-256 %2, der Server zeigte %3. So sieht ein Angreifer in der Mitte aus; wurde das Zertifikat des Servers absichtlich ersetzt, tragen Sie den neuen Fingerabdruck selbst in das Profil ein.</translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate?</source>
        <translation>Dem Zertifikat dieses Servers vertrauen?</translation>
    </message>
    <message>
        <source>The server at %1 presents a certificate that your system does not trust (for example ThunderID&apos;s self-signed default).

SHA-256 fingerprint:
%2

Compare it with the fingerprint the server&apos;s administrator gives you. Trust this certificate for &quot;%3&quot; from now on?</source>
        <translation>Der Server unter %1 zeigt ein Zertifikat, dem Ihr System nicht vertraut (zum Beispiel das selbstsignierte Standardzertifikat von ThunderID).

SHA-256-Fingerabdruck:
%2

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Servers nennt. Diesem Zertifikat für „%3“ ab jetzt vertrauen?</translation>
    </message>
    <message>
        <source>Not connected: the certificate of %1 was not trusted.</source>
        <translation>Nicht verbunden: Dem Zertifikat von %1 wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2</source>
        <translation>Anmeldung als %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a ThunderID server</source>
        <translation>Mit einem ThunderID-Server verbinden</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Gespeicherte Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New profile (Ctrl+N)</source>
        <translation>Neues Profil (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entries (Del)</source>
        <translation>Das ausgewählte Profil und seine Schlüsselbund-Einträge löschen (Entf)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://localhost:8090</source>
        <translation>https://localhost:8090</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Only this certificate (SHA-256 fingerprint):</source>
        <translation>Nur diesem Zertifikat (SHA-256-Fingerabdruck):</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprint</source>
        <translation>Fingerabdruck des angehefteten Zertifikats</translation>
    </message>
    <message>
        <source>AB:CD:… (64 hex digits)</source>
        <translation>AB:CD:… (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>A server whose certificate the system does not trust (such as ThunderID&apos;s self-signed default) shows its fingerprint on first connect and asks before it is pinned.</source>
        <translation>Ein Server, dessen Zertifikat das System nicht vertraut (etwa das selbstsignierte Standardzertifikat von ThunderID), zeigt beim ersten Verbinden seinen Fingerabdruck und fragt, bevor er angeheftet wird.</translation>
    </message>
    <message>
        <source>TLS trust:</source>
        <translation>TLS-Vertrauen:</translation>
    </message>
    <message>
        <source>Browser sign-in (authorization code with PKCE, CONSOLE client)</source>
        <translation>Anmeldung im Browser (Authorization Code mit PKCE, Client CONSOLE)</translation>
    </message>
    <message>
        <source>Client credentials of an admin application</source>
        <translation>Client Credentials einer Admin-Anwendung</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Kept in the system keychain only.</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Leave empty to use the secret stored in the system keychain for this profile.</source>
        <translation>Leer lassen, um das für dieses Profil im Schlüsselbund des Systems gespeicherte Secret zu verwenden.</translation>
    </message>
    <message>
        <source>Your browser opens ThunderID&apos;s sign-in page; the console receives the answer on a loopback address (127.0.0.1).</source>
        <translation>Ihr Browser öffnet die Anmeldeseite von ThunderID; die Konsole empfängt die Antwort an einer Loopback-Adresse (127.0.0.1).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The server URL must be an absolute http:// or https:// address, e.g. https://localhost:8090.</source>
        <translation>Die Server-URL muss eine absolute http://- oder https://-Adresse sein, z. B. https://localhost:8090.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>Der angeheftete Fingerabdruck muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt.</translation>
    </message>
    <message>
        <source>A pinned certificate needs an https:// server URL.</source>
        <translation>Ein angeheftetes Zertifikat erfordert eine https://-Server-URL.</translation>
    </message>
    <message>
        <source>Enter the client ID (CONSOLE for ThunderID&apos;s browser sign-in).</source>
        <translation>Geben Sie die Client-ID ein (CONSOLE für die Browser-Anmeldung von ThunderID).</translation>
    </message>
    <message>
        <source>Enter the client secret of the admin application.</source>
        <translation>Geben Sie das Client-Secret der Admin-Anwendung ein.</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>Das Profil konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be stored in the system keychain: %2</source>
        <translation>Das Client-Secret von „%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Local (SQLite, on this computer)</source>
        <translation>Lokal (SQLite, auf diesem Computer)</translation>
    </message>
    <message>
        <source>Team (PostgreSQL):</source>
        <translation>Team (PostgreSQL):</translation>
    </message>
    <message>
        <source>Team history database</source>
        <translation>Verlaufsdatenbank des Teams</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://benutzer@host:5432/datenbank?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Team history database password</source>
        <translation>Passwort der Verlaufsdatenbank des Teams</translation>
    </message>
    <message>
        <source>Database password (kept in the system keychain)</source>
        <translation>Datenbankpasswort (im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>Token history:</source>
        <translation>Token-Verlauf:</translation>
    </message>
    <message>
        <source>The team history database: %1</source>
        <translation>Die Verlaufsdatenbank des Teams: %1</translation>
    </message>
    <message>
        <source>The history database password of &quot;%1&quot; could not be stored in the system keychain: %2</source>
        <translation>Das Passwort der Verlaufsdatenbank von „%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its client secret, refresh token and history database password are removed from the system keychain too.</source>
        <translation>Das Profil „%1“ löschen? Sein Client-Secret, sein Refresh-Token und das Passwort seiner Verlaufsdatenbank werden auch aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation>%1 (%2, Client-ID %3)</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>(OpenID only)</source>
        <translation>(nur OpenID)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Agent or application</source>
        <translation>Agent oder Anwendung</translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation>Ressourcenserver</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>ConsentsPane</name>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Loading consents</source>
        <translation>Einwilligungen werden geladen</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Filter by agent or application</source>
        <translation>Nach Agent oder Anwendung filtern</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Filter by resource server</source>
        <translation>Nach Ressourcenserver filtern</translation>
    </message>
    <message>
        <source>All resource servers</source>
        <translation>Alle Ressourcenserver</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected consents</source>
        <translation>Die ausgewählten Einwilligungen widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected consents (Del)</source>
        <translation>Die ausgewählten Einwilligungen widerrufen (Entf)</translation>
    </message>
    <message>
        <source>This server has no consents API.

ThunderID does not offer one yet; the console uses the “consents” extension (docs/extension-api.yaml), which the sandbox implements. Connect to a server that lists it in its discovery document to see and revoke consents here.</source>
        <translation>Dieser Server hat keine Einwilligungs-API.

ThunderID bietet noch keine an; die Konsole verwendet die Erweiterung „consents“ (docs/extension-api.yaml), die die Sandbox implementiert. Verbinden Sie sich mit einem Server, der sie in seinem Discovery-Dokument aufführt, um Einwilligungen hier zu sehen und zu widerrufen.</translation>
    </message>
    <message>
        <source>Could not load the consents.</source>
        <translation>Die Einwilligungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No consent matches the filter.</source>
        <translation>Keine Einwilligung passt zum Filter.</translation>
    </message>
    <message>
        <source>No consents yet: they appear when users let an agent act for them.</source>
        <translation>Noch keine Einwilligungen: Sie erscheinen, wenn Benutzer einen Agenten für sich handeln lassen.</translation>
    </message>
    <message>
        <source>No consent matches these filters.</source>
        <translation>Keine Einwilligung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Revoke %1…</source>
        <translation>%1 widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the consent %1 gave to %2 for %3? Its refresh tokens stop working at once; the agent must ask the user again.</source>
        <translation>Die Einwilligung widerrufen, die %1 an %2 für %3 gegeben hat? Ihre Refresh-Tokens funktionieren sofort nicht mehr; der Agent muss den Benutzer erneut fragen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n consents? Their refresh tokens stop working at once; the agents must ask the users again.</source>
        <translation>
            <numerusform>Diese %n Einwilligung widerrufen? Ihre Refresh-Tokens funktionieren sofort nicht mehr; der Agent muss den Benutzer erneut fragen.</numerusform>
            <numerusform>Diese %n Einwilligungen widerrufen? Ihre Refresh-Tokens funktionieren sofort nicht mehr; die Agenten müssen die Benutzer erneut fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation>Einwilligungen widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>%1: already revoked or expired</source>
        <translation>%1: bereits widerrufen oder abgelaufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n consent(s).</source>
        <translation>
            <numerusform>%n Einwilligung widerrufen.</numerusform>
            <numerusform>%n Einwilligungen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked %1 of %2 consents.
%3</source>
        <translation>%1 von %2 Einwilligungen widerrufen.
%3</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring (grace period)</source>
        <translation>Läuft aus (Übergangsfrist)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires / revoked</source>
        <translation>Läuft ab / widerrufen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <source>Old secret keeps working for</source>
        <translation>Das alte Secret funktioniert weiter für</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>Alle widerrufen…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>How rotation works on this server</source>
        <translation>Wie die Rotation auf diesem Server funktioniert</translation>
    </message>
    <message>
        <source>Grace period in seconds</source>
        <translation>Übergangsfrist in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long secrets issued before the rotation keep working (0: they stop at once). Up to 30 days.</source>
        <translation>Wie lange vor der Rotation ausgestellte Secrets weiter funktionieren (0: sie enden sofort). Bis zu 30 Tage.</translation>
    </message>
    <message>
        <source>Revoke every secret and token of the agent</source>
        <translation>Jedes Secret und jedes Token des Agenten widerrufen</translation>
    </message>
    <message>
        <source>Client secrets (metadata)</source>
        <translation>Client-Secrets (Metadaten)</translation>
    </message>
    <message>
        <source>This server does not list the secrets&apos; metadata (no credentials extension): only the current secret exists.</source>
        <translation>Dieser Server listet die Metadaten der Secrets nicht (keine Credentials-Erweiterung): Es gibt nur das aktuelle Secret.</translation>
    </message>
    <message>
        <source>Loading secrets</source>
        <translation>Secrets werden geladen</translation>
    </message>
    <message>
        <source>Select an agent.</source>
        <translation>Wählen Sie einen Agenten.</translation>
    </message>
    <message>
        <source>%1 has no OAuth profile, so it has no client secret.</source>
        <translation>%1 hat kein OAuth-Profil und daher kein Client-Secret.</translation>
    </message>
    <message>
        <source>%1 (client id %2) authenticates without a client secret (%3).</source>
        <translation>%1 (Client-ID %2) authentifiziert sich ohne Client-Secret (%3).</translation>
    </message>
    <message>
        <source>%1 authenticates with client id %2 and a client secret (%3).</source>
        <translation>%1 authentifiziert sich mit der Client-ID %2 und einem Client-Secret (%3).</translation>
    </message>
    <message>
        <source>Rotation with a grace period: the new secret works at once, older ones keep working until the grace period ends.</source>
        <translation>Rotation mit Übergangsfrist: Das neue Secret funktioniert sofort, ältere funktionieren bis zum Ende der Übergangsfrist weiter.</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Secret rotieren…</translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation>Das Client-Secret rotieren</translation>
    </message>
    <message>
        <source>This server has no rotation with a grace period (no credentials extension). Regenerating replaces the secret: the old secret stops working immediately.</source>
        <translation>Dieser Server hat keine Rotation mit Übergangsfrist (keine Credentials-Erweiterung). Neu erzeugen ersetzt das Secret: Das alte Secret funktioniert ab sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>Secret neu erzeugen…</translation>
    </message>
    <message>
        <source>Regenerate the client secret</source>
        <translation>Das Client-Secret neu erzeugen</translation>
    </message>
    <message numerus="yes">
        <source>Create a new secret for %1? The current secret keeps working for %n second(s), then stops.</source>
        <translation>
            <numerusform>Ein neues Secret für %1 erzeugen? Das aktuelle Secret funktioniert noch %n Sekunde, dann nicht mehr.</numerusform>
            <numerusform>Ein neues Secret für %1 erzeugen? Das aktuelle Secret funktioniert noch %n Sekunden, dann nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new secret for %1? The current secret stops working immediately.</source>
        <translation>Ein neues Secret für %1 erzeugen? Das aktuelle Secret funktioniert ab sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Secret rotieren</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Rotating the secret of %1</source>
        <translation>Das Secret von %1 wird rotiert</translation>
    </message>
    <message>
        <source>Older secrets keep working until %1.</source>
        <translation>Ältere Secrets funktionieren bis %1.</translation>
    </message>
    <message>
        <source>Older secrets no longer work.</source>
        <translation>Ältere Secrets funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>New secret for %1 created.</source>
        <translation>Neues Secret für %1 erzeugt.</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>Secret neu erzeugen</translation>
    </message>
    <message>
        <source>Replace the secret of %1? The old secret stops working immediately: every program using it fails until it gets the new one. Tokens already issued stay valid until they expire.</source>
        <translation>Das Secret von %1 ersetzen? Das alte Secret funktioniert ab sofort nicht mehr: Jedes Programm, das es verwendet, schlägt fehl, bis es das neue erhält. Bereits ausgestellte Tokens bleiben bis zum Ablauf gültig.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerating the secret of %1</source>
        <translation>Das Secret von %1 wird neu erzeugt</translation>
    </message>
    <message>
        <source>The old secret no longer works.</source>
        <translation>Das alte Secret funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>New secret for %1 set.</source>
        <translation>Neues Secret für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Revoke secrets</source>
        <translation>Secrets widerrufen</translation>
    </message>
    <message>
        <source>Revoke every secret of %1 and every token issued to it? It cannot get tokens until you rotate a new secret.</source>
        <translation>Jedes Secret von %1 und jedes an ihn ausgestellte Token widerrufen? Er erhält keine Tokens mehr, bis Sie ein neues Secret erzeugen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoking the secrets of %1</source>
        <translation>Die Secrets von %1 werden widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n secret(s) of %1 and its tokens.</source>
        <translation>
            <numerusform>%n Secret von %1 und seine Tokens widerrufen.</numerusform>
            <numerusform>%n Secrets von %1 und seine Tokens widerrufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultOrganizationUnit</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The server has no organization unit to put new items in.</source>
        <translation>Der Server hat keine Organisationseinheit für neue Elemente.</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>Flag chains deeper than</source>
        <translation>Ketten markieren, die tiefer sind als</translation>
    </message>
    <message>
        <source>Flag chains deeper than this many hops</source>
        <translation>Ketten markieren, die mehr Schritte haben als diese</translation>
    </message>
    <message>
        <source>Only flagged chains</source>
        <translation>Nur markierte Ketten</translation>
    </message>
    <message>
        <source>Delegation chains</source>
        <translation>Delegationsketten</translation>
    </message>
    <message>
        <source>Started by / who obtained each token</source>
        <translation>Gestartet von / wer jedes Token erhielt</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Reading the delegation chains…</source>
        <translation>Die Delegationsketten werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the delegation chains.</source>
        <translation>Die Delegationsketten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation>%1 (Schritt %2)</translation>
    </message>
    <message>
        <source>no human started it</source>
        <translation>kein Mensch hat es gestartet</translation>
    </message>
    <message>
        <source>deeper than %1</source>
        <translation>tiefer als %1</translation>
    </message>
    <message>
        <source>a hop widened its scopes</source>
        <translation>ein Schritt hat seine Scopes erweitert</translation>
    </message>
    <message>
        <source>Started by the user %1</source>
        <translation>Vom Benutzer %1 gestartet</translation>
    </message>
    <message>
        <source>Started by %1 on its own, with no user</source>
        <translation>Von %1 selbst gestartet, ohne Benutzer</translation>
    </message>
    <message>
        <source>The final token&apos;s scopes</source>
        <translation>Die Scopes des letzten Tokens</translation>
    </message>
    <message>
        <source>%1 — token %2; double-click to show its event</source>
        <translation>%1 — Token %2; Doppelklick zeigt sein Ereignis</translation>
    </message>
    <message>
        <source>holds a scope its parent did not</source>
        <translation>hat einen Scope, den sein Elterntoken nicht hatte</translation>
    </message>
    <message>
        <source>No delegation chain under this filter: chains come from token exchanges in the audit API&apos;s events.</source>
        <translation>Keine Delegationskette unter diesem Filter: Ketten entstehen aus Token-Austauschen in den Ereignissen der Audit-API.</translation>
    </message>
    <message>
        <source>%1 chains, %2 flagged%3</source>
        <translation>%1 Ketten, %2 markiert%3</translation>
    </message>
    <message>
        <source> (the newest %1)</source>
        <translation> (die neuesten %1)</translation>
    </message>
</context>
<context>
    <name>DemoSignIn</name>
    <message>
        <source>the sandbox&apos;s sign-in page did not open (%1)</source>
        <translation>die Anmeldeseite der Sandbox ließ sich nicht öffnen (%1)</translation>
    </message>
    <message>
        <source>the sign-in page is not the sandbox&apos;s form</source>
        <translation>die Anmeldeseite ist nicht das Formular der Sandbox</translation>
    </message>
    <message>
        <source>the sandbox refused the demo password of %1</source>
        <translation>die Sandbox hat das Demo-Passwort von %1 abgelehnt</translation>
    </message>
    <message>
        <source>the sandbox did not send the sign-in back to the console (%1)</source>
        <translation>die Sandbox hat die Anmeldung nicht an die Konsole zurückgegeben (%1)</translation>
    </message>
    <message>
        <source>the console&apos;s sign-in listener did not answer (%1)</source>
        <translation>der Anmelde-Listener der Konsole hat nicht geantwortet (%1)</translation>
    </message>
</context>
<context>
    <name>EntityPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>FlowRunner</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for the user</source>
        <translation>Wartet auf den Benutzer</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Refused (audience lock)</source>
        <translation>Abgelehnt (Zielgruppenbindung)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not supported by the server</source>
        <translation>Vom Server nicht unterstützt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>A run is going on; stop it first.</source>
        <translation>Ein Durchlauf läuft; halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>Connect to a server first: the playground runs against the connected server.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server: der Spielplatz läuft gegen den verbundenen Server.</translation>
    </message>
    <message>
        <source>The secret of %1 is missing: type it, or keep it in the keychain.</source>
        <translation>Das Geheimnis von %1 fehlt: geben Sie es ein oder bewahren Sie es im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>%1 gets its own token (client credentials)</source>
        <translation>%1 holt sich ein eigenes Token (Client Credentials)</translation>
    </message>
    <message>
        <source>The user signs in through the browser (%1, PKCE)</source>
        <translation>Der Benutzer meldet sich im Browser an (%1, PKCE)</translation>
    </message>
    <message>
        <source>%1 asks %2 for approval (bc-authorize)</source>
        <translation>%1 bittet %2 um Zustimmung (bc-authorize)</translation>
    </message>
    <message>
        <source>%1 polls until %2 decides</source>
        <translation>%1 fragt ab, bis %2 entscheidet</translation>
    </message>
    <message>
        <source>%1 exchanges the user&apos;s token: on-behalf-of</source>
        <translation>%1 tauscht das Token des Benutzers: im Auftrag (on-behalf-of)</translation>
    </message>
    <message>
        <source>Hop %1: %2 exchanges the token</source>
        <translation>Schritt %1: %2 tauscht das Token</translation>
    </message>
    <message>
        <source>The last token is presented to %1</source>
        <translation>Das letzte Token wird %1 vorgelegt</translation>
    </message>
    <message>
        <source>Not run: an earlier step did not succeed.</source>
        <translation>Nicht ausgeführt: ein früherer Schritt war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
    <message>
        <source>Not run: the run was stopped.</source>
        <translation>Nicht ausgeführt: der Durchlauf wurde angehalten.</translation>
    </message>
    <message>
        <source>sub %1</source>
        <translation>sub %1</translation>
    </message>
    <message>
        <source>act %1 (depth %2)</source>
        <translation>act %1 (Tiefe %2)</translation>
    </message>
    <message>
        <source>aud %1</source>
        <translation>aud %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>scope %1</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>an opaque token (not a JWT)</source>
        <translation>ein undurchsichtiges Token (kein JWT)</translation>
    </message>
    <message>
        <source>chain policy holds</source>
        <translation>Kettenrichtlinie erfüllt</translation>
    </message>
    <message>
        <source>chain policy fails: %1</source>
        <translation>Kettenrichtlinie verletzt: %1</translation>
    </message>
    <message>
        <source>✔ %1: %2</source>
        <translation>✔ %1: %2</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1: %2</translation>
    </message>
    <message>
        <source>Chain policy %1:
%2</source>
        <translation>Kettenrichtlinie %1:
%2</translation>
    </message>
    <message>
        <source>The server issued %1 where the hop asked for %2: it narrowed silently instead of refusing (a real ThunderID drops what it will not grant; the sandbox answers invalid_scope).</source>
        <translation>Der Server hat %1 ausgestellt, wo der Schritt %2 verlangte: er hat stillschweigend eingeschränkt statt abzulehnen (ein echter ThunderID lässt weg, was er nicht gewährt; die Sandbox antwortet invalid_scope).</translation>
    </message>
    <message>
        <source>The parent token holds only %1, so %2 could not be handed on.</source>
        <translation>Das Eltern-Token hat nur %1, daher konnte %2 nicht weitergegeben werden.</translation>
    </message>
    <message>
        <source>%1 held by the parent, but %2 does not hold it on %3.</source>
        <translation>%1 hat das Eltern-Token, aber %2 hat es nicht auf %3.</translation>
    </message>
    <message>
        <source>The user approved %1 of the %2 asked for.</source>
        <translation>Der Benutzer hat %1 der %2 angefragten genehmigt.</translation>
    </message>
    <message>
        <source>The sign-in granted %1 of %2: the user holds only these on %3 through their roles.</source>
        <translation>Die Anmeldung hat %1 von %2 gewährt: der Benutzer hat über seine Rollen nur diese auf %3.</translation>
    </message>
    <message>
        <source>The server issued %1 of the %2 asked for: %3 holds only these on %4 through its roles (issued = asked ∩ defined by the resource server ∩ held by the client).</source>
        <translation>Der Server hat %1 der %2 angefragten ausgestellt: %3 hat über seine Rollen nur diese auf %4 (ausgestellt = angefragt ∩ vom Ressourcenserver definiert ∩ vom Client gehalten).</translation>
    </message>
    <message>
        <source>the default audience</source>
        <translation>die Standard-Zielgruppe</translation>
    </message>
    <message>
        <source>It also added %1, which was not asked for.</source>
        <translation>Er hat außerdem %1 hinzugefügt, was nicht angefragt war.</translation>
    </message>
    <message>
        <source>The server does not support this step: it answered %1.</source>
        <translation>Der Server unterstützt diesen Schritt nicht: er antwortete %1.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server does not support client credentials: its discovery document does not list client_credentials.</source>
        <translation>Der Server unterstützt keine Client Credentials: sein Discovery-Dokument nennt client_credentials nicht.</translation>
    </message>
    <message>
        <source>The server does not support a browser sign-in: its discovery document has no authorization_endpoint or does not list authorization_code.</source>
        <translation>Der Server unterstützt keine Browser-Anmeldung: sein Discovery-Dokument hat keinen authorization_endpoint oder nennt authorization_code nicht.</translation>
    </message>
    <message>
        <source>Sign in as the user in the browser; the answer comes back to 127.0.0.1.</source>
        <translation>Melden Sie sich im Browser als der Benutzer an; die Antwort kommt an 127.0.0.1 zurück.</translation>
    </message>
    <message>
        <source>Authorization request (PKCE S256, loopback redirect):
%1</source>
        <translation>Autorisierungsanfrage (PKCE S256, Loopback-Weiterleitung):
%1</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The server does not support CIBA: its discovery document has no backchannel_authentication_endpoint.</source>
        <translation>Der Server unterstützt CIBA nicht: sein Discovery-Dokument hat keinen backchannel_authentication_endpoint.</translation>
    </message>
    <message>
        <source>The server does not support CIBA: its discovery document does not list the grant %1.</source>
        <translation>Der Server unterstützt CIBA nicht: sein Discovery-Dokument nennt den Grant %1 nicht.</translation>
    </message>
    <message>
        <source>Playground check %1</source>
        <translation>Spielplatz-Prüfung %1</translation>
    </message>
    <message>
        <source>Sent to %1 with the binding message “%2”; expires in %3, poll every %4.</source>
        <translation>An %1 gesendet mit der Bindungsnachricht „%2“; läuft ab in %3, Abfrage alle %4.</translation>
    </message>
    <message>
        <source>The user sees “%1” on the device that approves: this console&apos;s Inbox when signed in as %2, or another device.</source>
        <translation>Der Benutzer sieht „%1“ auf dem Gerät, das zustimmt: im Posteingang dieser Konsole, wenn als %2 angemeldet, oder auf einem anderen Gerät.</translation>
    </message>
    <message>
        <source>next poll in %1</source>
        <translation>nächste Abfrage in %1</translation>
    </message>
    <message>
        <source>polling now</source>
        <translation>fragt jetzt ab</translation>
    </message>
    <message>
        <source>Waiting for %1 to approve “%2” — %3 · the request expires in %4 · polling every %5</source>
        <translation>Warte, bis %1 „%2“ zustimmt — %3 · die Anfrage läuft ab in %4 · Abfrage alle %5</translation>
    </message>
    <message>
        <source>The server does not support token exchange (RFC 8693): its discovery document does not list %1.</source>
        <translation>Der Server unterstützt keinen Token-Austausch (RFC 8693): sein Discovery-Dokument nennt %1 nicht.</translation>
    </message>
    <message>
        <source>There is no token to exchange.</source>
        <translation>Es gibt kein Token zum Tauschen.</translation>
    </message>
    <message>
        <source>The actor chain did not grow by one: the parent had depth %1, this token has %2 (a real ThunderID builds act only from an actor_token).</source>
        <translation>Die Akteurskette ist nicht um eins gewachsen: das Eltern-Token hatte Tiefe %1, dieses Token hat %2 (ein echter ThunderID baut act nur aus einem actor_token).</translation>
    </message>
    <message>
        <source>There is no token to present.</source>
        <translation>Es gibt kein Token zum Vorlegen.</translation>
    </message>
    <message>
        <source>Introspection needs an agent&apos;s credentials; this run has none.</source>
        <translation>Die Introspektion braucht die Zugangsdaten eines Agenten; dieser Durchlauf hat keine.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s introspection says the token is not active.</source>
        <translation>Abgelehnt: laut Introspektion des Servers ist das Token nicht aktiv.</translation>
    </message>
    <message>
        <source>Accepted: the token is active and its audience names %1.</source>
        <translation>Angenommen: das Token ist aktiv und seine Zielgruppe nennt %1.</translation>
    </message>
    <message>
        <source>Refused: the token is locked to %1, not %2.</source>
        <translation>Abgelehnt: das Token ist an %1 gebunden, nicht an %2.</translation>
    </message>
    <message>
        <source>no audience</source>
        <translation>keine Zielgruppe</translation>
    </message>
    <message>
        <source>The server&apos;s introspection says the token is active for audience %1. A resource server accepts only tokens whose aud names it (RFC 8707, RFC 9068 §4), so %2 refuses this one: a token obtained for one resource server cannot be replayed at another.</source>
        <translation>Laut Introspektion des Servers ist das Token für die Zielgruppe %1 aktiv. Ein Ressourcenserver nimmt nur Tokens an, deren aud ihn nennt (RFC 8707, RFC 9068 §4), daher lehnt %2 dieses ab: ein für einen Ressourcenserver erhaltenes Token lässt sich bei einem anderen nicht wiederverwenden.</translation>
    </message>
</context>
<context>
    <name>HistoryConnector</name>
    <message>
        <source>Not connected: showing what was stored</source>
        <translation>Nicht verbunden: Gespeichertes wird angezeigt</translation>
    </message>
    <message>
        <source>Opening the token history of “%1”…</source>
        <translation>Der Token-Verlauf von „%1“ wird geöffnet…</translation>
    </message>
    <message>
        <source>The history store %1 could not be opened: %2</source>
        <translation>Der Verlaufsspeicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Applying the retention of %n day(s): %1</source>
        <translation>
            <numerusform>Aufbewahrung von %n Tag wird angewendet: %1</numerusform>
            <numerusform>Aufbewahrung von %n Tagen wird angewendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no audit-events API (ThunderID has none yet): import its event files to see its history</source>
        <translation>Dieser Server hat keine Audit-Events-API (ThunderID hat noch keine): Importieren Sie seine Ereignisdateien, um seinen Verlauf zu sehen</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <source>empty line</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>“%1” is missing or not a string</source>
        <translation>„%1“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>“timestamp” is missing or not an RFC 3339 instant</source>
        <translation>„timestamp“ fehlt oder ist kein Zeitpunkt nach RFC 3339</translation>
    </message>
    <message>
        <source>“data” is not an object</source>
        <translation>„data“ ist kein Objekt</translation>
    </message>
    <message>
        <source>an audit event without “id” or “type”</source>
        <translation>ein Audit-Ereignis ohne „id“ oder „type“</translation>
    </message>
    <message>
        <source>audit event %1: “timestamp” is not an RFC 3339 instant</source>
        <translation>Audit-Ereignis %1: „timestamp“ ist kein Zeitpunkt nach RFC 3339</translation>
    </message>
</context>
<context>
    <name>HistoryEventDetail</name>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>Select an event to see its original text, its actor chain and the events linked to it.</source>
        <translation>Wählen Sie ein Ereignis, um seinen Originaltext, seine Akteurskette und die damit verknüpften Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>The event&apos;s original text</source>
        <translation>Der Originaltext des Ereignisses</translation>
    </message>
    <message>
        <source>The other source&apos;s original text</source>
        <translation>Der Originaltext der anderen Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Actor chain</source>
        <translation>Akteurskette</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Verknüpfte Ereignisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation>Agent / Anwendung</translation>
    </message>
    <message>
        <source>Double-click an event to show it here</source>
        <translation>Doppelklicken Sie auf ein Ereignis, um es hier zu zeigen</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Open in Inspector</source>
        <translation>Im Inspektor öffnen</translation>
    </message>
    <message>
        <source>parent token revoked</source>
        <translation>Elterntoken widerrufen</translation>
    </message>
    <message>
        <source>parent token</source>
        <translation>Elterntoken</translation>
    </message>
    <message>
        <source>exchanged from it</source>
        <translation>daraus ausgetauscht</translation>
    </message>
    <message>
        <source>its revocation</source>
        <translation>sein Widerruf</translation>
    </message>
    <message>
        <source>same token</source>
        <translation>dasselbe Token</translation>
    </message>
    <message>
        <source>same trace</source>
        <translation>derselbe Trace</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>The event does not tell the token&apos;s claims (ThunderID&apos;s file has no subject or actor)</source>
        <translation>Das Ereignis nennt die Claims des Tokens nicht (die Datei von ThunderID hat weder Subjekt noch Akteur)</translation>
    </message>
    <message>
        <source>Show the claims this event tells (sub, act, aud, scope) in the token inspector</source>
        <translation>Die Claims dieses Ereignisses (sub, act, aud, scope) im Token-Inspektor zeigen</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Fehler: %1 %2</translation>
    </message>
    <message>
        <source>ThunderID&apos;s event file names no subject and no actor: the chain is known only for events from the audit API.</source>
        <translation>Die Ereignisdatei von ThunderID nennt weder Subjekt noch Akteur: Die Kette ist nur für Ereignisse aus der Audit-API bekannt.</translation>
    </message>
    <message>
        <source>This event names no subject and no actor.</source>
        <translation>Dieses Ereignis nennt weder Subjekt noch Akteur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 acts for %2 through a chain of %n actor(s).</source>
        <translation>
            <numerusform>%1 handelt für %2 über eine Kette mit %n Akteur.</numerusform>
            <numerusform>%1 handelt für %2 über eine Kette mit %n Akteuren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>Der Agent</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>das Subjekt</translation>
    </message>
    <message>
        <source>No delegation: the token was issued to its client directly.</source>
        <translation>Keine Delegation: Das Token wurde direkt an seinen Client ausgestellt.</translation>
    </message>
    <message>
        <source>The same occurrence from the audit API (%1):</source>
        <translation>Dasselbe Vorkommnis aus der Audit-API (%1):</translation>
    </message>
    <message>
        <source>The same occurrence in ThunderID&apos;s event file (%1):</source>
        <translation>Dasselbe Vorkommnis in der Ereignisdatei von ThunderID (%1):</translation>
    </message>
    <message>
        <source>Could not read the linked events: %1</source>
        <translation>Die verknüpften Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>failed: %1 %2</source>
        <translation>fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Linked (%1)</source>
        <translation>Verknüpft (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryEventsModel</name>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation>Agent / Anwendung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Chain depth</source>
        <translation>Kettentiefe</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
</context>
<context>
    <name>HistoryFacetsModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation>Agent / Anwendung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 — click to add “%2” to the filter</source>
        <translation>%1 — klicken, um „%2“ zum Filter hinzuzufügen</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>HistoryFilter</name>
    <message>
        <source>The quote is not closed.</source>
        <translation>Das Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Unknown key “%1”. Keys: %2.</source>
        <translation>Unbekannter Schlüssel „%1“. Schlüssel: %2.</translation>
    </message>
    <message>
        <source>“%1” needs a value.</source>
        <translation>„%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>Only depth compares with &lt;, &lt;=, &gt; and &gt;=.</source>
        <translation>Nur die Tiefe lässt sich mit &lt;, &lt;=, &gt; und &gt;= vergleichen.</translation>
    </message>
    <message>
        <source>Outcome is success, failure or in_progress.</source>
        <translation>Das Ergebnis ist success, failure oder in_progress.</translation>
    </message>
    <message>
        <source>Source is file or api.</source>
        <translation>Die Quelle ist file oder api.</translation>
    </message>
    <message>
        <source>Depth is a whole number (0: no actor).</source>
        <translation>Die Tiefe ist eine ganze Zahl (0: kein Akteur).</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 2026-11-30, 2026-11-30T08:00:00Z or 24h, 7d, 30m.</source>
        <translation>„%1“ ist keine Zeitangabe: Verwenden Sie 2026-11-30, 2026-11-30T08:00:00Z oder 24h, 7d, 30m.</translation>
    </message>
    <message>
        <source>A policy is given as policy:FILE (-policy:FILE for the tokens that break it).</source>
        <translation>Eine Richtlinie wird als policy:DATEI angegeben (-policy:DATEI für die Tokens, die sie verletzen).</translation>
    </message>
    <message>
        <source>The policy %1 cannot be used: %2</source>
        <translation>Die Richtlinie %1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>HistoryFollower</name>
    <message>
        <source>Cannot follow %1: %2</source>
        <translation>%1 kann nicht verfolgt werden: %2</translation>
    </message>
    <message>
        <source>%1 was replaced by a new file</source>
        <translation>%1 wurde durch eine neue Datei ersetzt</translation>
    </message>
    <message>
        <source>%1 was truncated</source>
        <translation>%1 wurde gekürzt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>imported %1, duplicates %2, malformed %3</source>
        <translation>importiert %1, Duplikate %2, fehlerhaft %3</translation>
    </message>
    <message>
        <source>, joined to audit events %1</source>
        <translation>, mit Audit-Ereignissen %1 zusammengeführt</translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) refused</source>
        <translation>
            <numerusform>, %n Datei abgelehnt</numerusform>
            <numerusform>, %n Dateien abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation>
            <numerusform> (%n Datei)</numerusform>
            <numerusform> (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — abgebrochen</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a binary file, not ThunderID&apos;s observability events (JSON lines)</source>
        <translation>eine Binärdatei, keine Observability-Ereignisse von ThunderID (JSON-Zeilen)</translation>
    </message>
    <message>
        <source>a JSON array; ThunderID&apos;s events file has one JSON object per line</source>
        <translation>ein JSON-Array; die Ereignisdatei von ThunderID hat ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <source>no line is a ThunderID event (first problem, line %1: %2)</source>
        <translation>keine Zeile ist ein ThunderID-Ereignis (erstes Problem, Zeile %1: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Token history</source>
        <translation>Token-Verlauf</translation>
    </message>
    <message>
        <source>Reading the history: %1</source>
        <translation>Der Verlauf wird gelesen: %1</translation>
    </message>
    <message>
        <source>Filter, e.g. type:TOKEN_ISSUED client:nightly-kpi-builder outcome:failure since:24h depth&gt;=2 (Ctrl+F)</source>
        <translation>Filter, z. B. type:TOKEN_ISSUED client:nightly-kpi-builder outcome:failure since:24h depth&gt;=2 (Strg+F)</translation>
    </message>
    <message>
        <source>History filter</source>
        <translation>Verlaufsfilter</translation>
    </message>
    <message>
        <source>Terms are ANDed: type: client: grant: scope: outcome: since: until: depth&gt;= trace: sub: aud: jti: parent: source: id:, a &apos;-&apos; before a term negates it, and bare words search the original text. Enter applies at once.</source>
        <translation>Begriffe werden UND-verknüpft: type: client: grant: scope: outcome: since: until: depth&gt;= trace: sub: aud: jti: parent: source: id:, ein „-“ vor einem Begriff verneint ihn, und einfache Wörter durchsuchen den Originaltext. Eingabe wendet sofort an.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved filters: apply one, or save the current filter</source>
        <translation>Gespeicherte Filter: einen anwenden oder den aktuellen Filter speichern</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import ThunderID event files (observability JSON lines, .gz too): files, a folder, or follow a file as it grows</source>
        <translation>ThunderID-Ereignisdateien importieren (Observability-JSON-Zeilen, auch .gz): Dateien, ein Ordner oder einer wachsenden Datei folgen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the events of the current filter, oldest first, with a .sha256 beside it</source>
        <translation>Die Ereignisse des aktuellen Filters exportieren, älteste zuerst, mit einer .sha256-Datei daneben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Den Importbericht schließen</translation>
    </message>
    <message>
        <source>Lines and files that were not imported</source>
        <translation>Zeilen und Dateien, die nicht importiert wurden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Reading the delegation chains: %1</source>
        <translation>Die Delegationsketten werden gelesen: %1</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Facet counts</source>
        <translation>Facettenzählungen</translation>
    </message>
    <message>
        <source>Click a value to add it to the filter</source>
        <translation>Klicken Sie auf einen Wert, um ihn zum Filter hinzuzufügen</translation>
    </message>
    <message>
        <source>Not connected. Connect to a server (Ctrl+O) or start the console with --sandbox to open the token history of its profile.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Server (Strg+O) oder starten Sie die Konsole mit --sandbox, um den Token-Verlauf seines Profils zu öffnen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No events yet.

Import ThunderID&apos;s event files with Import → Files… (its observability log, .gz rotations too), a folder, or follow a file as the server writes it.

A server with the audit-events extension (the sandbox has it) is synced here by itself when you connect.</source>
        <translation>Noch keine Ereignisse.

Importieren Sie die Ereignisdateien von ThunderID mit Importieren → Dateien… (sein Observability-Log, auch .gz-Rotationen), einen Ordner, oder folgen Sie einer Datei, während der Server sie schreibt.

Ein Server mit der Audit-Events-Erweiterung (die Sandbox hat sie) wird beim Verbinden von selbst hierher synchronisiert.</translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>Kein Ereignis passt zum Filter.</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>Ein Ordner…</translation>
    </message>
    <message>
        <source>Follow a file…</source>
        <translation>Einer Datei folgen…</translation>
    </message>
    <message>
        <source>Import a file and keep importing what the server appends to it</source>
        <translation>Eine Datei importieren und weiter importieren, was der Server anhängt</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Ereignisse behalten für</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Keep events for this many days (0: forever)</source>
        <translation>Ereignisse so viele Tage behalten (0: für immer)</translation>
    </message>
    <message>
        <source>Events older than this are deleted when a history store is opened (on connect); 0 keeps them forever</source>
        <translation>Ereignisse, die älter sind, werden beim Öffnen eines Verlaufsspeichers (beim Verbinden) gelöscht; 0 behält sie für immer</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON lines (original events)…</source>
        <translation>JSON-Zeilen (Originalereignisse)…</translation>
    </message>
    <message>
        <source>Connect to a server first: the history is kept per connection profile.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server: Der Verlauf wird je Verbindungsprofil geführt.</translation>
    </message>
    <message>
        <source>ThunderID event files (*.log *.jsonl *.json *.gz observability.log.*)</source>
        <translation>ThunderID-Ereignisdateien (*.log *.jsonl *.json *.gz observability.log.*)</translation>
    </message>
    <message>
        <source>Import ThunderID event files</source>
        <translation>ThunderID-Ereignisdateien importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of ThunderID event files</source>
        <translation>Einen Ordner mit ThunderID-Ereignisdateien importieren</translation>
    </message>
    <message>
        <source>Follow a ThunderID event file</source>
        <translation>Einer ThunderID-Ereignisdatei folgen</translation>
    </message>
    <message>
        <source>Export the filtered events</source>
        <translation>Die gefilterten Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 &lt;code&gt;%2&lt;/code&gt; — the table still shows the last valid filter.</source>
        <translation>%1 &lt;code&gt;%2&lt;/code&gt; — die Tabelle zeigt weiterhin den letzten gültigen Filter.</translation>
    </message>
    <message>
        <source>The filter has an error; fix it before saving it as “%1”.</source>
        <translation>Der Filter enthält einen Fehler; beheben Sie ihn, bevor Sie ihn als „%1“ speichern.</translation>
    </message>
    <message>
        <source>Saved the filter as “%1”.</source>
        <translation>Filter als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Noch keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>Save the current filter as… (Enter)</source>
        <translation>Den aktuellen Filter speichern als… (Eingabe)</translation>
    </message>
    <message>
        <source>Name for the current filter</source>
        <translation>Name für den aktuellen Filter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The followed file was rotated or truncated (%1); reading it again from its start.</source>
        <translation>Die verfolgte Datei wurde rotiert oder gekürzt (%1); sie wird erneut von vorn gelesen.</translation>
    </message>
    <message>
        <source>Following %1: %2</source>
        <translation>Folge %1: %2</translation>
    </message>
    <message>
        <source>Counting the facets: %1</source>
        <translation>Facetten werden gezählt: %1</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>No event matches the filter</source>
        <translation>Kein Ereignis passt zum Filter</translation>
    </message>
    <message>
        <source>Could not read the timeline</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Events per %1, by outcome. Drag across a time range (or click an interval) to filter the table to it.</source>
        <translation>Ereignisse je %1, nach Ergebnis. Ziehen Sie über einen Zeitraum (oder klicken Sie auf ein Intervall), um die Tabelle darauf zu filtern.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 events match</source>
        <translation>%1 Ereignisse passen</translation>
    </message>
    <message>
        <source>Audit sync: starting…</source>
        <translation>Audit-Synchronisation: startet…</translation>
    </message>
    <message>
        <source>Syncing the server&apos;s audit events: %1 of %2</source>
        <translation>Die Audit-Ereignisse des Servers werden synchronisiert: %1 von %2</translation>
    </message>
    <message>
        <source>Syncing the server&apos;s audit events: %1</source>
        <translation>Die Audit-Ereignisse des Servers werden synchronisiert: %1</translation>
    </message>
    <message>
        <source>Audit events up to date (%1 new)</source>
        <translation>Audit-Ereignisse aktuell (%1 neu)</translation>
    </message>
    <message>
        <source>Audit events up to date</source>
        <translation>Audit-Ereignisse aktuell</translation>
    </message>
    <message>
        <source>Audit sync paused: %1 — retrying by itself</source>
        <translation>Audit-Synchronisation angehalten: %1 — wird von selbst erneut versucht</translation>
    </message>
    <message>
        <source>Audit sync stopped</source>
        <translation>Audit-Synchronisation beendet</translation>
    </message>
    <message>
        <source>Following %1: %2 imported</source>
        <translation>Folge %1: %2 importiert</translation>
    </message>
    <message>
        <source>, %1 malformed lines skipped</source>
        <translation>, %1 fehlerhafte Zeilen übersprungen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was left behind.</source>
        <translation>Export abgebrochen: Es wurde keine Datei hinterlassen.</translation>
    </message>
    <message>
        <source>Exporting to %1: %2</source>
        <translation>Export nach %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 events to %2 (its SHA-256 is in %3).</source>
        <translation>%1 Ereignisse nach %2 exportiert (ihr SHA-256 steht in %3).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 is still running: wait for it or cancel it first.</source>
        <translation>%1 läuft noch: warten Sie oder brechen Sie es zuerst ab.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n paths…</source>
        <translation>
            <numerusform>%n Pfad wird importiert…</numerusform>
            <numerusform>%n Pfade werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled — what was read until then is kept: %1</source>
        <translation>Import abgebrochen — was bis dahin gelesen wurde, bleibt erhalten: %1</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde beendet: %1</translation>
    </message>
    <message>
        <source>The first %1 malformed lines are listed.</source>
        <translation>Die ersten %1 fehlerhaften Zeilen sind aufgeführt.</translation>
    </message>
    <message>
        <source>%1 — not imported: %2</source>
        <translation>%1 — nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>Cannot follow %1: %2</source>
        <translation>%1 kann nicht verfolgt werden: %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Verlaufsansichten</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Events per interval, by outcome. Drag across a time range (or click an interval) to filter the table to it.</source>
        <translation>Ereignisse je Intervall, nach Ergebnis. Ziehen Sie über einen Zeitraum (oder klicken Sie auf ein Intervall), um die Tabelle darauf zu filtern.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Keine Ereignisse in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n events in %1 intervals</source>
        <translation>
            <numerusform>%n Ereignis in %1 Intervallen</numerusform>
            <numerusform>%n Ereignisse in %1 Intervallen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Approval inbox</source>
        <translation>Genehmigungseingang</translation>
    </message>
    <message>
        <source>Loading the requests</source>
        <translation>Die Anfragen werden geladen</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Ask the server for waiting requests now (F5); the list also follows the server&apos;s changes by itself</source>
        <translation>Den Server jetzt nach wartenden Anfragen fragen (F5); die Liste folgt den Änderungen des Servers auch von selbst</translation>
    </message>
    <message>
        <source>This server has no CIBA approval API.

ThunderID does not offer one yet; the console uses the “ciba-approvals” extension (docs/extension-api.yaml), which the sandbox implements. Connect to a server that lists it in its discovery document to approve or deny agents&apos; backchannel requests here.</source>
        <translation>Dieser Server hat keine CIBA-Genehmigungs-API.

ThunderID bietet noch keine an; die Konsole verwendet die Erweiterung „ciba-approvals“ (docs/extension-api.yaml), die die Sandbox implementiert. Verbinden Sie sich mit einem Server, der sie in seinem Discovery-Dokument aufführt, um Backchannel-Anfragen von Agenten hier zu genehmigen oder abzulehnen.</translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation>Anfragen, die auf Genehmigung warten</translation>
    </message>
    <message>
        <source>Could not load the requests.</source>
        <translation>Die Anfragen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No requests waiting for approval</source>
        <translation>Keine Anfragen warten auf Genehmigung</translation>
    </message>
    <message>
        <source>No request matches the filter.</source>
        <translation>Keine Anfrage passt zum Filter.</translation>
    </message>
    <message>
        <source>Select a request to see what the agent asks for.</source>
        <translation>Wählen Sie eine Anfrage, um zu sehen, was der Agent anfordert.</translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation>Bindungsnachricht</translation>
    </message>
    <message>
        <source>Approve only if the agent shows you exactly this message.</source>
        <translation>Genehmigen Sie nur, wenn der Agent Ihnen genau diese Nachricht zeigt.</translation>
    </message>
    <message>
        <source>Requesting agent</source>
        <translation>Anfragender Agent</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation>Ressourcenserver</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>For user:</source>
        <translation>Für Benutzer:</translation>
    </message>
    <message>
        <source>Resource server:</source>
        <translation>Ressourcenserver:</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>Fordert an:</translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation>Läuft ab in:</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deny the selected request</source>
        <translation>Die ausgewählte Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Refuse: the agent gets access_denied</source>
        <translation>Ablehnen: Der Agent erhält access_denied</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Die ausgewählte Anfrage genehmigen</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation>%1 (%2, Client-ID %3)</translation>
    </message>
    <message>
        <source>none (OpenID scopes only)</source>
        <translation>keine (nur OpenID-Scopes)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Expired: the agent must ask again.</source>
        <translation>Abgelaufen: Der Agent muss erneut fragen.</translation>
    </message>
    <message>
        <source>Approved “%1”: %2 receives its tokens at its next poll.</source>
        <translation>„%1“ genehmigt: %2 erhält seine Tokens bei der nächsten Abfrage.</translation>
    </message>
    <message>
        <source>Denied “%1”: %2 is told access_denied.</source>
        <translation>„%1“ abgelehnt: %2 erhält access_denied.</translation>
    </message>
    <message>
        <source>The server refused: only the user the request is addressed to (%1) can approve or deny it, with their own sign-in.</source>
        <translation>Der Server hat abgelehnt: Nur der Benutzer, an den die Anfrage gerichtet ist (%1), kann sie mit seiner eigenen Anmeldung genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>“%1” is no longer waiting: it was decided elsewhere or it expired.</source>
        <translation>„%1“ wartet nicht mehr: Es wurde anderswo entschieden oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>“%1” is gone: the server no longer lists it.</source>
        <translation>„%1“ ist weg: Der Server listet es nicht mehr.</translation>
    </message>
    <message>
        <source>Approving “%1”</source>
        <translation>„%1“ wird genehmigt</translation>
    </message>
    <message>
        <source>Denying “%1”</source>
        <translation>„%1“ wird abgelehnt</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an administrator and see every user&apos;s requests; only the user a request is addressed to can approve or deny it, with their own sign-in.</source>
        <translation>Nur lesen: Sie sind als Administrator angemeldet und sehen die Anfragen aller Benutzer; nur der Benutzer, an den eine Anfrage gerichtet ist, kann sie mit seiner eigenen Anmeldung genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>Scopes asked for; untick one to approve without it</source>
        <translation>Angeforderte Scopes; entfernen Sie ein Häkchen, um ohne diesen Scope zu genehmigen</translation>
    </message>
    <message>
        <source>Untick a scope to approve the request without it</source>
        <translation>Entfernen Sie das Häkchen eines Scopes, um die Anfrage ohne ihn zu genehmigen</translation>
    </message>
    <message>
        <source>Tick at least one scope to approve, or deny the request</source>
        <translation>Haken Sie mindestens einen Scope an, um zu genehmigen, oder lehnen Sie die Anfrage ab</translation>
    </message>
    <message>
        <source>Let the agent act for the user with the ticked scopes; it receives its tokens</source>
        <translation>Den Agenten mit den angehakten Scopes für den Benutzer handeln lassen; er erhält seine Tokens</translation>
    </message>
    <message>
        <source>%1 · high impact</source>
        <translation>%1 · weitreichend</translation>
    </message>
    <message>
        <source>%1
This scope lets the agent change, delete or administer something.</source>
        <translation>%1
Dieser Scope erlaubt dem Agenten, etwas zu ändern, zu löschen oder zu verwalten.</translation>
    </message>
    <message>
        <source>Approved “%1” for %2 only: %3 receives its tokens at its next poll.</source>
        <translation>„%1“ nur für %2 genehmigt: %3 erhält seine Tokens bei der nächsten Abfrage.</translation>
    </message>
    <message>
        <source>Could not load the decisions.</source>
        <translation>Die Entscheidungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Noch keine Entscheidungen.</translation>
    </message>
    <message>
        <source>Loading the decisions</source>
        <translation>Die Entscheidungen werden geladen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>My decisions</source>
        <translation>Meine Entscheidungen</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>%1 — owned by %2</source>
        <translation>%1 — verantwortlich: %2</translation>
    </message>
    <message>
        <source>On whose behalf the agent acts</source>
        <translation>In wessen Auftrag der Agent handelt</translation>
    </message>
    <message>
        <source>Acting for:</source>
        <translation>Handelt für:</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <source>%1 (agent)</source>
        <translation>%1 (Agent)</translation>
    </message>
    <message>
        <source>%1 (application)</source>
        <translation>%1 (Anwendung)</translation>
    </message>
    <message>
        <source>%1 (not known to this server)</source>
        <translation>%1 (diesem Server unbekannt)</translation>
    </message>
    <message>
        <source>%1
through %2</source>
        <translation>%1
über %2</translation>
    </message>
    <message>
        <source> → </source>
        <translation> → </translation>
    </message>
</context>
<context>
    <name>InboxTray</name>
    <message>
        <source>Open the approval inbox</source>
        <translation>Den Genehmigungseingang öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>ThunderID Console — no requests waiting</source>
        <translation>ThunderID Console — keine wartenden Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>ThunderID Console — %n request(s) waiting for your approval</source>
        <translation>
            <numerusform>ThunderID Console — %n Anfrage wartet auf Ihre Genehmigung</numerusform>
            <numerusform>ThunderID Console — %n Anfragen warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks to act for %2.</source>
        <translation>%1 möchte für %2 handeln.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>Nachricht: „%1“</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your approval</source>
        <translation>
            <numerusform>%n Anfrage wartet auf Ihre Genehmigung</numerusform>
            <numerusform>%n Anfragen warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents asked to act on your behalf while the console was not running.</source>
        <translation>Agenten haben darum gebeten, in Ihrem Namen zu handeln, während die Konsole nicht lief.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>%1 asks for your approval</source>
        <translation>%1 bittet um Ihre Genehmigung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n Anfrage wartet</numerusform>
            <numerusform>%n Anfragen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests waiting</source>
        <translation>Keine wartenden Anfragen</translation>
    </message>
</context>
<context>
    <name>InspectorPane</name>
    <message>
        <source>%1 (cached)</source>
        <translation>%1 (zwischengespeichert)</translation>
    </message>
    <message>
        <source>Key set not loaded</source>
        <translation>Schlüsselsatz nicht geladen</translation>
    </message>
    <message>
        <source>Paste a JWT (eyJ…), a &quot;Bearer …&quot; header value, or drop a file here</source>
        <translation>Fügen Sie ein JWT (eyJ…) oder einen „Bearer …“-Header-Wert ein, oder legen Sie eine Datei hier ab</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>JWKS URL, discovery URL (…/.well-known/openid-configuration) or JWKS JSON</source>
        <translation>JWKS-URL, Discovery-URL (…/.well-known/openid-configuration) oder JWKS-JSON</translation>
    </message>
    <message>
        <source>Load keys</source>
        <translation>Schlüssel laden</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>Schlüsseldatei…</translation>
    </message>
    <message>
        <source>exact iss, e.g. https://localhost:8090</source>
        <translation>exakter iss, z. B. https://localhost:8090</translation>
    </message>
    <message>
        <source>accepted aud values, space-separated</source>
        <translation>akzeptierte aud-Werte, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Access token (RFC 9068)</source>
        <translation>Zugriffstoken (RFC 9068)</translation>
    </message>
    <message>
        <source>Require typ at+jwt and the RFC 9068 claims. Untick for ID tokens and other JWTs.</source>
        <translation>typ at+jwt und die Claims nach RFC 9068 verlangen. Für ID-Tokens und andere JWTs abwählen.</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>Clock &amp;skew:</source>
        <translation>&amp;Uhrenabweichung:</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Prüfen (Introspection)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Paste a second token derived from this one (e.g. from token exchange) to see what changed: scopes, audience, actor chain.</source>
        <translation>Fügen Sie ein zweites, von diesem abgeleitetes Token ein (z. B. aus einem Token-Austausch), um zu sehen, was sich geändert hat: Scopes, Audience, Akteurskette.</translation>
    </message>
    <message>
        <source>Paste the child token here (the one obtained from this token)</source>
        <translation>Fügen Sie hier das abgeleitete Token ein (das aus diesem Token erhaltene)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Actor chain (subject → current actor → prior actors)</source>
        <translation>Akteurskette (Subjekt → aktueller Akteur → frühere Akteure)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No keys: signatures cannot be verified</source>
        <translation>Keine Schlüssel: Signaturen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>This is not a JWT: %1</source>
        <translation>Dies ist kein JWT: %1</translation>
    </message>
    <message>
        <source>✖ Not a JWT</source>
        <translation>✖ Kein JWT</translation>
    </message>
    <message>
        <source>✔ Valid</source>
        <translation>✔ Gültig</translation>
    </message>
    <message>
        <source>Signature not verified: load the issuer&apos;s keys</source>
        <translation>Signatur nicht geprüft: Laden Sie die Schlüssel des Ausstellers</translation>
    </message>
    <message>
        <source>✖ Invalid: 1 error</source>
        <translation>✖ Ungültig: 1 Fehler</translation>
    </message>
    <message>
        <source>✖ Invalid: %1 errors</source>
        <translation>✖ Ungültig: %1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Läuft ab in %1</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>Vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key from %1</source>
        <translation>1 Schlüssel von %1</translation>
    </message>
    <message>
        <source>%1 keys from %2</source>
        <translation>%1 Schlüssel von %2</translation>
    </message>
    <message>
        <source> (%1 skipped)</source>
        <translation> (%1 übersprungen)</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Cannot use %1 as a key set: %2</source>
        <translation>%1 kann nicht als Schlüsselsatz verwendet werden: %2</translation>
    </message>
    <message>
        <source>The pasted key set is unusable: %1</source>
        <translation>Der eingefügte Schlüsselsatz ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>pasted JSON</source>
        <translation>eingefügtes JSON</translation>
    </message>
    <message>
        <source>Enter an http(s) URL or a JWKS JSON object.</source>
        <translation>Geben Sie eine http(s)-URL oder ein JWKS-JSON-Objekt ein.</translation>
    </message>
    <message>
        <source>Open a JWK Set</source>
        <translation>Ein JWK Set öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwks)</source>
        <translation>JSON-Dateien (*.json *.jwks)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a token</source>
        <translation>Ein Token öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a token.</source>
        <translation>%1 ist größer als 1 MiB: kein Token.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s keys…</source>
        <translation>Die Schlüssel des Servers werden abgerufen…</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s keys: %1</source>
        <translation>Die Schlüssel des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s key set is unusable: %1</source>
        <translation>Der Schlüsselsatz des Servers ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Connect to a server to use this.</source>
        <translation>Verbinden Sie sich mit einem Server, um dies zu nutzen.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Ask the server whether the token is active (RFC 7662). ThunderID&apos;s answer omits act and grant_type.</source>
        <translation>Den Server fragen, ob das Token aktiv ist (RFC 7662). Die Antwort von ThunderID enthält weder act noch grant_type.</translation>
    </message>
    <message>
        <source>Revoke the token at the server (RFC 7009). Only tokens issued to the signed-in client can be revoked.</source>
        <translation>Das Token beim Server widerrufen (RFC 7009). Nur an den angemeldeten Client ausgestellte Tokens können widerrufen werden.</translation>
    </message>
    <message>
        <source>Introspection failed: %1</source>
        <translation>Introspection fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Inactive.</source>
        <translation>Inaktiv.</translation>
    </message>
    <message>
        <source>The server does not accept this token (expired, revoked, forged or not issued by it; introspection never says which).</source>
        <translation>Der Server akzeptiert dieses Token nicht (abgelaufen, widerrufen, gefälscht oder nicht von ihm ausgestellt; Introspection sagt nie, was davon).</translation>
    </message>
    <message>
        <source>Active.</source>
        <translation>Aktiv.</translation>
    </message>
    <message>
        <source>client_id</source>
        <translation>client_id</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>aud</source>
        <translation>aud</translation>
    </message>
    <message>
        <source>token_type</source>
        <translation>token_type</translation>
    </message>
    <message>
        <source>exp</source>
        <translation>exp</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke this token at the server? Resource servers that validate tokens locally will keep accepting it until it expires.</source>
        <translation>Dieses Token beim Server widerrufen? Ressourcenserver, die Tokens lokal prüfen, akzeptieren es weiter, bis es abläuft.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revocation failed: %1</source>
        <translation>Widerruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Revocation accepted.</source>
        <translation>Widerruf angenommen.</translation>
    </message>
    <message>
        <source>RFC 7009 servers answer 200 for unknown tokens too; introspect to confirm it is inactive.</source>
        <translation>Server nach RFC 7009 antworten auch für unbekannte Tokens mit 200; prüfen Sie per Introspection, ob es inaktiv ist.</translation>
    </message>
    <message>
        <source>Paste a second token above to compare it with the inspected one.</source>
        <translation>Fügen Sie oben ein zweites Token ein, um es mit dem geprüften zu vergleichen.</translation>
    </message>
    <message>
        <source>Paste a valid token in the box at the top first.</source>
        <translation>Fügen Sie zuerst ein gültiges Token in das Feld oben ein.</translation>
    </message>
    <message>
        <source>The second token is not a JWT: %1</source>
        <translation>Das zweite Token ist kein JWT: %1</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>unverändert (%1)</translation>
    </message>
    <message>
        <source>Actor chain:</source>
        <translation>Akteurskette:</translation>
    </message>
    <message>
        <source>%1 → %2 actor(s)</source>
        <translation>%1 → %2 Akteur(e)</translation>
    </message>
    <message>
        <source>, new: %1</source>
        <translation>, neu: %1</translation>
    </message>
    <message>
        <source>Child token:</source>
        <translation>Abgeleitetes Token:</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message numerus="yes">
        <source>not valid (%n error(s))</source>
        <translation>
            <numerusform>ungültig (%n Fehler)</numerusform>
            <numerusform>ungültig (%n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Widened: the child holds scopes its parent did not.</source>
        <translation>Erweitert: Das abgeleitete Token hat Scopes, die sein Elterntoken nicht hatte.</translation>
    </message>
    <message>
        <source>Chain policy…</source>
        <translation>Kettenrichtlinie…</translation>
    </message>
    <message>
        <source>Check every token against a chain policy file: human-initiated, max-depth, allowed-actors, audience-is, scopes-within (docs/policies.md).</source>
        <translation>Jedes Token gegen eine Kettenrichtlinien-Datei prüfen: human-initiated, max-depth, allowed-actors, audience-is, scopes-within (docs/policies.md).</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>Richtlinie entfernen</translation>
    </message>
    <message>
        <source>the connected server</source>
        <translation>der verbundene Server</translation>
    </message>
    <message>
        <source>Policy rule “%1” holds: %2</source>
        <translation>Richtlinienregel „%1“ erfüllt: %2</translation>
    </message>
    <message>
        <source>Policy rule “%1” fails: %2</source>
        <translation>Richtlinienregel „%1“ verletzt: %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>✔ Policy holds</source>
        <translation>✔ Richtlinie erfüllt</translation>
    </message>
    <message>
        <source>✖ Policy fails: %1</source>
        <translation>✖ Richtlinie verletzt: %1</translation>
    </message>
    <message>
        <source>Open a chain policy</source>
        <translation>Eine Kettenrichtlinie öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot use %1 as a chain policy: %2</source>
        <translation>%1 ist als Kettenrichtlinie nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Keine Richtlinie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rule(s))</source>
        <translation>
            <numerusform>%1 (%n Regel)</numerusform>
            <numerusform>%1 (%n Regeln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Actor chain</source>
        <translation>Akteurskette</translation>
    </message>
</context>
<context>
    <name>JwksFetcher</name>
    <message>
        <source>%1 did not deliver a key set within %2 s.</source>
        <translation>%1 hat innerhalb von %2 s keinen Schlüsselsatz geliefert.</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>The response from %1 is larger than 1 MiB.</source>
        <translation>Die Antwort von %1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>The response from %1 is not a JSON object: %2</source>
        <translation>Die Antwort von %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1 is a discovery document pointing to another discovery document.</source>
        <translation>%1 ist ein Discovery-Dokument, das auf ein weiteres Discovery-Dokument verweist.</translation>
    </message>
    <message>
        <source>The discovery document at %1 has an invalid jwks_uri.</source>
        <translation>Das Discovery-Dokument unter %1 hat eine ungültige jwks_uri.</translation>
    </message>
    <message>
        <source>%1 is neither a JWK Set nor a discovery document with a jwks_uri.</source>
        <translation>%1 ist weder ein JWK Set noch ein Discovery-Dokument mit jwks_uri.</translation>
    </message>
    <message>
        <source>The key set at %1 is unusable: %2</source>
        <translation>Der Schlüsselsatz unter %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>certificate fingerprint mismatch: expected %1, got %2</source>
        <translation>Zertifikat-Fingerabdruck passt nicht: erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>the server certificate is not trusted (%1); its SHA-256 fingerprint is %2 — pin that certificate or trust its CA if you trust this server</source>
        <translation>dem Serverzertifikat wird nicht vertraut (%1); sein SHA-256-Fingerabdruck ist %2 — pinnen Sie dieses Zertifikat oder vertrauen Sie seiner CA, wenn Sie diesem Server vertrauen</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>the sandbox did not report ready within %1 s</source>
        <translation>die Sandbox hat sich nicht innerhalb von %1 s bereit gemeldet</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>thunderid-sandbox was not found next to the console</source>
        <translation>thunderid-sandbox wurde neben der Konsole nicht gefunden</translation>
    </message>
    <message>
        <source>the sandbox reported an invalid base URL</source>
        <translation>die Sandbox hat eine ungültige Basis-URL gemeldet</translation>
    </message>
    <message>
        <source>the sandbox crashed before it was ready</source>
        <translation>die Sandbox ist abgestürzt, bevor sie bereit war</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1 before it was ready%2</source>
        <translation>die Sandbox wurde mit Code %1 beendet, bevor sie bereit war%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The protected APIs, their resources and actions, and the permission strings derived from them.</source>
        <translation>Die geschützten APIs, ihre Ressourcen und Aktionen und die daraus abgeleiteten Berechtigungen.</translation>
    </message>
    <message>
        <source>Every scope across all resource servers, with the roles that grant it and the agents that hold it.</source>
        <translation>Jeder Scope aller Ressourcenserver, mit den Rollen, die ihn gewähren, und den Agenten, die ihn besitzen.</translation>
    </message>
    <message>
        <source>Roles, a permission matrix, and assignments to users, groups, applications and agents.</source>
        <translation>Rollen, eine Berechtigungsmatrix und Zuweisungen an Benutzer, Gruppen, Anwendungen und Agenten.</translation>
    </message>
    <message>
        <source>Agents with their type, owner and grants, a creation wizard, and their credentials.</source>
        <translation>Agenten mit Typ, Verantwortlichem und Grants, ein Assistent zum Anlegen und ihre Zugangsdaten.</translation>
    </message>
    <message>
        <source>The consents users gave to agents, filtered and revocable.</source>
        <translation>Die Einwilligungen, die Benutzer Agenten gegeben haben, gefiltert und widerrufbar.</translation>
    </message>
    <message>
        <source>Paste a token to verify it, read its claims and see its actor chain as a tree.</source>
        <translation>Ein Token einfügen, um es zu prüfen, seine Claims zu lesen und seine Akteurskette als Baum zu sehen.</translation>
    </message>
    <message>
        <source>Approve or deny the CIBA requests agents send on your behalf.</source>
        <translation>CIBA-Anfragen, die Agenten in Ihrem Namen senden, genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>Browse the token history — who got which token, for whom, through which chain.</source>
        <translation>Den Token-Verlauf durchsuchen — wer welches Token erhielt, für wen, über welche Kette.</translation>
    </message>
    <message>
        <source>ThunderID Console</source>
        <translation>ThunderID Console</translation>
    </message>
    <message>
        <source>Resource servers</source>
        <translation>Ressourcenserver</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <source>Connection profiles and sign-in (%1)</source>
        <translation>Verbindungsprofile und Anmeldung (%1)</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Signed-in client</source>
        <translation>Angemeldeter Client</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not connected. Connect to a ThunderID server (%1), or start the console with --sandbox.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem ThunderID-Server (%1) oder starten Sie die Konsole mit --sandbox.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Verbindung mit %1 nicht möglich.</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>(no discovery)</source>
        <translation>(keine Discovery)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>Signed in without the Administrator role: the approval inbox and the token inspector work; managing resource servers, roles and agents needs an administrator&apos;s sign-in.</source>
        <translation>Ohne die Rolle Administrator angemeldet: Der Genehmigungseingang und der Token-Inspektor funktionieren; die Verwaltung von Ressourcenservern, Rollen und Agenten erfordert die Anmeldung eines Administrators.</translation>
    </message>
    <message>
        <source>Loading counts…</source>
        <translation>Zählungen werden geladen…</translation>
    </message>
    <message>
        <source>%1 agents · %2 resource servers · %3 roles</source>
        <translation>%1 Agenten · %2 Ressourcenserver · %3 Rollen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>End this sign-in: the server revokes its refresh token and the keychain forgets it</source>
        <translation>Diese Anmeldung beenden: Der Server widerruft ihr Refresh-Token und der Schlüsselbund vergisst es</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n wartet</numerusform>
            <numerusform>%1, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (administrator)</source>
        <translation>Angemeldet als %1 (Administrator)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>User session</source>
        <translation>Benutzersitzung</translation>
    </message>
    <message>
        <source>Sign in as yourself…</source>
        <translation>Als Sie selbst anmelden…</translation>
    </message>
    <message>
        <source>Sign in to this server with your own account in the browser, to approve the requests addressed to you</source>
        <translation>Mit Ihrem eigenen Konto im Browser an diesem Server anmelden, um die an Sie gerichteten Anfragen zu genehmigen</translation>
    </message>
    <message>
        <source>Sign in as a demo user…</source>
        <translation>Als Demo-Benutzer anmelden…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s demo people: pick one to see the console as they do, and approve the requests agents send them</source>
        <translation>Die Demo-Personen der Sandbox: Wählen Sie eine, um die Konsole aus ihrer Sicht zu sehen und die Anfragen zu genehmigen, die Agenten an sie senden</translation>
    </message>
    <message>
        <source>Sign in as a demo user</source>
        <translation>Als Demo-Benutzer anmelden</translation>
    </message>
    <message>
        <source>The sandbox&apos;s demo people (demo data, with a public password). Pick one; a double-click signs in at once.</source>
        <translation>Die Demo-Personen der Sandbox (Demodaten mit öffentlichem Passwort). Wählen Sie eine; ein Doppelklick meldet sofort an.</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Demo-Benutzer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Quit the console</source>
        <translation>Konsole beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your sign-in has expired and could not be renewed.</source>
        <translation>Ihre Anmeldung ist abgelaufen und konnte nicht erneuert werden.</translation>
    </message>
    <message>
        <source>Try the agent flows against the server step by step.</source>
        <translation>Die Agenten-Abläufe Schritt für Schritt gegen den Server ausprobieren.</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Spielplatz</translation>
    </message>
    <message>
        <source>Reload the current pane and the counts</source>
        <translation>Den aktuellen Bereich und die Zählungen neu laden</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit the console (a local sandbox it started stops with it)</source>
        <translation>Die Konsole beenden (eine von ihr gestartete lokale Sandbox endet mit ihr)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Filter the current pane&apos;s list</source>
        <translation>Die Liste des aktuellen Bereichs filtern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text or the selected rows</source>
        <translation>Den ausgewählten Text oder die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Open the console&apos;s documentation</source>
        <translation>Die Dokumentation der Konsole öffnen</translation>
    </message>
    <message>
        <source>&amp;About ThunderID Console</source>
        <translation>&amp;Über ThunderID Console</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>New item (in a list pane)</source>
        <translation>Neuer Eintrag (in einem Listenbereich)</translation>
    </message>
    <message>
        <source>Delete the selected items (in a list pane)</source>
        <translation>Die ausgewählten Einträge löschen (in einem Listenbereich)</translation>
    </message>
    <message>
        <source>The selected row&apos;s menu: Open, Copy id, Delete, …</source>
        <translation>Das Menü der ausgewählten Zeile: Öffnen, ID kopieren, Löschen, …</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the controls of a pane</source>
        <translation>Zwischen den Bedienelementen eines Bereichs wechseln</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Einen Dialog schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>no TLS backend</source>
        <translation>kein TLS-Backend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ThunderID Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for the ThunderID identity server: resource servers, scopes, roles, agents and their credentials, consents, the approval inbox, the token inspector and the token history.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;br&gt;OpenSSL: %4&lt;br&gt;TLS: %5&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ThunderID Console %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für den Identitätsserver ThunderID: Ressourcenserver, Scopes, Rollen, Agenten und ihre Zugangsdaten, Einwilligungen, der Genehmigungs-Posteingang, der Token-Inspektor und der Token-Verlauf.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit Qt %3)&lt;br&gt;OpenSSL: %4&lt;br&gt;TLS: %5&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License, Version 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ThunderID Console</source>
        <translation>Über ThunderID Console</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the counts: %1</source>
        <translation>Die Zählungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server is its own token issuer.</source>
        <translation>Der Server stellt seine Tokens selbst aus.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OAuthErrorText</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>invalid_target: no resource (audience) was given, and permission scopes need one — pick the resource server the token is for.</source>
        <translation>invalid_target: keine Ressource (Zielgruppe) angegeben, und Berechtigungs-Scopes brauchen eine — wählen Sie den Ressourcenserver, für den das Token ist.</translation>
    </message>
    <message>
        <source>invalid_target: the resource %1 is not one this agent may reach — the server knows no resource server with that identifier, or it does not match the one the request is bound to.</source>
        <translation>invalid_target: die Ressource %1 darf dieser Agent nicht erreichen — der Server kennt keinen Ressourcenserver mit dieser Kennung, oder sie passt nicht zu der, an die die Anfrage gebunden ist.</translation>
    </message>
    <message>
        <source>invalid_scope: the hop asks for scopes the exchanging agent %1 does not hold itself on %2 (through its roles), although the parent token holds them. A token exchange can only narrow.</source>
        <translation>invalid_scope: der Schritt verlangt Scopes, die der tauschende Agent %1 auf %2 (über seine Rollen) selbst nicht hat, obwohl das Eltern-Token sie hat. Ein Token-Austausch kann nur einschränken.</translation>
    </message>
    <message>
        <source>invalid_scope: the hop asks for %1, which its parent token does not hold (it holds %2). A token exchange can only narrow, never widen.</source>
        <translation>invalid_scope: der Schritt verlangt %1, was sein Eltern-Token nicht hat (es hat %2). Ein Token-Austausch kann nur einschränken, nie erweitern.</translation>
    </message>
    <message>
        <source>invalid_scope: a CIBA request must ask for openid, and only for scopes the resource server defines (asked: %1).</source>
        <translation>invalid_scope: eine CIBA-Anfrage muss openid verlangen, und nur Scopes, die der Ressourcenserver definiert (verlangt: %1).</translation>
    </message>
    <message>
        <source>invalid_scope: the server refused the scopes %1 — the resource server does not define them or they are malformed.</source>
        <translation>invalid_scope: der Server hat die Scopes %1 abgelehnt — der Ressourcenserver definiert sie nicht, oder sie sind fehlerhaft.</translation>
    </message>
    <message>
        <source>invalid_client: the server did not accept the credentials of %1 — the client id is unknown, the secret is wrong, rotated or revoked, or the client is registered for another authentication method.</source>
        <translation>invalid_client: der Server hat die Zugangsdaten von %1 nicht angenommen — die Client-ID ist unbekannt, das Geheimnis falsch, erneuert oder widerrufen, oder der Client ist für eine andere Authentifizierungsmethode registriert.</translation>
    </message>
    <message>
        <source>unauthorized_client: %1 may not use this grant (%2) — add it to the agent&apos;s grant types.</source>
        <translation>unauthorized_client: %1 darf diesen Grant nicht verwenden (%2) — fügen Sie ihn den Grant-Typen des Agenten hinzu.</translation>
    </message>
    <message>
        <source>authorization_pending: the user has not answered yet; polling goes on.</source>
        <translation>authorization_pending: der Benutzer hat noch nicht geantwortet; die Abfrage geht weiter.</translation>
    </message>
    <message>
        <source>slow_down: the client polled sooner than the server&apos;s interval; the interval grows by 5 seconds.</source>
        <translation>slow_down: der Client hat früher abgefragt als das Intervall des Servers; das Intervall wächst um 5 Sekunden.</translation>
    </message>
    <message>
        <source>access_denied: %1 denied the request.</source>
        <translation>access_denied: %1 hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>access_denied: the user or the server refused the request.</source>
        <translation>access_denied: der Benutzer oder der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>expired_token: the request expired before %1 answered it.</source>
        <translation>expired_token: die Anfrage lief ab, bevor %1 antwortete.</translation>
    </message>
    <message>
        <source>unsupported_grant_type: the server does not support the grant %1.</source>
        <translation>unsupported_grant_type: der Server unterstützt den Grant %1 nicht.</translation>
    </message>
    <message>
        <source>invalid_grant: the auth_req_id is unknown, another client&apos;s, or was already redeemed.</source>
        <translation>invalid_grant: die auth_req_id ist unbekannt, gehört einem anderen Client oder wurde schon eingelöst.</translation>
    </message>
    <message>
        <source>invalid_grant: the authorization code is invalid, expired, already used, or the PKCE verifier does not match.</source>
        <translation>invalid_grant: der Autorisierungscode ist ungültig, abgelaufen, schon verwendet, oder der PKCE-Verifier passt nicht.</translation>
    </message>
    <message>
        <source>invalid_grant: the grant presented is invalid, expired or revoked.</source>
        <translation>invalid_grant: der vorgelegte Grant ist ungültig, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>invalid_request: the exchange was refused — the subject token is invalid, expired or revoked, or its may_act does not name %1.</source>
        <translation>invalid_request: der Austausch wurde abgelehnt — das Subjekt-Token ist ungültig, abgelaufen oder widerrufen, oder sein may_act nennt %1 nicht.</translation>
    </message>
    <message>
        <source>invalid_request: the request is malformed or misses a parameter.</source>
        <translation>invalid_request: die Anfrage ist fehlerhaft oder ihr fehlt ein Parameter.</translation>
    </message>
    <message>
        <source>unknown_user_id: the server knows no user %1 (login hint: a username, a user id or an e-mail address).</source>
        <translation>unknown_user_id: der Server kennt keinen Benutzer %1 (Login-Hinweis: ein Benutzername, eine Benutzer-ID oder eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>invalid_binding_message: at most 256 printable characters, and different from the user&apos;s other waiting requests.</source>
        <translation>invalid_binding_message: höchstens 256 druckbare Zeichen und verschieden von den anderen wartenden Anfragen des Benutzers.</translation>
    </message>
    <message>
        <source>temporarily_unavailable: the server is busy; try again in a moment.</source>
        <translation>temporarily_unavailable: der Server ist ausgelastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>server_error: the server failed while answering.</source>
        <translation>server_error: beim Antworten ist im Server ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server says: “%1”</source>
        <translation>Der Server sagt: „%1“</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>Resource server %1 (%2)</source>
        <translation>Ressourcenserver %1 (%2)</translation>
    </message>
    <message>
        <source>%1 grants %2</source>
        <translation>%1 gewährt %2</translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation>%1 gewährt %2 nicht</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>nicht gewährt</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>PlaygroundPane</name>
    <message>
        <source>Every step succeeded.</source>
        <translation>Jeder Schritt war erfolgreich.</translation>
    </message>
    <message>
        <source>The run did not go through: the first step that did not succeed says why.</source>
        <translation>Der Durchlauf ging nicht durch: der erste nicht erfolgreiche Schritt sagt, warum.</translation>
    </message>
    <message>
        <source>The flow to try; each fills in its steps below</source>
        <translation>Der auszuprobierende Ablauf; jeder füllt unten seine Schritte aus</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Read the agents and resource servers again (F5)</source>
        <translation>Agenten und Ressourcenserver neu lesen (F5)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file (JSON)</source>
        <translation>Eine Szenariodatei öffnen (JSON)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save this scenario as a JSON file — without secrets or tokens</source>
        <translation>Dieses Szenario als JSON-Datei speichern — ohne Geheimnisse oder Tokens</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the flow against the connected server (Ctrl+Return)</source>
        <translation>Den Ablauf gegen den verbundenen Server ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Abort the calls in flight and stop the run</source>
        <translation>Laufende Aufrufe abbrechen und den Durchlauf anhalten</translation>
    </message>
    <message>
        <source>Open a playground scenario</source>
        <translation>Ein Spielplatz-Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Save the playground scenario</source>
        <translation>Das Spielplatz-Szenario speichern</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>scopes, space-separated</source>
        <translation>Scopes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>The resource server the token is for (RFC 8707 resource)</source>
        <translation>Der Ressourcenserver, für den das Token ist (RFC 8707 resource)</translation>
    </message>
    <message>
        <source>Au&amp;dience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>username, user id or e-mail</source>
        <translation>Benutzername, Benutzer-ID oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>shown on the approving device (made up if empty)</source>
        <translation>auf dem zustimmenden Gerät angezeigt (erfunden, wenn leer)</translation>
    </message>
    <message>
        <source>&amp;Binding message:</source>
        <translation>Bindungs&amp;nachricht:</translation>
    </message>
    <message>
        <source>After the last step, present its token to this resource server (audience locking); empty: no check</source>
        <translation>Nach dem letzten Schritt dessen Token diesem Ressourcenserver vorlegen (Zielgruppenbindung); leer: keine Prüfung</translation>
    </message>
    <message>
        <source>&amp;Then present to:</source>
        <translation>&amp;Dann vorlegen bei:</translation>
    </message>
    <message>
        <source>Exchange hops (RFC 8693)</source>
        <translation>Austauschschritte (RFC 8693)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Add hop</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove hop</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Secrets (kept in memory)</source>
        <translation>Geheimnisse (im Arbeitsspeicher gehalten)</translation>
    </message>
    <message>
        <source>Never saved in a scenario. Tick “Keep in the keychain” to find a secret again next time.</source>
        <translation>Nie in einem Szenario gespeichert. Kreuzen Sie „Im Schlüsselbund aufbewahren“ an, um ein Geheimnis beim nächsten Mal wiederzufinden.</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Durchlaufs</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets and tokens</source>
        <translation>Geheimnisse und Tokens &amp;zeigen</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>The request as a curl command; secrets and tokens become shell variables such as $CLIENT_SECRET</source>
        <translation>Die Anfrage als curl-Befehl; Geheimnisse und Tokens werden zu Shell-Variablen wie $CLIENT_SECRET</translation>
    </message>
    <message>
        <source>Open in &amp;Inspector</source>
        <translation>Im &amp;Inspektor öffnen</translation>
    </message>
    <message>
        <source>Verify and read the token this step produced</source>
        <translation>Das Token prüfen und lesen, das dieser Schritt erzeugt hat</translation>
    </message>
    <message>
        <source>Chain policy: %1</source>
        <translation>Kettenrichtlinie: %1</translation>
    </message>
    <message>
        <source>Every token a run produces is checked against the chain policy loaded in the Inspector (Chain policy…); each step says whether it holds.</source>
        <translation>Jedes Token, das ein Durchlauf erzeugt, wird gegen die im Inspektor geladene Kettenrichtlinie geprüft (Kettenrichtlinie…); jeder Schritt sagt, ob sie erfüllt ist.</translation>
    </message>
    <message>
        <source>Sign-in &amp;client:</source>
        <translation>Anmelde-&amp;Client:</translation>
    </message>
    <message>
        <source>The public client the user signs in to (ThunderID&apos;s CONSOLE by default)</source>
        <translation>Der öffentliche Client, bei dem sich der Benutzer anmeldet (standardmäßig ThunderIDs CONSOLE)</translation>
    </message>
    <message>
        <source>The agent that starts the flow (its client id)</source>
        <translation>Der Agent, der den Ablauf beginnt (seine Client-ID)</translation>
    </message>
    <message>
        <source>On-behalf-of: the agent exchanges the user&apos;s token, then any further hops</source>
        <translation>Im Auftrag: der Agent tauscht das Token des Benutzers, dann alle weiteren Schritte</translation>
    </message>
    <message>
        <source>Client secret of %1</source>
        <translation>Client-Geheimnis von %1</translation>
    </message>
    <message>
        <source>the console&apos;s own connection</source>
        <translation>die eigene Verbindung der Konsole</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Keep in the keychain</source>
        <translation>Im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>No agent needs a secret yet.</source>
        <translation>Noch braucht kein Agent ein Geheimnis.</translation>
    </message>
    <message>
        <source>The keychain did not keep the secret of %1: %2</source>
        <translation>Der Schlüsselbund hat das Geheimnis von %1 nicht aufbewahrt: %2</translation>
    </message>
    <message>
        <source>The scenario was not saved: %1</source>
        <translation>Das Szenario wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1 (no secrets or tokens).</source>
        <translation>In %1 gespeichert (ohne Geheimnisse oder Tokens).</translation>
    </message>
    <message>
        <source>%1 is not a scenario the playground can open: %2</source>
        <translation>%1 ist kein Szenario, das der Spielplatz öffnen kann: %2</translation>
    </message>
    <message>
        <source>Copied as curl; set the variables it names before running it.</source>
        <translation>Als curl kopiert; setzen Sie die genannten Variablen, bevor Sie es ausführen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick a flow, fill in the agents, scopes and audience, and &lt;b&gt;Run&lt;/b&gt;. Each step appears here with its HTTP exchange.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Ablauf, füllen Sie Agenten, Scopes und Zielgruppe aus und klicken Sie auf &lt;b&gt;Ausführen&lt;/b&gt;. Jeder Schritt erscheint hier mit seinem HTTP-Austausch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request %1 of %2 · %3 · %4</source>
        <translation>Anfrage %1 von %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Request · %1 · %2</source>
        <translation>Anfrage · %1 · %2</translation>
    </message>
    <message>
        <source>Response · %1</source>
        <translation>Antwort · %1</translation>
    </message>
    <message>
        <source>Exchange hops</source>
        <translation>Austauschschritte</translation>
    </message>
    <message>
        <source>One row per token exchange: the agent that exchanges, the scopes it asks for and the audience</source>
        <translation>Eine Zeile je Token-Austausch: der austauschende Agent, die angeforderten Scopes und die Audience</translation>
    </message>
    <message>
        <source>HTTP exchanges of the selected step</source>
        <translation>HTTP-Austausch des gewählten Schritts</translation>
    </message>
</context>
<context>
    <name>PlaygroundStepsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>PostgresHistoryBackend</name>
    <message>
        <source>Not a PostgreSQL location (postgresql://user@host:port/database).</source>
        <translation>Keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>Put the database password in the keychain or PGPASSWORD, not in the location.</source>
        <translation>Legen Sie das Datenbankpasswort in den Schlüsselbund oder in PGPASSWORD, nicht in die Adresse.</translation>
    </message>
    <message>
        <source>A PostgreSQL location names a host and a database: postgresql://user@host:port/database.</source>
        <translation>Eine PostgreSQL-Adresse nennt einen Host und eine Datenbank: postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Unknown option “%1” in the location (only sslmode is known).</source>
        <translation>Unbekannte Option „%1“ in der Adresse (nur sslmode ist bekannt).</translation>
    </message>
    <message>
        <source>sslmode is one of %1.</source>
        <translation>sslmode ist eines von %1.</translation>
    </message>
    <message>
        <source>The connection to the history database %1 was lost; it is opened again with the next request.</source>
        <translation>Die Verbindung zur Verlaufsdatenbank %1 ist abgebrochen; sie wird mit der nächsten Anfrage neu geöffnet.</translation>
    </message>
    <message>
        <source>The database role “%1” may only read this token history; importing and syncing need the importer role (%2).</source>
        <translation>Die Datenbankrolle „%1“ darf diesen Token-Verlauf nur lesen; Importieren und Synchronisieren brauchen die Importrolle (%2).</translation>
    </message>
    <message>
        <source>history database error (%1): %2</source>
        <translation>Fehler der Verlaufsdatenbank (%1): %2</translation>
    </message>
    <message>
        <source>The history database %1 is not open.</source>
        <translation>Die Verlaufsdatenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot reach the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history database %1 has schema version %2, newer than this console knows (%3). Use a newer console or another database.</source>
        <translation>Die Verlaufsdatenbank %1 hat die Schemaversion %2, neuer als diese Konsole kennt (%3). Verwenden Sie eine neuere Konsole oder eine andere Datenbank.</translation>
    </message>
    <message>
        <source>The history database has no schema yet and this role cannot create it (the schema&apos;s owner opens it first): %1</source>
        <translation>Die Verlaufsdatenbank hat noch kein Schema, und diese Rolle darf es nicht anlegen (der Eigentümer des Schemas öffnet sie zuerst): %1</translation>
    </message>
    <message>
        <source>Cannot create the history schema: %1</source>
        <translation>Das Schema des Verlaufs kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The history database&apos;s driver gives no libpq connection.</source>
        <translation>Der Treiber der Verlaufsdatenbank stellt keine libpq-Verbindung bereit.</translation>
    </message>
    <message>
        <source>the import stopped</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ResourceServersModel</name>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier (audience)</source>
        <translation>Kennung (Audience)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ResourceServersPane</name>
    <message>
        <source>Resource servers</source>
        <translation>Ressourcenserver</translation>
    </message>
    <message>
        <source>Loading resource servers</source>
        <translation>Ressourcenserver werden geladen</translation>
    </message>
    <message>
        <source>Loading resources</source>
        <translation>Ressourcen werden geladen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>New resource server (Ctrl+N)</source>
        <translation>Neuer Ressourcenserver (Strg+N)</translation>
    </message>
    <message>
        <source>New resource server</source>
        <translation>Neuer Ressourcenserver</translation>
    </message>
    <message>
        <source>Delete the selected resource server (Del)</source>
        <translation>Den ausgewählten Ressourcenserver löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete resource server</source>
        <translation>Ressourcenserver löschen</translation>
    </message>
    <message>
        <source>Could not load the resource servers.</source>
        <translation>Die Ressourcenserver konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No resource server matches the filter.</source>
        <translation>Kein Ressourcenserver passt zum Filter.</translation>
    </message>
    <message>
        <source>No resource servers yet.
Press Ctrl+N to describe the first API your agents call.</source>
        <translation>Noch keine Ressourcenserver.
Drücken Sie Strg+N, um die erste API zu beschreiben, die Ihre Agenten aufrufen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Billing API</source>
        <translation>Abrechnungs-API</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Identifier (audience)</source>
        <translation>Kennung (Audience)</translation>
    </message>
    <message>
        <source>The audience of this server&apos;s tokens: an absolute URI (RFC 8707 resource indicator).</source>
        <translation>Die Audience der Tokens dieses Servers: eine absolute URI (Resource Indicator nach RFC 8707).</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Joins handles into permission strings (e.g. invoices:read). Fixed after creation.</source>
        <translation>Verbindet Handles zu Berechtigungen (z. B. invoices:read). Nach dem Anlegen fest.</translation>
    </message>
    <message>
        <source>De&amp;limiter</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save resource server</source>
        <translation>Ressourcenserver speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Resources and actions</source>
        <translation>Ressourcen und Aktionen</translation>
    </message>
    <message>
        <source>Save the resource server first; then add its resources and actions.</source>
        <translation>Speichern Sie zuerst den Ressourcenserver; fügen Sie dann seine Ressourcen und Aktionen hinzu.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No resources or actions yet. Add a resource (e.g. “invoices”) and its actions (e.g. “read”).</source>
        <translation>Noch keine Ressourcen oder Aktionen. Fügen Sie eine Ressource (z. B. „invoices“) und ihre Aktionen (z. B. „read“) hinzu.</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <source>Adds a resource at the top level, or under the selected resource.</source>
        <translation>Fügt eine Ressource auf oberster Ebene oder unter der ausgewählten Ressource hinzu.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Adds an action to the selected resource, or to the server itself when nothing is selected.</source>
        <translation>Fügt der ausgewählten Ressource eine Aktion hinzu, oder dem Server selbst, wenn nichts ausgewählt ist.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit resource or action</source>
        <translation>Ressource oder Aktion bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete resource or action</source>
        <translation>Ressource oder Aktion löschen</translation>
    </message>
    <message>
        <source>Resource or action name</source>
        <translation>Name der Ressource oder Aktion</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Part of the permission string; letters, digits and . _ : - /. Fixed after creation.</source>
        <translation>Teil der Berechtigung; Buchstaben, Ziffern und . _ : - /. Nach dem Anlegen fest.</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Handle</translation>
    </message>
    <message>
        <source>Resource or action description</source>
        <translation>Beschreibung der Ressource oder Aktion</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <source>MCP primitive</source>
        <translation>MCP-Primitiv</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>MCP &amp;kind</source>
        <translation>MCP-&amp;Art</translation>
    </message>
    <message>
        <source>Permission string</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add or save resource or action</source>
        <translation>Ressource oder Aktion hinzufügen bzw. speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>%1 is read-only (declared in the server&apos;s configuration).</source>
        <translation>%1 ist schreibgeschützt (in der Konfiguration des Servers festgelegt).</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The identifier is required: the audience of this server&apos;s tokens, e.g. https://api.example.com/billing.</source>
        <translation>Die Kennung ist erforderlich: die Audience der Tokens dieses Servers, z. B. https://api.example.com/billing.</translation>
    </message>
    <message>
        <source>The identifier must be an absolute URI, such as https://api.example.com/billing or urn:example:billing.</source>
        <translation>Die Kennung muss eine absolute URI sein, etwa https://api.example.com/billing oder urn:example:billing.</translation>
    </message>
    <message>
        <source>The delimiter must be one character from letters, digits and . _ : - /.</source>
        <translation>Das Trennzeichen muss ein Zeichen aus Buchstaben, Ziffern und . _ : - / sein.</translation>
    </message>
    <message>
        <source>Creating the resource server</source>
        <translation>Der Ressourcenserver wird angelegt</translation>
    </message>
    <message>
        <source>Saving the resource server</source>
        <translation>Der Ressourcenserver wird gespeichert</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)? This cannot be undone.</source>
        <translation>„%1“ (%2) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” (%2) with its %n resource(s) and action(s)? Roles lose the permissions it defines. This cannot be undone.</source>
        <translation>
            <numerusform>„%1“ (%2) mit %n Ressource bzw. Aktion löschen? Rollen verlieren die Berechtigungen, die er definiert. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>„%1“ (%2) mit %n Ressourcen und Aktionen löschen? Rollen verlieren die Berechtigungen, die er definiert. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>New resource under “%1”</source>
        <translation>Neue Ressource unter „%1“</translation>
    </message>
    <message>
        <source>New top-level resource</source>
        <translation>Neue Ressource auf oberster Ebene</translation>
    </message>
    <message>
        <source>New action on “%1”</source>
        <translation>Neue Aktion auf „%1“</translation>
    </message>
    <message>
        <source>New action on the server itself</source>
        <translation>Neue Aktion auf dem Server selbst</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Aktion „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit resource “%1”</source>
        <translation>Ressource „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>(type a handle)</source>
        <translation>(Handle eingeben)</translation>
    </message>
    <message>
        <source>Adding the resource</source>
        <translation>Ressource wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding the action</source>
        <translation>Aktion wird hinzugefügt</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Saved. Permission: %1</source>
        <translation>Gespeichert. Berechtigung: %1</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Aktion löschen</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Ressource löschen</translation>
    </message>
    <message>
        <source>Delete the action “%1” (%2)? Roles granting it lose it.</source>
        <translation>Die Aktion „%1“ (%2) löschen? Rollen, die sie gewähren, verlieren sie.</translation>
    </message>
    <message>
        <source>Delete the resource “%1” (%2)? It must have no sub-resources or actions left.</source>
        <translation>Die Ressource „%1“ (%2) löschen? Sie darf keine Unterressourcen oder Aktionen mehr haben.</translation>
    </message>
    <message>
        <source>The new resource server is not created yet.</source>
        <translation>Der neue Ressourcenserver ist noch nicht angelegt.</translation>
    </message>
    <message>
        <source>Your changes to the resource server %1 are not saved.</source>
        <translation>Ihre Änderungen am Ressourcenserver %1 sind nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>RoleAssignmentsModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Organization unit</source>
        <translation>Organisationseinheit</translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Loading roles</source>
        <translation>Rollen werden geladen</translation>
    </message>
    <message>
        <source>Loading scopes</source>
        <translation>Scopes werden geladen</translation>
    </message>
    <message>
        <source>Loading assignments</source>
        <translation>Zuweisungen werden geladen</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation>Neue Rolle (Strg+N)</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Delete the selected role (Del)</source>
        <translation>Die ausgewählte Rolle löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Roles (drop users, groups, applications or agents on a role to assign it)</source>
        <translation>Rollen (Benutzer, Gruppen, Anwendungen oder Agenten auf eine Rolle ziehen, um sie zuzuweisen)</translation>
    </message>
    <message>
        <source>Could not load the roles.</source>
        <translation>Die Rollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No role matches the filter.</source>
        <translation>Keine Rolle passt zum Filter.</translation>
    </message>
    <message>
        <source>No roles yet. Press Ctrl+N to create one.</source>
        <translation>Noch keine Rollen. Drücken Sie Strg+N, um eine anzulegen.</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Details der Rolle</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Zuweisungen</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Name der Rolle</translation>
    </message>
    <message>
        <source>invoice-approver</source>
        <translation>invoice-approver</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Beschreibung der Rolle</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>Rolle speichern</translation>
    </message>
    <message>
        <source>Permissions are granted in the Permissions tab; people, groups, applications and agents in the Assignments tab.</source>
        <translation>Berechtigungen werden im Reiter „Berechtigungen“ gewährt; Personen, Gruppen, Anwendungen und Agenten im Reiter „Zuweisungen“.</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Only what the selected role grants</source>
        <translation>Nur was die ausgewählte Rolle gewährt</translation>
    </message>
    <message>
        <source>Show only the selected role&apos;s permissions</source>
        <translation>Nur die Berechtigungen der ausgewählten Rolle zeigen</translation>
    </message>
    <message>
        <source>Permission matrix: scopes by roles</source>
        <translation>Berechtigungsmatrix: Scopes nach Rollen</translation>
    </message>
    <message>
        <source>Loading scopes and roles…</source>
        <translation>Scopes und Rollen werden geladen…</translation>
    </message>
    <message>
        <source>No scopes yet: define resources and actions in Resource servers.</source>
        <translation>Noch keine Scopes: Legen Sie Ressourcen und Aktionen unter Ressourcenserver an.</translation>
    </message>
    <message>
        <source>No permission matches the filter.</source>
        <translation>Keine Berechtigung passt zum Filter.</translation>
    </message>
    <message>
        <source>Tick a box to let a role grant a scope; a server&apos;s row ticks all of its scopes. Changes are saved together.</source>
        <translation>Setzen Sie ein Häkchen, damit eine Rolle einen Scope gewährt; die Zeile eines Servers setzt alle seine Scopes. Änderungen werden gemeinsam gespeichert.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Revert permission changes</source>
        <translation>Änderungen an Berechtigungen verwerfen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save permission changes</source>
        <translation>Änderungen an Berechtigungen speichern</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Show assignments of type</source>
        <translation>Zuweisungen dieses Typs zeigen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected assignments</source>
        <translation>Die ausgewählten Zuweisungen entfernen</translation>
    </message>
    <message>
        <source>Assignments of the role</source>
        <translation>Zuweisungen der Rolle</translation>
    </message>
    <message>
        <source>Select a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nobody of this type holds the role.</source>
        <translation>Niemand dieses Typs hat die Rolle.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet. Add someone below, or drag them from the list below onto a role.</source>
        <translation>Noch niemand hat diese Rolle. Fügen Sie unten jemanden hinzu oder ziehen Sie Einträge aus der Liste unten auf eine Rolle.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Kind to add</source>
        <translation>Hinzuzufügende Art</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Search for someone to assign</source>
        <translation>Nach jemandem zum Zuweisen suchen</translation>
    </message>
    <message>
        <source>Add to role</source>
        <translation>Zur Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected to the role</source>
        <translation>Die ausgewählten zur Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Search results (drag onto a role to assign it)</source>
        <translation>Suchergebnisse (auf eine Rolle ziehen, um sie zuzuweisen)</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>&amp;Permissions •</source>
        <translation>&amp;Berechtigungen •</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Creating the role</source>
        <translation>Die Rolle wird angelegt</translation>
    </message>
    <message>
        <source>Saving the role</source>
        <translation>Die Rolle wird gespeichert</translation>
    </message>
    <message>
        <source>Created role %1. Tick its permissions in the Permissions tab.</source>
        <translation>Rolle %1 angelegt. Wählen Sie ihre Berechtigungen im Reiter „Berechtigungen“.</translation>
    </message>
    <message>
        <source>Saved role %1.</source>
        <translation>Rolle %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Permissions saved.</source>
        <translation>Berechtigungen gespeichert.</translation>
    </message>
    <message>
        <source>Some permissions were not saved (still marked •):
%1</source>
        <translation>Einige Berechtigungen wurden nicht gespeichert (weiterhin mit • markiert):
%1</translation>
    </message>
    <message>
        <source>Delete the role “%1”? Everyone assigned loses its permissions at their next token. This cannot be undone.</source>
        <translation>Die Rolle „%1“ löschen? Alle Zugewiesenen verlieren ihre Berechtigungen mit ihrem nächsten Token. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Rolle %1 gelöscht.</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <source>Select someone in the list below first.</source>
        <translation>Wählen Sie zuerst jemanden in der Liste unten.</translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>%1 wird zugewiesen</translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation>%1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Remove assignments</source>
        <translation>Zuweisungen entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the role “%2”? They lose its permissions at their next token.</source>
        <translation>%1 aus der Rolle „%2“ entfernen? Die Berechtigungen gehen mit dem nächsten Token verloren.</translation>
    </message>
    <message>
        <source>Removing assignments</source>
        <translation>Zuweisungen werden entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignment(s) from %1.</source>
        <translation>
            <numerusform>%n Zuweisung von %1 entfernt.</numerusform>
            <numerusform>%n Zuweisungen von %1 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new role is not created yet.</source>
        <translation>Die neue Rolle ist noch nicht angelegt.</translation>
    </message>
    <message>
        <source>Your changes to the role %1 are not saved.</source>
        <translation>Ihre Änderungen an der Rolle %1 sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>The permission changes are not saved.</source>
        <translation>Die Berechtigungsänderungen sind nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 has a member “%2”: a scenario never holds secrets or tokens</source>
        <translation>%1 hat ein Element „%2“: ein Szenario enthält nie Geheimnisse oder Tokens</translation>
    </message>
    <message>
        <source>%1.agent must be a string (a client id)</source>
        <translation>%1.agent muss eine Zeichenkette sein (eine Client-ID)</translation>
    </message>
    <message>
        <source>%1.scopes must hold strings</source>
        <translation>%1.scopes muss Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>%1.scopes must be a list of strings</source>
        <translation>%1.scopes muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1.audience must be a string (a resource server identifier)</source>
        <translation>%1.audience muss eine Zeichenkette sein (eine Ressourcenserver-Kennung)</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <source>Token exchange chain</source>
        <translation>Token-Austauschkette</translation>
    </message>
    <message>
        <source>CIBA (approved on another device)</source>
        <translation>CIBA (Freigabe auf einem anderen Gerät)</translation>
    </message>
    <message>
        <source>Authorization code + on-behalf-of</source>
        <translation>Autorisierungscode + im Auftrag</translation>
    </message>
    <message>
        <source>Name the client the user signs in to.</source>
        <translation>Nennen Sie den Client, bei dem sich der Benutzer anmeldet.</translation>
    </message>
    <message>
        <source>Choose the agent that starts the flow.</source>
        <translation>Wählen Sie den Agenten, der den Ablauf beginnt.</translation>
    </message>
    <message>
        <source>Name the user who approves the request (username, user id or e-mail).</source>
        <translation>Nennen Sie den Benutzer, der der Anfrage zustimmt (Benutzername, Benutzer-ID oder E-Mail).</translation>
    </message>
    <message>
        <source>Add at least one hop to the chain.</source>
        <translation>Fügen Sie der Kette mindestens einen Schritt hinzu.</translation>
    </message>
    <message>
        <source>Add the agent that acts on the user&apos;s behalf.</source>
        <translation>Fügen Sie den Agenten hinzu, der im Auftrag des Benutzers handelt.</translation>
    </message>
    <message>
        <source>Hop %1 has no agent.</source>
        <translation>Schritt %1 hat keinen Agenten.</translation>
    </message>
    <message>
        <source>The binding message is longer than 256 characters.</source>
        <translation>Die Bindungsnachricht ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>not a playground scenario (no “thunderidPlayground” version)</source>
        <translation>kein Spielplatz-Szenario (keine „thunderidPlayground“-Version)</translation>
    </message>
    <message>
        <source>scenario format %1 is not supported (this console reads %2)</source>
        <translation>Szenarioformat %1 wird nicht unterstützt (diese Konsole liest %2)</translation>
    </message>
    <message>
        <source>the scenario has a member “%1”: a scenario never holds secrets or tokens</source>
        <translation>das Szenario hat ein Element „%1“: ein Szenario enthält nie Geheimnisse oder Tokens</translation>
    </message>
    <message>
        <source>unknown flow “%1”</source>
        <translation>unbekannter Ablauf „%1“</translation>
    </message>
    <message>
        <source>hops must be a list</source>
        <translation>hops muss eine Liste sein</translation>
    </message>
    <message>
        <source>a chain of %1 hops is more than the playground runs (32)</source>
        <translation>eine Kette aus %1 Schritten ist mehr, als der Spielplatz ausführt (32)</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>die Datei ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>ein Szenario ist ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>ScopeHoldersModel</name>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>group %1 (role %2)</source>
        <translation>Gruppe %1 (Rolle %2)</translation>
    </message>
    <message>
        <source>Role (grants it)</source>
        <translation>Rolle (gewährt ihn)</translation>
    </message>
    <message>
        <source>Agent (holds it)</source>
        <translation>Agent (besitzt ihn)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>ScopesModel</name>
    <message>
        <source>Resource server</source>
        <translation>Ressourcenserver</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Resource server %1 (%2)</source>
        <translation>Ressourcenserver %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Permission (scope)</source>
        <translation>Berechtigung (Scope)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ScopesPane</name>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Loading scopes</source>
        <translation>Scopes werden geladen</translation>
    </message>
    <message>
        <source>Finding who holds the scope</source>
        <translation>Es wird ermittelt, wer den Scope besitzt</translation>
    </message>
    <message>
        <source>Filter by resource server</source>
        <translation>Nach Ressourcenserver filtern</translation>
    </message>
    <message>
        <source>All resource servers</source>
        <translation>Alle Ressourcenserver</translation>
    </message>
    <message>
        <source>Scopes by resource server</source>
        <translation>Scopes nach Ressourcenserver</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No scope matches the filter.</source>
        <translation>Kein Scope passt zum Filter.</translation>
    </message>
    <message>
        <source>No resource servers yet, so no scopes. Define them in Resource servers.</source>
        <translation>Noch keine Ressourcenserver, also keine Scopes. Legen Sie sie unter Ressourcenserver an.</translation>
    </message>
    <message>
        <source>Select a scope</source>
        <translation>Einen Scope wählen</translation>
    </message>
    <message>
        <source>Selected scope</source>
        <translation>Ausgewählter Scope</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the permission string</source>
        <translation>Die Berechtigung kopieren</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Scope details</source>
        <translation>Details des Scopes</translation>
    </message>
    <message>
        <source>Roles that grant it</source>
        <translation>Rollen, die ihn gewähren</translation>
    </message>
    <message>
        <source>Roles that grant the scope</source>
        <translation>Rollen, die den Scope gewähren</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>No role grants this scope.</source>
        <translation>Keine Rolle gewährt diesen Scope.</translation>
    </message>
    <message>
        <source>Agents that hold it</source>
        <translation>Agenten, die ihn besitzen</translation>
    </message>
    <message>
        <source>Agents that hold the scope</source>
        <translation>Agenten, die den Scope besitzen</translation>
    </message>
    <message>
        <source>No agent holds this scope through a role.</source>
        <translation>Kein Agent besitzt diesen Scope über eine Rolle.</translation>
    </message>
    <message>
        <source>Resource server · audience %1
%2</source>
        <translation>Ressourcenserver · Audience %1
%2</translation>
    </message>
    <message>
        <source>%1 in %2 (audience %3)</source>
        <translation>%1 in %2 (Audience %3)</translation>
    </message>
    <message>
        <source>MCP %1</source>
        <translation>MCP %1</translation>
    </message>
</context>
<context>
    <name>SecretReveal</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>Ich habe es gespeichert</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client-Secret</translation>
    </message>
    <message>
        <source>Copy it now and store it safely: this secret will not be shown again. The clipboard is cleared 30 seconds after copying.</source>
        <translation>Kopieren Sie es jetzt und bewahren Sie es sicher auf: Dieses Secret wird nicht noch einmal angezeigt. Die Zwischenablage wird 30 Sekunden nach dem Kopieren geleert.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Das Client-Secret kopieren</translation>
    </message>
    <message>
        <source>Hide the client secret for good</source>
        <translation>Das Client-Secret endgültig ausblenden</translation>
    </message>
    <message>
        <source>New client secret of %1</source>
        <translation>Neues Client-Secret von %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading server metadata from %1…</source>
        <translation>Server-Metadaten werden von %1 gelesen…</translation>
    </message>
    <message>
        <source>signed in as %1, but the token does not carry the `system` scope: the application needs the Administrator role (or membership of the Administrators group)</source>
        <translation>angemeldet als %1, aber das Token trägt nicht den Scope `system`: Die Anwendung braucht die Rolle Administrator (oder die Mitgliedschaft in der Gruppe Administrators)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation>Anmeldung mit %1…</translation>
    </message>
    <message>
        <source>Waiting for the browser sign-in…</source>
        <translation>Warten auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>How long a request to the server may take before it fails</source>
        <translation>Wie lange eine Anfrage an den Server dauern darf, bevor sie fehlschlägt</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Wirkt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Closing the window keeps the console in the tray, where the approval inbox goes on counting requests; the tray&apos;s menu quits</source>
        <translation>Das Schließen des Fensters lässt die Konsole im Infobereich, wo der Genehmigungs-Posteingang weiter Anfragen zählt; beendet wird sie über das Menü des Infobereichs</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Keep token history for this many days (0: forever)</source>
        <translation>Token-Verlauf so viele Tage aufbewahren (0: unbegrenzt)</translation>
    </message>
    <message>
        <source>Token-history events older than this are deleted when a history store is opened and when this setting is saved</source>
        <translation>Ältere Ereignisse des Token-Verlaufs werden gelöscht, wenn ein Verlaufsspeicher geöffnet und wenn diese Einstellung gespeichert wird</translation>
    </message>
    <message>
        <source>Keep token &amp;history:</source>
        <translation>Token-&amp;Verlauf aufbewahren:</translation>
    </message>
    <message>
        <source>Clear a copied secret from the clipboard after seconds</source>
        <translation>Ein kopiertes Geheimnis nach Sekunden aus der Zwischenablage entfernen</translation>
    </message>
    <message>
        <source>A client secret copied to the clipboard is removed from it after this time (if the clipboard still holds it)</source>
        <translation>Ein in die Zwischenablage kopiertes Client-Geheimnis wird nach dieser Zeit daraus entfernt (wenn sie es noch enthält)</translation>
    </message>
    <message>
        <source>Clear a copied &amp;secret after:</source>
        <translation>Kopiertes &amp;Geheimnis entfernen nach:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>SparseTableModel</name>
    <message>
        <source>Could not load</source>
        <translation>Konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This part of the list could not be loaded: %1</source>
        <translation>Dieser Teil der Liste konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>SqlHistoryBackend</name>
    <message>
        <source>history database error: %1</source>
        <translation>Fehler der Verlaufsdatenbank: %1</translation>
    </message>
    <message>
        <source>too many timeline intervals</source>
        <translation>zu viele Intervalle in der Zeitleiste</translation>
    </message>
    <message>
        <source>Chain policies (policy:) are evaluated in a local SQLite history only; this store cannot filter by them.</source>
        <translation>Kettenrichtlinien (policy:) werden nur in einem lokalen SQLite-Verlauf ausgewertet; dieser Speicher kann nicht danach filtern.</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryBackend</name>
    <message>
        <source>history database error: %1</source>
        <translation>Fehler der Verlaufsdatenbank: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>Der SQLite-Treiber legt seine Verbindung nicht offen.</translation>
    </message>
    <message>
        <source>The history database %1 has schema version %2, newer than this console knows (%3). Use a newer console or another database.</source>
        <translation>Die Verlaufsdatenbank %1 hat die Schemaversion %2, neuer als diese Konsole kennt (%3). Verwenden Sie eine neuere Konsole oder eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the history schema: %1</source>
        <translation>Das Schema des Verlaufs kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The token could not be parsed.</source>
        <translation>Das Token konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The header has no &quot;typ&quot;; a JWT access token has typ &quot;at+jwt&quot;, which stops other kinds of JWT (ID tokens, assertions) being accepted as access tokens.</source>
        <translation>Der Header hat kein „typ“; ein JWT-Zugriffstoken hat typ &quot;at+jwt&quot;, damit andere JWT-Arten (ID-Tokens, Assertions) nicht als Zugriffstokens akzeptiert werden.</translation>
    </message>
    <message>
        <source>The header typ is &quot;%1&quot;, not &quot;at+jwt&quot;: this is not a JWT access token.</source>
        <translation>Der Header-typ ist &quot;%1&quot;, nicht &quot;at+jwt&quot;: Dies ist kein JWT-Zugriffstoken.</translation>
    </message>
    <message>
        <source>The header typ is not a string.</source>
        <translation>Der Header-typ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The token has no &quot;iss&quot; (issuer) claim.</source>
        <translation>Das Token hat keinen „iss“-Claim (Aussteller).</translation>
    </message>
    <message>
        <source>The &quot;iss&quot; claim is not a string.</source>
        <translation>Der „iss“-Claim ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Issuer &quot;%1&quot; was not compared: no expected issuer was given.</source>
        <translation>Der Aussteller „%1“ wurde nicht verglichen: Es wurde kein erwarteter Aussteller angegeben.</translation>
    </message>
    <message>
        <source>Issuer &quot;%1&quot; does not exactly match the expected &quot;%2&quot;.</source>
        <translation>Der Aussteller „%1“ stimmt nicht genau mit dem erwarteten „%2“ überein.</translation>
    </message>
    <message>
        <source>The token has no &quot;aud&quot; claim, so any resource server would accept it (token substitution).</source>
        <translation>Das Token hat keinen „aud“-Claim, also würde jeder Ressourcenserver es akzeptieren (Token-Substitution).</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; array contains a value that is not a string.</source>
        <translation>Das „aud“-Array enthält einen Wert, der keine Zeichenkette ist.</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; array is empty.</source>
        <translation>Das „aud“-Array ist leer.</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; claim is neither a string nor an array of strings.</source>
        <translation>Der „aud“-Claim ist weder eine Zeichenkette noch ein Array von Zeichenketten.</translation>
    </message>
    <message>
        <source>Audience %1 was not compared: no expected audience was given.</source>
        <translation>Die Audience %1 wurde nicht verglichen: Es wurde keine erwartete Audience angegeben.</translation>
    </message>
    <message>
        <source>The audience %1 does not contain the expected %2.</source>
        <translation>Die Audience %1 enthält nicht die erwartete %2.</translation>
    </message>
    <message>
        <source>The header &quot;kid&quot; is not a string.</source>
        <translation>Der Header „kid“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The key id contains %1, a path or URL character: a kid must never be used to build a file path, URL or query (path traversal, injection).</source>
        <translation>Die Schlüssel-ID enthält %1, ein Pfad- oder URL-Zeichen: Aus einer kid darf nie ein Dateipfad, eine URL oder eine Abfrage gebaut werden (Path Traversal, Injection).</translation>
    </message>
    <message>
        <source>The header names a key set URL (jku &quot;%1&quot;). It was not fetched: a token must not choose the key that verifies it.</source>
        <translation>Der Header nennt eine Schlüsselsatz-URL (jku „%1“). Sie wurde nicht abgerufen: Ein Token darf nicht den Schlüssel wählen, der es prüft.</translation>
    </message>
    <message>
        <source>The header names a certificate URL (x5u &quot;%1&quot;). It was not fetched.</source>
        <translation>Der Header nennt eine Zertifikats-URL (x5u „%1“). Sie wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>The header embeds its own public key (jwk). It is ignored: trusting it would let anyone sign tokens.</source>
        <translation>Der Header bettet seinen eigenen öffentlichen Schlüssel ein (jwk). Er wird ignoriert: Ihm zu vertrauen ließe jeden Tokens signieren.</translation>
    </message>
    <message>
        <source>The header carries a certificate chain (x5c); it is not used for verification.</source>
        <translation>Der Header trägt eine Zertifikatskette (x5c); sie wird nicht zur Prüfung verwendet.</translation>
    </message>
    <message>
        <source>The &quot;crit&quot; header must be a non-empty array naming extension parameters that are present in the header.</source>
        <translation>Der Header „crit“ muss ein nicht leeres Array sein, das im Header vorhandene Erweiterungsparameter nennt.</translation>
    </message>
    <message>
        <source>The header marks %1 as critical; this verifier does not understand it, so the token must be rejected.</source>
        <translation>Der Header markiert %1 als kritisch; diese Prüfung versteht das nicht, also muss das Token abgelehnt werden.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;.</source>
        <translation>Der Header hat kein „alg“.</translation>
    </message>
    <message>
        <source>The header &quot;alg&quot; is not a string.</source>
        <translation>Der Header „alg“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The token declares &quot;alg&quot;:&quot;%1&quot;: it is unsigned and anyone could have written it.</source>
        <translation>Das Token gibt &quot;alg&quot;:&quot;%1&quot; an: Es ist unsigniert, jeder könnte es geschrieben haben.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported.</source>
        <translation>Der Algorithmus „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm. It is only verified with a secret entered explicitly; a public key is never used as an HMAC secret (algorithm confusion).</source>
        <translation>%1 ist ein Algorithmus mit gemeinsamem Geheimnis. Er wird nur mit einem ausdrücklich eingegebenen Geheimnis geprüft; ein öffentlicher Schlüssel wird nie als HMAC-Geheimnis verwendet (Algorithm Confusion).</translation>
    </message>
    <message>
        <source>Verified with an entered shared secret (%1 bytes): anyone holding it can mint tokens, and resource servers need it too.%2</source>
        <translation>Mit einem eingegebenen gemeinsamen Geheimnis geprüft (%1 Bytes): Wer es besitzt, kann Tokens ausstellen, und auch die Ressourcenserver brauchen es.%2</translation>
    </message>
    <message>
        <source> The secret is shorter than the hash output and may be guessable.</source>
        <translation> Das Geheimnis ist kürzer als die Hash-Ausgabe und womöglich zu erraten.</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>Die %1-Signatur ist gültig.</translation>
    </message>
    <message>
        <source>The signature is invalid: %1.</source>
        <translation>Die Signatur ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The signature was not verified: no key set was given.</source>
        <translation>Die Signatur wurde nicht geprüft: Es wurde kein Schlüsselsatz angegeben.</translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation>Der Schlüsselsatz ist leer.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; is in the key set (%2 keys).</source>
        <translation>Im Schlüsselsatz (%2 Schlüssel) ist kein Schlüssel mit kid „%1“.</translation>
    </message>
    <message>
        <source>The %1 signature is valid (key %2).</source>
        <translation>Die %1-Signatur ist gültig (Schlüssel %2).</translation>
    </message>
    <message>
        <source>no key matched</source>
        <translation>kein Schlüssel passte</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm does not fit the key: %1.</source>
        <translation>Der Algorithmus des Tokens passt nicht zum Schlüssel: %1.</translation>
    </message>
    <message>
        <source>&quot;exp&quot; is not a NumericDate.</source>
        <translation>„exp“ ist kein NumericDate.</translation>
    </message>
    <message>
        <source>The token has no &quot;exp&quot;: it never expires.</source>
        <translation>Das Token hat kein „exp“: Es läuft nie ab.</translation>
    </message>
    <message>
        <source>The token expired %1 ago (%2).</source>
        <translation>Das Token ist seit %1 abgelaufen (%2).</translation>
    </message>
    <message>
        <source>&quot;nbf&quot; is not a NumericDate.</source>
        <translation>„nbf“ ist kein NumericDate.</translation>
    </message>
    <message>
        <source>The token is not valid yet: it becomes valid in %1 (%2).</source>
        <translation>Das Token ist noch nicht gültig: Es wird in %1 gültig (%2).</translation>
    </message>
    <message>
        <source>&quot;iat&quot; is not a NumericDate.</source>
        <translation>„iat“ ist kein NumericDate.</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future (in %1): check the clocks.</source>
        <translation>Das Token gibt an, in der Zukunft ausgestellt zu sein (in %1): Prüfen Sie die Uhren.</translation>
    </message>
    <message>
        <source>&quot;exp&quot; is earlier than &quot;iat&quot;.</source>
        <translation>„exp“ liegt vor „iat“.</translation>
    </message>
    <message>
        <source>Claims required in a JWT access token are missing: %1.</source>
        <translation>In einem JWT-Zugriffstoken erforderliche Claims fehlen: %1.</translation>
    </message>
    <message>
        <source>The actor chain is malformed: %1.</source>
        <translation>Die Akteurskette ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>This token came from token exchange but carries no &quot;act&quot;: no actor token was presented, so the only trace of the acting party is client_id &quot;%1&quot;.</source>
        <translation>Dieses Token stammt aus einem Token-Austausch, trägt aber kein „act“: Es wurde kein Akteurstoken vorgelegt, die einzige Spur des Handelnden ist client_id „%1“.</translation>
    </message>
    <message>
        <source>&quot;may_act&quot; is not a JSON object.</source>
        <translation>„may_act“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The actor chain has %1 actors, more than the %2 allowed by policy: long delegation chains are hard to audit.</source>
        <translation>Die Akteurskette hat %1 Akteure, mehr als die %2, die die Richtlinie erlaubt: Lange Delegationsketten sind schwer zu prüfen.</translation>
    </message>
    <message>
        <source>The current actor &quot;%1&quot; is the subject itself: the token claims delegation to itself.</source>
        <translation>Der aktuelle Akteur „%1“ ist das Subjekt selbst: Das Token behauptet eine Delegation an sich selbst.</translation>
    </message>
    <message>
        <source>Prior actor %1 (&quot;%2&quot;) is the subject itself.</source>
        <translation>Der frühere Akteur %1 („%2“) ist das Subjekt selbst.</translation>
    </message>
    <message>
        <source>Actor &quot;%1&quot; appears twice in the chain (positions %2 and %3): a delegation loop.</source>
        <translation>Der Akteur „%1“ kommt zweimal in der Kette vor (Positionen %2 und %3): eine Delegationsschleife.</translation>
    </message>
    <message>
        <source>The current actor &quot;%1&quot; is not the party &quot;may_act&quot; authorises (&quot;%2&quot;).</source>
        <translation>Der aktuelle Akteur „%1“ ist nicht die Partei, die „may_act“ berechtigt („%2“).</translation>
    </message>
    <message>
        <source>The delegation starts from a user (&quot;%1&quot;).</source>
        <translation>Die Delegation beginnt bei einem Benutzer („%1“).</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; is not a user: no human started this delegation chain.</source>
        <translation>Das Subjekt „%1“ ist kein Benutzer: Kein Mensch hat diese Delegationskette begonnen.</translation>
    </message>
    <message>
        <source>Whether the subject &quot;%1&quot; is a user could not be determined; connect to the server to resolve it.</source>
        <translation>Ob das Subjekt „%1“ ein Benutzer ist, ließ sich nicht feststellen; verbinden Sie sich mit dem Server, um es aufzulösen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a local thunderid-sandbox with demo data and connect.</source>
        <translation>Eine lokale thunderid-sandbox mit Demodaten starten und verbinden.</translation>
    </message>
    <message>
        <source>With --sandbox: serve HTTPS and pin the sandbox&apos;s self-signed certificate.</source>
        <translation>Mit --sandbox: HTTPS anbieten und das selbstsignierte Zertifikat der Sandbox anheften.</translation>
    </message>
    <message>
        <source>Base URL of a ThunderID server, e.g. https://localhost:8090.</source>
        <translation>Basis-URL eines ThunderID-Servers, z. B. https://localhost:8090.</translation>
    </message>
    <message>
        <source>Connection profile to use (or to save, with --server).</source>
        <translation>Zu verwendendes Verbindungsprofil (oder zu speicherndes, mit --server).</translation>
    </message>
    <message>
        <source>Client id of an admin application (client credentials).</source>
        <translation>Client-ID einer Admin-Anwendung (Client Credentials).</translation>
    </message>
    <message>
        <source>Trust only the server certificate with this SHA-256 fingerprint.</source>
        <translation>Nur dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>Die lokale Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation>Die lokale Sandbox wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>No client secret: set THUNDERID_CLIENT_SECRET, or use --profile with a secret stored in the keychain.</source>
        <translation>Kein Client-Secret: Setzen Sie THUNDERID_CLIENT_SECRET oder verwenden Sie --profile mit einem im Schlüsselbund gespeicherten Secret.</translation>
    </message>
    <message>
        <source>Desktop console for ThunderID: resource servers, scopes, roles, agents and their tokens.

  thunderid-console --sandbox          try it against a local sandbox (also the
                                       default until a profile is saved)
  thunderid-console --server URL [--profile NAME]   browser sign-in (CONSOLE)
  thunderid-console --server URL --client-id ID [--profile NAME]
  thunderid-console --inbox [--profile NAME]   an approver in the tray
  thunderid-console inspect TOKEN      the command-line token inspector
  thunderid-console history import|sync|query   the token history (--help)

The client secret of --server comes from the keychain entry of the profile, or from the environment variable THUNDERID_CLIENT_SECRET (which is then stored in the keychain when --profile is given).</source>
        <translation>Desktop-Konsole für ThunderID: Ressourcenserver, Scopes, Rollen, Agenten und ihre Tokens.

  thunderid-console --sandbox          gegen eine lokale Sandbox ausprobieren (auch
                                       der Standard, bis ein Profil gespeichert ist)
  thunderid-console --server URL [--profile NAME]   Anmeldung im Browser (CONSOLE)
  thunderid-console --server URL --client-id ID [--profile NAME]
  thunderid-console --inbox [--profile NAME]   als Genehmiger im Systembereich
  thunderid-console inspect TOKEN      der Token-Inspektor für die Kommandozeile
  thunderid-console history import|sync|query   der Token-Verlauf (--help)

Das Client-Secret für --server stammt aus dem Schlüsselbund-Eintrag des Profils oder aus der Umgebungsvariable THUNDERID_CLIENT_SECRET (die dann im Schlüsselbund gespeichert wird, wenn --profile angegeben ist).</translation>
    </message>
    <message>
        <source>Start as an approver: minimised to the tray, the window opens on the approval inbox when the tray is clicked, closing it keeps the tray.</source>
        <translation>Als Genehmiger starten: in den Systembereich minimiert; ein Klick darauf öffnet das Fenster mit dem Genehmigungseingang, Schließen behält das Symbol im Systembereich.</translation>
    </message>
    <message>
        <source>The local sandbox this console started stops when it quits, and its data (in memory) is gone. Quit?</source>
        <translation>Die lokale Sandbox, die diese Konsole gestartet hat, endet mit ihr, und ihre Daten (im Speicher) gehen verloren. Beenden?</translation>
    </message>
    <message>
        <source>Log what the console does (every tid.* category) on stderr; never a secret or a token.</source>
        <translation>Protokolliert auf stderr, was die Konsole tut (jede tid.*-Kategorie); nie ein Geheimnis oder Token.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
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
        <translation>Aufruf: thunderid-console history import [--db PFAD] DATEI|ORDNER...
       thunderid-console history sync [--db PFAD] --profile NAME
       thunderid-console history sync [--db PFAD] --server URL --client-id ID [--tls-pin SHA256]
       thunderid-console history query [--db PFAD] [--format table|csv|jsonl] [--count] [FILTER]
</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3
</source>
        <translation>%1:%2: übersprungen: %3
</translation>
    </message>
    <message>
        <source>… and %1 more malformed lines
</source>
        <translation>… und %1 weitere fehlerhafte Zeilen
</translation>
    </message>
    <message>
        <source>%1: refused: %2
</source>
        <translation>%1: abgelehnt: %2
</translation>
    </message>
    <message>
        <source>invalid filter at %1: %2</source>
        <translation>ungültiger Filter an Position %1: %2</translation>
    </message>
    <message>
        <source>--format is table, csv or jsonl</source>
        <translation>--format ist table, csv oder jsonl</translation>
    </message>
    <message>
        <source>No history database at %1.
</source>
        <translation>Keine Verlaufsdatenbank unter %1.
</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJEKT</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.
</source>
        <translation>Es gibt kein Profil namens „%1“.
</translation>
    </message>
    <message>
        <source>sync needs --profile NAME or --server URL</source>
        <translation>sync braucht --profile NAME oder --server URL</translation>
    </message>
    <message>
        <source>Cannot connect: %1
</source>
        <translation>Verbindung nicht möglich: %1
</translation>
    </message>
    <message>
        <source>The profile signs in through the browser and has no stored session: open the console once to sign in.
</source>
        <translation>Das Profil meldet sich über den Browser an und hat keine gespeicherte Sitzung: Öffnen Sie die Konsole einmal, um sich anzumelden.
</translation>
    </message>
    <message>
        <source>The server does not offer the audit-events extension; import its observability file instead (history import).
</source>
        <translation>Der Server bietet die Audit-Events-Erweiterung nicht an; importieren Sie stattdessen seine Observability-Datei (history import).
</translation>
    </message>
    <message>
        <source><byte value="xd"/>synced %1 of %2</source>
        <translation><byte value="xd"/>%1 von %2 synchronisiert</translation>
    </message>
    <message>
        <source>
synced: fetched %1, new %2 (server total %3)
</source>
        <translation>
synchronisiert: %1 abgerufen, %2 neu (insgesamt auf dem Server %3)
</translation>
    </message>
    <message>
        <source>No client secret: set THUNDERID_CLIENT_SECRET.
</source>
        <translation>Kein Client-Secret: Setzen Sie THUNDERID_CLIENT_SECRET.
</translation>
    </message>
    <message>
        <source>No client secret for “%1” in the keychain: %2
</source>
        <translation>Kein Client-Secret für „%1“ im Schlüsselbund: %2
</translation>
    </message>
    <message>
        <source>The token history without a window.</source>
        <translation>Der Token-Verlauf ohne Fenster.</translation>
    </message>
    <message>
        <source>query: table, csv or jsonl (each event&apos;s original JSON).</source>
        <translation>query: table, csv oder jsonl (das Original-JSON jedes Ereignisses).</translation>
    </message>
    <message>
        <source>query: print only the number of matching events.</source>
        <translation>query: nur die Anzahl passender Ereignisse ausgeben.</translation>
    </message>
    <message>
        <source>sync: the connection profile.</source>
        <translation>sync: das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>sync: the server&apos;s base URL (with --client-id).</source>
        <translation>sync: die Basis-URL des Servers (mit --client-id).</translation>
    </message>
    <message>
        <source>sync: an admin application&apos;s client id; the secret from THUNDERID_CLIENT_SECRET.</source>
        <translation>sync: die Client-ID einer Admin-Anwendung; das Secret aus THUNDERID_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>sync: trust only this SHA-256 certificate fingerprint.</source>
        <translation>sync: nur diesem SHA-256-Zertifikatsfingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>import, sync or query</source>
        <translation>import, sync oder query</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>kein Befehl</translation>
    </message>
    <message>
        <source>query takes one filter (quote it)</source>
        <translation>query nimmt einen Filter (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>The history database: a SQLite file or a team&apos;s postgresql://user@host:port/db (password from PGPASSWORD or the profile&apos;s keychain entry; default: the active profile&apos;s).</source>
        <translation>Die Verlaufsdatenbank: eine SQLite-Datei oder postgresql://benutzer@host:port/db eines Teams (Passwort aus PGPASSWORD oder dem Schlüsselbund-Eintrag des Profils; Vorgabe: die des aktiven Profils).</translation>
    </message>
</context>
<context>
    <name>tid::core::FormRules</name>
    <message>
        <source>The handle is required.</source>
        <translation>Das Handle ist erforderlich.</translation>
    </message>
    <message>
        <source>The handle is longer than 100 characters.</source>
        <translation>Das Handle ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The handle may contain only letters, digits and . _ : - /</source>
        <translation>Das Handle darf nur Buchstaben, Ziffern und . _ : - / enthalten</translation>
    </message>
    <message>
        <source>The handle cannot contain the delimiter &quot;%1&quot;.</source>
        <translation>Das Handle darf das Trennzeichen „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>A role name has 3 to 64 characters.</source>
        <translation>Ein Rollenname hat 3 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>tid::core::LineReader</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>die gzip-Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the gzip data is truncated</source>
        <translation>die gzip-Daten sind unvollständig</translation>
    </message>
    <message>
        <source>the gzip data is corrupt (%1)</source>
        <translation>die gzip-Daten sind beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>tid::ui::Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ui::HistoryPane</name>
    <message>
        <source>These claims were rebuilt from a token-history event: the token itself is not stored, so it is shown unsigned and the signature findings do not apply.</source>
        <translation>Diese Claims wurden aus einem Ereignis des Token-Verlaufs rekonstruiert: Das Token selbst wird nicht gespeichert, daher wird es unsigniert gezeigt und die Befunde zur Signatur gelten nicht.</translation>
    </message>
</context>
</TS>
