#!/usr/bin/python3
"""Verifies every token with PyJWT (Debian python3-jwt): kid lookup in the JWKS, signature,
exp/nbf, issuer and audience. Usage: verify_pyjwt.py JWKS TOKENS ISSUER AUDIENCE [ALG]
Prints {"verified":N,"total":N,"seconds":S}; key import and startup are not timed."""
import json
import sys
import time

import jwt

jwks_path, tokens_path, issuer, audience = sys.argv[1:5]
alg = sys.argv[5] if len(sys.argv) > 5 else "ES256"
with open(jwks_path) as f:
    keys = {k["kid"]: jwt.PyJWK(k).key for k in json.load(f)["keys"]}
with open(tokens_path) as f:
    tokens = [line.strip() for line in f if line.strip()]

verified = 0
t0 = time.perf_counter()
for token in tokens:
    try:
        key = keys[jwt.get_unverified_header(token)["kid"]]
        jwt.decode(token, key, algorithms=[alg], issuer=issuer, audience=audience)
        verified += 1
    except Exception:  # noqa: BLE001 - any failure counts as not verified
        pass
seconds = time.perf_counter() - t0
print(json.dumps({"verified": verified, "total": len(tokens), "seconds": seconds}))
