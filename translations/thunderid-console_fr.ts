<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActorChainModel</name>
    <message>
        <source>(no sub)</source>
        <translation>(pas de sub)</translation>
    </message>
    <message>
        <source>Subject (no delegation)</source>
        <translation>Sujet (pas de délégation)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Current actor</source>
        <translation>Acteur actuel</translation>
    </message>
    <message>
        <source>Prior actor %1</source>
        <translation>Acteur antérieur %1</translation>
    </message>
    <message>
        <source>%1 (token issuer)</source>
        <translation>%1 (émetteur du jeton)</translation>
    </message>
    <message>
        <source>Subject: the principal the token is about</source>
        <translation>Sujet : le principal dont parle le jeton</translation>
    </message>
    <message>
        <source>Current actor: the party using the token now</source>
        <translation>Acteur actuel : qui utilise le jeton maintenant</translation>
    </message>
    <message>
        <source>Prior actor: acted earlier in the delegation chain</source>
        <translation>Acteur antérieur : a agi plus tôt dans la chaîne de délégation</translation>
    </message>
    <message>
        <source>sub: %1</source>
        <translation>sub : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>iss: %1</source>
        <translation>iss : %1</translation>
    </message>
    <message>
        <source>Kind: user</source>
        <translation>Genre : utilisateur</translation>
    </message>
    <message>
        <source>Kind: agent or application</source>
        <translation>Genre : agent ou application</translation>
    </message>
    <message>
        <source>Kind: unknown (not resolved)</source>
        <translation>Genre : inconnu (non résolu)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
</context>
<context>
    <name>AdminPane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>Échange avec le serveur…</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1). Nothing was changed; your input is kept — try again when the server is back.</source>
        <translation>Le serveur est injoignable (%1). Rien n&apos;a été modifié ; votre saisie est conservée — réessayez quand le serveur sera de retour.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Nothing is known to have changed; try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Rien n&apos;est connu pour avoir changé ; réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu : %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read: %1</source>
        <translation>Le serveur a envoyé une réponse que la console ne peut pas lire : %1</translation>
    </message>
    <message>
        <source>Could not sign in again: %1</source>
        <translation>Impossible de se reconnecter : %1</translation>
    </message>
    <message>
        <source>The server refused the input: %1%2</source>
        <translation>Le serveur a refusé la saisie : %1%2</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid and could not be renewed%1. Reconnect to continue.</source>
        <translation>La connexion n&apos;est plus valide et n&apos;a pas pu être renouvelée%1. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Not allowed: %1%2. The signed-in client needs the “system” permission, and read-only (declarative) items cannot be changed.</source>
        <translation>Non autorisé : %1%2. Le client connecté a besoin de la permission « system », et les éléments en lecture seule (déclaratifs) ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Not found: %1%2. Someone may have deleted it; press F5 to refresh.</source>
        <translation>Introuvable : %1%2. Quelqu&apos;un l&apos;a peut-être supprimé ; appuyez sur F5 pour actualiser.</translation>
    </message>
    <message>
        <source>Conflict: %1%2. Another item already uses this name, identifier or handle, or the item changed on the server. Nothing was saved; change the value and try again.</source>
        <translation>Conflit : %1%2. Un autre élément utilise déjà ce nom, cet identifiant ou ce handle, ou l&apos;élément a changé sur le serveur. Rien n&apos;a été enregistré ; modifiez la valeur et réessayez.</translation>
    </message>
    <message>
        <source>The request is too large for the server%1.</source>
        <translation>La requête est trop volumineuse pour le serveur%1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2%3</source>
        <translation>Le serveur a répondu HTTP %1 : %2%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation>Recharger depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The server refused the input: %1%2 — %3</source>
        <translation>Le serveur a refusé la saisie : %1%2 — %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Quitter sans enregistrer ?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copier l’identifiant</translation>
    </message>
    <message>
        <source>Copy client id</source>
        <translation>Copier l’identifiant client</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l’historique</translation>
    </message>
</context>
<context>
    <name>AgentWizard</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>Who is the agent?</source>
        <translation>Qui est l&apos;agent ?</translation>
    </message>
    <message>
        <source>A machine identity with a person accountable for it.</source>
        <translation>Une identité machine avec une personne qui en répond.</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nom de l&apos;agent</translation>
    </message>
    <message>
        <source>Invoice Reconciler</source>
        <translation>Rapprochement des factures</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Agent description</source>
        <translation>Description de l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(the signed-in administrator)</source>
        <translation>(l&apos;administrateur connecté)</translation>
    </message>
    <message>
        <source>The person accountable for the agent. It grants them no rights.</source>
        <translation>La personne qui répond de l&apos;agent. Cela ne lui donne aucun droit.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>How does it act?</source>
        <translation>Comment agit-il ?</translation>
    </message>
    <message>
        <source>The kind presets the grant types; adjust them if you need to.</source>
        <translation>Le genre préremplit les types de grant ; ajustez-les si besoin.</translation>
    </message>
    <message>
        <source>&amp;Autonomous</source>
        <translation>&amp;Autonome</translation>
    </message>
    <message>
        <source>Acts as itself with client credentials (scheduled jobs, pipelines).</source>
        <translation>Agit pour lui-même avec des client credentials (tâches planifiées, pipelines).</translation>
    </message>
    <message>
        <source>&amp;Interactive</source>
        <translation>&amp;Interactif</translation>
    </message>
    <message>
        <source>Acts for a signed-in user: authorization code with PKCE, refresh, CIBA.</source>
        <translation>Agit pour un utilisateur connecté : authorization code avec PKCE, refresh, CIBA.</translation>
    </message>
    <message>
        <source>&amp;Hybrid</source>
        <translation>&amp;Hybride</translation>
    </message>
    <message>
        <source>Both: its own tasks and tasks on behalf of users, plus token exchange.</source>
        <translation>Les deux : ses propres tâches et des tâches au nom d&apos;utilisateurs, plus l&apos;échange de jetons.</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Types de grant</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Accorder %1</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>&amp;Redirect URI</source>
        <translation>URI de &amp;redirection</translation>
    </message>
    <message>
        <source>What may it reach?</source>
        <translation>À quoi peut-il accéder ?</translation>
    </message>
    <message>
        <source>Its roles decide its scopes; the default audience is the resource server its tokens are for when it does not ask for one.</source>
        <translation>Ses rôles déterminent ses portées ; l&apos;audience par défaut est le serveur de ressources auquel ses jetons sont destinés s&apos;il n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>Default audience</source>
        <translation>Audience par défaut</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Default &amp;audience</source>
        <translation>&amp;Audience par défaut</translation>
    </message>
    <message>
        <source>Roles to assign</source>
        <translation>Rôles à attribuer</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>Token lifetimes</source>
        <translation>Durées de vie des jetons</translation>
    </message>
    <message>
        <source>Shorter is safer; tokens cannot be recalled before they expire.</source>
        <translation>Plus court est plus sûr ; les jetons ne peuvent pas être rappelés avant leur expiration.</translation>
    </message>
    <message>
        <source>Lifetime of the agent&apos;s own access tokens</source>
        <translation>Durée de vie des propres jetons d&apos;accès de l&apos;agent</translation>
    </message>
    <message>
        <source>Its own access tokens</source>
        <translation>Ses propres jetons d&apos;accès</translation>
    </message>
    <message>
        <source>Lifetime of access tokens for users</source>
        <translation>Durée de vie des jetons d&apos;accès pour les utilisateurs</translation>
    </message>
    <message>
        <source>Access tokens for users</source>
        <translation>Jetons d&apos;accès pour les utilisateurs</translation>
    </message>
    <message>
        <source>Lifetime of refresh tokens</source>
        <translation>Durée de vie des jetons de rafraîchissement</translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation>Jetons de rafraîchissement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Choose at least one grant type, or the agent cannot obtain tokens.</source>
        <translation>Choisissez au moins un type de grant, sinon l&apos;agent ne peut pas obtenir de jetons.</translation>
    </message>
    <message>
        <source>Signing users in needs a redirect URI (where the agent receives the authorization code).</source>
        <translation>Connecter des utilisateurs demande une URI de redirection (où l&apos;agent reçoit l&apos;authorization code).</translation>
    </message>
    <message>
        <source>The redirect URI must be an absolute URI, such as https://agent.example.com/callback.</source>
        <translation>L&apos;URI de redirection doit être une URI absolue, comme https://agent.example.com/callback.</translation>
    </message>
    <message>
        <source>The name is required (first page).</source>
        <translation>Le nom est obligatoire (première page).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <source>Autonomous</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interactif</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>No OAuth profile</source>
        <translation>Pas de profil OAuth</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>client credentials</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>authorization code</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>jeton de rafraîchissement</translation>
    </message>
    <message>
        <source>token exchange</source>
        <translation>échange de jetons</translation>
    </message>
    <message>
        <source>CIBA</source>
        <translation>CIBA</translation>
    </message>
    <message>
        <source>JWT bearer</source>
        <translation>JWT bearer</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Acts as itself (client credentials)</source>
        <translation>Agit pour lui-même (client credentials)</translation>
    </message>
    <message>
        <source>Acts for a user (authorization code or CIBA)</source>
        <translation>Agit pour un utilisateur (authorization code ou CIBA)</translation>
    </message>
    <message>
        <source>Acts as itself and for users</source>
        <translation>Agit pour lui-même et pour des utilisateurs</translation>
    </message>
    <message>
        <source>Cannot obtain tokens: no OAuth profile</source>
        <translation>Impossible d&apos;obtenir des jetons : pas de profil OAuth</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>défaut du serveur</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation>Chargement des agents</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Create an agent (Ctrl+N)</source>
        <translation>Créer un agent (Ctrl+N)</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation>Attribuer un rôle…</translation>
    </message>
    <message>
        <source>Assign a role to every selected agent</source>
        <translation>Attribuer un rôle à chaque agent sélectionné</translation>
    </message>
    <message>
        <source>Assign a role to the selected agents</source>
        <translation>Attribuer un rôle aux agents sélectionnés</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <source>Open the token history filtered to the selected agent</source>
        <translation>Ouvrir l&apos;historique des jetons filtré sur l&apos;agent sélectionné</translation>
    </message>
    <message>
        <source>Show the selected agent&apos;s token history</source>
        <translation>Afficher l&apos;historique des jetons de l&apos;agent sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected agents (Del)</source>
        <translation>Supprimer les agents sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Delete the selected agents</source>
        <translation>Supprimer les agents sélectionnés</translation>
    </message>
    <message>
        <source>Could not load the agents.</source>
        <translation>Impossible de charger les agents.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reading the agents&apos; grant types…</source>
        <translation>Lecture des types de grant des agents…</translation>
    </message>
    <message>
        <source>No agent matches the filter.</source>
        <translation>Aucun agent ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No agents yet. Press Ctrl+N to create the first one.</source>
        <translation>Pas encore d&apos;agents. Appuyez sur Ctrl+N pour créer le premier.</translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation>Détails de l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nom de l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Agent description</source>
        <translation>Description de l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Accorder %1</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Redirect URIs, separated by spaces</source>
        <translation>URI de redirection, séparées par des espaces</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs</source>
        <translation>URI de &amp;redirection</translation>
    </message>
    <message>
        <source>Lifetime of the agent&apos;s own access tokens</source>
        <translation>Durée de vie des propres jetons d&apos;accès de l&apos;agent</translation>
    </message>
    <message>
        <source>Own access tokens</source>
        <translation>Propres jetons d&apos;accès</translation>
    </message>
    <message>
        <source>Lifetime of access tokens for users</source>
        <translation>Durée de vie des jetons d&apos;accès pour les utilisateurs</translation>
    </message>
    <message>
        <source>Tokens for users</source>
        <translation>Jetons pour les utilisateurs</translation>
    </message>
    <message>
        <source>Lifetime of refresh tokens</source>
        <translation>Durée de vie des jetons de rafraîchissement</translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation>Jetons de rafraîchissement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save agent</source>
        <translation>Enregistrer l&apos;agent</translation>
    </message>
    <message>
        <source>Roles held directly or through a group. Its scopes are what these roles grant.</source>
        <translation>Rôles détenus directement ou par un groupe. Ses portées sont ce que ces rôles accordent.</translation>
    </message>
    <message>
        <source>Roles of the agent</source>
        <translation>Rôles de l&apos;agent</translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation>Rôle à attribuer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Assign the chosen role to the agent</source>
        <translation>Attribuer le rôle choisi à l&apos;agent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected role from the agent</source>
        <translation>Retirer le rôle sélectionné de l&apos;agent</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select an agent, or press Ctrl+N to create one.</source>
        <translation>Sélectionnez un agent, ou appuyez sur Ctrl+N pour en créer un.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Loading roles</source>
        <translation>Chargement des rôles</translation>
    </message>
    <message>
        <source>Loading the agent&apos;s roles</source>
        <translation>Chargement des rôles de l&apos;agent</translation>
    </message>
    <message>
        <source>(no roles: its tokens carry no scopes)</source>
        <translation>(aucun rôle : ses jetons ne portent aucune portée)</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI.</source>
        <translation>« %1 » n&apos;est pas une URI absolue.</translation>
    </message>
    <message>
        <source>Signing users in (authorization code) needs a redirect URI.</source>
        <translation>Connecter des utilisateurs (authorization code) demande une URI de redirection.</translation>
    </message>
    <message>
        <source>Saving the agent</source>
        <translation>Enregistrement de l&apos;agent</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Creating the agent</source>
        <translation>Création de l&apos;agent</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Assigning a role to the new agent</source>
        <translation>Attribution d&apos;un rôle au nouvel agent</translation>
    </message>
    <message>
        <source>Delete the agent “%1”? Its tokens stay valid until they expire; its secret stops working now. This cannot be undone.</source>
        <translation>Supprimer l&apos;agent « %1 » ? Ses jetons restent valides jusqu&apos;à leur expiration ; son secret cesse de fonctionner maintenant. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete these %1 agents? %2
Their tokens stay valid until they expire; their secrets stop working now. This cannot be undone.</source>
        <translation>Supprimer ces %1 agents ? %2
Leurs jetons restent valides jusqu&apos;à leur expiration ; leurs secrets cessent de fonctionner maintenant. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>Supprimer des agents</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n agent(s).</source>
        <translation>
            <numerusform>%n agent supprimé.</numerusform>
            <numerusform>%n agents supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some agents were not deleted:
%1</source>
        <translation>Certains agents n&apos;ont pas été supprimés :
%1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>Attribution de %1</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %n agent(s).</source>
        <translation>
            <numerusform>%1 attribué à %n agent.</numerusform>
            <numerusform>%1 attribué à %n agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Remove the role “%1” from %2? (A role held through a group stays until the agent leaves the group.)</source>
        <translation>Retirer le rôle « %1 » de %2 ? (Un rôle détenu par un groupe reste jusqu&apos;à ce que l&apos;agent quitte le groupe.)</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 retiré de %2.</translation>
    </message>
    <message>
        <source>The new secret of %1 will not be shown again: copy it and store it before you leave (&quot;I have stored it&quot;).</source>
        <translation>Le nouveau secret de %1 ne sera plus affiché : copiez-le et conservez-le avant de partir (« Je l’ai conservé »).</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved.</source>
        <translation>Vos modifications de %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Filters the agents by name, client id, owner or description.
An attribute filter such as model eq &quot;gpt-4o&quot; is sent to the server.</source>
        <translation>Filtre les agents par nom, identifiant client, responsable ou description.
Un filtre d’attribut comme model eq &quot;gpt-4o&quot; est envoyé au serveur.</translation>
    </message>
    <message>
        <source>None of the %L1 agents loaded now matches the filter.</source>
        <translation>Aucun des %L1 agents chargés ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The server has no agent with %1.</source>
        <translation>Le serveur n’a aucun agent avec %1.</translation>
    </message>
    <message>
        <source>The server cannot sort agents: the list is in the server&apos;s order.</source>
        <translation>Le serveur ne peut pas trier les agents : la liste suit l’ordre du serveur.</translation>
    </message>
    <message>
        <source>%L1 agents, in the server&apos;s order: the server cannot sort them, so the columns do not sort.</source>
        <translation>%L1 agents, dans l’ordre du serveur : le serveur ne peut pas les trier, les colonnes ne trient donc pas.</translation>
    </message>
    <message>
        <source>The filter looks only at the %L1 agents loaded now; the server can filter by an attribute: model eq &quot;gpt-4o&quot;.</source>
        <translation>Le filtre ne porte que sur les %L1 agents chargés ; le serveur peut filtrer par attribut : model eq &quot;gpt-4o&quot;.</translation>
    </message>
    <message>
        <source>Filtered by the server: %1.</source>
        <translation>Filtré par le serveur : %1.</translation>
    </message>
</context>
<context>
    <name>ApproverDesktop</name>
    <message>
        <source>Start with the session</source>
        <translation>Démarrer avec la session</translation>
    </message>
    <message>
        <source>Start the console in the tray, as an approver, when you log in to the desktop</source>
        <translation>Démarrer la console dans la zone de notification, en tant qu’approbateur, à l’ouverture de la session</translation>
    </message>
    <message>
        <source>Signed out here, but the server could not be told (%1): the refresh token stays valid there until it expires.</source>
        <translation>Déconnecté ici, mais le serveur n’a pas pu être prévenu (%1) : le jeton d’actualisation y reste valide jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>Could not change “Start with the session”: %1</source>
        <translation>Impossible de modifier « Démarrer avec la session » : %1</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Rester dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>Audit sync paused: %1</source>
        <translation>Synchronisation d&apos;audit en pause : %1</translation>
    </message>
    <message>
        <source>No server or history store.</source>
        <translation>Pas de serveur ni de stockage d&apos;historique.</translation>
    </message>
    <message>
        <source>Audit sync paused: the server&apos;s answer is not an audit-event list.</source>
        <translation>Synchronisation d&apos;audit en pause : la réponse du serveur n&apos;est pas une liste d&apos;événements d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>BrowserAuthenticator</name>
    <message>
        <source>No sign-in arrived from the browser in time.</source>
        <translation>Aucune connexion n&apos;est arrivée du navigateur à temps.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser sign-in.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1 pour la connexion dans le navigateur.</translation>
    </message>
    <message>
        <source>Cannot build the sign-in request for %1.</source>
        <translation>Impossible de construire la demande de connexion pour %1.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch); it was refused.</source>
        <translation>La réponse du navigateur n&apos;appartient pas à cette connexion (state différent) ; elle a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in answer was issued by %1, not by %2; it was refused.</source>
        <translation>La réponse de connexion a été émise par %1, pas par %2 ; elle a été refusée.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer carries no authorization code.</source>
        <translation>La réponse du navigateur ne contient pas d&apos;authorization code.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Sign-in failed&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can close this window.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Échec de la connexion&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Vous pouvez fermer cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Signed in&lt;/h1&gt;&lt;p&gt;You can close this window and return to the console.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Connecté&lt;/h1&gt;&lt;p&gt;Vous pouvez fermer cette fenêtre et revenir à la console.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sign-in has expired and there is no refresh token: sign in again.</source>
        <translation>La connexion a expiré et il n&apos;y a pas de jeton de rafraîchissement : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signing in as %1 failed: %2</source>
        <translation>Échec de la connexion en tant que %1 : %2</translation>
    </message>
    <message>
        <source>The sign-in has expired (%1): sign in again.</source>
        <translation>La connexion a expiré (%1) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>ChainGraph</name>
    <message>
        <source>The selected delegation chain as a graph</source>
        <translation>La chaîne de délégation sélectionnée sous forme de graphe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>agent, on its own</source>
        <translation>agent, de lui-même</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>premier jeton</translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>(no scope)</source>
        <translation>(pas de portée)</translation>
    </message>
    <message>
        <source>Click a token to show its event. Final audience: %1</source>
        <translation>Cliquez sur un jeton pour afficher son événement. Audience finale : %1</translation>
    </message>
    <message>
        <source>Select a chain above to see it drawn here.</source>
        <translation>Sélectionnez une chaîne ci-dessus pour la voir dessinée ici.</translation>
    </message>
    <message>
        <source>widened</source>
        <translation>élargi</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>(no audience)</source>
        <translation>(pas d&apos;audience)</translation>
    </message>
</context>
<context>
    <name>CibaDecisionsModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>approved, tokens issued</source>
        <translation>approuvée, jetons émis</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>identifiant client %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation>Message de liaison</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Portées accordées</translation>
    </message>
</context>
<context>
    <name>CibaRequestsModel</name>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
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
        <translation>%1 (%2, identifiant client %3)</translation>
    </message>
    <message>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(OpenID only)</source>
        <translation>(OpenID uniquement)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire %1</translation>
    </message>
    <message>
        <source>Agent or application</source>
        <translation>Agent ou application</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation>Message de liaison</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation>Serveur de ressources</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>{1 member}</source>
        <translation>{1 membre}</translation>
    </message>
    <message>
        <source>{%1 members}</source>
        <translation>{%1 membres}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>JOSE header: how the token is signed</source>
        <translation>En-tête JOSE : comment le jeton est signé</translation>
    </message>
    <message>
        <source>Claims: what the token says</source>
        <translation>Claims : ce que dit le jeton</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>Could not open a web browser. Open this address to sign in: %1</source>
        <translation>Impossible d&apos;ouvrir un navigateur. Ouvrez cette adresse pour vous connecter : %1</translation>
    </message>
    <message>
        <source>There is no client secret for the profile &quot;%1&quot; in the system keychain: enter it in the connection dialog.</source>
        <translation>Il n&apos;y a pas de secret client pour le profil « %1 » dans le trousseau du système : saisissez-le dans la boîte de connexion.</translation>
    </message>
    <message>
        <source>The system keychain did not give the client secret of &quot;%1&quot;: %2</source>
        <translation>Le trousseau du système n&apos;a pas fourni le secret client de « %1 » : %2</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. Expected SHA-256 %2, the server presented %3. This is what an attacker in the middle looks like; if the server&apos;s certificate was replaced on purpose, put the new fingerprint in the profile yourself.</source>
        <translation>Le certificat de %1 a changé. SHA-256 attendu %2, le serveur a présenté %3. C&apos;est à cela que ressemble un attaquant intercalé ; si le certificat du serveur a été remplacé volontairement, inscrivez vous-même la nouvelle empreinte dans le profil.</translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate?</source>
        <translation>Faire confiance au certificat de ce serveur ?</translation>
    </message>
    <message>
        <source>The server at %1 presents a certificate that your system does not trust (for example ThunderID&apos;s self-signed default).

SHA-256 fingerprint:
%2

Compare it with the fingerprint the server&apos;s administrator gives you. Trust this certificate for &quot;%3&quot; from now on?</source>
        <translation>Le serveur à %1 présente un certificat que votre système ne reconnaît pas (par exemple le certificat auto-signé par défaut de ThunderID).

Empreinte SHA-256 :
%2

Comparez-la avec l&apos;empreinte que vous donne l&apos;administrateur du serveur. Faire confiance à ce certificat pour « %3 » désormais ?</translation>
    </message>
    <message>
        <source>Not connected: the certificate of %1 was not trusted.</source>
        <translation>Non connecté : le certificat de %1 n&apos;a pas été reconnu.</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2</source>
        <translation>Impossible de se connecter en tant que %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a ThunderID server</source>
        <translation>Se connecter à un serveur ThunderID</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Profils de connexion enregistrés</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>New profile (Ctrl+N)</source>
        <translation>Nouveau profil (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entries (Del)</source>
        <translation>Supprimer le profil sélectionné et ses entrées du trousseau (Suppr)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ex. production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>https://localhost:8090</source>
        <translation>https://localhost:8090</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Les autorités de certification du système</translation>
    </message>
    <message>
        <source>Only this certificate (SHA-256 fingerprint):</source>
        <translation>Uniquement ce certificat (empreinte SHA-256) :</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprint</source>
        <translation>Empreinte du certificat épinglé</translation>
    </message>
    <message>
        <source>AB:CD:… (64 hex digits)</source>
        <translation>AB:CD:… (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>A server whose certificate the system does not trust (such as ThunderID&apos;s self-signed default) shows its fingerprint on first connect and asks before it is pinned.</source>
        <translation>Un serveur dont le système ne reconnaît pas le certificat (comme le certificat auto-signé par défaut de ThunderID) affiche son empreinte à la première connexion et demande avant de l&apos;épingler.</translation>
    </message>
    <message>
        <source>TLS trust:</source>
        <translation>Confiance TLS :</translation>
    </message>
    <message>
        <source>Browser sign-in (authorization code with PKCE, CONSOLE client)</source>
        <translation>Connexion dans le navigateur (authorization code avec PKCE, client CONSOLE)</translation>
    </message>
    <message>
        <source>Client credentials of an admin application</source>
        <translation>Client credentials d&apos;une application d&apos;administration</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>Identifiant &amp;client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Kept in the system keychain only.</source>
        <translation>Conservé uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Leave empty to use the secret stored in the system keychain for this profile.</source>
        <translation>Laissez vide pour utiliser le secret conservé pour ce profil dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Your browser opens ThunderID&apos;s sign-in page; the console receives the answer on a loopback address (127.0.0.1).</source>
        <translation>Votre navigateur ouvre la page de connexion de ThunderID ; la console reçoit la réponse sur une adresse de bouclage (127.0.0.1).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The server URL must be an absolute http:// or https:// address, e.g. https://localhost:8090.</source>
        <translation>L&apos;URL du serveur doit être une adresse http:// ou https:// absolue, p. ex. https://localhost:8090.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>L&apos;empreinte épinglée doit être une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points autorisés.</translation>
    </message>
    <message>
        <source>A pinned certificate needs an https:// server URL.</source>
        <translation>Un certificat épinglé exige une URL de serveur https://.</translation>
    </message>
    <message>
        <source>Enter the client ID (CONSOLE for ThunderID&apos;s browser sign-in).</source>
        <translation>Saisissez l&apos;identifiant client (CONSOLE pour la connexion de ThunderID dans le navigateur).</translation>
    </message>
    <message>
        <source>Enter the client secret of the admin application.</source>
        <translation>Saisissez le secret client de l&apos;application d&apos;administration.</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>Le profil n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be stored in the system keychain: %2</source>
        <translation>Le secret client de « %1 » n&apos;a pas pu être conservé dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Local (SQLite, on this computer)</source>
        <translation>Local (SQLite, sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Team (PostgreSQL):</source>
        <translation>Équipe (PostgreSQL) :</translation>
    </message>
    <message>
        <source>Team history database</source>
        <translation>Base d&apos;historique de l&apos;équipe</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://utilisateur@hôte:5432/base?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Team history database password</source>
        <translation>Mot de passe de la base d&apos;historique de l&apos;équipe</translation>
    </message>
    <message>
        <source>Database password (kept in the system keychain)</source>
        <translation>Mot de passe de la base (gardé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Token history:</source>
        <translation>Historique des jetons :</translation>
    </message>
    <message>
        <source>The team history database: %1</source>
        <translation>La base d&apos;historique de l&apos;équipe : %1</translation>
    </message>
    <message>
        <source>The history database password of &quot;%1&quot; could not be stored in the system keychain: %2</source>
        <translation>Le mot de passe de la base d&apos;historique de « %1 » n&apos;a pas pu être enregistré dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its client secret, refresh token and history database password are removed from the system keychain too.</source>
        <translation>Supprimer le profil « %1 » ? Son secret client, son jeton de rafraîchissement et le mot de passe de sa base d&apos;historique sont aussi retirés du trousseau du système.</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation>%1 (%2, identifiant client %3)</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <source>(OpenID only)</source>
        <translation>(OpenID uniquement)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Agent or application</source>
        <translation>Agent ou application</translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation>Serveur de ressources</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>ConsentsPane</name>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Loading consents</source>
        <translation>Chargement des consentements</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Filter by agent or application</source>
        <translation>Filtrer par agent ou application</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Filter by resource server</source>
        <translation>Filtrer par serveur de ressources</translation>
    </message>
    <message>
        <source>All resource servers</source>
        <translation>Tous les serveurs de ressources</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected consents</source>
        <translation>Révoquer les consentements sélectionnés</translation>
    </message>
    <message>
        <source>Revoke the selected consents (Del)</source>
        <translation>Révoquer les consentements sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>This server has no consents API.

ThunderID does not offer one yet; the console uses the “consents” extension (docs/extension-api.yaml), which the sandbox implements. Connect to a server that lists it in its discovery document to see and revoke consents here.</source>
        <translation>Ce serveur n&apos;a pas d&apos;API de consentements.

ThunderID n&apos;en propose pas encore ; la console utilise l&apos;extension « consents » (docs/extension-api.yaml), que la sandbox implémente. Connectez-vous à un serveur qui la déclare dans son document de découverte pour voir et révoquer ici les consentements.</translation>
    </message>
    <message>
        <source>Could not load the consents.</source>
        <translation>Impossible de charger les consentements.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No consent matches the filter.</source>
        <translation>Aucun consentement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No consents yet: they appear when users let an agent act for them.</source>
        <translation>Pas encore de consentements : ils apparaissent quand des utilisateurs laissent un agent agir pour eux.</translation>
    </message>
    <message>
        <source>No consent matches these filters.</source>
        <translation>Aucun consentement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Revoke %1…</source>
        <translation>Révoquer %1…</translation>
    </message>
    <message>
        <source>Revoke the consent %1 gave to %2 for %3? Its refresh tokens stop working at once; the agent must ask the user again.</source>
        <translation>Révoquer le consentement que %1 a donné à %2 pour %3 ? Ses jetons de rafraîchissement cessent aussitôt de fonctionner ; l&apos;agent doit redemander à l&apos;utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n consents? Their refresh tokens stop working at once; the agents must ask the users again.</source>
        <translation>
            <numerusform>Révoquer ce consentement (%n) ? Ses jetons de rafraîchissement cessent aussitôt de fonctionner ; l&apos;agent doit redemander à l&apos;utilisateur.</numerusform>
            <numerusform>Révoquer ces %n consentements ? Leurs jetons de rafraîchissement cessent aussitôt de fonctionner ; les agents doivent redemander aux utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation>Révoquer des consentements</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>%1: already revoked or expired</source>
        <translation>%1 : déjà révoqué ou expiré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n consent(s).</source>
        <translation>
            <numerusform>%n consentement révoqué.</numerusform>
            <numerusform>%n consentements révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked %1 of %2 consents.
%3</source>
        <translation>%1 consentements révoqués sur %2.
%3</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expiring (grace period)</source>
        <translation>En fin de validité (période de grâce)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires / revoked</source>
        <translation>Expire / révoqué</translation>
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
        <translation>L&apos;ancien secret fonctionne encore pendant</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>Tout révoquer…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>How rotation works on this server</source>
        <translation>Fonctionnement de la rotation sur ce serveur</translation>
    </message>
    <message>
        <source>Grace period in seconds</source>
        <translation>Période de grâce en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long secrets issued before the rotation keep working (0: they stop at once). Up to 30 days.</source>
        <translation>Durée pendant laquelle les secrets émis avant la rotation continuent de fonctionner (0 : ils cessent aussitôt). Jusqu&apos;à 30 jours.</translation>
    </message>
    <message>
        <source>Revoke every secret and token of the agent</source>
        <translation>Révoquer tous les secrets et jetons de l&apos;agent</translation>
    </message>
    <message>
        <source>Client secrets (metadata)</source>
        <translation>Secrets client (métadonnées)</translation>
    </message>
    <message>
        <source>This server does not list the secrets&apos; metadata (no credentials extension): only the current secret exists.</source>
        <translation>Ce serveur ne liste pas les métadonnées des secrets (pas d&apos;extension credentials) : seul le secret actuel existe.</translation>
    </message>
    <message>
        <source>Loading secrets</source>
        <translation>Chargement des secrets</translation>
    </message>
    <message>
        <source>Select an agent.</source>
        <translation>Sélectionnez un agent.</translation>
    </message>
    <message>
        <source>%1 has no OAuth profile, so it has no client secret.</source>
        <translation>%1 n&apos;a pas de profil OAuth, donc pas de secret client.</translation>
    </message>
    <message>
        <source>%1 (client id %2) authenticates without a client secret (%3).</source>
        <translation>%1 (identifiant client %2) s&apos;authentifie sans secret client (%3).</translation>
    </message>
    <message>
        <source>%1 authenticates with client id %2 and a client secret (%3).</source>
        <translation>%1 s&apos;authentifie avec l&apos;identifiant client %2 et un secret client (%3).</translation>
    </message>
    <message>
        <source>Rotation with a grace period: the new secret works at once, older ones keep working until the grace period ends.</source>
        <translation>Renouvellement avec période de grâce : le nouveau secret fonctionne aussitôt, les anciens continuent de fonctionner jusqu&apos;à la fin de la période de grâce.</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Renouveler le secret…</translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation>Renouveler le secret client</translation>
    </message>
    <message>
        <source>This server has no rotation with a grace period (no credentials extension). Regenerating replaces the secret: the old secret stops working immediately.</source>
        <translation>Ce serveur n&apos;a pas de renouvellement avec période de grâce (pas d&apos;extension credentials). Régénérer remplace le secret : l&apos;ancien secret cesse de fonctionner immédiatement.</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>Régénérer le secret…</translation>
    </message>
    <message>
        <source>Regenerate the client secret</source>
        <translation>Régénérer le secret client</translation>
    </message>
    <message numerus="yes">
        <source>Create a new secret for %1? The current secret keeps working for %n second(s), then stops.</source>
        <translation>
            <numerusform>Créer un nouveau secret pour %1 ? Le secret actuel fonctionne encore %n seconde, puis cesse.</numerusform>
            <numerusform>Créer un nouveau secret pour %1 ? Le secret actuel fonctionne encore %n secondes, puis cesse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new secret for %1? The current secret stops working immediately.</source>
        <translation>Créer un nouveau secret pour %1 ? Le secret actuel cesse de fonctionner immédiatement.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Rotating the secret of %1</source>
        <translation>Renouvellement du secret de %1</translation>
    </message>
    <message>
        <source>Older secrets keep working until %1.</source>
        <translation>Les anciens secrets fonctionnent jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Older secrets no longer work.</source>
        <translation>Les anciens secrets ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>New secret for %1 created.</source>
        <translation>Nouveau secret créé pour %1.</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>Régénérer le secret</translation>
    </message>
    <message>
        <source>Replace the secret of %1? The old secret stops working immediately: every program using it fails until it gets the new one. Tokens already issued stay valid until they expire.</source>
        <translation>Remplacer le secret de %1 ? L&apos;ancien secret cesse de fonctionner immédiatement : tout programme qui l&apos;utilise échoue jusqu&apos;à ce qu&apos;il reçoive le nouveau. Les jetons déjà émis restent valides jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerating the secret of %1</source>
        <translation>Régénération du secret de %1</translation>
    </message>
    <message>
        <source>The old secret no longer works.</source>
        <translation>L&apos;ancien secret ne fonctionne plus.</translation>
    </message>
    <message>
        <source>New secret for %1 set.</source>
        <translation>Nouveau secret défini pour %1.</translation>
    </message>
    <message>
        <source>Revoke secrets</source>
        <translation>Révoquer les secrets</translation>
    </message>
    <message>
        <source>Revoke every secret of %1 and every token issued to it? It cannot get tokens until you rotate a new secret.</source>
        <translation>Révoquer tous les secrets de %1 et tous les jetons qui lui ont été émis ? Il ne peut plus obtenir de jetons tant que vous n&apos;avez pas créé un nouveau secret.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoking the secrets of %1</source>
        <translation>Révocation des secrets de %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n secret(s) of %1 and its tokens.</source>
        <translation>
            <numerusform>%n secret de %1 et ses jetons révoqués.</numerusform>
            <numerusform>%n secrets de %1 et ses jetons révoqués.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultOrganizationUnit</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The server has no organization unit to put new items in.</source>
        <translation>Le serveur n&apos;a pas d&apos;unité d&apos;organisation où placer les nouveaux éléments.</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>Flag chains deeper than</source>
        <translation>Signaler les chaînes plus profondes que</translation>
    </message>
    <message>
        <source>Flag chains deeper than this many hops</source>
        <translation>Signaler les chaînes de plus de ce nombre d&apos;étapes</translation>
    </message>
    <message>
        <source>Only flagged chains</source>
        <translation>Seulement les chaînes signalées</translation>
    </message>
    <message>
        <source>Delegation chains</source>
        <translation>Chaînes de délégation</translation>
    </message>
    <message>
        <source>Started by / who obtained each token</source>
        <translation>Lancé par / qui a obtenu chaque jeton</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Reading the delegation chains…</source>
        <translation>Lecture des chaînes de délégation…</translation>
    </message>
    <message>
        <source>Could not read the delegation chains.</source>
        <translation>Impossible de lire les chaînes de délégation.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation>%1 (étape %2)</translation>
    </message>
    <message>
        <source>no human started it</source>
        <translation>aucun humain ne l&apos;a lancé</translation>
    </message>
    <message>
        <source>deeper than %1</source>
        <translation>plus profond que %1</translation>
    </message>
    <message>
        <source>a hop widened its scopes</source>
        <translation>une étape a élargi ses portées</translation>
    </message>
    <message>
        <source>Started by the user %1</source>
        <translation>Lancé par l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Started by %1 on its own, with no user</source>
        <translation>Lancé par %1 de lui-même, sans utilisateur</translation>
    </message>
    <message>
        <source>The final token&apos;s scopes</source>
        <translation>Les portées du jeton final</translation>
    </message>
    <message>
        <source>%1 — token %2; double-click to show its event</source>
        <translation>%1 — jeton %2 ; double-cliquer pour afficher son événement</translation>
    </message>
    <message>
        <source>holds a scope its parent did not</source>
        <translation>détient une portée que son parent n&apos;avait pas</translation>
    </message>
    <message>
        <source>No delegation chain under this filter: chains come from token exchanges in the audit API&apos;s events.</source>
        <translation>Aucune chaîne de délégation sous ce filtre : les chaînes proviennent des échanges de jetons dans les événements de l&apos;API d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 chains, %2 flagged%3</source>
        <translation>%1 chaînes, %2 signalées%3</translation>
    </message>
    <message>
        <source> (the newest %1)</source>
        <translation> (les %1 plus récents)</translation>
    </message>
</context>
<context>
    <name>DemoSignIn</name>
    <message>
        <source>the sandbox&apos;s sign-in page did not open (%1)</source>
        <translation>la page de connexion de la sandbox ne s’est pas ouverte (%1)</translation>
    </message>
    <message>
        <source>the sign-in page is not the sandbox&apos;s form</source>
        <translation>la page de connexion n’est pas le formulaire de la sandbox</translation>
    </message>
    <message>
        <source>the sandbox refused the demo password of %1</source>
        <translation>la sandbox a refusé le mot de passe de démonstration de %1</translation>
    </message>
    <message>
        <source>the sandbox did not send the sign-in back to the console (%1)</source>
        <translation>la sandbox n’a pas renvoyé la connexion à la console (%1)</translation>
    </message>
    <message>
        <source>the console&apos;s sign-in listener did not answer (%1)</source>
        <translation>l’écouteur de connexion de la console n’a pas répondu (%1)</translation>
    </message>
</context>
<context>
    <name>EntityPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>FlowRunner</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for the user</source>
        <translation>En attente de l’utilisateur</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Refused (audience lock)</source>
        <translation>Refusé (verrouillage d’audience)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Not supported by the server</source>
        <translation>Non pris en charge par le serveur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>A run is going on; stop it first.</source>
        <translation>Une exécution est en cours ; arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>Connect to a server first: the playground runs against the connected server.</source>
        <translation>Connectez-vous d’abord à un serveur : le bac à sable s’exécute contre le serveur connecté.</translation>
    </message>
    <message>
        <source>The secret of %1 is missing: type it, or keep it in the keychain.</source>
        <translation>Le secret de %1 manque : saisissez-le, ou conservez-le dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 gets its own token (client credentials)</source>
        <translation>%1 obtient son propre jeton (client credentials)</translation>
    </message>
    <message>
        <source>The user signs in through the browser (%1, PKCE)</source>
        <translation>L’utilisateur se connecte dans le navigateur (%1, PKCE)</translation>
    </message>
    <message>
        <source>%1 asks %2 for approval (bc-authorize)</source>
        <translation>%1 demande l’accord de %2 (bc-authorize)</translation>
    </message>
    <message>
        <source>%1 polls until %2 decides</source>
        <translation>%1 interroge jusqu’à ce que %2 décide</translation>
    </message>
    <message>
        <source>%1 exchanges the user&apos;s token: on-behalf-of</source>
        <translation>%1 échange le jeton de l’utilisateur : pour le compte de (on-behalf-of)</translation>
    </message>
    <message>
        <source>Hop %1: %2 exchanges the token</source>
        <translation>Étape %1 : %2 échange le jeton</translation>
    </message>
    <message>
        <source>The last token is presented to %1</source>
        <translation>Le dernier jeton est présenté à %1</translation>
    </message>
    <message>
        <source>Not run: an earlier step did not succeed.</source>
        <translation>Non exécuté : une étape précédente a échoué.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l’utilisateur.</translation>
    </message>
    <message>
        <source>Not run: the run was stopped.</source>
        <translation>Non exécuté : l’exécution a été arrêtée.</translation>
    </message>
    <message>
        <source>sub %1</source>
        <translation>sub %1</translation>
    </message>
    <message>
        <source>act %1 (depth %2)</source>
        <translation>act %1 (profondeur %2)</translation>
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
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>an opaque token (not a JWT)</source>
        <translation>un jeton opaque (pas un JWT)</translation>
    </message>
    <message>
        <source>chain policy holds</source>
        <translation>règle de chaîne respectée</translation>
    </message>
    <message>
        <source>chain policy fails: %1</source>
        <translation>règle de chaîne non respectée : %1</translation>
    </message>
    <message>
        <source>✔ %1: %2</source>
        <translation>✔ %1 : %2</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1 : %2</translation>
    </message>
    <message>
        <source>Chain policy %1:
%2</source>
        <translation>Règle de chaîne %1 :
%2</translation>
    </message>
    <message>
        <source>The server issued %1 where the hop asked for %2: it narrowed silently instead of refusing (a real ThunderID drops what it will not grant; the sandbox answers invalid_scope).</source>
        <translation>Le serveur a délivré %1 là où l’étape demandait %2 : il a restreint en silence au lieu de refuser (un vrai ThunderID omet ce qu’il n’accorde pas ; le bac à sable répond invalid_scope).</translation>
    </message>
    <message>
        <source>The parent token holds only %1, so %2 could not be handed on.</source>
        <translation>Le jeton parent ne détient que %1, donc %2 n’a pas pu être transmis.</translation>
    </message>
    <message>
        <source>%1 held by the parent, but %2 does not hold it on %3.</source>
        <translation>%1 est détenu par le parent, mais %2 ne le détient pas sur %3.</translation>
    </message>
    <message>
        <source>The user approved %1 of the %2 asked for.</source>
        <translation>L’utilisateur a approuvé %1 des %2 demandés.</translation>
    </message>
    <message>
        <source>The sign-in granted %1 of %2: the user holds only these on %3 through their roles.</source>
        <translation>La connexion a accordé %1 sur %2 : l’utilisateur ne détient que ceux-ci sur %3 par ses rôles.</translation>
    </message>
    <message>
        <source>The server issued %1 of the %2 asked for: %3 holds only these on %4 through its roles (issued = asked ∩ defined by the resource server ∩ held by the client).</source>
        <translation>Le serveur a délivré %1 des %2 demandés : %3 ne détient que ceux-ci sur %4 par ses rôles (délivré = demandé ∩ défini par le serveur de ressources ∩ détenu par le client).</translation>
    </message>
    <message>
        <source>the default audience</source>
        <translation>l’audience par défaut</translation>
    </message>
    <message>
        <source>It also added %1, which was not asked for.</source>
        <translation>Il a aussi ajouté %1, qui n’était pas demandé.</translation>
    </message>
    <message>
        <source>The server does not support this step: it answered %1.</source>
        <translation>Le serveur ne prend pas en charge cette étape : il a répondu %1.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <source>The server does not support client credentials: its discovery document does not list client_credentials.</source>
        <translation>Le serveur ne prend pas en charge client credentials : son document de découverte ne cite pas client_credentials.</translation>
    </message>
    <message>
        <source>The server does not support a browser sign-in: its discovery document has no authorization_endpoint or does not list authorization_code.</source>
        <translation>Le serveur ne prend pas en charge la connexion par navigateur : son document de découverte n’a pas d’authorization_endpoint ou ne cite pas authorization_code.</translation>
    </message>
    <message>
        <source>Sign in as the user in the browser; the answer comes back to 127.0.0.1.</source>
        <translation>Connectez-vous dans le navigateur en tant qu’utilisateur ; la réponse revient à 127.0.0.1.</translation>
    </message>
    <message>
        <source>Authorization request (PKCE S256, loopback redirect):
%1</source>
        <translation>Demande d’autorisation (PKCE S256, redirection locale) :
%1</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation>La connexion n’a pas abouti : %1</translation>
    </message>
    <message>
        <source>The server does not support CIBA: its discovery document has no backchannel_authentication_endpoint.</source>
        <translation>Le serveur ne prend pas en charge CIBA : son document de découverte n’a pas de backchannel_authentication_endpoint.</translation>
    </message>
    <message>
        <source>The server does not support CIBA: its discovery document does not list the grant %1.</source>
        <translation>Le serveur ne prend pas en charge CIBA : son document de découverte ne cite pas le grant %1.</translation>
    </message>
    <message>
        <source>Playground check %1</source>
        <translation>Vérification du bac à sable %1</translation>
    </message>
    <message>
        <source>Sent to %1 with the binding message “%2”; expires in %3, poll every %4.</source>
        <translation>Envoyé à %1 avec le message de liaison « %2 » ; expire dans %3, interrogation toutes les %4.</translation>
    </message>
    <message>
        <source>The user sees “%1” on the device that approves: this console&apos;s Inbox when signed in as %2, or another device.</source>
        <translation>L’utilisateur voit « %1 » sur l’appareil qui approuve : la boîte de réception de cette console si connecté en tant que %2, ou un autre appareil.</translation>
    </message>
    <message>
        <source>next poll in %1</source>
        <translation>prochaine interrogation dans %1</translation>
    </message>
    <message>
        <source>polling now</source>
        <translation>interrogation en cours</translation>
    </message>
    <message>
        <source>Waiting for %1 to approve “%2” — %3 · the request expires in %4 · polling every %5</source>
        <translation>En attente de l’accord de %1 pour « %2 » — %3 · la demande expire dans %4 · interrogation toutes les %5</translation>
    </message>
    <message>
        <source>The server does not support token exchange (RFC 8693): its discovery document does not list %1.</source>
        <translation>Le serveur ne prend pas en charge l’échange de jetons (RFC 8693) : son document de découverte ne cite pas %1.</translation>
    </message>
    <message>
        <source>There is no token to exchange.</source>
        <translation>Il n’y a aucun jeton à échanger.</translation>
    </message>
    <message>
        <source>The actor chain did not grow by one: the parent had depth %1, this token has %2 (a real ThunderID builds act only from an actor_token).</source>
        <translation>La chaîne d’acteurs n’a pas grandi d’un : le parent avait la profondeur %1, ce jeton a %2 (un vrai ThunderID ne construit act qu’à partir d’un actor_token).</translation>
    </message>
    <message>
        <source>There is no token to present.</source>
        <translation>Il n’y a aucun jeton à présenter.</translation>
    </message>
    <message>
        <source>Introspection needs an agent&apos;s credentials; this run has none.</source>
        <translation>L’introspection demande les identifiants d’un agent ; cette exécution n’en a pas.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s introspection says the token is not active.</source>
        <translation>Refusé : selon l’introspection du serveur, le jeton n’est pas actif.</translation>
    </message>
    <message>
        <source>Accepted: the token is active and its audience names %1.</source>
        <translation>Accepté : le jeton est actif et son audience nomme %1.</translation>
    </message>
    <message>
        <source>Refused: the token is locked to %1, not %2.</source>
        <translation>Refusé : le jeton est verrouillé sur %1, pas sur %2.</translation>
    </message>
    <message>
        <source>no audience</source>
        <translation>aucune audience</translation>
    </message>
    <message>
        <source>The server&apos;s introspection says the token is active for audience %1. A resource server accepts only tokens whose aud names it (RFC 8707, RFC 9068 §4), so %2 refuses this one: a token obtained for one resource server cannot be replayed at another.</source>
        <translation>Selon l’introspection du serveur, le jeton est actif pour l’audience %1. Un serveur de ressources n’accepte que les jetons dont aud le nomme (RFC 8707, RFC 9068 §4), donc %2 refuse celui-ci : un jeton obtenu pour un serveur de ressources ne peut pas être rejoué auprès d’un autre.</translation>
    </message>
</context>
<context>
    <name>HistoryConnector</name>
    <message>
        <source>Not connected: showing what was stored</source>
        <translation>Non connecté : affichage des données conservées</translation>
    </message>
    <message>
        <source>Opening the token history of “%1”…</source>
        <translation>Ouverture de l&apos;historique des jetons de « %1 »…</translation>
    </message>
    <message>
        <source>The history store %1 could not be opened: %2</source>
        <translation>Le stockage d&apos;historique %1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message numerus="yes">
        <source>Applying the retention of %n day(s): %1</source>
        <translation>
            <numerusform>Application de la conservation de %n jour : %1</numerusform>
            <numerusform>Application de la conservation de %n jours : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no audit-events API (ThunderID has none yet): import its event files to see its history</source>
        <translation>Ce serveur n&apos;a pas d&apos;API audit-events (ThunderID n&apos;en a pas encore) : importez ses fichiers d&apos;événements pour voir son historique</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <source>empty line</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is missing or not a string</source>
        <translation>« %1 » est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>“timestamp” is missing or not an RFC 3339 instant</source>
        <translation>« timestamp » est absent ou n&apos;est pas un instant RFC 3339</translation>
    </message>
    <message>
        <source>“data” is not an object</source>
        <translation>« data » n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>an audit event without “id” or “type”</source>
        <translation>un événement d&apos;audit sans « id » ni « type »</translation>
    </message>
    <message>
        <source>audit event %1: “timestamp” is not an RFC 3339 instant</source>
        <translation>événement d&apos;audit %1 : « timestamp » n&apos;est pas un instant RFC 3339</translation>
    </message>
</context>
<context>
    <name>HistoryEventDetail</name>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Select an event to see its original text, its actor chain and the events linked to it.</source>
        <translation>Sélectionnez un événement pour voir son texte d&apos;origine, sa chaîne d&apos;acteurs et les événements qui y sont liés.</translation>
    </message>
    <message>
        <source>The event&apos;s original text</source>
        <translation>Le texte d&apos;origine de l&apos;événement</translation>
    </message>
    <message>
        <source>The other source&apos;s original text</source>
        <translation>Le texte d&apos;origine de l&apos;autre source</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Actor chain</source>
        <translation>Chaîne d&apos;acteurs</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Événements liés</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation>Agent / application</translation>
    </message>
    <message>
        <source>Double-click an event to show it here</source>
        <translation>Double-cliquez sur un événement pour l&apos;afficher ici</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Open in Inspector</source>
        <translation>Ouvrir dans l&apos;inspecteur</translation>
    </message>
    <message>
        <source>parent token revoked</source>
        <translation>jeton parent révoqué</translation>
    </message>
    <message>
        <source>parent token</source>
        <translation>jeton parent</translation>
    </message>
    <message>
        <source>exchanged from it</source>
        <translation>échangé à partir de celui-ci</translation>
    </message>
    <message>
        <source>its revocation</source>
        <translation>sa révocation</translation>
    </message>
    <message>
        <source>same token</source>
        <translation>même jeton</translation>
    </message>
    <message>
        <source>same trace</source>
        <translation>même trace</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>The event does not tell the token&apos;s claims (ThunderID&apos;s file has no subject or actor)</source>
        <translation>L&apos;événement n&apos;indique pas les claims du jeton (le fichier de ThunderID n&apos;a ni sujet ni acteur)</translation>
    </message>
    <message>
        <source>Show the claims this event tells (sub, act, aud, scope) in the token inspector</source>
        <translation>Afficher dans l&apos;inspecteur de jetons les claims que cet événement indique (sub, act, aud, scope)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Erreur : %1 %2</translation>
    </message>
    <message>
        <source>ThunderID&apos;s event file names no subject and no actor: the chain is known only for events from the audit API.</source>
        <translation>Le fichier d&apos;événements de ThunderID ne nomme ni sujet ni acteur : la chaîne n&apos;est connue que pour les événements de l&apos;API d&apos;audit.</translation>
    </message>
    <message>
        <source>This event names no subject and no actor.</source>
        <translation>Cet événement ne nomme ni sujet ni acteur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 acts for %2 through a chain of %n actor(s).</source>
        <translation>
            <numerusform>%1 agit pour %2 par une chaîne de %n acteur.</numerusform>
            <numerusform>%1 agit pour %2 par une chaîne de %n acteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>L&apos;agent</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>le sujet</translation>
    </message>
    <message>
        <source>No delegation: the token was issued to its client directly.</source>
        <translation>Pas de délégation : le jeton a été émis directement pour son client.</translation>
    </message>
    <message>
        <source>The same occurrence from the audit API (%1):</source>
        <translation>La même occurrence dans l&apos;API d&apos;audit (%1) :</translation>
    </message>
    <message>
        <source>The same occurrence in ThunderID&apos;s event file (%1):</source>
        <translation>La même occurrence dans le fichier d&apos;événements de ThunderID (%1) :</translation>
    </message>
    <message>
        <source>Could not read the linked events: %1</source>
        <translation>Impossible de lire les événements liés : %1</translation>
    </message>
    <message>
        <source>failed: %1 %2</source>
        <translation>échec : %1 %2</translation>
    </message>
    <message>
        <source>Linked (%1)</source>
        <translation>Lié (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryEventsModel</name>
    <message>
        <source>Error %1</source>
        <translation>Erreur %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation>Agent / application</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Chain depth</source>
        <translation>Profondeur de chaîne</translation>
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
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Agent / application</source>
        <translation>Agent / application</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Type de grant</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 — click to add “%2” to the filter</source>
        <translation>%1 — cliquer pour ajouter « %2 » au filtre</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>HistoryFilter</name>
    <message>
        <source>The quote is not closed.</source>
        <translation>Le guillemet n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>Unknown key “%1”. Keys: %2.</source>
        <translation>Clé inconnue « %1 ». Clés : %2.</translation>
    </message>
    <message>
        <source>“%1” needs a value.</source>
        <translation>« %1 » demande une valeur.</translation>
    </message>
    <message>
        <source>Only depth compares with &lt;, &lt;=, &gt; and &gt;=.</source>
        <translation>Seule la profondeur se compare avec &lt;, &lt;=, &gt; et &gt;=.</translation>
    </message>
    <message>
        <source>Outcome is success, failure or in_progress.</source>
        <translation>Le résultat vaut success, failure ou in_progress.</translation>
    </message>
    <message>
        <source>Source is file or api.</source>
        <translation>La source vaut file ou api.</translation>
    </message>
    <message>
        <source>Depth is a whole number (0: no actor).</source>
        <translation>La profondeur est un nombre entier (0 : pas d&apos;acteur).</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 2026-11-30, 2026-11-30T08:00:00Z or 24h, 7d, 30m.</source>
        <translation>« %1 » n&apos;est pas une date : utilisez 2026-11-30, 2026-11-30T08:00:00Z ou 24h, 7d, 30m.</translation>
    </message>
    <message>
        <source>A policy is given as policy:FILE (-policy:FILE for the tokens that break it).</source>
        <translation>Une règle s’indique par policy:FICHIER (-policy:FICHIER pour les jetons qui l’enfreignent).</translation>
    </message>
    <message>
        <source>The policy %1 cannot be used: %2</source>
        <translation>La règle %1 est inutilisable : %2</translation>
    </message>
</context>
<context>
    <name>HistoryFollower</name>
    <message>
        <source>Cannot follow %1: %2</source>
        <translation>Impossible de suivre %1 : %2</translation>
    </message>
    <message>
        <source>%1 was replaced by a new file</source>
        <translation>%1 a été remplacé par un nouveau fichier</translation>
    </message>
    <message>
        <source>%1 was truncated</source>
        <translation>%1 a été tronqué</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>imported %1, duplicates %2, malformed %3</source>
        <translation>importés %1, doublons %2, mal formés %3</translation>
    </message>
    <message>
        <source>, joined to audit events %1</source>
        <translation>, rapproché des événements d&apos;audit %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) refused</source>
        <translation>
            <numerusform>, %n fichier refusé</numerusform>
            <numerusform>, %n fichiers refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s))</source>
        <translation>
            <numerusform> (%n fichier)</numerusform>
            <numerusform> (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — annulé</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier inexistant</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>a binary file, not ThunderID&apos;s observability events (JSON lines)</source>
        <translation>un fichier binaire, pas des événements d&apos;observabilité ThunderID (lignes JSON)</translation>
    </message>
    <message>
        <source>a JSON array; ThunderID&apos;s events file has one JSON object per line</source>
        <translation>un tableau JSON ; le fichier d&apos;événements de ThunderID a un objet JSON par ligne</translation>
    </message>
    <message>
        <source>no line is a ThunderID event (first problem, line %1: %2)</source>
        <translation>aucune ligne n&apos;est un événement ThunderID (premier problème, ligne %1 : %2)</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Token history</source>
        <translation>Historique des jetons</translation>
    </message>
    <message>
        <source>Reading the history: %1</source>
        <translation>Lecture de l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Filter, e.g. type:TOKEN_ISSUED client:nightly-kpi-builder outcome:failure since:24h depth&gt;=2 (Ctrl+F)</source>
        <translation>Filtre, p. ex. type:TOKEN_ISSUED client:nightly-kpi-builder outcome:failure since:24h depth&gt;=2 (Ctrl+F)</translation>
    </message>
    <message>
        <source>History filter</source>
        <translation>Filtre de l&apos;historique</translation>
    </message>
    <message>
        <source>Terms are ANDed: type: client: grant: scope: outcome: since: until: depth&gt;= trace: sub: aud: jti: parent: source: id:, a &apos;-&apos; before a term negates it, and bare words search the original text. Enter applies at once.</source>
        <translation>Les termes se combinent par ET : type: client: grant: scope: outcome: since: until: depth&gt;= trace: sub: aud: jti: parent: source: id:, un « - » devant un terme le nie, et les mots seuls cherchent dans le texte d&apos;origine. Entrée applique aussitôt.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saved filters: apply one, or save the current filter</source>
        <translation>Filtres enregistrés : en appliquer un, ou enregistrer le filtre actuel</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import ThunderID event files (observability JSON lines, .gz too): files, a folder, or follow a file as it grows</source>
        <translation>Importer des fichiers d&apos;événements ThunderID (lignes JSON d&apos;observabilité, .gz aussi) : des fichiers, un dossier, ou suivre un fichier qui grandit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the events of the current filter, oldest first, with a .sha256 beside it</source>
        <translation>Exporter les événements du filtre actuel, du plus ancien au plus récent, avec un .sha256 à côté</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Fermer le rapport d&apos;import</translation>
    </message>
    <message>
        <source>Lines and files that were not imported</source>
        <translation>Lignes et fichiers non importés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Reading the delegation chains: %1</source>
        <translation>Lecture des chaînes de délégation : %1</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Arrêter le suivi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Facet counts</source>
        <translation>Décomptes par facette</translation>
    </message>
    <message>
        <source>Click a value to add it to the filter</source>
        <translation>Cliquez sur une valeur pour l&apos;ajouter au filtre</translation>
    </message>
    <message>
        <source>Not connected. Connect to a server (Ctrl+O) or start the console with --sandbox to open the token history of its profile.</source>
        <translation>Non connecté. Connectez-vous à un serveur (Ctrl+O) ou démarrez la console avec --sandbox pour ouvrir l&apos;historique des jetons de son profil.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation>Impossible de lire l&apos;historique.</translation>
    </message>
    <message>
        <source>No events yet.

Import ThunderID&apos;s event files with Import → Files… (its observability log, .gz rotations too), a folder, or follow a file as the server writes it.

A server with the audit-events extension (the sandbox has it) is synced here by itself when you connect.</source>
        <translation>Pas encore d&apos;événements.

Importez les fichiers d&apos;événements de ThunderID avec Importer → Fichiers… (son journal d&apos;observabilité, rotations .gz comprises), un dossier, ou suivez un fichier pendant que le serveur l&apos;écrit.

Un serveur doté de l&apos;extension audit-events (la sandbox l&apos;a) est synchronisé ici de lui-même à la connexion.</translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>Un dossier…</translation>
    </message>
    <message>
        <source>Follow a file…</source>
        <translation>Suivre un fichier…</translation>
    </message>
    <message>
        <source>Import a file and keep importing what the server appends to it</source>
        <translation>Importer un fichier et continuer d&apos;importer ce que le serveur y ajoute</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Conserver les événements</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Keep events for this many days (0: forever)</source>
        <translation>Conserver les événements ce nombre de jours (0 : pour toujours)</translation>
    </message>
    <message>
        <source>Events older than this are deleted when a history store is opened (on connect); 0 keeps them forever</source>
        <translation>Les événements plus anciens sont supprimés à l&apos;ouverture d&apos;un stockage d&apos;historique (à la connexion) ; 0 les conserve pour toujours</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON lines (original events)…</source>
        <translation>Lignes JSON (événements d&apos;origine)…</translation>
    </message>
    <message>
        <source>Connect to a server first: the history is kept per connection profile.</source>
        <translation>Connectez-vous d&apos;abord à un serveur : l&apos;historique est conservé par profil de connexion.</translation>
    </message>
    <message>
        <source>ThunderID event files (*.log *.jsonl *.json *.gz observability.log.*)</source>
        <translation>Fichiers d&apos;événements ThunderID (*.log *.jsonl *.json *.gz observability.log.*)</translation>
    </message>
    <message>
        <source>Import ThunderID event files</source>
        <translation>Importer des fichiers d&apos;événements ThunderID</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of ThunderID event files</source>
        <translation>Importer un dossier de fichiers d&apos;événements ThunderID</translation>
    </message>
    <message>
        <source>Follow a ThunderID event file</source>
        <translation>Suivre un fichier d&apos;événements ThunderID</translation>
    </message>
    <message>
        <source>Export the filtered events</source>
        <translation>Exporter les événements filtrés</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 &lt;code&gt;%2&lt;/code&gt; — the table still shows the last valid filter.</source>
        <translation>%1 &lt;code&gt;%2&lt;/code&gt; — le tableau affiche encore le dernier filtre valide.</translation>
    </message>
    <message>
        <source>The filter has an error; fix it before saving it as “%1”.</source>
        <translation>Le filtre contient une erreur ; corrigez-la avant de l&apos;enregistrer sous « %1 ».</translation>
    </message>
    <message>
        <source>Saved the filter as “%1”.</source>
        <translation>Filtre enregistré sous « %1 ».</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Pas encore de filtres enregistrés</translation>
    </message>
    <message>
        <source>Save the current filter as… (Enter)</source>
        <translation>Enregistrer le filtre actuel sous… (Entrée)</translation>
    </message>
    <message>
        <source>Name for the current filter</source>
        <translation>Nom du filtre actuel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The followed file was rotated or truncated (%1); reading it again from its start.</source>
        <translation>Le fichier suivi a été renouvelé ou tronqué (%1) ; il est relu depuis le début.</translation>
    </message>
    <message>
        <source>Following %1: %2</source>
        <translation>Suivi de %1 : %2</translation>
    </message>
    <message>
        <source>Counting the facets: %1</source>
        <translation>Décompte des facettes : %1</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Pas encore d&apos;événements</translation>
    </message>
    <message>
        <source>No event matches the filter</source>
        <translation>Aucun événement ne correspond au filtre</translation>
    </message>
    <message>
        <source>Could not read the timeline</source>
        <translation>Impossible de lire la chronologie</translation>
    </message>
    <message>
        <source>Events per %1, by outcome. Drag across a time range (or click an interval) to filter the table to it.</source>
        <translation>Événements par %1, selon le résultat. Faites glisser sur une période (ou cliquez sur un intervalle) pour y restreindre le tableau.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 events match</source>
        <translation>%1 événements correspondent</translation>
    </message>
    <message>
        <source>Audit sync: starting…</source>
        <translation>Synchronisation d&apos;audit : démarrage…</translation>
    </message>
    <message>
        <source>Syncing the server&apos;s audit events: %1 of %2</source>
        <translation>Synchronisation des événements d&apos;audit du serveur : %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing the server&apos;s audit events: %1</source>
        <translation>Synchronisation des événements d&apos;audit du serveur : %1</translation>
    </message>
    <message>
        <source>Audit events up to date (%1 new)</source>
        <translation>Événements d&apos;audit à jour (%1 nouveaux)</translation>
    </message>
    <message>
        <source>Audit events up to date</source>
        <translation>Événements d&apos;audit à jour</translation>
    </message>
    <message>
        <source>Audit sync paused: %1 — retrying by itself</source>
        <translation>Synchronisation d&apos;audit en pause : %1 — nouvelle tentative automatique</translation>
    </message>
    <message>
        <source>Audit sync stopped</source>
        <translation>Synchronisation d&apos;audit arrêtée</translation>
    </message>
    <message>
        <source>Following %1: %2 imported</source>
        <translation>Suivi de %1 : %2 importés</translation>
    </message>
    <message>
        <source>, %1 malformed lines skipped</source>
        <translation>, %1 lignes mal formées ignorées</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was left behind.</source>
        <translation>Export annulé : aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>Exporting to %1: %2</source>
        <translation>Export vers %1 : %2</translation>
    </message>
    <message>
        <source>Exported %1 events to %2 (its SHA-256 is in %3).</source>
        <translation>%1 événements exportés vers %2 (leur SHA-256 est dans %3).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 is still running: wait for it or cancel it first.</source>
        <translation>%1 est encore en cours : attendez-le ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n paths…</source>
        <translation>
            <numerusform>Import de %n chemin…</numerusform>
            <numerusform>Import de %n chemins…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled — what was read until then is kept: %1</source>
        <translation>Import annulé — ce qui a été lu jusque-là est conservé : %1</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;import s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>The first %1 malformed lines are listed.</source>
        <translation>Les %1 premières lignes mal formées sont listées.</translation>
    </message>
    <message>
        <source>%1 — not imported: %2</source>
        <translation>%1 — non importé : %2</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>Cannot follow %1: %2</source>
        <translation>Impossible de suivre %1 : %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vues de l’historique</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Events per interval, by outcome. Drag across a time range (or click an interval) to filter the table to it.</source>
        <translation>Événements par intervalle, selon le résultat. Faites glisser sur une période (ou cliquez sur un intervalle) pour y restreindre le tableau.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Aucun événement dans cette période</translation>
    </message>
    <message numerus="yes">
        <source>%n events in %1 intervals</source>
        <translation>
            <numerusform>%n événement en %1 intervalles</numerusform>
            <numerusform>%n événements en %1 intervalles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Approval inbox</source>
        <translation>Boîte d&apos;approbation</translation>
    </message>
    <message>
        <source>Loading the requests</source>
        <translation>Chargement des demandes</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les demandes</translation>
    </message>
    <message>
        <source>Ask the server for waiting requests now (F5); the list also follows the server&apos;s changes by itself</source>
        <translation>Demander maintenant au serveur les demandes en attente (F5) ; la liste suit aussi d&apos;elle-même les changements du serveur</translation>
    </message>
    <message>
        <source>This server has no CIBA approval API.

ThunderID does not offer one yet; the console uses the “ciba-approvals” extension (docs/extension-api.yaml), which the sandbox implements. Connect to a server that lists it in its discovery document to approve or deny agents&apos; backchannel requests here.</source>
        <translation>Ce serveur n&apos;a pas d&apos;API d&apos;approbation CIBA.

ThunderID n&apos;en propose pas encore ; la console utilise l&apos;extension « ciba-approvals » (docs/extension-api.yaml), que la sandbox implémente. Connectez-vous à un serveur qui la déclare dans son document de découverte pour approuver ou refuser ici les demandes en arrière-plan des agents.</translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation>Demandes en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Could not load the requests.</source>
        <translation>Impossible de charger les demandes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No requests waiting for approval</source>
        <translation>Aucune demande en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>No request matches the filter.</source>
        <translation>Aucune demande ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Select a request to see what the agent asks for.</source>
        <translation>Sélectionnez une demande pour voir ce que l&apos;agent demande.</translation>
    </message>
    <message>
        <source>Binding message</source>
        <translation>Message de liaison</translation>
    </message>
    <message>
        <source>Approve only if the agent shows you exactly this message.</source>
        <translation>N&apos;approuvez que si l&apos;agent vous montre exactement ce message.</translation>
    </message>
    <message>
        <source>Requesting agent</source>
        <translation>Agent demandeur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Resource server</source>
        <translation>Serveur de ressources</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent :</translation>
    </message>
    <message>
        <source>For user:</source>
        <translation>Pour l&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Resource server:</source>
        <translation>Serveur de ressources :</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation>Expire dans :</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Deny the selected request</source>
        <translation>Refuser la demande sélectionnée</translation>
    </message>
    <message>
        <source>Refuse: the agent gets access_denied</source>
        <translation>Refuser : l&apos;agent reçoit access_denied</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Approuver la demande sélectionnée</translation>
    </message>
    <message>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, client id %3)</source>
        <translation>%1 (%2, identifiant client %3)</translation>
    </message>
    <message>
        <source>none (OpenID scopes only)</source>
        <translation>aucune (portées OpenID seulement)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Expired: the agent must ask again.</source>
        <translation>Expirée : l&apos;agent doit redemander.</translation>
    </message>
    <message>
        <source>Approved “%1”: %2 receives its tokens at its next poll.</source>
        <translation>« %1 » approuvée : %2 reçoit ses jetons à sa prochaine interrogation.</translation>
    </message>
    <message>
        <source>Denied “%1”: %2 is told access_denied.</source>
        <translation>« %1 » refusée : %2 reçoit access_denied.</translation>
    </message>
    <message>
        <source>The server refused: only the user the request is addressed to (%1) can approve or deny it, with their own sign-in.</source>
        <translation>Le serveur a refusé : seul l&apos;utilisateur à qui la demande est adressée (%1) peut l&apos;approuver ou la refuser, avec sa propre connexion.</translation>
    </message>
    <message>
        <source>“%1” is no longer waiting: it was decided elsewhere or it expired.</source>
        <translation>« %1 » n&apos;est plus en attente : la décision a été prise ailleurs ou la demande a expiré.</translation>
    </message>
    <message>
        <source>“%1” is gone: the server no longer lists it.</source>
        <translation>« %1 » a disparu : le serveur ne le liste plus.</translation>
    </message>
    <message>
        <source>Approving “%1”</source>
        <translation>Approbation de « %1 »</translation>
    </message>
    <message>
        <source>Denying “%1”</source>
        <translation>Refus de « %1 »</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an administrator and see every user&apos;s requests; only the user a request is addressed to can approve or deny it, with their own sign-in.</source>
        <translation>Lecture seule : vous êtes connecté en tant qu’administrateur et voyez les demandes de tous les utilisateurs ; seul l’utilisateur à qui une demande est adressée peut l’approuver ou la refuser, avec sa propre connexion.</translation>
    </message>
    <message>
        <source>Scopes asked for; untick one to approve without it</source>
        <translation>Scopes demandés ; décochez-en un pour approuver sans lui</translation>
    </message>
    <message>
        <source>Untick a scope to approve the request without it</source>
        <translation>Décochez un scope pour approuver la demande sans lui</translation>
    </message>
    <message>
        <source>Tick at least one scope to approve, or deny the request</source>
        <translation>Cochez au moins un scope pour approuver, ou refusez la demande</translation>
    </message>
    <message>
        <source>Let the agent act for the user with the ticked scopes; it receives its tokens</source>
        <translation>Laisser l’agent agir pour l’utilisateur avec les scopes cochés ; il reçoit ses jetons</translation>
    </message>
    <message>
        <source>%1 · high impact</source>
        <translation>%1 · impact élevé</translation>
    </message>
    <message>
        <source>%1
This scope lets the agent change, delete or administer something.</source>
        <translation>%1
Ce scope permet à l’agent de modifier, supprimer ou administrer quelque chose.</translation>
    </message>
    <message>
        <source>Approved “%1” for %2 only: %3 receives its tokens at its next poll.</source>
        <translation>« %1 » approuvée pour %2 uniquement : %3 reçoit ses jetons à sa prochaine interrogation.</translation>
    </message>
    <message>
        <source>Could not load the decisions.</source>
        <translation>Impossible de charger les décisions.</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Aucune décision pour l’instant.</translation>
    </message>
    <message>
        <source>Loading the decisions</source>
        <translation>Chargement des décisions</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>My decisions</source>
        <translation>Mes décisions</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>%1 — owned by %2</source>
        <translation>%1 — responsable : %2</translation>
    </message>
    <message>
        <source>On whose behalf the agent acts</source>
        <translation>Pour le compte de qui l’agent agit</translation>
    </message>
    <message>
        <source>Acting for:</source>
        <translation>Agit pour :</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (utilisateur)</translation>
    </message>
    <message>
        <source>%1 (agent)</source>
        <translation>%1 (agent)</translation>
    </message>
    <message>
        <source>%1 (application)</source>
        <translation>%1 (application)</translation>
    </message>
    <message>
        <source>%1 (not known to this server)</source>
        <translation>%1 (inconnu de ce serveur)</translation>
    </message>
    <message>
        <source>%1
through %2</source>
        <translation>%1
via %2</translation>
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
        <translation>Ouvrir la boîte d&apos;approbation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>ThunderID Console — no requests waiting</source>
        <translation>ThunderID Console — aucune demande en attente</translation>
    </message>
    <message numerus="yes">
        <source>ThunderID Console — %n request(s) waiting for your approval</source>
        <translation>
            <numerusform>ThunderID Console — %n demande attend votre approbation</numerusform>
            <numerusform>ThunderID Console — %n demandes attendent votre approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks to act for %2.</source>
        <translation>%1 demande à agir pour %2.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>Message : « %1 »</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your approval</source>
        <translation>
            <numerusform>%n demande attend votre approbation</numerusform>
            <numerusform>%n demandes attendent votre approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents asked to act on your behalf while the console was not running.</source>
        <translation>Des agents ont demandé à agir en votre nom pendant que la console ne fonctionnait pas.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>%1 asks for your approval</source>
        <translation>%1 demande votre approbation</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n demande en attente</numerusform>
            <numerusform>%n demandes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests waiting</source>
        <translation>Aucune demande en attente</translation>
    </message>
</context>
<context>
    <name>InspectorPane</name>
    <message>
        <source>%1 (cached)</source>
        <translation>%1 (en cache)</translation>
    </message>
    <message>
        <source>Key set not loaded</source>
        <translation>Jeu de clés non chargé</translation>
    </message>
    <message>
        <source>Paste a JWT (eyJ…), a &quot;Bearer …&quot; header value, or drop a file here</source>
        <translation>Collez un JWT (eyJ…), une valeur d&apos;en-tête « Bearer … », ou déposez un fichier ici</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Coller depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>JWKS URL, discovery URL (…/.well-known/openid-configuration) or JWKS JSON</source>
        <translation>URL JWKS, URL de découverte (…/.well-known/openid-configuration) ou JSON JWKS</translation>
    </message>
    <message>
        <source>Load keys</source>
        <translation>Charger les clés</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>Fichier de clés…</translation>
    </message>
    <message>
        <source>exact iss, e.g. https://localhost:8090</source>
        <translation>iss exact, p. ex. https://localhost:8090</translation>
    </message>
    <message>
        <source>accepted aud values, space-separated</source>
        <translation>valeurs aud acceptées, séparées par des espaces</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Access token (RFC 9068)</source>
        <translation>Jeton d&apos;accès (RFC 9068)</translation>
    </message>
    <message>
        <source>Require typ at+jwt and the RFC 9068 claims. Untick for ID tokens and other JWTs.</source>
        <translation>Exiger typ at+jwt et les claims de la RFC 9068. Décochez pour les jetons d&apos;identité et les autres JWT.</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Clés :</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>Clock &amp;skew:</source>
        <translation>Décalage d&apos;&amp;horloge :</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Paste a second token derived from this one (e.g. from token exchange) to see what changed: scopes, audience, actor chain.</source>
        <translation>Collez un second jeton dérivé de celui-ci (p. ex. par un échange de jetons) pour voir ce qui a changé : portées, audience, chaîne d&apos;acteurs.</translation>
    </message>
    <message>
        <source>Paste the child token here (the one obtained from this token)</source>
        <translation>Collez ici le jeton dérivé (celui obtenu à partir de ce jeton)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Actor chain (subject → current actor → prior actors)</source>
        <translation>Chaîne d&apos;acteurs (sujet → acteur actuel → acteurs antérieurs)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No keys: signatures cannot be verified</source>
        <translation>Pas de clés : les signatures ne peuvent pas être vérifiées</translation>
    </message>
    <message>
        <source>This is not a JWT: %1</source>
        <translation>Ce n&apos;est pas un JWT : %1</translation>
    </message>
    <message>
        <source>✖ Not a JWT</source>
        <translation>✖ Pas un JWT</translation>
    </message>
    <message>
        <source>✔ Valid</source>
        <translation>✔ Valide</translation>
    </message>
    <message>
        <source>Signature not verified: load the issuer&apos;s keys</source>
        <translation>Signature non vérifiée : chargez les clés de l&apos;émetteur</translation>
    </message>
    <message>
        <source>✖ Invalid: 1 error</source>
        <translation>✖ Non valide : 1 erreur</translation>
    </message>
    <message>
        <source>✖ Invalid: %1 errors</source>
        <translation>✖ Non valide : %1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Expire dans %1</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>Expiré il y a %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key from %1</source>
        <translation>1 clé de %1</translation>
    </message>
    <message>
        <source>%1 keys from %2</source>
        <translation>%1 clés de %2</translation>
    </message>
    <message>
        <source> (%1 skipped)</source>
        <translation> (%1 ignorés)</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Cannot use %1 as a key set: %2</source>
        <translation>Impossible d&apos;utiliser %1 comme jeu de clés : %2</translation>
    </message>
    <message>
        <source>The pasted key set is unusable: %1</source>
        <translation>Le jeu de clés collé est inutilisable : %1</translation>
    </message>
    <message>
        <source>pasted JSON</source>
        <translation>JSON collé</translation>
    </message>
    <message>
        <source>Enter an http(s) URL or a JWKS JSON object.</source>
        <translation>Saisissez une URL http(s) ou un objet JSON JWKS.</translation>
    </message>
    <message>
        <source>Open a JWK Set</source>
        <translation>Ouvrir un JWK Set</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwks)</source>
        <translation>Fichiers JSON (*.json *.jwks)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a token</source>
        <translation>Ouvrir un jeton</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a token.</source>
        <translation>%1 dépasse 1 Mio : ce n&apos;est pas un jeton.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s keys…</source>
        <translation>Récupération des clés du serveur…</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s keys: %1</source>
        <translation>Impossible de lire les clés du serveur : %1</translation>
    </message>
    <message>
        <source>The server&apos;s key set is unusable: %1</source>
        <translation>Le jeu de clés du serveur est inutilisable : %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Connect to a server to use this.</source>
        <translation>Connectez-vous à un serveur pour utiliser ceci.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Collez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>Ask the server whether the token is active (RFC 7662). ThunderID&apos;s answer omits act and grant_type.</source>
        <translation>Demander au serveur si le jeton est actif (RFC 7662). La réponse de ThunderID omet act et grant_type.</translation>
    </message>
    <message>
        <source>Revoke the token at the server (RFC 7009). Only tokens issued to the signed-in client can be revoked.</source>
        <translation>Révoquer le jeton auprès du serveur (RFC 7009). Seuls les jetons émis pour le client connecté peuvent être révoqués.</translation>
    </message>
    <message>
        <source>Introspection failed: %1</source>
        <translation>Échec de l&apos;introspection : %1</translation>
    </message>
    <message>
        <source>Inactive.</source>
        <translation>Inactif.</translation>
    </message>
    <message>
        <source>The server does not accept this token (expired, revoked, forged or not issued by it; introspection never says which).</source>
        <translation>Le serveur n&apos;accepte pas ce jeton (expiré, révoqué, falsifié ou non émis par lui ; l&apos;introspection ne dit jamais lequel).</translation>
    </message>
    <message>
        <source>Active.</source>
        <translation>Actif.</translation>
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
        <translation>portée</translation>
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
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke this token at the server? Resource servers that validate tokens locally will keep accepting it until it expires.</source>
        <translation>Révoquer ce jeton auprès du serveur ? Les serveurs de ressources qui valident les jetons localement continueront de l&apos;accepter jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revocation failed: %1</source>
        <translation>Échec de la révocation : %1</translation>
    </message>
    <message>
        <source>Revocation accepted.</source>
        <translation>Révocation acceptée.</translation>
    </message>
    <message>
        <source>RFC 7009 servers answer 200 for unknown tokens too; introspect to confirm it is inactive.</source>
        <translation>Les serveurs RFC 7009 répondent aussi 200 pour les jetons inconnus ; faites une introspection pour confirmer qu&apos;il est inactif.</translation>
    </message>
    <message>
        <source>Paste a second token above to compare it with the inspected one.</source>
        <translation>Collez un second jeton ci-dessus pour le comparer au jeton inspecté.</translation>
    </message>
    <message>
        <source>Paste a valid token in the box at the top first.</source>
        <translation>Collez d&apos;abord un jeton valide dans le champ du haut.</translation>
    </message>
    <message>
        <source>The second token is not a JWT: %1</source>
        <translation>Le second jeton n&apos;est pas un JWT : %1</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience :</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>inchangé (%1)</translation>
    </message>
    <message>
        <source>Actor chain:</source>
        <translation>Chaîne d&apos;acteurs :</translation>
    </message>
    <message>
        <source>%1 → %2 actor(s)</source>
        <translation>%1 → %2 acteur(s)</translation>
    </message>
    <message>
        <source>, new: %1</source>
        <translation>, nouveaux : %1</translation>
    </message>
    <message>
        <source>Child token:</source>
        <translation>Jeton dérivé :</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message numerus="yes">
        <source>not valid (%n error(s))</source>
        <translation>
            <numerusform>non valide (%n erreur)</numerusform>
            <numerusform>non valide (%n erreurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Widened: the child holds scopes its parent did not.</source>
        <translation>Élargi : le jeton dérivé détient des portées que son parent n&apos;avait pas.</translation>
    </message>
    <message>
        <source>Chain policy…</source>
        <translation>Règle de chaîne…</translation>
    </message>
    <message>
        <source>Check every token against a chain policy file: human-initiated, max-depth, allowed-actors, audience-is, scopes-within (docs/policies.md).</source>
        <translation>Vérifier chaque jeton avec un fichier de règles de chaîne : human-initiated, max-depth, allowed-actors, audience-is, scopes-within (docs/policies.md).</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>the connected server</source>
        <translation>le serveur connecté</translation>
    </message>
    <message>
        <source>Policy rule “%1” holds: %2</source>
        <translation>La règle « %1 » est respectée : %2</translation>
    </message>
    <message>
        <source>Policy rule “%1” fails: %2</source>
        <translation>La règle « %1 » n’est pas respectée : %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>✔ Policy holds</source>
        <translation>✔ Règle respectée</translation>
    </message>
    <message>
        <source>✖ Policy fails: %1</source>
        <translation>✖ Règle non respectée : %1</translation>
    </message>
    <message>
        <source>Open a chain policy</source>
        <translation>Ouvrir une règle de chaîne</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot use %1 as a chain policy: %2</source>
        <translation>Impossible d’utiliser %1 comme règle de chaîne : %2</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Aucune règle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rule(s))</source>
        <translation>
            <numerusform>%1 (%n règle)</numerusform>
            <numerusform>%1 (%n règles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>Actor chain</source>
        <translation>Chaîne d’acteurs</translation>
    </message>
</context>
<context>
    <name>JwksFetcher</name>
    <message>
        <source>%1 did not deliver a key set within %2 s.</source>
        <translation>%1 n&apos;a pas fourni de jeu de clés en %2 s.</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Pas une URL http(s) : %1</translation>
    </message>
    <message>
        <source>The response from %1 is larger than 1 MiB.</source>
        <translation>La réponse de %1 dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The response from %1 is not a JSON object: %2</source>
        <translation>La réponse de %1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>%1 is a discovery document pointing to another discovery document.</source>
        <translation>%1 est un document de découverte qui renvoie à un autre document de découverte.</translation>
    </message>
    <message>
        <source>The discovery document at %1 has an invalid jwks_uri.</source>
        <translation>Le document de découverte à %1 a une jwks_uri invalide.</translation>
    </message>
    <message>
        <source>%1 is neither a JWK Set nor a discovery document with a jwks_uri.</source>
        <translation>%1 n&apos;est ni un JWK Set ni un document de découverte avec jwks_uri.</translation>
    </message>
    <message>
        <source>The key set at %1 is unusable: %2</source>
        <translation>Le jeu de clés à %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>certificate fingerprint mismatch: expected %1, got %2</source>
        <translation>empreinte de certificat différente : attendu %1, reçu %2</translation>
    </message>
    <message>
        <source>the server certificate is not trusted (%1); its SHA-256 fingerprint is %2 — pin that certificate or trust its CA if you trust this server</source>
        <translation>le certificat du serveur n’est pas reconnu (%1) ; son empreinte SHA-256 est %2 — épinglez ce certificat ou faites confiance à son AC si vous faites confiance à ce serveur</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>the sandbox did not report ready within %1 s</source>
        <translation>la sandbox ne s&apos;est pas déclarée prête en %1 s</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>thunderid-sandbox was not found next to the console</source>
        <translation>thunderid-sandbox est introuvable à côté de la console</translation>
    </message>
    <message>
        <source>the sandbox reported an invalid base URL</source>
        <translation>la sandbox a annoncé une URL de base invalide</translation>
    </message>
    <message>
        <source>the sandbox crashed before it was ready</source>
        <translation>la sandbox a planté avant d&apos;être prête</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1 before it was ready%2</source>
        <translation>la sandbox s&apos;est terminée avec le code %1 avant d&apos;être prête%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The protected APIs, their resources and actions, and the permission strings derived from them.</source>
        <translation>Les API protégées, leurs ressources et actions, et les permissions qui en découlent.</translation>
    </message>
    <message>
        <source>Every scope across all resource servers, with the roles that grant it and the agents that hold it.</source>
        <translation>Chaque portée de tous les serveurs de ressources, avec les rôles qui l&apos;accordent et les agents qui la détiennent.</translation>
    </message>
    <message>
        <source>Roles, a permission matrix, and assignments to users, groups, applications and agents.</source>
        <translation>Les rôles, une matrice des permissions et les attributions aux utilisateurs, groupes, applications et agents.</translation>
    </message>
    <message>
        <source>Agents with their type, owner and grants, a creation wizard, and their credentials.</source>
        <translation>Les agents avec leur type, leur responsable et leurs grants, un assistant de création et leurs identifiants.</translation>
    </message>
    <message>
        <source>The consents users gave to agents, filtered and revocable.</source>
        <translation>Les consentements que les utilisateurs ont donnés aux agents, filtrés et révocables.</translation>
    </message>
    <message>
        <source>Paste a token to verify it, read its claims and see its actor chain as a tree.</source>
        <translation>Coller un jeton pour le vérifier, lire ses claims et voir sa chaîne d&apos;acteurs en arbre.</translation>
    </message>
    <message>
        <source>Approve or deny the CIBA requests agents send on your behalf.</source>
        <translation>Approuver ou refuser les demandes CIBA que les agents envoient en votre nom.</translation>
    </message>
    <message>
        <source>Browse the token history — who got which token, for whom, through which chain.</source>
        <translation>Parcourir l&apos;historique des jetons — qui a obtenu quel jeton, pour qui, par quelle chaîne.</translation>
    </message>
    <message>
        <source>ThunderID Console</source>
        <translation>ThunderID Console</translation>
    </message>
    <message>
        <source>Resource servers</source>
        <translation>Serveurs de ressources</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Connection profiles and sign-in (%1)</source>
        <translation>Profils de connexion et authentification (%1)</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Signed-in client</source>
        <translation>Client connecté</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Not connected. Connect to a ThunderID server (%1), or start the console with --sandbox.</source>
        <translation>Non connecté. Connectez-vous à un serveur ThunderID (%1), ou démarrez la console avec --sandbox.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Connexion à %1 impossible.</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>(no discovery)</source>
        <translation>(pas de découverte)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Signed in without the Administrator role: the approval inbox and the token inspector work; managing resource servers, roles and agents needs an administrator&apos;s sign-in.</source>
        <translation>Connecté sans le rôle Administrateur : la boîte d&apos;approbation et l&apos;inspecteur de jetons fonctionnent ; gérer les serveurs de ressources, les rôles et les agents demande la connexion d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>Loading counts…</source>
        <translation>Chargement des décomptes…</translation>
    </message>
    <message>
        <source>%1 agents · %2 resource servers · %3 roles</source>
        <translation>%1 agents · %2 serveurs de ressources · %3 rôles</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>End this sign-in: the server revokes its refresh token and the keychain forgets it</source>
        <translation>Mettre fin à cette connexion : le serveur révoque son jeton d’actualisation et le trousseau l’oublie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (administrator)</source>
        <translation>Connecté en tant que %1 (administrateur)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>User session</source>
        <translation>Session utilisateur</translation>
    </message>
    <message>
        <source>Sign in as yourself…</source>
        <translation>Se connecter avec son propre compte…</translation>
    </message>
    <message>
        <source>Sign in to this server with your own account in the browser, to approve the requests addressed to you</source>
        <translation>Se connecter à ce serveur avec votre propre compte dans le navigateur, pour approuver les demandes qui vous sont adressées</translation>
    </message>
    <message>
        <source>Sign in as a demo user…</source>
        <translation>Se connecter en tant qu’utilisateur de démonstration…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s demo people: pick one to see the console as they do, and approve the requests agents send them</source>
        <translation>Les personnes de démonstration de la sandbox : choisissez-en une pour voir la console comme elle, et approuver les demandes que les agents lui envoient</translation>
    </message>
    <message>
        <source>Sign in as a demo user</source>
        <translation>Se connecter en tant qu’utilisateur de démonstration</translation>
    </message>
    <message>
        <source>The sandbox&apos;s demo people (demo data, with a public password). Pick one; a double-click signs in at once.</source>
        <translation>Les personnes de démonstration de la sandbox (données de démonstration, mot de passe public). Choisissez-en une ; un double-clic connecte aussitôt.</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Utilisateurs de démonstration</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Quit the console</source>
        <translation>Quitter la console</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your sign-in has expired and could not be renewed.</source>
        <translation>Votre connexion a expiré et n’a pas pu être renouvelée.</translation>
    </message>
    <message>
        <source>Try the agent flows against the server step by step.</source>
        <translation>Essayer les flux des agents contre le serveur, étape par étape.</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Reload the current pane and the counts</source>
        <translation>Recharger le volet courant et les décomptes</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit the console (a local sandbox it started stops with it)</source>
        <translation>Quitter la console (un bac à sable local qu’elle a démarré s’arrête avec elle)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Filter the current pane&apos;s list</source>
        <translation>Filtrer la liste du volet courant</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text or the selected rows</source>
        <translation>Copier le texte ou les lignes sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Open the console&apos;s documentation</source>
        <translation>Ouvrir la documentation de la console</translation>
    </message>
    <message>
        <source>&amp;About ThunderID Console</source>
        <translation>À &amp;propos de ThunderID Console</translation>
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
        <translation>Nouvel élément (dans un volet de liste)</translation>
    </message>
    <message>
        <source>Delete the selected items (in a list pane)</source>
        <translation>Supprimer les éléments sélectionnés (dans un volet de liste)</translation>
    </message>
    <message>
        <source>The selected row&apos;s menu: Open, Copy id, Delete, …</source>
        <translation>Le menu de la ligne sélectionnée : Ouvrir, Copier l’identifiant, Supprimer, …</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move between the controls of a pane</source>
        <translation>Passer d’un contrôle à l’autre dans un volet</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Fermer une boîte de dialogue</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>no TLS backend</source>
        <translation>aucun moteur TLS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ThunderID Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for the ThunderID identity server: resource servers, scopes, roles, agents and their credentials, consents, the approval inbox, the token inspector and the token history.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;br&gt;OpenSSL: %4&lt;br&gt;TLS: %5&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ThunderID Console %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour le serveur d’identité ThunderID : serveurs de ressources, scopes, rôles, agents et leurs identifiants, consentements, la boîte d’approbation, l’inspecteur de jetons et l’historique des jetons.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec Qt %3)&lt;br&gt;OpenSSL : %4&lt;br&gt;TLS : %5&lt;/p&gt;&lt;p&gt;Sous licence Apache, version 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ThunderID Console</source>
        <translation>À propos de ThunderID Console</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not read the counts: %1</source>
        <translation>Impossible de lire les décomptes : %1</translation>
    </message>
    <message>
        <source>The server is its own token issuer.</source>
        <translation>Le serveur est lui-même l’émetteur de ses jetons.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>OAuthErrorText</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>invalid_target: no resource (audience) was given, and permission scopes need one — pick the resource server the token is for.</source>
        <translation>invalid_target : aucune ressource (audience) n’a été donnée, et les scopes de permission en exigent une — choisissez le serveur de ressources auquel le jeton est destiné.</translation>
    </message>
    <message>
        <source>invalid_target: the resource %1 is not one this agent may reach — the server knows no resource server with that identifier, or it does not match the one the request is bound to.</source>
        <translation>invalid_target : la ressource %1 n’est pas accessible à cet agent — le serveur ne connaît aucun serveur de ressources avec cet identifiant, ou il ne correspond pas à celui auquel la demande est liée.</translation>
    </message>
    <message>
        <source>invalid_scope: the hop asks for scopes the exchanging agent %1 does not hold itself on %2 (through its roles), although the parent token holds them. A token exchange can only narrow.</source>
        <translation>invalid_scope : l’étape demande des scopes que l’agent %1 qui échange ne détient pas lui-même sur %2 (par ses rôles), bien que le jeton parent les détienne. Un échange de jetons ne peut que restreindre.</translation>
    </message>
    <message>
        <source>invalid_scope: the hop asks for %1, which its parent token does not hold (it holds %2). A token exchange can only narrow, never widen.</source>
        <translation>invalid_scope : l’étape demande %1, que son jeton parent ne détient pas (il détient %2). Un échange de jetons ne peut que restreindre, jamais élargir.</translation>
    </message>
    <message>
        <source>invalid_scope: a CIBA request must ask for openid, and only for scopes the resource server defines (asked: %1).</source>
        <translation>invalid_scope : une demande CIBA doit demander openid, et seulement des scopes que le serveur de ressources définit (demandé : %1).</translation>
    </message>
    <message>
        <source>invalid_scope: the server refused the scopes %1 — the resource server does not define them or they are malformed.</source>
        <translation>invalid_scope : le serveur a refusé les scopes %1 — le serveur de ressources ne les définit pas ou ils sont mal formés.</translation>
    </message>
    <message>
        <source>invalid_client: the server did not accept the credentials of %1 — the client id is unknown, the secret is wrong, rotated or revoked, or the client is registered for another authentication method.</source>
        <translation>invalid_client : le serveur n’a pas accepté les identifiants de %1 — l’identifiant client est inconnu, le secret est faux, renouvelé ou révoqué, ou le client est inscrit pour une autre méthode d’authentification.</translation>
    </message>
    <message>
        <source>unauthorized_client: %1 may not use this grant (%2) — add it to the agent&apos;s grant types.</source>
        <translation>unauthorized_client : %1 ne peut pas utiliser ce grant (%2) — ajoutez-le aux types de grant de l’agent.</translation>
    </message>
    <message>
        <source>authorization_pending: the user has not answered yet; polling goes on.</source>
        <translation>authorization_pending : l’utilisateur n’a pas encore répondu ; l’interrogation continue.</translation>
    </message>
    <message>
        <source>slow_down: the client polled sooner than the server&apos;s interval; the interval grows by 5 seconds.</source>
        <translation>slow_down : le client a interrogé avant l’intervalle du serveur ; l’intervalle augmente de 5 secondes.</translation>
    </message>
    <message>
        <source>access_denied: %1 denied the request.</source>
        <translation>access_denied : %1 a refusé la demande.</translation>
    </message>
    <message>
        <source>access_denied: the user or the server refused the request.</source>
        <translation>access_denied : l’utilisateur ou le serveur a refusé la demande.</translation>
    </message>
    <message>
        <source>expired_token: the request expired before %1 answered it.</source>
        <translation>expired_token : la demande a expiré avant que %1 n’y réponde.</translation>
    </message>
    <message>
        <source>unsupported_grant_type: the server does not support the grant %1.</source>
        <translation>unsupported_grant_type : le serveur ne prend pas en charge le grant %1.</translation>
    </message>
    <message>
        <source>invalid_grant: the auth_req_id is unknown, another client&apos;s, or was already redeemed.</source>
        <translation>invalid_grant : l’auth_req_id est inconnu, appartient à un autre client, ou a déjà été utilisé.</translation>
    </message>
    <message>
        <source>invalid_grant: the authorization code is invalid, expired, already used, or the PKCE verifier does not match.</source>
        <translation>invalid_grant : le code d’autorisation est invalide, expiré, déjà utilisé, ou le vérificateur PKCE ne correspond pas.</translation>
    </message>
    <message>
        <source>invalid_grant: the grant presented is invalid, expired or revoked.</source>
        <translation>invalid_grant : le grant présenté est invalide, expiré ou révoqué.</translation>
    </message>
    <message>
        <source>invalid_request: the exchange was refused — the subject token is invalid, expired or revoked, or its may_act does not name %1.</source>
        <translation>invalid_request : l’échange a été refusé — le jeton sujet est invalide, expiré ou révoqué, ou son may_act ne nomme pas %1.</translation>
    </message>
    <message>
        <source>invalid_request: the request is malformed or misses a parameter.</source>
        <translation>invalid_request : la demande est mal formée ou il manque un paramètre.</translation>
    </message>
    <message>
        <source>unknown_user_id: the server knows no user %1 (login hint: a username, a user id or an e-mail address).</source>
        <translation>unknown_user_id : le serveur ne connaît aucun utilisateur %1 (indice de connexion : un nom d’utilisateur, un identifiant ou une adresse e-mail).</translation>
    </message>
    <message>
        <source>invalid_binding_message: at most 256 printable characters, and different from the user&apos;s other waiting requests.</source>
        <translation>invalid_binding_message : au plus 256 caractères imprimables, et différent des autres demandes en attente de l’utilisateur.</translation>
    </message>
    <message>
        <source>temporarily_unavailable: the server is busy; try again in a moment.</source>
        <translation>temporarily_unavailable : le serveur est occupé ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>server_error: the server failed while answering.</source>
        <translation>server_error : le serveur a échoué en répondant.</translation>
    </message>
    <message>
        <source>The server says: “%1”</source>
        <translation>Le serveur dit : « %1 »</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>Resource server %1 (%2)</source>
        <translation>Serveur de ressources %1 (%2)</translation>
    </message>
    <message>
        <source>%1 grants %2</source>
        <translation>%1 accorde %2</translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation>%1 n&apos;accorde pas %2</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>non accordé</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>PlaygroundPane</name>
    <message>
        <source>Every step succeeded.</source>
        <translation>Toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>The run did not go through: the first step that did not succeed says why.</source>
        <translation>L’exécution n’a pas abouti : la première étape en échec dit pourquoi.</translation>
    </message>
    <message>
        <source>The flow to try; each fills in its steps below</source>
        <translation>Le flux à essayer ; chacun remplit ses étapes ci-dessous</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Flux :</translation>
    </message>
    <message>
        <source>Read the agents and resource servers again (F5)</source>
        <translation>Relire les agents et les serveurs de ressources (F5)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a scenario file (JSON)</source>
        <translation>Ouvrir un fichier de scénario (JSON)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save this scenario as a JSON file — without secrets or tokens</source>
        <translation>Enregistrer ce scénario dans un fichier JSON — sans secrets ni jetons</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the flow against the connected server (Ctrl+Return)</source>
        <translation>Exécuter le flux contre le serveur connecté (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Abort the calls in flight and stop the run</source>
        <translation>Interrompre les appels en cours et arrêter l’exécution</translation>
    </message>
    <message>
        <source>Open a playground scenario</source>
        <translation>Ouvrir un scénario du bac à sable</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scénarios (*.json)</translation>
    </message>
    <message>
        <source>Save the playground scenario</source>
        <translation>Enregistrer le scénario du bac à sable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>scopes, space-separated</source>
        <translation>scopes, séparés par des espaces</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes :</translation>
    </message>
    <message>
        <source>The resource server the token is for (RFC 8707 resource)</source>
        <translation>Le serveur de ressources auquel le jeton est destiné (resource de la RFC 8707)</translation>
    </message>
    <message>
        <source>Au&amp;dience:</source>
        <translation>Au&amp;dience :</translation>
    </message>
    <message>
        <source>username, user id or e-mail</source>
        <translation>nom d’utilisateur, identifiant ou e-mail</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>shown on the approving device (made up if empty)</source>
        <translation>affiché sur l’appareil qui approuve (inventé si vide)</translation>
    </message>
    <message>
        <source>&amp;Binding message:</source>
        <translation>&amp;Message de liaison :</translation>
    </message>
    <message>
        <source>After the last step, present its token to this resource server (audience locking); empty: no check</source>
        <translation>Après la dernière étape, présenter son jeton à ce serveur de ressources (verrouillage d’audience) ; vide : aucune vérification</translation>
    </message>
    <message>
        <source>&amp;Then present to:</source>
        <translation>&amp;Puis présenter à :</translation>
    </message>
    <message>
        <source>Exchange hops (RFC 8693)</source>
        <translation>Étapes d’échange (RFC 8693)</translation>
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
        <translation>Audience</translation>
    </message>
    <message>
        <source>Add hop</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove hop</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Secrets (kept in memory)</source>
        <translation>Secrets (gardés en mémoire)</translation>
    </message>
    <message>
        <source>Never saved in a scenario. Tick “Keep in the keychain” to find a secret again next time.</source>
        <translation>Jamais enregistrés dans un scénario. Cochez « Conserver dans le trousseau » pour retrouver un secret la prochaine fois.</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Étapes de l’exécution</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets and tokens</source>
        <translation>&amp;Révéler secrets et jetons</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <source>The request as a curl command; secrets and tokens become shell variables such as $CLIENT_SECRET</source>
        <translation>La requête en commande curl ; secrets et jetons deviennent des variables shell comme $CLIENT_SECRET</translation>
    </message>
    <message>
        <source>Open in &amp;Inspector</source>
        <translation>Ouvrir dans l’&amp;inspecteur</translation>
    </message>
    <message>
        <source>Verify and read the token this step produced</source>
        <translation>Vérifier et lire le jeton produit par cette étape</translation>
    </message>
    <message>
        <source>Chain policy: %1</source>
        <translation>Règle de chaîne : %1</translation>
    </message>
    <message>
        <source>Every token a run produces is checked against the chain policy loaded in the Inspector (Chain policy…); each step says whether it holds.</source>
        <translation>Chaque jeton produit par une exécution est vérifié avec la règle de chaîne chargée dans l’inspecteur (Règle de chaîne…) ; chaque étape dit si elle est respectée.</translation>
    </message>
    <message>
        <source>Sign-in &amp;client:</source>
        <translation>&amp;Client de connexion :</translation>
    </message>
    <message>
        <source>The public client the user signs in to (ThunderID&apos;s CONSOLE by default)</source>
        <translation>Le client public auquel l’utilisateur se connecte (CONSOLE de ThunderID par défaut)</translation>
    </message>
    <message>
        <source>The agent that starts the flow (its client id)</source>
        <translation>L’agent qui démarre le flux (son identifiant client)</translation>
    </message>
    <message>
        <source>On-behalf-of: the agent exchanges the user&apos;s token, then any further hops</source>
        <translation>Pour le compte de : l’agent échange le jeton de l’utilisateur, puis les étapes suivantes</translation>
    </message>
    <message>
        <source>Client secret of %1</source>
        <translation>Secret client de %1</translation>
    </message>
    <message>
        <source>the console&apos;s own connection</source>
        <translation>la connexion de la console elle-même</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>conservé dans le trousseau</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>Keep in the keychain</source>
        <translation>Conserver dans le trousseau</translation>
    </message>
    <message>
        <source>No agent needs a secret yet.</source>
        <translation>Aucun agent n’a encore besoin d’un secret.</translation>
    </message>
    <message>
        <source>The keychain did not keep the secret of %1: %2</source>
        <translation>Le trousseau n’a pas conservé le secret de %1 : %2</translation>
    </message>
    <message>
        <source>The scenario was not saved: %1</source>
        <translation>Le scénario n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved to %1 (no secrets or tokens).</source>
        <translation>Enregistré dans %1 (sans secrets ni jetons).</translation>
    </message>
    <message>
        <source>%1 is not a scenario the playground can open: %2</source>
        <translation>%1 n’est pas un scénario que le bac à sable peut ouvrir : %2</translation>
    </message>
    <message>
        <source>Copied as curl; set the variables it names before running it.</source>
        <translation>Copié en curl ; définissez les variables qu’il nomme avant de l’exécuter.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick a flow, fill in the agents, scopes and audience, and &lt;b&gt;Run&lt;/b&gt;. Each step appears here with its HTTP exchange.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un flux, renseignez les agents, les scopes et l’audience, puis &lt;b&gt;Exécuter&lt;/b&gt;. Chaque étape apparaît ici avec son échange HTTP.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request %1 of %2 · %3 · %4</source>
        <translation>Requête %1 sur %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Request · %1 · %2</source>
        <translation>Requête · %1 · %2</translation>
    </message>
    <message>
        <source>Response · %1</source>
        <translation>Réponse · %1</translation>
    </message>
    <message>
        <source>Exchange hops</source>
        <translation>Étapes d’échange</translation>
    </message>
    <message>
        <source>One row per token exchange: the agent that exchanges, the scopes it asks for and the audience</source>
        <translation>Une ligne par échange de jeton : l’agent qui échange, les scopes demandés et l’audience</translation>
    </message>
    <message>
        <source>HTTP exchanges of the selected step</source>
        <translation>Échanges HTTP de l’étape sélectionnée</translation>
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
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>PostgresHistoryBackend</name>
    <message>
        <source>Not a PostgreSQL location (postgresql://user@host:port/database).</source>
        <translation>Ce n&apos;est pas une adresse PostgreSQL (postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>Put the database password in the keychain or PGPASSWORD, not in the location.</source>
        <translation>Mettez le mot de passe de la base dans le trousseau ou dans PGPASSWORD, pas dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>A PostgreSQL location names a host and a database: postgresql://user@host:port/database.</source>
        <translation>Une adresse PostgreSQL nomme un hôte et une base : postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>Unknown option “%1” in the location (only sslmode is known).</source>
        <translation>Option « %1 » inconnue dans l&apos;adresse (seul sslmode est connu).</translation>
    </message>
    <message>
        <source>sslmode is one of %1.</source>
        <translation>sslmode vaut l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <source>The connection to the history database %1 was lost; it is opened again with the next request.</source>
        <translation>La connexion à la base d&apos;historique %1 a été perdue ; elle sera rouverte à la prochaine requête.</translation>
    </message>
    <message>
        <source>The database role “%1” may only read this token history; importing and syncing need the importer role (%2).</source>
        <translation>Le rôle de base de données « %1 » ne peut que lire cet historique des jetons ; l&apos;import et la synchronisation demandent le rôle d&apos;import (%2).</translation>
    </message>
    <message>
        <source>history database error (%1): %2</source>
        <translation>erreur de la base d&apos;historique (%1) : %2</translation>
    </message>
    <message>
        <source>The history database %1 is not open.</source>
        <translation>La base d&apos;historique %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot reach the history database %1: %2</source>
        <translation>Impossible de joindre la base d&apos;historique %1 : %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé (Debian : libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base d&apos;historique %1 : %2</translation>
    </message>
    <message>
        <source>The history database %1 has schema version %2, newer than this console knows (%3). Use a newer console or another database.</source>
        <translation>La base d&apos;historique %1 a la version de schéma %2, plus récente que ce que connaît cette console (%3). Utilisez une console plus récente ou une autre base.</translation>
    </message>
    <message>
        <source>The history database has no schema yet and this role cannot create it (the schema&apos;s owner opens it first): %1</source>
        <translation>La base d&apos;historique n&apos;a pas encore de schéma et ce rôle ne peut pas le créer (le propriétaire du schéma l&apos;ouvre d&apos;abord) : %1</translation>
    </message>
    <message>
        <source>Cannot create the history schema: %1</source>
        <translation>Impossible de créer le schéma de l&apos;historique : %1</translation>
    </message>
    <message>
        <source>The history database&apos;s driver gives no libpq connection.</source>
        <translation>Le pilote de la base d’historique ne fournit pas de connexion libpq.</translation>
    </message>
    <message>
        <source>the import stopped</source>
        <translation>l’import s’est arrêté</translation>
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
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Identifier (audience)</source>
        <translation>Identifiant (audience)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ResourceServersPane</name>
    <message>
        <source>Resource servers</source>
        <translation>Serveurs de ressources</translation>
    </message>
    <message>
        <source>Loading resource servers</source>
        <translation>Chargement des serveurs de ressources</translation>
    </message>
    <message>
        <source>Loading resources</source>
        <translation>Chargement des ressources</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>New resource server (Ctrl+N)</source>
        <translation>Nouveau serveur de ressources (Ctrl+N)</translation>
    </message>
    <message>
        <source>New resource server</source>
        <translation>Nouveau serveur de ressources</translation>
    </message>
    <message>
        <source>Delete the selected resource server (Del)</source>
        <translation>Supprimer le serveur de ressources sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Delete resource server</source>
        <translation>Supprimer le serveur de ressources</translation>
    </message>
    <message>
        <source>Could not load the resource servers.</source>
        <translation>Impossible de charger les serveurs de ressources.</translation>
    </message>
    <message>
        <source>No resource server matches the filter.</source>
        <translation>Aucun serveur de ressources ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No resource servers yet.
Press Ctrl+N to describe the first API your agents call.</source>
        <translation>Pas encore de serveurs de ressources.
Appuyez sur Ctrl+N pour décrire la première API qu&apos;appellent vos agents.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Billing API</source>
        <translation>API de facturation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Identifier (audience)</source>
        <translation>Identifiant (audience)</translation>
    </message>
    <message>
        <source>The audience of this server&apos;s tokens: an absolute URI (RFC 8707 resource indicator).</source>
        <translation>L&apos;audience des jetons de ce serveur : une URI absolue (indicateur de ressource RFC 8707).</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Joins handles into permission strings (e.g. invoices:read). Fixed after creation.</source>
        <translation>Joint les handles en permissions (p. ex. invoices:read). Fixé après la création.</translation>
    </message>
    <message>
        <source>De&amp;limiter</source>
        <translation>Sépa&amp;rateur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problème de formulaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save resource server</source>
        <translation>Enregistrer le serveur de ressources</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Resources and actions</source>
        <translation>Ressources et actions</translation>
    </message>
    <message>
        <source>Save the resource server first; then add its resources and actions.</source>
        <translation>Enregistrez d&apos;abord le serveur de ressources ; ajoutez ensuite ses ressources et actions.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No resources or actions yet. Add a resource (e.g. “invoices”) and its actions (e.g. “read”).</source>
        <translation>Pas encore de ressources ni d&apos;actions. Ajoutez une ressource (p. ex. « invoices ») et ses actions (p. ex. « read »).</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Adds a resource at the top level, or under the selected resource.</source>
        <translation>Ajoute une ressource au premier niveau, ou sous la ressource sélectionnée.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Adds an action to the selected resource, or to the server itself when nothing is selected.</source>
        <translation>Ajoute une action à la ressource sélectionnée, ou au serveur lui-même si rien n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit resource or action</source>
        <translation>Modifier la ressource ou l&apos;action</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete resource or action</source>
        <translation>Supprimer la ressource ou l&apos;action</translation>
    </message>
    <message>
        <source>Resource or action name</source>
        <translation>Nom de la ressource ou de l&apos;action</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Part of the permission string; letters, digits and . _ : - /. Fixed after creation.</source>
        <translation>Partie de la permission ; lettres, chiffres et . _ : - /. Fixé après la création.</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Handle</translation>
    </message>
    <message>
        <source>Resource or action description</source>
        <translation>Description de la ressource ou de l&apos;action</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>MCP primitive</source>
        <translation>Primitive MCP</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>MCP &amp;kind</source>
        <translation>&amp;Genre MCP</translation>
    </message>
    <message>
        <source>Permission string</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add or save resource or action</source>
        <translation>Ajouter ou enregistrer une ressource ou une action</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>%1 is read-only (declared in the server&apos;s configuration).</source>
        <translation>%1 est en lecture seule (déclaré dans la configuration du serveur).</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The identifier is required: the audience of this server&apos;s tokens, e.g. https://api.example.com/billing.</source>
        <translation>L&apos;identifiant est obligatoire : l&apos;audience des jetons de ce serveur, p. ex. https://api.example.com/billing.</translation>
    </message>
    <message>
        <source>The identifier must be an absolute URI, such as https://api.example.com/billing or urn:example:billing.</source>
        <translation>L&apos;identifiant doit être une URI absolue, comme https://api.example.com/billing ou urn:example:billing.</translation>
    </message>
    <message>
        <source>The delimiter must be one character from letters, digits and . _ : - /.</source>
        <translation>Le séparateur doit être un seul caractère parmi les lettres, chiffres et . _ : - /.</translation>
    </message>
    <message>
        <source>Creating the resource server</source>
        <translation>Création du serveur de ressources</translation>
    </message>
    <message>
        <source>Saving the resource server</source>
        <translation>Enregistrement du serveur de ressources</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)? This cannot be undone.</source>
        <translation>Supprimer « %1 » (%2) ? Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” (%2) with its %n resource(s) and action(s)? Roles lose the permissions it defines. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer « %1 » (%2) avec sa %n ressource ou action ? Les rôles perdent les permissions qu&apos;il définit. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer « %1 » (%2) avec ses %n ressources et actions ? Les rôles perdent les permissions qu&apos;il définit. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>New resource under “%1”</source>
        <translation>Nouvelle ressource sous « %1 »</translation>
    </message>
    <message>
        <source>New top-level resource</source>
        <translation>Nouvelle ressource de premier niveau</translation>
    </message>
    <message>
        <source>New action on “%1”</source>
        <translation>Nouvelle action sur « %1 »</translation>
    </message>
    <message>
        <source>New action on the server itself</source>
        <translation>Nouvelle action sur le serveur lui-même</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Modifier l&apos;action « %1 »</translation>
    </message>
    <message>
        <source>Edit resource “%1”</source>
        <translation>Modifier la ressource « %1 »</translation>
    </message>
    <message>
        <source>(type a handle)</source>
        <translation>(saisir un handle)</translation>
    </message>
    <message>
        <source>Adding the resource</source>
        <translation>Ajout de la ressource</translation>
    </message>
    <message>
        <source>Adding the action</source>
        <translation>Ajout de l&apos;action</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Saved. Permission: %1</source>
        <translation>Enregistré. Permission : %1</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Delete the action “%1” (%2)? Roles granting it lose it.</source>
        <translation>Supprimer l&apos;action « %1 » (%2) ? Les rôles qui l&apos;accordent la perdent.</translation>
    </message>
    <message>
        <source>Delete the resource “%1” (%2)? It must have no sub-resources or actions left.</source>
        <translation>Supprimer la ressource « %1 » (%2) ? Elle ne doit plus avoir de sous-ressources ni d&apos;actions.</translation>
    </message>
    <message>
        <source>The new resource server is not created yet.</source>
        <translation>Le nouveau serveur de ressources n’est pas encore créé.</translation>
    </message>
    <message>
        <source>Your changes to the resource server %1 are not saved.</source>
        <translation>Vos modifications du serveur de ressources %1 ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>RoleAssignmentsModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Organization unit</source>
        <translation>Unité d&apos;organisation</translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Loading roles</source>
        <translation>Chargement des rôles</translation>
    </message>
    <message>
        <source>Loading scopes</source>
        <translation>Chargement des portées</translation>
    </message>
    <message>
        <source>Loading assignments</source>
        <translation>Chargement des attributions</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation>Nouveau rôle (Ctrl+N)</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Delete the selected role (Del)</source>
        <translation>Supprimer le rôle sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Roles (drop users, groups, applications or agents on a role to assign it)</source>
        <translation>Rôles (déposez des utilisateurs, groupes, applications ou agents sur un rôle pour le leur attribuer)</translation>
    </message>
    <message>
        <source>Could not load the roles.</source>
        <translation>Impossible de charger les rôles.</translation>
    </message>
    <message>
        <source>No role matches the filter.</source>
        <translation>Aucun rôle ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No roles yet. Press Ctrl+N to create one.</source>
        <translation>Pas encore de rôles. Appuyez sur Ctrl+N pour en créer un.</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Détails du rôle</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Permissions</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Attributions</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>invoice-approver</source>
        <translation>invoice-approver</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Description du rôle</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>Enregistrer le rôle</translation>
    </message>
    <message>
        <source>Permissions are granted in the Permissions tab; people, groups, applications and agents in the Assignments tab.</source>
        <translation>Les permissions s&apos;accordent dans l&apos;onglet Permissions ; les personnes, groupes, applications et agents dans l&apos;onglet Attributions.</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Filtrer les permissions</translation>
    </message>
    <message>
        <source>Only what the selected role grants</source>
        <translation>Uniquement ce que le rôle sélectionné accorde</translation>
    </message>
    <message>
        <source>Show only the selected role&apos;s permissions</source>
        <translation>Afficher uniquement les permissions du rôle sélectionné</translation>
    </message>
    <message>
        <source>Permission matrix: scopes by roles</source>
        <translation>Matrice des permissions : portées par rôle</translation>
    </message>
    <message>
        <source>Loading scopes and roles…</source>
        <translation>Chargement des portées et des rôles…</translation>
    </message>
    <message>
        <source>No scopes yet: define resources and actions in Resource servers.</source>
        <translation>Pas encore de portées : définissez des ressources et des actions dans Serveurs de ressources.</translation>
    </message>
    <message>
        <source>No permission matches the filter.</source>
        <translation>Aucune permission ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Tick a box to let a role grant a scope; a server&apos;s row ticks all of its scopes. Changes are saved together.</source>
        <translation>Cochez une case pour qu&apos;un rôle accorde une portée ; la ligne d&apos;un serveur coche toutes ses portées. Les modifications sont enregistrées ensemble.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert permission changes</source>
        <translation>Annuler les modifications des permissions</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save permission changes</source>
        <translation>Enregistrer les modifications des permissions</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Show assignments of type</source>
        <translation>Afficher les attributions du type</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected assignments</source>
        <translation>Retirer les attributions sélectionnées</translation>
    </message>
    <message>
        <source>Assignments of the role</source>
        <translation>Attributions du rôle</translation>
    </message>
    <message>
        <source>Select a role.</source>
        <translation>Sélectionnez un rôle.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nobody of this type holds the role.</source>
        <translation>Personne de ce type ne détient le rôle.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet. Add someone below, or drag them from the list below onto a role.</source>
        <translation>Personne ne détient encore ce rôle. Ajoutez quelqu&apos;un ci-dessous, ou faites glisser des entrées de la liste ci-dessous sur un rôle.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Kind to add</source>
        <translation>Genre à ajouter</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search for someone to assign</source>
        <translation>Rechercher quelqu&apos;un à qui attribuer</translation>
    </message>
    <message>
        <source>Add to role</source>
        <translation>Ajouter au rôle</translation>
    </message>
    <message>
        <source>Add the selected to the role</source>
        <translation>Ajouter la sélection au rôle</translation>
    </message>
    <message>
        <source>Search results (drag onto a role to assign it)</source>
        <translation>Résultats (faites glisser sur un rôle pour l&apos;attribuer)</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <source>&amp;Permissions •</source>
        <translation>&amp;Permissions •</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Creating the role</source>
        <translation>Création du rôle</translation>
    </message>
    <message>
        <source>Saving the role</source>
        <translation>Enregistrement du rôle</translation>
    </message>
    <message>
        <source>Created role %1. Tick its permissions in the Permissions tab.</source>
        <translation>Rôle %1 créé. Cochez ses permissions dans l&apos;onglet Permissions.</translation>
    </message>
    <message>
        <source>Saved role %1.</source>
        <translation>Rôle %1 enregistré.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Permissions saved.</source>
        <translation>Permissions enregistrées.</translation>
    </message>
    <message>
        <source>Some permissions were not saved (still marked •):
%1</source>
        <translation>Certaines permissions n&apos;ont pas été enregistrées (toujours marquées •) :
%1</translation>
    </message>
    <message>
        <source>Delete the role “%1”? Everyone assigned loses its permissions at their next token. This cannot be undone.</source>
        <translation>Supprimer le rôle « %1 » ? Toutes les personnes attribuées perdent ses permissions à leur prochain jeton. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Rôle %1 supprimé.</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Sélectionnez d&apos;abord un rôle.</translation>
    </message>
    <message>
        <source>Select someone in the list below first.</source>
        <translation>Sélectionnez d&apos;abord quelqu&apos;un dans la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>Attribution de %1</translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation>%1 attribué à %2.</translation>
    </message>
    <message>
        <source>Remove assignments</source>
        <translation>Retirer des attributions</translation>
    </message>
    <message>
        <source>Remove %1 from the role “%2”? They lose its permissions at their next token.</source>
        <translation>Retirer %1 du rôle « %2 » ? Ses permissions sont perdues au prochain jeton.</translation>
    </message>
    <message>
        <source>Removing assignments</source>
        <translation>Retrait des attributions</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignment(s) from %1.</source>
        <translation>
            <numerusform>%n attribution retirée de %1.</numerusform>
            <numerusform>%n attributions retirées de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new role is not created yet.</source>
        <translation>Le nouveau rôle n’est pas encore créé.</translation>
    </message>
    <message>
        <source>Your changes to the role %1 are not saved.</source>
        <translation>Vos modifications du rôle %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The permission changes are not saved.</source>
        <translation>Les modifications de permissions ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>%1 has a member “%2”: a scenario never holds secrets or tokens</source>
        <translation>%1 a un membre « %2 » : un scénario ne contient jamais de secrets ni de jetons</translation>
    </message>
    <message>
        <source>%1.agent must be a string (a client id)</source>
        <translation>%1.agent doit être une chaîne (un identifiant client)</translation>
    </message>
    <message>
        <source>%1.scopes must hold strings</source>
        <translation>%1.scopes doit contenir des chaînes</translation>
    </message>
    <message>
        <source>%1.scopes must be a list of strings</source>
        <translation>%1.scopes doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>%1.audience must be a string (a resource server identifier)</source>
        <translation>%1.audience doit être une chaîne (un identifiant de serveur de ressources)</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client credentials</translation>
    </message>
    <message>
        <source>Token exchange chain</source>
        <translation>Chaîne d’échange de jetons</translation>
    </message>
    <message>
        <source>CIBA (approved on another device)</source>
        <translation>CIBA (approuvé sur un autre appareil)</translation>
    </message>
    <message>
        <source>Authorization code + on-behalf-of</source>
        <translation>Code d’autorisation + pour le compte de</translation>
    </message>
    <message>
        <source>Name the client the user signs in to.</source>
        <translation>Indiquez le client auquel l’utilisateur se connecte.</translation>
    </message>
    <message>
        <source>Choose the agent that starts the flow.</source>
        <translation>Choisissez l’agent qui démarre le flux.</translation>
    </message>
    <message>
        <source>Name the user who approves the request (username, user id or e-mail).</source>
        <translation>Indiquez l’utilisateur qui approuve la demande (nom d’utilisateur, identifiant ou e-mail).</translation>
    </message>
    <message>
        <source>Add at least one hop to the chain.</source>
        <translation>Ajoutez au moins une étape à la chaîne.</translation>
    </message>
    <message>
        <source>Add the agent that acts on the user&apos;s behalf.</source>
        <translation>Ajoutez l’agent qui agit pour le compte de l’utilisateur.</translation>
    </message>
    <message>
        <source>Hop %1 has no agent.</source>
        <translation>L’étape %1 n’a pas d’agent.</translation>
    </message>
    <message>
        <source>The binding message is longer than 256 characters.</source>
        <translation>Le message de liaison dépasse 256 caractères.</translation>
    </message>
    <message>
        <source>not a playground scenario (no “thunderidPlayground” version)</source>
        <translation>pas un scénario du bac à sable (pas de version « thunderidPlayground »)</translation>
    </message>
    <message>
        <source>scenario format %1 is not supported (this console reads %2)</source>
        <translation>le format de scénario %1 n’est pas pris en charge (cette console lit %2)</translation>
    </message>
    <message>
        <source>the scenario has a member “%1”: a scenario never holds secrets or tokens</source>
        <translation>le scénario a un membre « %1 » : un scénario ne contient jamais de secrets ni de jetons</translation>
    </message>
    <message>
        <source>unknown flow “%1”</source>
        <translation>flux inconnu « %1 »</translation>
    </message>
    <message>
        <source>hops must be a list</source>
        <translation>hops doit être une liste</translation>
    </message>
    <message>
        <source>a chain of %1 hops is more than the playground runs (32)</source>
        <translation>une chaîne de %1 étapes dépasse ce que le bac à sable exécute (32)</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>le fichier dépasse 1 Mio</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>un scénario est un objet JSON</translation>
    </message>
</context>
<context>
    <name>ScopeHoldersModel</name>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>group %1 (role %2)</source>
        <translation>groupe %1 (rôle %2)</translation>
    </message>
    <message>
        <source>Role (grants it)</source>
        <translation>Rôle (l&apos;accorde)</translation>
    </message>
    <message>
        <source>Agent (holds it)</source>
        <translation>Agent (la détient)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>ScopesModel</name>
    <message>
        <source>Resource server</source>
        <translation>Serveur de ressources</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resource server %1 (%2)</source>
        <translation>Serveur de ressources %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Permission (scope)</source>
        <translation>Permission (portée)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ScopesPane</name>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Loading scopes</source>
        <translation>Chargement des portées</translation>
    </message>
    <message>
        <source>Finding who holds the scope</source>
        <translation>Recherche des détenteurs de la portée</translation>
    </message>
    <message>
        <source>Filter by resource server</source>
        <translation>Filtrer par serveur de ressources</translation>
    </message>
    <message>
        <source>All resource servers</source>
        <translation>Tous les serveurs de ressources</translation>
    </message>
    <message>
        <source>Scopes by resource server</source>
        <translation>Portées par serveur de ressources</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No scope matches the filter.</source>
        <translation>Aucune portée ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No resource servers yet, so no scopes. Define them in Resource servers.</source>
        <translation>Pas encore de serveurs de ressources, donc pas de portées. Définissez-les dans Serveurs de ressources.</translation>
    </message>
    <message>
        <source>Select a scope</source>
        <translation>Sélectionner une portée</translation>
    </message>
    <message>
        <source>Selected scope</source>
        <translation>Portée sélectionnée</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the permission string</source>
        <translation>Copier la permission</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Scope details</source>
        <translation>Détails de la portée</translation>
    </message>
    <message>
        <source>Roles that grant it</source>
        <translation>Rôles qui l&apos;accordent</translation>
    </message>
    <message>
        <source>Roles that grant the scope</source>
        <translation>Rôles qui accordent la portée</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No role grants this scope.</source>
        <translation>Aucun rôle n&apos;accorde cette portée.</translation>
    </message>
    <message>
        <source>Agents that hold it</source>
        <translation>Agents qui la détiennent</translation>
    </message>
    <message>
        <source>Agents that hold the scope</source>
        <translation>Agents qui détiennent la portée</translation>
    </message>
    <message>
        <source>No agent holds this scope through a role.</source>
        <translation>Aucun agent ne détient cette portée par un rôle.</translation>
    </message>
    <message>
        <source>Resource server · audience %1
%2</source>
        <translation>Serveur de ressources · audience %1
%2</translation>
    </message>
    <message>
        <source>%1 in %2 (audience %3)</source>
        <translation>%1 dans %2 (audience %3)</translation>
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
        <translation>Copier</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>Je l&apos;ai conservé</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Nouveau secret client</translation>
    </message>
    <message>
        <source>Copy it now and store it safely: this secret will not be shown again. The clipboard is cleared 30 seconds after copying.</source>
        <translation>Copiez-le maintenant et conservez-le en lieu sûr : ce secret ne sera plus affiché. Le presse-papiers est vidé 30 secondes après la copie.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Copier le secret client</translation>
    </message>
    <message>
        <source>Hide the client secret for good</source>
        <translation>Masquer définitivement le secret client</translation>
    </message>
    <message>
        <source>New client secret of %1</source>
        <translation>Nouveau secret client de %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading server metadata from %1…</source>
        <translation>Lecture des métadonnées du serveur depuis %1…</translation>
    </message>
    <message>
        <source>signed in as %1, but the token does not carry the `system` scope: the application needs the Administrator role (or membership of the Administrators group)</source>
        <translation>connecté en tant que %1, mais le jeton ne porte pas la portée `system` : l&apos;application a besoin du rôle Administrateur (ou d&apos;appartenir au groupe Administrators)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation>Connexion avec %1…</translation>
    </message>
    <message>
        <source>Waiting for the browser sign-in…</source>
        <translation>En attente de la connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Continuer dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai des requêtes en secondes</translation>
    </message>
    <message>
        <source>How long a request to the server may take before it fails</source>
        <translation>Durée maximale d’une requête au serveur avant l’échec</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>Délai des &amp;requêtes :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Prend effet au prochain démarrage</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Closing the window keeps the console in the tray, where the approval inbox goes on counting requests; the tray&apos;s menu quits</source>
        <translation>Fermer la fenêtre laisse la console dans la zone de notification, où la boîte d’approbation continue de compter les demandes ; le menu de la zone de notification permet de quitter</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Keep token history for this many days (0: forever)</source>
        <translation>Conserver l’historique des jetons pendant ce nombre de jours (0 : toujours)</translation>
    </message>
    <message>
        <source>Token-history events older than this are deleted when a history store is opened and when this setting is saved</source>
        <translation>Les événements de l’historique plus anciens sont supprimés à l’ouverture d’un stockage d’historique et à l’enregistrement de ce paramètre</translation>
    </message>
    <message>
        <source>Keep token &amp;history:</source>
        <translation>Conserver l’&amp;historique :</translation>
    </message>
    <message>
        <source>Clear a copied secret from the clipboard after seconds</source>
        <translation>Effacer un secret copié du presse-papiers après des secondes</translation>
    </message>
    <message>
        <source>A client secret copied to the clipboard is removed from it after this time (if the clipboard still holds it)</source>
        <translation>Un secret client copié dans le presse-papiers en est retiré après ce délai (s’il y est encore)</translation>
    </message>
    <message>
        <source>Clear a copied &amp;secret after:</source>
        <translation>Effacer un &amp;secret copié après :</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
</context>
<context>
    <name>SparseTableModel</name>
    <message>
        <source>Could not load</source>
        <translation>Chargement impossible</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This part of the list could not be loaded: %1</source>
        <translation>Cette partie de la liste n’a pas pu être chargée : %1</translation>
    </message>
</context>
<context>
    <name>SqlHistoryBackend</name>
    <message>
        <source>history database error: %1</source>
        <translation>erreur de la base d&apos;historique : %1</translation>
    </message>
    <message>
        <source>too many timeline intervals</source>
        <translation>trop d&apos;intervalles dans la chronologie</translation>
    </message>
    <message>
        <source>Chain policies (policy:) are evaluated in a local SQLite history only; this store cannot filter by them.</source>
        <translation>Les règles de chaîne (policy:) ne sont évaluées que dans un historique SQLite local ; ce stockage ne peut pas filtrer par elles.</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryBackend</name>
    <message>
        <source>history database error: %1</source>
        <translation>erreur de la base d&apos;historique : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base d&apos;historique %1 : %2</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>Le pilote SQLite n&apos;expose pas sa connexion.</translation>
    </message>
    <message>
        <source>The history database %1 has schema version %2, newer than this console knows (%3). Use a newer console or another database.</source>
        <translation>La base d&apos;historique %1 a la version de schéma %2, plus récente que ce que connaît cette console (%3). Utilisez une console plus récente ou une autre base.</translation>
    </message>
    <message>
        <source>Cannot create the history schema: %1</source>
        <translation>Impossible de créer le schéma de l&apos;historique : %1</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>The token could not be parsed.</source>
        <translation>Le jeton n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The header has no &quot;typ&quot;; a JWT access token has typ &quot;at+jwt&quot;, which stops other kinds of JWT (ID tokens, assertions) being accepted as access tokens.</source>
        <translation>L’en-tête n’a pas de « typ » ; un jeton d’accès JWT a typ &quot;at+jwt&quot;, ce qui empêche d’accepter d’autres sortes de JWT (jetons d’identité, assertions) comme jetons d’accès.</translation>
    </message>
    <message>
        <source>The header typ is &quot;%1&quot;, not &quot;at+jwt&quot;: this is not a JWT access token.</source>
        <translation>Le typ de l’en-tête est &quot;%1&quot;, pas &quot;at+jwt&quot; : ce n’est pas un jeton d’accès JWT.</translation>
    </message>
    <message>
        <source>The header typ is not a string.</source>
        <translation>Le typ de l’en-tête n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>The token has no &quot;iss&quot; (issuer) claim.</source>
        <translation>Le jeton n’a pas de claim « iss » (émetteur).</translation>
    </message>
    <message>
        <source>The &quot;iss&quot; claim is not a string.</source>
        <translation>Le claim « iss » n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>Issuer &quot;%1&quot; was not compared: no expected issuer was given.</source>
        <translation>L’émetteur « %1 » n’a pas été comparé : aucun émetteur attendu n’a été indiqué.</translation>
    </message>
    <message>
        <source>Issuer &quot;%1&quot; does not exactly match the expected &quot;%2&quot;.</source>
        <translation>L’émetteur « %1 » ne correspond pas exactement à l’émetteur attendu « %2 ».</translation>
    </message>
    <message>
        <source>The token has no &quot;aud&quot; claim, so any resource server would accept it (token substitution).</source>
        <translation>Le jeton n’a pas de claim « aud » : n’importe quel serveur de ressources l’accepterait (substitution de jeton).</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; array contains a value that is not a string.</source>
        <translation>Le tableau « aud » contient une valeur qui n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; array is empty.</source>
        <translation>Le tableau « aud » est vide.</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; claim is neither a string nor an array of strings.</source>
        <translation>Le claim « aud » n’est ni une chaîne ni un tableau de chaînes.</translation>
    </message>
    <message>
        <source>Audience %1 was not compared: no expected audience was given.</source>
        <translation>L’audience %1 n’a pas été comparée : aucune audience attendue n’a été indiquée.</translation>
    </message>
    <message>
        <source>The audience %1 does not contain the expected %2.</source>
        <translation>L’audience %1 ne contient pas l’audience attendue %2.</translation>
    </message>
    <message>
        <source>The header &quot;kid&quot; is not a string.</source>
        <translation>L’en-tête « kid » n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>The key id contains %1, a path or URL character: a kid must never be used to build a file path, URL or query (path traversal, injection).</source>
        <translation>L’identifiant de clé contient %1, un caractère de chemin ou d’URL : un kid ne doit jamais servir à construire un chemin de fichier, une URL ou une requête (traversée de chemin, injection).</translation>
    </message>
    <message>
        <source>The header names a key set URL (jku &quot;%1&quot;). It was not fetched: a token must not choose the key that verifies it.</source>
        <translation>L’en-tête indique une URL de jeu de clés (jku « %1 »). Elle n’a pas été récupérée : un jeton ne doit pas choisir la clé qui le vérifie.</translation>
    </message>
    <message>
        <source>The header names a certificate URL (x5u &quot;%1&quot;). It was not fetched.</source>
        <translation>L’en-tête indique une URL de certificat (x5u « %1 »). Elle n’a pas été récupérée.</translation>
    </message>
    <message>
        <source>The header embeds its own public key (jwk). It is ignored: trusting it would let anyone sign tokens.</source>
        <translation>L’en-tête contient sa propre clé publique (jwk). Elle est ignorée : lui faire confiance permettrait à n’importe qui de signer des jetons.</translation>
    </message>
    <message>
        <source>The header carries a certificate chain (x5c); it is not used for verification.</source>
        <translation>L’en-tête porte une chaîne de certificats (x5c) ; elle n’est pas utilisée pour la vérification.</translation>
    </message>
    <message>
        <source>The &quot;crit&quot; header must be a non-empty array naming extension parameters that are present in the header.</source>
        <translation>L’en-tête « crit » doit être un tableau non vide nommant des paramètres d’extension présents dans l’en-tête.</translation>
    </message>
    <message>
        <source>The header marks %1 as critical; this verifier does not understand it, so the token must be rejected.</source>
        <translation>L’en-tête marque %1 comme critique ; ce vérificateur ne le comprend pas, le jeton doit donc être rejeté.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;.</source>
        <translation>L’en-tête n’a pas de « alg ».</translation>
    </message>
    <message>
        <source>The header &quot;alg&quot; is not a string.</source>
        <translation>L’en-tête « alg » n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>The token declares &quot;alg&quot;:&quot;%1&quot;: it is unsigned and anyone could have written it.</source>
        <translation>Le jeton déclare &quot;alg&quot;:&quot;%1&quot; : il n’est pas signé et n’importe qui a pu l’écrire.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported.</source>
        <translation>L’algorithme « %1 » n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm. It is only verified with a secret entered explicitly; a public key is never used as an HMAC secret (algorithm confusion).</source>
        <translation>%1 est un algorithme à secret partagé. Il n’est vérifié qu’avec un secret saisi explicitement ; une clé publique n’est jamais utilisée comme secret HMAC (confusion d’algorithme).</translation>
    </message>
    <message>
        <source>Verified with an entered shared secret (%1 bytes): anyone holding it can mint tokens, and resource servers need it too.%2</source>
        <translation>Vérifié avec un secret partagé saisi (%1 octets) : quiconque le détient peut émettre des jetons, et les serveurs de ressources en ont besoin aussi.%2</translation>
    </message>
    <message>
        <source> The secret is shorter than the hash output and may be guessable.</source>
        <translation> Le secret est plus court que la sortie du hachage et pourrait être deviné.</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>La signature %1 est valide.</translation>
    </message>
    <message>
        <source>The signature is invalid: %1.</source>
        <translation>La signature n’est pas valide : %1.</translation>
    </message>
    <message>
        <source>The signature was not verified: no key set was given.</source>
        <translation>La signature n’a pas été vérifiée : aucun jeu de clés n’a été fourni.</translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation>Le jeu de clés est vide.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; is in the key set (%2 keys).</source>
        <translation>Aucune clé de kid « %1 » dans le jeu de clés (%2 clés).</translation>
    </message>
    <message>
        <source>The %1 signature is valid (key %2).</source>
        <translation>La signature %1 est valide (clé %2).</translation>
    </message>
    <message>
        <source>no key matched</source>
        <translation>aucune clé ne correspond</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm does not fit the key: %1.</source>
        <translation>L’algorithme du jeton ne correspond pas à la clé : %1.</translation>
    </message>
    <message>
        <source>&quot;exp&quot; is not a NumericDate.</source>
        <translation>« exp » n’est pas une NumericDate.</translation>
    </message>
    <message>
        <source>The token has no &quot;exp&quot;: it never expires.</source>
        <translation>Le jeton n’a pas de « exp » : il n’expire jamais.</translation>
    </message>
    <message>
        <source>The token expired %1 ago (%2).</source>
        <translation>Le jeton a expiré il y a %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;nbf&quot; is not a NumericDate.</source>
        <translation>« nbf » n’est pas une NumericDate.</translation>
    </message>
    <message>
        <source>The token is not valid yet: it becomes valid in %1 (%2).</source>
        <translation>Le jeton n’est pas encore valide : il le devient dans %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;iat&quot; is not a NumericDate.</source>
        <translation>« iat » n’est pas une NumericDate.</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future (in %1): check the clocks.</source>
        <translation>Le jeton prétend être émis dans le futur (dans %1) : vérifiez les horloges.</translation>
    </message>
    <message>
        <source>&quot;exp&quot; is earlier than &quot;iat&quot;.</source>
        <translation>« exp » est antérieur à « iat ».</translation>
    </message>
    <message>
        <source>Claims required in a JWT access token are missing: %1.</source>
        <translation>Des claims obligatoires d’un jeton d’accès JWT manquent : %1.</translation>
    </message>
    <message>
        <source>The actor chain is malformed: %1.</source>
        <translation>La chaîne d’acteurs est mal formée : %1.</translation>
    </message>
    <message>
        <source>This token came from token exchange but carries no &quot;act&quot;: no actor token was presented, so the only trace of the acting party is client_id &quot;%1&quot;.</source>
        <translation>Ce jeton vient d’un échange de jetons mais ne porte pas de « act » : aucun jeton d’acteur n’a été présenté, la seule trace de la partie agissante est client_id « %1 ».</translation>
    </message>
    <message>
        <source>&quot;may_act&quot; is not a JSON object.</source>
        <translation>« may_act » n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The actor chain has %1 actors, more than the %2 allowed by policy: long delegation chains are hard to audit.</source>
        <translation>La chaîne d’acteurs compte %1 acteurs, plus que les %2 permis par la politique : les longues chaînes de délégation sont difficiles à auditer.</translation>
    </message>
    <message>
        <source>The current actor &quot;%1&quot; is the subject itself: the token claims delegation to itself.</source>
        <translation>L’acteur actuel « %1 » est le sujet lui-même : le jeton prétend une délégation à soi-même.</translation>
    </message>
    <message>
        <source>Prior actor %1 (&quot;%2&quot;) is the subject itself.</source>
        <translation>L’acteur antérieur %1 (« %2 ») est le sujet lui-même.</translation>
    </message>
    <message>
        <source>Actor &quot;%1&quot; appears twice in the chain (positions %2 and %3): a delegation loop.</source>
        <translation>L’acteur « %1 » apparaît deux fois dans la chaîne (positions %2 et %3) : une boucle de délégation.</translation>
    </message>
    <message>
        <source>The current actor &quot;%1&quot; is not the party &quot;may_act&quot; authorises (&quot;%2&quot;).</source>
        <translation>L’acteur actuel « %1 » n’est pas la partie que « may_act » autorise (« %2 »).</translation>
    </message>
    <message>
        <source>The delegation starts from a user (&quot;%1&quot;).</source>
        <translation>La délégation part d’un utilisateur (« %1 »).</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; is not a user: no human started this delegation chain.</source>
        <translation>Le sujet « %1 » n’est pas un utilisateur : aucun humain n’a lancé cette chaîne de délégation.</translation>
    </message>
    <message>
        <source>Whether the subject &quot;%1&quot; is a user could not be determined; connect to the server to resolve it.</source>
        <translation>Impossible de déterminer si le sujet « %1 » est un utilisateur ; connectez-vous au serveur pour le savoir.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a local thunderid-sandbox with demo data and connect.</source>
        <translation>Démarrer une thunderid-sandbox locale avec des données de démonstration et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>With --sandbox: serve HTTPS and pin the sandbox&apos;s self-signed certificate.</source>
        <translation>Avec --sandbox : servir en HTTPS et épingler le certificat auto-signé de la sandbox.</translation>
    </message>
    <message>
        <source>Base URL of a ThunderID server, e.g. https://localhost:8090.</source>
        <translation>URL de base d&apos;un serveur ThunderID, p. ex. https://localhost:8090.</translation>
    </message>
    <message>
        <source>Connection profile to use (or to save, with --server).</source>
        <translation>Profil de connexion à utiliser (ou à enregistrer, avec --server).</translation>
    </message>
    <message>
        <source>Client id of an admin application (client credentials).</source>
        <translation>Identifiant client d&apos;une application d&apos;administration (client credentials).</translation>
    </message>
    <message>
        <source>Trust only the server certificate with this SHA-256 fingerprint.</source>
        <translation>Ne faire confiance qu&apos;au certificat de serveur ayant cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>La sandbox locale n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation>La sandbox locale s&apos;est arrêtée (code de sortie %1).</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Démarrage de la sandbox locale…</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>No client secret: set THUNDERID_CLIENT_SECRET, or use --profile with a secret stored in the keychain.</source>
        <translation>Pas de secret client : définissez THUNDERID_CLIENT_SECRET, ou utilisez --profile avec un secret conservé dans le trousseau.</translation>
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
        <translation>Console de bureau pour ThunderID : serveurs de ressources, portées, rôles, agents et leurs jetons.

  thunderid-console --sandbox          essayer avec une sandbox locale (aussi le
                                       défaut tant qu&apos;aucun profil n&apos;est enregistré)
  thunderid-console --server URL [--profile NOM]   connexion dans le navigateur (CONSOLE)
  thunderid-console --server URL --client-id ID [--profile NOM]
  thunderid-console --inbox [--profile NAME]   approbateur dans la zone de notification
  thunderid-console inspect JETON      l&apos;inspecteur de jetons en ligne de commande
  thunderid-console history import|sync|query   l&apos;historique des jetons (--help)

Le secret client de --server provient de l&apos;entrée du trousseau du profil, ou de la variable d&apos;environnement THUNDERID_CLIENT_SECRET (alors enregistrée dans le trousseau si --profile est donné).</translation>
    </message>
    <message>
        <source>Start as an approver: minimised to the tray, the window opens on the approval inbox when the tray is clicked, closing it keeps the tray.</source>
        <translation>Démarrer en tant qu’approbateur : réduit dans la zone de notification ; un clic ouvre la fenêtre sur la boîte d’approbation, la fermer garde l’icône.</translation>
    </message>
    <message>
        <source>The local sandbox this console started stops when it quits, and its data (in memory) is gone. Quit?</source>
        <translation>La sandbox locale démarrée par cette console s’arrête avec elle, et ses données (en mémoire) sont perdues. Quitter ?</translation>
    </message>
    <message>
        <source>Log what the console does (every tid.* category) on stderr; never a secret or a token.</source>
        <translation>Journalise sur stderr ce que fait la console (toutes les catégories tid.*) ; jamais un secret ni un jeton.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
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
        <translation>Utilisation : thunderid-console history import [--db CHEMIN] FICHIER|DOSSIER...
       thunderid-console history sync [--db CHEMIN] --profile NOM
       thunderid-console history sync [--db CHEMIN] --server URL --client-id ID [--tls-pin SHA256]
       thunderid-console history query [--db CHEMIN] [--format table|csv|jsonl] [--count] [FILTRE]
</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import demande au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3
</source>
        <translation>%1:%2 : ignoré : %3
</translation>
    </message>
    <message>
        <source>… and %1 more malformed lines
</source>
        <translation>… et %1 autres lignes mal formées
</translation>
    </message>
    <message>
        <source>%1: refused: %2
</source>
        <translation>%1 : refusé : %2
</translation>
    </message>
    <message>
        <source>invalid filter at %1: %2</source>
        <translation>filtre invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>--format is table, csv or jsonl</source>
        <translation>--format vaut table, csv ou jsonl</translation>
    </message>
    <message>
        <source>No history database at %1.
</source>
        <translation>Pas de base d&apos;historique à %1.
</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUJET</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.
</source>
        <translation>Il n&apos;existe pas de profil nommé « %1 ».
</translation>
    </message>
    <message>
        <source>sync needs --profile NAME or --server URL</source>
        <translation>sync demande --profile NOM ou --server URL</translation>
    </message>
    <message>
        <source>Cannot connect: %1
</source>
        <translation>Connexion impossible : %1
</translation>
    </message>
    <message>
        <source>The profile signs in through the browser and has no stored session: open the console once to sign in.
</source>
        <translation>Le profil se connecte par le navigateur et n&apos;a pas de session enregistrée : ouvrez la console une fois pour vous connecter.
</translation>
    </message>
    <message>
        <source>The server does not offer the audit-events extension; import its observability file instead (history import).
</source>
        <translation>Le serveur ne propose pas l&apos;extension audit-events ; importez plutôt son fichier d&apos;observabilité (history import).
</translation>
    </message>
    <message>
        <source><byte value="xd"/>synced %1 of %2</source>
        <translation><byte value="xd"/>%1 sur %2 synchronisés</translation>
    </message>
    <message>
        <source>
synced: fetched %1, new %2 (server total %3)
</source>
        <translation>
synchronisé : %1 récupérés, %2 nouveaux (total sur le serveur %3)
</translation>
    </message>
    <message>
        <source>No client secret: set THUNDERID_CLIENT_SECRET.
</source>
        <translation>Pas de secret client : définissez THUNDERID_CLIENT_SECRET.
</translation>
    </message>
    <message>
        <source>No client secret for “%1” in the keychain: %2
</source>
        <translation>Pas de secret client pour « %1 » dans le trousseau : %2
</translation>
    </message>
    <message>
        <source>The token history without a window.</source>
        <translation>L&apos;historique des jetons sans fenêtre.</translation>
    </message>
    <message>
        <source>query: table, csv or jsonl (each event&apos;s original JSON).</source>
        <translation>query : table, csv ou jsonl (le JSON d&apos;origine de chaque événement).</translation>
    </message>
    <message>
        <source>query: print only the number of matching events.</source>
        <translation>query : n&apos;afficher que le nombre d&apos;événements correspondants.</translation>
    </message>
    <message>
        <source>sync: the connection profile.</source>
        <translation>sync : le profil de connexion.</translation>
    </message>
    <message>
        <source>sync: the server&apos;s base URL (with --client-id).</source>
        <translation>sync : l&apos;URL de base du serveur (avec --client-id).</translation>
    </message>
    <message>
        <source>sync: an admin application&apos;s client id; the secret from THUNDERID_CLIENT_SECRET.</source>
        <translation>sync : l&apos;identifiant client d&apos;une application d&apos;administration ; le secret vient de THUNDERID_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>sync: trust only this SHA-256 certificate fingerprint.</source>
        <translation>sync : ne faire confiance qu&apos;à cette empreinte de certificat SHA-256.</translation>
    </message>
    <message>
        <source>import, sync or query</source>
        <translation>import, sync ou query</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>pas de commande</translation>
    </message>
    <message>
        <source>query takes one filter (quote it)</source>
        <translation>query prend un seul filtre (mettez-le entre guillemets)</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>The history database: a SQLite file or a team&apos;s postgresql://user@host:port/db (password from PGPASSWORD or the profile&apos;s keychain entry; default: the active profile&apos;s).</source>
        <translation>La base d&apos;historique : un fichier SQLite ou postgresql://utilisateur@hôte:port/base d&apos;une équipe (mot de passe depuis PGPASSWORD ou l&apos;entrée du trousseau du profil ; par défaut : celle du profil actif).</translation>
    </message>
</context>
<context>
    <name>tid::core::FormRules</name>
    <message>
        <source>The handle is required.</source>
        <translation>Le handle est obligatoire.</translation>
    </message>
    <message>
        <source>The handle is longer than 100 characters.</source>
        <translation>Le handle dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The handle may contain only letters, digits and . _ : - /</source>
        <translation>Le handle ne peut contenir que des lettres, chiffres et . _ : - /</translation>
    </message>
    <message>
        <source>The handle cannot contain the delimiter &quot;%1&quot;.</source>
        <translation>Le handle ne peut pas contenir le séparateur « %1 ».</translation>
    </message>
    <message>
        <source>A role name has 3 to 64 characters.</source>
        <translation>Un nom de rôle compte de 3 à 64 caractères.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
</context>
<context>
    <name>tid::core::LineReader</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>impossible de démarrer la décompression gzip</translation>
    </message>
    <message>
        <source>the gzip data is truncated</source>
        <translation>les données gzip sont tronquées</translation>
    </message>
    <message>
        <source>the gzip data is corrupt (%1)</source>
        <translation>les données gzip sont corrompues (%1)</translation>
    </message>
</context>
<context>
    <name>tid::ui::Theme</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>ui::HistoryPane</name>
    <message>
        <source>These claims were rebuilt from a token-history event: the token itself is not stored, so it is shown unsigned and the signature findings do not apply.</source>
        <translation>Ces claims ont été reconstitués à partir d&apos;un événement de l&apos;historique : le jeton lui-même n&apos;est pas conservé, il est donc affiché non signé et les constats sur la signature ne s&apos;appliquent pas.</translation>
    </message>
</context>
</TS>
