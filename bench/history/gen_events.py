#!/usr/bin/env python3
"""Writes N events in ThunderID's observability format (REFERENCE.md §1.2, OBSERVED.md) to stdout
or a file: fields in ThunderID's order, data keys sorted, numbers as strings, 6-9 fraction digits,
empty scopes, non-UUID trace ids, flow events, and lines slightly out of time order — the way a
busy server writes them. A fixed seed makes every run the same file.

    gen_events.py N OUT.log
"""
import json
import random
import sys
import uuid

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
out = open(sys.argv[2], "w") if len(sys.argv) > 2 else sys.stdout
rnd = random.Random(20261201)

clients = ["nightly-kpi-builder", "invoice-generator", "crm-hygiene-bot", "refund-desk-agent",
           "approval-concierge", "renewal-negotiator", "metric-definition-agent", "console-admin"]
clients += ["bench-agent-%04d" % i for i in range(200)]
scopes = ["reports:read", "reports:read reports:write", "invoices:read", "", "system",
          "datasets:query", "mail:read mail:send", "openid profile"]
grants = ["client_credentials", "urn:ietf:params:oauth:grant-type:token-exchange",
          "authorization_code", "refresh_token", "urn:openid:params:grant-type:ciba"]
grant_weights = [50, 15, 10, 20, 5]
start_ms = 1795478400000  # 2026-11-24T00:00:00Z: a week of traffic
span_ms = 7 * 86400 * 1000


def uuid7(ms):
    r = rnd.getrandbits(74)
    value = (ms << 80) | (0x7 << 76) | ((r >> 62) << 64) | (0b10 << 62) | (r & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def stamp(ms, ns_extra):
    secs, milli = divmod(ms, 1000)
    import time
    t = time.gmtime(secs)
    digits = rnd.choice([6, 7, 8, 9])
    frac = "%09d" % (milli * 1000000 + ns_extra)
    frac = frac[:digits].rstrip("0")
    base = time.strftime("%Y-%m-%dT%H:%M:%S", t)
    return base + ("." + frac if frac else "") + "Z"


def line(trace, ms, type_, component, status, data):
    ev = {"trace_id": trace, "event_id": uuid7(ms), "type": type_,
          "timestamp": stamp(ms, rnd.randrange(1000000)), "component": component,
          "status": status, "data": dict(sorted(data.items()))}
    return json.dumps(ev, separators=(",", ":")).replace("<", "\\u003c").replace(
        ">", "\\u003e").replace("&", "\\u0026")


written = 0
pending = []
while written < N:
    ms = start_ms + (written * span_ms) // N
    trace = str(uuid.UUID(int=rnd.getrandbits(128), version=4)) if rnd.random() < 0.9 \
        else "req-%d" % rnd.randrange(100000)
    client = rnd.choice(clients)
    grant = rnd.choices(grants, grant_weights)[0]
    scope = rnd.choice(scopes)
    kind = rnd.random()
    if kind < 0.06:
        exec_id = uuid7(ms)
        lines = [line(trace, ms, "FLOW_STARTED", "FlowEngine", "in_progress",
                      {"app_id": str(uuid.UUID(int=rnd.getrandbits(128))), "execution_id": exec_id,
                       "flow_type": "AUTHENTICATION"}),
                 line(exec_id, ms + 400, "FLOW_COMPLETED", "FlowEngine", "success",
                      {"app_id": "01900000-0000-7000-8000-000000000060",
                       "duration_ms": str(rnd.randrange(100, 900)), "execution_id": exec_id,
                       "flow_type": "AUTHENTICATION",
                       "user_id": "01900000-0000-7000-8000-0000000000%02d" % rnd.randrange(100)})]
    elif kind < 0.08:
        lines = [line(trace, ms, "TOKEN_REVOKED", "AuthHandler", "success",
                      {"client_id": client, "jti": uuid7(ms - 60000),
                       "revocation_reason": "explicit"})]
    else:
        started = line(trace, ms, "TOKEN_ISSUANCE_STARTED", "AuthHandler", "in_progress",
                       {"client_id": client, "grant_type": grant, "scope": scope})
        if rnd.random() < 0.12:
            done = line(trace, ms + 2, "TOKEN_ISSUANCE_FAILED", "AuthHandler", "failure",
                        {"client_id": client, "duration_ms": str(rnd.randrange(1, 30)),
                         "error": {"code": rnd.choice(["400", "401", "500"]),
                                   "message": "The user has not yet completed authentication",
                                   "type": "client_error"},
                         "grant_type": grant, "scope": scope})
        else:
            done = line(trace, ms + 3, "TOKEN_ISSUED", "AuthHandler", "success",
                        {"client_id": client, "duration_ms": str(rnd.randrange(1, 40)),
                         "grant_type": grant, "scope": scope})
        # Published asynchronously: ISSUED sometimes lands before STARTED.
        lines = [done, started] if rnd.random() < 0.2 else [started, done]
    for l in lines:
        if written < N:
            out.write(l + "\n")
            written += 1
out.close()
