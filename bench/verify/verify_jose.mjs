// Verifies every token of TOKENS with node `jose` (jwtVerify + createLocalJWKSet): signature,
// exp/nbf, issuer and audience — the same checks thunderid-console inspect makes.
// Usage: node verify_jose.mjs JWKS TOKENS ISSUER AUDIENCE [sequential|concurrent] [ALG]
// Prints one JSON line: {"verified":N,"total":N,"seconds":S}. Startup and JWKS import are not
// timed (favouring jose); a warm-up verification runs first.
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, jwtVerify } from 'jose';

const [jwksPath, tokensPath, issuer, audience, mode = 'sequential', alg = 'ES256'] =
  process.argv.slice(2);
const JWKS = createLocalJWKSet(JSON.parse(readFileSync(jwksPath, 'utf8')));
const tokens = readFileSync(tokensPath, 'utf8').split('\n').filter((l) => l.length > 0);
const options = { issuer, audience, algorithms: [alg] };

await jwtVerify(tokens[0], JWKS, options);
let verified = 0;
const t0 = process.hrtime.bigint();
if (mode === 'concurrent') {
  // Many verifications in flight at once: WebCrypto may spread them over libuv's thread pool.
  for (let i = 0; i < tokens.length; i += 512) {
    const results = await Promise.allSettled(
      tokens.slice(i, i + 512).map((t) => jwtVerify(t, JWKS, options)));
    for (const r of results) if (r.status === 'fulfilled') verified++;
  }
} else {
  for (const t of tokens) {
    try {
      await jwtVerify(t, JWKS, options);
      verified++;
    } catch {
      // counted as not verified
    }
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ verified, total: tokens.length, seconds }));
