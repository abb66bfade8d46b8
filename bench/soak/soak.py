#!/usr/bin/env python3
"""A soak of thunderid-sandbox: every token flow and the admin, approval, consent and audit calls
in a mixed loop for a while, sampling the server's resident memory and open file descriptors
every 10 s (from /proc), and failing when either grows beyond a stated bound after warm-up.

  soak.py --base URL --pid PID --admin-id ID --admin-secret S [--seconds 600] [--workers 4]
          [--rss-growth-mb 12] [--fd-growth 16] [--warmup 60] [--csv FILE]

The bound is on growth between the first sample after --warmup and the last sample (caches and
SQLite's page cache fill during the warm-up). Exit 0: bounds met, no request failed
unexpectedly. Standard library only.
"""
import argparse
import base64
import hashlib
import http.client
import json
import os
import re
import secrets
import sys
import threading
import time
import urllib.parse

OU = "01900000-0000-7000-8000-000000000001"
SYSTEM_RS = "https://localhost:8090/mcp"
RESOURCE = "https://soak.example.com/api"
REDIRECT = "http://127.0.0.1/callback"
TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"
CIBA = "urn:openid:params:grant-type:ciba"


class Http:
    """One keep-alive connection; reopened when the server closes it."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.conn = None

    def request(self, method, path, body=None, headers=None, fresh=False):
        headers = dict(headers or {})
        for attempt in range(2):
            if self.conn is None or fresh:
                if self.conn is not None:
                    self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
                fresh = False
            try:
                self.conn.request(method, path, body=body, headers=headers)
                r = self.conn.getresponse()
                data = r.read()
                if r.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
            except (ConnectionError, http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")

    def close(self):
        if self.conn is not None:
            self.conn.close()


def basic(client_id, secret):
    raw = f"{urllib.parse.quote(client_id)}:{urllib.parse.quote(secret)}".encode()
    return "Basic " + base64.b64encode(raw).decode()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON = {"Content-Type": "application/json"}


class Soak:
    def __init__(self, args):
        self.args = args
        self.failures = []
        self.counts = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def count(self, what, ok=True, detail=""):
        with self.lock:
            self.counts[what] = self.counts.get(what, 0) + 1
            if not ok and len(self.failures) < 50:
                self.failures.append(f"{what}: {detail}")

    # ---- setup, as an administrator
    def token(self, http, client_id, secret, form):
        status, _, body = http.request("POST", "/oauth2/token", urllib.parse.urlencode(form),
                                       {**FORM, "Authorization": basic(client_id, secret)})
        return status, (json.loads(body) if body else {})

    def admin(self, http, method, path, body=None):
        status, _, data = http.request(method, path, json.dumps(body) if body is not None else None,
                                       {**JSON, "Authorization": f"Bearer {self.admin_token}"})
        if status >= 300:
            raise RuntimeError(f"{method} {path}: {status} {data[:300]!r}")
        return json.loads(data) if data else {}

    def setup(self):
        http = Http(self.args.base)
        status, t = self.token(http, self.args.admin_id, self.args.admin_secret,
                               {"grant_type": "client_credentials", "scope": "system",
                                "resource": SYSTEM_RS})
        if status != 200:
            raise RuntimeError(f"admin token: {status} {t}")
        self.admin_token = t["access_token"]
        tag = secrets.token_hex(3)
        rs = self.admin(http, "POST", "/resource-servers",
                        {"name": f"Soak {tag}", "identifier": RESOURCE, "ouId": OU})
        self.rs_id = rs["id"]
        res = self.admin(http, "POST", f"/resource-servers/{rs['id']}/resources",
                         {"name": "files", "handle": "files"})
        for action in ("read", "write"):
            self.admin(http, "POST", f"/resource-servers/{rs['id']}/resources/{res['id']}/actions",
                       {"name": action, "handle": action})
        self.users = []
        for i in range(self.args.workers):
            name = f"soak-{tag}-{i}"
            u = self.admin(http, "POST", "/users", {"ouId": OU, "type": "Person", "attributes": {
                "username": name, "password": f"{name}-password", "email": f"{name}@example.com"}})
            self.users.append((u["id"], name, f"{name}-password"))

        def agent(name, grants):
            created = self.admin(http, "POST", "/agents", {
                "name": name, "type": "default", "ouId": OU,
                "inboundAuthConfig": [{"type": "oauth2", "config": {
                    "grantTypes": grants, "redirectUris": [REDIRECT],
                    "tokenEndpointAuthMethod": "client_secret_basic"}}]})
            c = created["inboundAuthConfig"][0]["config"]
            return created["id"], c["clientId"], c["clientSecret"]

        self.assistant = agent(f"Soak assistant {tag}", ["client_credentials", "authorization_code",
                                                         "refresh_token", CIBA, TOKEN_EXCHANGE])
        self.worker = agent(f"Soak worker {tag}", ["client_credentials", TOKEN_EXCHANGE])
        self.admin(http, "POST", "/roles", {
            "name": f"soak-editors-{tag}", "ouId": OU,
            "permissions": [{"resourceServerId": rs["id"], "permissions": ["files:read", "files:write"]}],
            "assignments": [{"id": u[0], "type": "user"} for u in self.users]
            + [{"id": self.assistant[0], "type": "agent"}]})
        self.admin(http, "POST", "/roles", {
            "name": f"soak-readers-{tag}", "ouId": OU,
            "permissions": [{"resourceServerId": rs["id"], "permissions": ["files:read"]}],
            "assignments": [{"id": self.worker[0], "type": "agent"}]})
        http.close()

    # ---- the flows
    def sign_in(self, http, client_id, username, password, scope, resource=None):
        """Authorization code + PKCE through the sandbox's sign-in page."""
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        params = {"response_type": "code", "client_id": client_id, "redirect_uri": REDIRECT,
                  "scope": scope, "state": secrets.token_hex(8), "code_challenge": challenge,
                  "code_challenge_method": "S256"}
        if resource:
            params["resource"] = resource
        status, _, _ = http.request("GET", "/oauth2/authorize?" + urllib.parse.urlencode(params))
        self.count("authorize page", status == 200, status)
        form = dict(params, username=username, password=password, decision="allow")
        status, headers, _ = http.request("POST", "/oauth2/authorize", urllib.parse.urlencode(form), FORM)
        location = headers.get("location", "")
        code = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query).get("code", [None])[0]
        self.count("sign-in", status in (302, 303) and code is not None, f"{status} {location[:80]}")
        return code, verifier

    def iteration(self, http, user, n):
        aid, acid, asecret = self.assistant
        wid, wcid, wsecret = self.worker
        uid, uname, upassword = user
        # client credentials
        status, own = self.token(http, acid, asecret, {"grant_type": "client_credentials",
                                                        "scope": "files:read", "resource": RESOURCE})
        self.count("client_credentials", status == 200, status)
        # authorization code + PKCE, then refresh
        code, verifier = self.sign_in(http, acid, uname, upassword, "openid files:read files:write", RESOURCE)
        status, signed = self.token(http, acid, asecret, {"grant_type": "authorization_code", "code": code,
                                                          "redirect_uri": REDIRECT, "code_verifier": verifier})
        self.count("authorization_code", status == 200, f"{status} {signed}")
        if status != 200:
            return
        status, refreshed = self.token(http, acid, asecret, {"grant_type": "refresh_token",
                                                             "refresh_token": signed.get("refresh_token", "")})
        self.count("refresh_token", status == 200, status)
        # token exchange: narrowed, and a widening refused
        status, exchanged = self.token(http, wcid, wsecret, {
            "grant_type": TOKEN_EXCHANGE, "subject_token": signed["access_token"],
            "subject_token_type": ACCESS_TOKEN_TYPE, "resource": RESOURCE, "scope": "files:read"})
        self.count("token_exchange", status == 200, status)
        status, _ = self.token(http, wcid, wsecret, {
            "grant_type": TOKEN_EXCHANGE, "subject_token": signed["access_token"],
            "subject_token_type": ACCESS_TOKEN_TYPE, "resource": RESOURCE, "scope": "files:write"})
        self.count("token_exchange widening refused", status == 400, status)
        # introspection and revocation
        status, _, body = http.request("POST", "/oauth2/introspect",
                                       urllib.parse.urlencode({"token": exchanged.get("access_token", "")}),
                                       {**FORM, "Authorization": basic(wcid, wsecret)})
        self.count("introspect", status == 200 and b'"active":true' in body, f"{status} {body[:80]!r}")
        status, _, _ = http.request("POST", "/oauth2/revoke",
                                    urllib.parse.urlencode({"token": exchanged.get("access_token", "")}),
                                    {**FORM, "Authorization": basic(wcid, wsecret)})
        self.count("revoke", status == 200, status)
        # CIBA: the agent asks, the user approves in their own session, the agent polls
        status, started = self.token_like(http, "/oauth2/bc-authorize", acid, asecret, {
            "login_hint": uname, "scope": "openid files:read", "resource": RESOURCE,
            "binding_message": f"Soak {n}"})
        self.count("bc-authorize", status == 200, f"{status} {started}")
        if status == 200:
            code, verifier = self.sign_in(http, "CONSOLE", uname, upassword, "openid")
            status, session = self.public_token(http, code, verifier)
            self.count("user session", status == 200, status)
            bearer = {"Authorization": f"Bearer {session.get('access_token', '')}"}
            status, _, body = http.request("GET", "/ciba/requests?status=pending", headers=bearer)
            self.count("ciba list", status == 200, status)
            ids = [r["id"] for r in json.loads(body).get("requests", [])] if status == 200 else []
            for rid in ids[:3]:
                decision = "approve" if n % 4 else "deny"
                status, _, _ = http.request("POST", f"/ciba/requests/{rid}/{decision}", "{}", {**JSON, **bearer})
                self.count(f"ciba {decision}", status in (200, 204, 409), status)
            status, _ = self.token(http, acid, asecret, {"grant_type": CIBA, "auth_req_id": started["auth_req_id"]})
            self.count("ciba poll", status in (200, 400), status)
            status, _, body = http.request("GET", "/consents", headers=bearer)
            self.count("consents list", status == 200, status)
            status, _, _ = http.request("POST", "/oauth2/revoke", urllib.parse.urlencode(
                {"token": session.get("refresh_token", session.get("access_token", "")), "client_id": "CONSOLE"}), FORM)
            self.count("sign-out", status == 200, status)
        # admin calls: lists, a throwaway agent with its credential lifecycle, the audit log
        for path in ("/agents?limit=20", "/resource-servers?limit=20", "/roles?limit=20",
                     "/users?limit=20", f"/audit/events?limit=50&clientId={acid}", "/oauth2/jwks",
                     "/.well-known/openid-configuration", "/health/readiness"):
            status, _, _ = http.request("GET", path, headers={"Authorization": f"Bearer {self.admin_token}"})
            self.count("GET " + path.split("?")[0], status == 200, status)
        if n % 5 == 0:
            created = self.admin(http, "POST", "/agents", {
                "name": f"soak-temp-{secrets.token_hex(4)}", "type": "default", "ouId": OU,
                "inboundAuthConfig": [{"type": "oauth2", "config": {"grantTypes": ["client_credentials"]}}]})
            self.admin(http, "POST", f"/agents/{created['id']}/credentials/rotate")
            self.admin(http, "POST", f"/agents/{created['id']}/credentials/revoke")
            self.admin(http, "DELETE", f"/agents/{created['id']}")
            self.count("agent lifecycle")
        # a fresh connection now and then (accept/close paths, file descriptors)
        status, _, _ = http.request("GET", "/health/liveness", fresh=(n % 3 == 0))
        self.count("liveness", status == 200, status)

    def token_like(self, http, path, client_id, secret, form):
        status, _, body = http.request("POST", path, urllib.parse.urlencode(form),
                                       {**FORM, "Authorization": basic(client_id, secret)})
        try:
            return status, json.loads(body) if body else {}
        except ValueError:
            return status, {}

    def public_token(self, http, code, verifier):
        status, _, body = http.request("POST", "/oauth2/token", urllib.parse.urlencode({
            "grant_type": "authorization_code", "code": code or "", "redirect_uri": REDIRECT,
            "code_verifier": verifier, "client_id": "CONSOLE"}), FORM)
        return status, json.loads(body) if body else {}

    def worker_loop(self, index):
        http = Http(self.args.base)
        n = 0
        while not self.stop.is_set():
            n += 1
            try:
                self.iteration(http, self.users[index], n)
            except Exception as e:  # noqa: BLE001 — any error is a soak failure, recorded
                self.count("exception", False, repr(e)[:200])
                time.sleep(0.5)
        http.close()


def sample(pid):
    with open(f"/proc/{pid}/status") as f:
        rss = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024.0
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    return rss, fds


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--admin-id", required=True)
    p.add_argument("--admin-secret", required=True)
    p.add_argument("--seconds", type=int, default=600)
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--warmup", type=int, default=60)
    p.add_argument("--rss-growth-mb", type=float, default=12.0)
    p.add_argument("--fd-growth", type=int, default=16)
    p.add_argument("--csv")
    args = p.parse_args()

    soak = Soak(args)
    soak.setup()
    threads = [threading.Thread(target=soak.worker_loop, args=(i,), daemon=True) for i in range(args.workers)]
    start = time.monotonic()
    for t in threads:
        t.start()
    samples = []
    out = open(args.csv, "w") if args.csv else None
    if out:
        out.write("seconds,rss_mb,fds,requests\n")
    while True:
        elapsed = time.monotonic() - start
        rss, fds = sample(args.pid)
        total = sum(soak.counts.values())
        samples.append((elapsed, rss, fds))
        line = f"{elapsed:6.0f} s  RSS {rss:7.1f} MB  fds {fds:4d}  calls {total}"
        print(line, flush=True)
        if out:
            out.write(f"{elapsed:.0f},{rss:.1f},{fds},{total}\n")
            out.flush()
        if elapsed >= args.seconds:
            break
        time.sleep(min(10, max(0.1, args.seconds - elapsed)))
    soak.stop.set()
    for t in threads:
        t.join(timeout=60)

    base = next((s for s in samples if s[0] >= args.warmup), samples[0])
    last = samples[-1]
    minutes = max(1e-9, (last[0] - base[0]) / 60)
    rss_growth, fd_growth = last[1] - base[1], last[2] - base[2]
    print()
    for what, n in sorted(soak.counts.items()):
        print(f"  {n:8d}  {what}")
    print(f"\ncalls: {sum(soak.counts.values())} in {last[0]:.0f} s "
          f"({sum(soak.counts.values()) / max(1, last[0]):.0f}/s)")
    print(f"RSS after warm-up {base[1]:.1f} MB -> end {last[1]:.1f} MB: {rss_growth:+.1f} MB "
          f"({rss_growth / minutes:+.2f} MB/min; bound {args.rss_growth_mb:+.1f} MB)")
    print(f"fds after warm-up {base[2]} -> end {last[2]}: {fd_growth:+d} (bound {args.fd_growth:+d})")
    ok = True
    if soak.failures:
        ok = False
        print(f"FAIL: {len(soak.failures)} unexpected answers, first ones:")
        for f in soak.failures[:10]:
            print("   ", f)
    if rss_growth > args.rss_growth_mb:
        ok = False
        print("FAIL: resident memory grew beyond the bound")
    if fd_growth > args.fd_growth:
        ok = False
        print("FAIL: open file descriptors grew beyond the bound")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
