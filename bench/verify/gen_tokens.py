#!/usr/bin/python3
"""Generates N ES256 access tokens (ThunderID's claim shapes) and the JWKS that verifies them.

Usage: gen_tokens.py N OUTDIR  -> OUTDIR/tokens.txt (one per line), OUTDIR/jwks.json, OUTDIR/key.pem
Every token is distinct (sub, jti); a tenth carry a two-level RFC 8693 act chain.
"""
import base64
import json
import sys
import time
import uuid

import jwt  # PyJWT (Debian python3-jwt)
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main() -> None:
    n = int(sys.argv[1])
    out = sys.argv[2]
    key = ec.generate_private_key(ec.SECP256R1())
    pub = key.public_key().public_numbers()
    x = b64(pub.x.to_bytes(32, "big"))
    y = b64(pub.y.to_bytes(32, "big"))
    canonical = json.dumps({"crv": "P-256", "kty": "EC", "x": x, "y": y}, separators=(",", ":"))
    digest = hashes.Hash(hashes.SHA256())
    digest.update(canonical.encode())
    kid = b64(digest.finalize())
    jwk = {"kty": "EC", "crv": "P-256", "x": x, "y": y, "kid": kid, "alg": "ES256", "use": "sig"}
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
            token = jwt.encode(claims, key, algorithm="ES256", headers={"kid": kid, "typ": "at+jwt"})
            f.write(token + "\n")


if __name__ == "__main__":
    main()
