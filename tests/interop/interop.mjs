// Interoperability of thunderid-sandbox with two independent, widely used libraries:
// openid-client (the OAuth/OIDC client: discovery, client_credentials, authorization code + PKCE,
// token exchange, CIBA poll) and jose (every token is verified against /oauth2/jwks).
//
// Usage: node interop.mjs <path of thunderid-sandbox>
// Starts its own sandbox (--port 0 --in-memory), exits 0 when every check passed.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader } from 'jose';

const sandboxBin = process.argv[2];
if (!sandboxBin) {
  console.error('usage: node interop.mjs <thunderid-sandbox>');
  process.exit(2);
}

const ADMIN_ID = 'interop-admin';
const ADMIN_SECRET = 'interop-admin-secret-0123456789abcdef';
const SYSTEM_RS = 'https://localhost:8090/mcp';
const OU = '01900000-0000-7000-8000-000000000001';
const RESOURCE = 'https://files.interop.example.com/api';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const CIBA = 'urn:openid:params:grant-type:ciba';
const REDIRECT = 'http://127.0.0.1/callback';

let sandbox;
const checks = [];
function pass(what) {
  checks.push(what);
  console.log(`ok ${checks.length} - ${what}`);
}

async function startSandbox() {
  sandbox = spawn(sandboxBin, ['--port', '0', '--in-memory', '--quiet',
    '--admin-client-id', ADMIN_ID, '--admin-client-secret', ADMIN_SECRET],
  { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: sandbox.stdout });
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sandbox did not become ready')), 30000);
    sandbox.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
    lines.once('line', (line) => { clearTimeout(timer); resolve(JSON.parse(line)); });
  });
  assert.equal(ready.event, 'ready');
  return ready;
}

async function main() {
  const ready = await startSandbox();
  const issuer = ready.issuer;
  const issuerUrl = new URL(issuer);
  // No cooldown: after a key rotation an unknown kid makes jose fetch the JWKS again at once.
  const JWKS = createRemoteJWKSet(new URL(`${issuer}/oauth2/jwks`), { cooldownDuration: 0 });
  const insecure = { execute: [client.allowInsecureRequests] };

  async function verifyAccessToken(token, audience) {
    const { payload, protectedHeader } = await jwtVerify(token, JWKS, {
      issuer, audience, typ: 'at+jwt', algorithms: ['ES256', 'RS256'],
    });
    assert.ok(protectedHeader.kid, 'access token has a kid');
    return payload;
  }
  async function verifyIdToken(token, clientId) {
    const { payload } = await jwtVerify(token, JWKS, { issuer, audience: clientId });
    return payload;
  }

  // ---- the administrator, through openid-client's client_credentials
  const adminConfig = await client.discovery(issuerUrl, ADMIN_ID, undefined,
    client.ClientSecretBasic(ADMIN_SECRET), insecure);
  assert.equal(adminConfig.serverMetadata().issuer, issuer);
  const adminTokens = await client.clientCredentialsGrant(adminConfig,
    { scope: 'system', resource: SYSTEM_RS });
  await verifyAccessToken(adminTokens.access_token, SYSTEM_RS);
  pass('discovery + client_credentials (admin), token verified with jose');
  const metadata = adminConfig.serverMetadata();
  for (const key of ['authorization_endpoint', 'introspection_endpoint', 'revocation_endpoint',
    'backchannel_authentication_endpoint', 'jwks_uri']) {
    assert.ok(metadata[key]?.startsWith(issuer), `${key} advertised`);
  }
  assert.ok(metadata.extensions.some((e) => e.name === 'ciba-approvals'));

  async function admin(method, path, body) {
    const response = await fetch(`${issuer}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminTokens.access_token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : {};
  }

  // ---- an organisation: a resource server, a user, two agents with roles
  const rs = await admin('POST', '/resource-servers', { name: 'Files', identifier: RESOURCE, ouId: OU });
  const files = await admin('POST', `/resource-servers/${rs.id}/resources`, { name: 'files', handle: 'files' });
  for (const action of ['read', 'write']) {
    await admin('POST', `/resource-servers/${rs.id}/resources/${files.id}/actions`, { name: action, handle: action });
  }
  const user = await admin('POST', '/users', {
    ouId: OU, type: 'Person', attributes: { username: 'ivy', password: 'ivy-password', email: 'ivy@example.com' },
  });
  async function agent(name, grantTypes, tokenEndpointAuthMethod = 'client_secret_basic', token = undefined) {
    const created = await admin('POST', '/agents', {
      name, type: 'default', ouId: OU,
      inboundAuthConfig: [{ type: 'oauth2', config: { grantTypes, redirectUris: [REDIRECT], tokenEndpointAuthMethod, token } }],
    });
    const config = created.inboundAuthConfig[0].config;
    return { id: created.id, clientId: config.clientId, secret: config.clientSecret };
  }
  const assistant = await agent('Interop assistant',
    ['client_credentials', 'authorization_code', 'refresh_token', CIBA, TOKEN_EXCHANGE]);
  const worker = await agent('Interop worker', ['client_credentials', TOKEN_EXCHANGE], 'client_secret_post');
  await admin('POST', '/roles', {
    name: 'files-editors', ouId: OU,
    permissions: [{ resourceServerId: rs.id, permissions: ['files:read', 'files:write'] }],
    assignments: [{ id: user.id, type: 'user' }, { id: assistant.id, type: 'agent' }],
  });
  await admin('POST', '/roles', {
    name: 'files-readers', ouId: OU,
    permissions: [{ resourceServerId: rs.id, permissions: ['files:read'] }],
    assignments: [{ id: worker.id, type: 'agent' }],
  });

  const assistantConfig = await client.discovery(issuerUrl, assistant.clientId,
    { redirect_uris: [REDIRECT] }, client.ClientSecretBasic(assistant.secret), insecure);
  const workerConfig = await client.discovery(issuerUrl, worker.clientId, undefined,
    client.ClientSecretPost(worker.secret), insecure);

  // ---- client_credentials
  const own = await client.clientCredentialsGrant(assistantConfig,
    { scope: 'files:read files:write', resource: RESOURCE });
  const ownClaims = await verifyAccessToken(own.access_token, RESOURCE);
  assert.equal(ownClaims.sub, assistant.id);
  assert.equal(ownClaims.scope, 'files:read files:write');
  assert.equal(ownClaims.act, undefined);
  const workerOwn = await client.clientCredentialsGrant(workerConfig, { resource: RESOURCE, scope: 'files:read' });
  await verifyAccessToken(workerOwn.access_token, RESOURCE);
  pass('client_credentials (client_secret_basic and client_secret_post), verified with jose');

  // ---- authorization code + PKCE: Ivy signs in on the sandbox's page
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(assistantConfig, {
    redirect_uri: REDIRECT, scope: 'openid files:read files:write', resource: RESOURCE, state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const page = await fetch(authorizationUrl);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Interop assistant/);
  const form = new URLSearchParams(authorizationUrl.searchParams);
  form.set('username', 'ivy');
  form.set('password', 'ivy-password');
  form.set('decision', 'allow');
  const submitted = await fetch(`${issuer}/oauth2/authorize`, { method: 'POST', body: form, redirect: 'manual' });
  assert.equal(submitted.status, 302);
  const callback = new URL(submitted.headers.get('location'));
  const signedIn = await client.authorizationCodeGrant(assistantConfig, callback,
    { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
  const userClaims = await verifyAccessToken(signedIn.access_token, RESOURCE);
  assert.equal(userClaims.sub, user.id);
  assert.deepEqual(userClaims.act, { sub: assistant.id });
  const idClaims = await verifyIdToken(signedIn.id_token, assistant.clientId);
  assert.equal(idClaims.sub, user.id);
  assert.equal(signedIn.claims().nonce, nonce);
  assert.ok(signedIn.refresh_token);
  const refreshed = await client.refreshTokenGrant(assistantConfig, signedIn.refresh_token);
  await verifyAccessToken(refreshed.access_token, RESOURCE);
  assert.notEqual(refreshed.refresh_token, signedIn.refresh_token);
  pass('authorization code + PKCE (iss, state, nonce checked by openid-client), refresh rotation');

  // ---- token exchange: the worker acts for Ivy, narrowed to files:read
  const exchanged = await client.genericGrantRequest(workerConfig, TOKEN_EXCHANGE, {
    subject_token: signedIn.access_token, subject_token_type: ACCESS_TOKEN_TYPE,
    resource: RESOURCE, scope: 'files:read',
  });
  assert.equal(exchanged.issued_token_type, ACCESS_TOKEN_TYPE);
  const exchangedClaims = await verifyAccessToken(exchanged.access_token, RESOURCE);
  assert.equal(exchangedClaims.sub, user.id);
  assert.equal(exchangedClaims.scope, 'files:read');
  assert.deepEqual(exchangedClaims.act, { sub: worker.id, iss: issuer, act: { sub: assistant.id } });
  // Widening is refused, visibly.
  await assert.rejects(
    client.genericGrantRequest(workerConfig, TOKEN_EXCHANGE, {
      subject_token: signedIn.access_token, subject_token_type: ACCESS_TOKEN_TYPE,
      resource: RESOURCE, scope: 'files:write',
    }),
    (err) => err.error === 'invalid_scope');
  pass('token exchange: act chain kept, narrowing verified, widening is invalid_scope');

  // ---- CIBA poll: the assistant asks, Ivy approves through the approval API
  const started = await client.initiateBackchannelAuthentication(assistantConfig, {
    login_hint: 'ivy', scope: 'openid files:read', resource: RESOURCE, binding_message: 'Interop check 1',
  });
  assert.ok(started.auth_req_id.length >= 22);
  // Ivy decides with her own session: signed in through the public CONSOLE application (no
  // agent, no act). The assistant's token for Ivy may not decide the assistant's own request.
  const consoleConfig = await client.discovery(issuerUrl, 'CONSOLE', { redirect_uris: [REDIRECT] },
    client.None(), insecure);
  const consoleVerifier = client.randomPKCECodeVerifier();
  const consoleUrl = client.buildAuthorizationUrl(consoleConfig, {
    redirect_uri: REDIRECT, scope: 'openid', state,
    code_challenge: await client.calculatePKCECodeChallenge(consoleVerifier), code_challenge_method: 'S256',
  });
  const consoleForm = new URLSearchParams(consoleUrl.searchParams);
  consoleForm.set('username', 'ivy');
  consoleForm.set('password', 'ivy-password');
  consoleForm.set('decision', 'allow');
  const consoleSubmitted = await fetch(`${issuer}/oauth2/authorize`,
    { method: 'POST', body: consoleForm, redirect: 'manual' });
  assert.equal(consoleSubmitted.status, 302);
  const ivySession = await client.authorizationCodeGrant(consoleConfig,
    new URL(consoleSubmitted.headers.get('location')),
    { pkceCodeVerifier: consoleVerifier, expectedState: state });
  const ivy = { authorization: `Bearer ${ivySession.access_token}` };
  const pending = await (await fetch(`${issuer}/ciba/requests?status=pending`, { headers: ivy })).json();
  assert.equal(pending.totalResults, 1);
  const request = pending.requests[0];
  assert.equal(request.bindingMessage, 'Interop check 1');
  const byTheAgent = await fetch(`${issuer}/ciba/requests/${request.id}/approve`, {
    method: 'POST', body: '{}',
    headers: { authorization: `Bearer ${signedIn.access_token}`, 'content-type': 'application/json' },
  });
  assert.equal(byTheAgent.status, 403);
  assert.equal((await byTheAgent.json()).code, 'CIB-1004');
  const approved = await fetch(`${issuer}/ciba/requests/${request.id}/approve`,
    { method: 'POST', headers: { ...ivy, 'content-type': 'application/json' }, body: '{}' });
  assert.equal(approved.status, 200);
  const cibaTokens = await client.pollBackchannelAuthenticationGrant(assistantConfig, started);
  const cibaClaims = await verifyAccessToken(cibaTokens.access_token, RESOURCE);
  assert.equal(cibaClaims.sub, user.id);
  assert.deepEqual(cibaClaims.act, { sub: assistant.id });
  await verifyIdToken(cibaTokens.id_token, assistant.clientId);
  pass('CIBA: bc-authorize, approval with the user\'s own session (the agent\'s token for the user refused), poll (openid-client waits the interval), tokens verified');

  // ---- introspection and revocation through openid-client
  const introspected = await client.tokenIntrospection(workerConfig, exchanged.access_token);
  assert.equal(introspected.active, true);
  assert.deepEqual(introspected.act, exchangedClaims.act);
  await client.tokenRevocation(workerConfig, exchanged.access_token);
  assert.equal((await client.tokenIntrospection(workerConfig, exchanged.access_token)).active, false);
  pass('introspection (act, grant_type) and revocation');

  // ---- a client asking for RS256 tokens
  const legacy = await agent('Interop legacy', ['client_credentials'], 'client_secret_basic',
    { accessToken: { signingAlg: 'RS256' } });
  const legacyConfig = await client.discovery(issuerUrl, legacy.clientId, undefined,
    client.ClientSecretBasic(legacy.secret), insecure);
  const rsaToken = await client.clientCredentialsGrant(legacyConfig);
  assert.equal(decodeProtectedHeader(rsaToken.access_token).alg, 'RS256');
  await verifyAccessToken(rsaToken.access_token, legacy.clientId);
  pass('RS256 per client, verified with jose');

  // ---- tokens verify after a key rotation
  const rotated = await admin('POST', '/oauth2/jwks/rotate');
  assert.ok(rotated.active.length >= 1);
  const afterRotation = await client.clientCredentialsGrant(assistantConfig, { resource: RESOURCE, scope: 'files:read' });
  const header = decodeProtectedHeader(afterRotation.access_token);
  assert.ok(rotated.active.some((k) => k.kid === header.kid));
  await verifyAccessToken(afterRotation.access_token, RESOURCE);
  await verifyAccessToken(own.access_token, RESOURCE); // signed by the previous key
  pass('key rotation: new and previous keys verify through the JWKS');
}

main()
  .then(() => {
    console.log(`PASS: ${checks.length} interoperability checks with openid-client and jose`);
    sandbox?.kill();
    process.exit(0);
  })
  .catch((err) => {
    console.error('FAIL:', err?.stack ?? err, err?.cause ?? '');
    sandbox?.kill();
    process.exit(1);
  });
