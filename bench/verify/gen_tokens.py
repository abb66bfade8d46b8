#!/usr/bin/python3
"""Generates N access tokens (ThunderID's claim shapes) and the JWKS that verifies them.

Usage: gen_tokens.py N OUTDIR [ES256|RS256]
  -> OUTDIR/tokens.txt (one per line), OUTDIR/jwks.json, OUTDIR/key.pem, and OUTDIR/bad.txt: two
     tokens signed by the same key that must not verify (expired an hour ago; another audience)
ES256: a P-256 key; RS256: a 2048-bit RSA key (e 65537), the sizes `openssl speed ecdsap256` and
`openssl speed rsa2048` measure. Every token is distinct (sub, jti); a tenth carry a two-level
RFC 8693 act chain.
"""
import base64
import json
import sys
import time
import uuid

import jwt  # PyJWT (Debian python3-jwt)
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main() -> None:
    n = int(sys.argv[1])
    out = sys.argv[2]
    alg = sys.argv[3] if len(sys.argv) > 3 else "ES256"
    if alg == "ES256":
        key = ec.generate_private_key(ec.SECP256R1())
        pub = key.public_key().public_numbers()
        members = {"crv": "P-256", "kty": "EC", "x": b64(pub.x.to_bytes(32, "big")),
                   "y": b64(pub.y.to_bytes(32, "big"))}
    elif alg == "RS256":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pub = key.public_key().public_numbers()
        members = {"e": b64(pub.e.to_bytes(3, "big")), "kty": "RSA",
                   "n": b64(pub.n.to_bytes(256, "big"))}
    else:
        sys.exit(f"unknown algorithm {alg} (ES256 or RS256)")
    # RFC 7638 thumbprint: the required members in lexicographic order, no whitespace.
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True)
    digest = hashes.Hash(hashes.SHA256())
    digest.update(canonical.encode())
    kid = b64(digest.finalize())
    jwk = dict(members, kid=kid, alg=alg, use="sig")
    with open(f"{out}/jwks.json", "w") as f:
        json.dump({"keys": [jwk]}, f)
    with open(f"{out}/key.pem", "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    now = int(time.time())
    iss = "https://localhost:8090"
    with open(f"{out}/tokens.txt", "w") as f:
        for i in range(n):
            claims = {
                "iss": iss,
                "sub": f"user-{i:06d}",
                "aud": "https://api.example.com/invoices",
                "client_id": "10CK-aAJp0gKBlH84AHdKA",
                "grant_type": "client_credentials",
                "scope": "invoices:read invoices:write",
                "iat": now,
                "nbf": now,
                "exp": now + 3600,
                "jti": str(uuid.uuid4()),
            }
            if i % 10 == 0:
                claims["grant_type"] = "urn:ietf:params:oauth:grant-type:token-exchange"
                claims["act"] = {"sub": f"agent-{i % 40}", "iss": iss,
                                 "act": {"sub": "primary-agent", "iss": iss}}
            token = jwt.encode(claims, key, algorithm=alg, headers={"kid": kid, "typ": "at+jwt"})
            f.write(token + "\n")
    with open(f"{out}/bad.txt", "w") as f:
        base = {"iss": iss, "sub": "user-bad", "aud": "https://api.example.com/invoices",
                "client_id": "10CK-aAJp0gKBlH84AHdKA", "scope": "invoices:read",
                "iat": now - 7200, "nbf": now - 7200, "exp": now - 3600, "jti": str(uuid.uuid4())}
        f.write(jwt.encode(base, key, algorithm=alg, headers={"kid": kid, "typ": "at+jwt"}) + "\n")
        other = dict(base, aud="https://api.example.com/payroll", iat=now, nbf=now, exp=now + 3600,
                     jti=str(uuid.uuid4()))
        f.write(jwt.encode(other, key, algorithm=alg, headers={"kid": kid, "typ": "at+jwt"}) + "\n")


if __name__ == "__main__":
    main()
