#!/usr/bin/env python3
"""Traffic and checks of the soak test, run by bench/soak.sh. Python 3.11 standard library only.

  soak.py traffic --base URL --out DIR [options]   mixed reads and writes from a fixed number of clients for a
                                                   fixed time; samples the service's RSS; writes the request log
  soak.py check   --base URL --out DIR [options]   reads every write answered 201 back, evaluates the request
                                                   log against the outage window, prints the summary, writes the
                                                   report; exit 0 when every check passes, 1 when one fails

Files in DIR: started (the traffic's start, epoch seconds), requests.tsv (one line per request), writes.tsv (the
Location of every 201), rss.tsv (epoch seconds, VmRSS in KiB), traffic.json (settings and counts). The bearer
token for writes is read from the environment variable SOAK_TOKEN.
"""

import argparse
import concurrent.futures
import datetime
import gzip
import http.client
import json
import math
import os
import random
import sys
import threading
import time
import traceback
import urllib.parse
from collections import Counter, defaultdict, deque

REQUEST_FIELDS = ("start", "ms", "method", "route", "path", "status", "retry_after", "location", "note")


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Http:
    """One keep-alive connection; every request is timed, and a timeout or a transport error closes it."""

    def __init__(self, base, timeout):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.timeout = url.hostname, url.port or 80, timeout
        self.conn = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def send(self, method, path, headers=None, body=None):
        """Returns (start epoch, seconds, status or 'timeout'/'error', headers, body bytes, note)."""
        start, t = time.time(), time.perf_counter()
        status, resp_headers, data, note = "error", None, b"", ""
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.conn.request(method, path, body=body, headers=headers or {})
            resp = self.conn.getresponse()
            data = resp.read()
            status, resp_headers = resp.status, resp.headers
            if resp.will_close:
                self.close()
        except TimeoutError:
            status, note = "timeout", f"no answer within {self.timeout:g} s"
            self.close()
        except (OSError, http.client.HTTPException) as e:
            status, note = "error", type(e).__name__
            self.close()
        return start, time.perf_counter() - t, status, resp_headers, data, note


def header(headers, name):
    return (headers.get(name) or "") if headers is not None else ""


# ---------------------------------------------------------------------------------------------------- traffic

LANGS = ("zh-CN", "en")
LEVELS = (1, 2, 3, 4, 5)
DUTY_KINDS = ("DUTY_AREA", "FUNCTION", "WORK_CONTENT")
DUTY_WORDS = ("标注", "数据", "训练", "data", "system", "design")
POLICY_CATEGORIES = ("DEVELOPMENT_PLAN", "SKILL_SUBSIDY", "TALENT_SUBSIDY", "HOUSING", "TAX_INCENTIVE", "FUNDING")
POLICY_SCOPES = ("NATIONAL", "PROVINCIAL", "MUNICIPAL")


class Shared:
    """What the clients learn from the service and share: ids to read, and the policies written so far."""

    def __init__(self, catalogue, run_id):
        self.lock = threading.Lock()
        self.catalogue = catalogue
        self.run_id = run_id
        self.created = []  # ids of policies answered 201 in this run
        self.writes = []  # (kind, location, epoch of the 201)
        self.deadline = 0.0


class Client(threading.Thread):
    def __init__(self, number, args, shared, seed):
        super().__init__(name=f"client-{number}", daemon=True)
        self.number = number
        self.args = args
        self.shared = shared
        self.rng = random.Random(seed)
        self.http = Http(args.base, args.timeout)
        self.rows = []
        self.etags = {}  # path -> ETag of a 200 answered to it (for conditional GETs)
        self.own = []  # policies this client created: {"id", "body", "benefits": {level: next start}}
        self.retries = deque()  # writes to send again (same Idempotency-Key): [attempts, not before, write]
        self.serial = 0
        self.counts = Counter()
        self.error = None

    # -------------------------------------------------------------------------------------------- plumbing
    def call(self, method, route, path, headers=None, body=None):
        hdrs = dict(headers or {})
        payload = None
        if body is not None:
            payload = json.dumps(body, ensure_ascii=False).encode()
            hdrs["Content-Type"] = "application/json"
        start, seconds, status, resp_headers, data, note = self.http.send(method, path, hdrs, payload)
        retry_after = header(resp_headers, "Retry-After")
        location = header(resp_headers, "Location") if status == 201 else ""
        if status == 201 and header(resp_headers, "Idempotent-Replayed").lower() == "true":
            note = "replayed"
        self.rows.append((start, seconds, method, route, path, status, retry_after, location, note))
        return status, resp_headers, data

    def date(self, first=2016, last=2028):
        span = (datetime.date(last, 12, 31) - datetime.date(first, 1, 1)).days
        return (datetime.date(first, 1, 1) + datetime.timedelta(days=self.rng.randrange(span + 1))).isoformat()

    def lang(self):
        """A language by query parameter, by header, or none (the default, zh-CN)."""
        pick = self.rng.randrange(3)
        if pick == 0:
            return f"lang={self.rng.choice(LANGS)}", {}
        if pick == 1:
            return "", {"Accept-Language": self.rng.choice(("en-US,en;q=0.9", "zh-CN", "en"))}
        return "", {}

    def get(self, route, path, params=None, conditional=True):
        query = "&".join(f"{k}={urllib.parse.quote(str(v), safe=',')}" for k, v in (params or {}).items()
                         if v is not None)
        lang_param, headers = self.lang()
        query = "&".join(p for p in (query, lang_param) if p)
        full = path + ("?" + query if query else "")
        status, resp_headers, _ = self.call("GET", route, full, headers)
        etag = header(resp_headers, "ETag")
        if status == 200 and etag and conditional and not headers and len(self.etags) < 500:
            self.etags[full] = etag
        return status, resp_headers

    # -------------------------------------------------------------------------------------------- reads
    def read(self):
        c = self.shared.catalogue
        rng = self.rng
        r = rng.random()
        if r < 0.04:
            self.get("GET /api/v1", "/api/v1")
        elif r < 0.08:
            self.get("GET /levels", "/api/v1/levels")
        elif r < 0.13:
            self.get("GET /levels/{n}", f"/api/v1/levels/{rng.choice(LEVELS)}")
        elif r < 0.16:
            if rng.random() < 0.5 or not c["work_types"]:
                self.get("GET /work-types", "/api/v1/work-types")
            else:
                self.get("GET /work-types/{id}", f"/api/v1/work-types/{rng.choice(c['work_types'])}")
        elif r < 0.24:
            params = {"level": rng.choice((None,) + LEVELS), "kind": rng.choice((None,) + DUTY_KINDS),
                      "q": rng.choice((None, None) + DUTY_WORDS), "page": rng.choice((1, 1, 2)),
                      "size": rng.choice((None, 10, 50))}
            self.get("GET /duties?filters", "/api/v1/duties", params)
        elif r < 0.28 and c["duties"]:
            self.get("GET /duties/{id}", f"/api/v1/duties/{rng.choice(c['duties'])}")
        elif r < 0.34:
            params = {"level": rng.choice((None,) + LEVELS),
                      "region": rng.choice([None] + c["salary_regions"]), "sort": rng.choice((None, "level"))}
            self.get("GET /salary-ranges?filters", "/api/v1/salary-ranges", params)
        elif r < 0.48:
            params = {"region": rng.choice(c["regions"]), "on": self.date() if rng.random() < 0.8 else None,
                      "page": rng.choice((1, 1, 1, 2, 3)), "size": rng.choice((None, 5, 100)),
                      "category": rng.choice((None,) * 4 + POLICY_CATEGORIES)}
            self.get("GET /policies?region&on", "/api/v1/policies", params)
        elif r < 0.54:
            params = {"scope": rng.choice(POLICY_SCOPES), "q": rng.choice((None, "soak", "深圳", "subsidy")),
                      "sort": rng.choice((None, "-issuedOn", "id")), "page": rng.randint(1, 5)}
            self.get("GET /policies?filters", "/api/v1/policies", params)
        elif r < 0.62:
            with self.shared.lock:
                created = self.shared.created
                ids = created[-200:] if created and rng.random() < 0.5 else c["policies"]
                pid = rng.choice(ids)
            self.get("GET /policies/{id}", f"/api/v1/policies/{pid}")
        elif r < 0.76:
            params = {"region": rng.choice(c["regions"]), "level": rng.choice((None,) + LEVELS),
                      "on": self.date(2017, 2027) if rng.random() < 0.85 else None}
            self.get("GET /subsidies?region&level&on", "/api/v1/subsidies", params)
        elif r < 0.80:
            if rng.random() < 0.5:
                self.get("GET /regions", "/api/v1/regions", {"parent": rng.choice((None, "CN", "440000", "330000"))})
            else:
                self.get("GET /regions/{code}", f"/api/v1/regions/{rng.choice(c['regions'])}")
        elif r < 0.84:
            if rng.random() < 0.5:
                self.get("GET /sources", "/api/v1/sources", {"page": rng.choice((1, 2))})
            else:
                self.get("GET /sources/{id}", f"/api/v1/sources/{rng.choice(c['sources'])}")
        elif r < 0.88:
            with self.shared.lock:
                written = len(self.shared.writes)
            self.get("GET /changes?since", "/api/v1/changes",
                     {"since": rng.randint(0, written + 50), "limit": rng.choice((None, 10, 100))})
        elif r < 0.90:
            self.get("GET /occupation", "/api/v1/occupation")
        elif self.etags:
            path = rng.choice(list(self.etags))
            status, _, _ = self.call("GET", "GET (If-None-Match)", path, {"If-None-Match": self.etags[path]})
            if status != 304:
                self.etags.pop(path, None)
        else:
            self.get("GET /levels", "/api/v1/levels")

    # -------------------------------------------------------------------------------------------- writes
    def auth(self):
        return {"Authorization": "Bearer " + self.args.token}

    def write(self):
        """One write: a pending retry first, else a new policy, a benefit for an own policy, or an update."""
        now = time.time()
        if self.retries and self.retries[0][1] <= now:
            entry = self.retries.popleft()
            self.send_write(entry[2], entry[0] + 1)
            return
        r = self.rng.random()
        if not self.own or r < 0.5:
            self.create_policy()
        elif r < 0.85:
            self.add_benefit()
        else:
            self.update_policy()

    def create_policy(self):
        self.serial += 1
        pid = f"soak-{self.shared.run_id}-c{self.number:02d}-{self.serial}"
        c = self.shared.catalogue
        region = self.rng.choice(c["regions"])
        body = {
            "id": pid,
            "title": {"zh-CN": f"浸泡测试政策 {pid}", "en": f"Soak test policy {pid}"},
            "category": self.rng.choice(POLICY_CATEGORIES),
            "scope": "NATIONAL" if region == "CN" else self.rng.choice(POLICY_SCOPES[1:]),
            "region": region,
            "issuedOn": self.date(2016, 2026),
            "effectiveFrom": self.date(2016, 2027),
            "summary": {"zh-CN": "浸泡测试写入的政策。", "en": "A policy written by the soak test."},
            "sourceId": self.rng.choice(c["sources"]),
            "verification": "UNCONFIRMED",
        }
        self.counts["policies attempted"] += 1
        self.send_write({"kind": "policy", "path": "/api/v1/policies", "key": f"{pid}-create", "body": body}, 1)

    def add_benefit(self):
        # Not for a policy with a benefit waiting for a retry: sent later, that one could overlap a newer one (409).
        waiting = {entry[2]["path"] for entry in self.retries}
        ready = [p for p in self.own if f"/api/v1/policies/{p['id']}/benefits" not in waiting]
        if not ready:
            self.create_policy()
            return
        policy = self.rng.choice(ready)
        level = self.rng.choice(LEVELS)
        starts = policy["benefits"]
        start = starts.get(level, datetime.date(2027, 1, 1))
        starts[level] = start + datetime.timedelta(days=self.rng.randint(30, 400))
        body = {"level": level, "kind": "CERTIFICATE_SUBSIDY", "amount": self.rng.randrange(500, 5000, 100),
                "currency": "CNY", "effectiveFrom": start.isoformat(), "sourceId": policy["body"]["sourceId"],
                "verification": "UNCONFIRMED"}
        key = f"{policy['id']}-benefit-{level}-{start.isoformat()}"
        self.counts["benefits attempted"] += 1
        self.send_write({"kind": "benefit", "path": f"/api/v1/policies/{policy['id']}/benefits", "key": key,
                         "body": body}, 1)

    def send_write(self, w, attempt):
        route = "POST /policies" if w["kind"] == "policy" else "POST /policies/{id}/benefits"
        status, resp_headers, _ = self.call("POST", route, w["path"], {**self.auth(), "Idempotency-Key": w["key"]},
                                            w["body"])
        if status == 201:
            location = header(resp_headers, "Location")
            with self.shared.lock:
                self.shared.writes.append((w["kind"], location, time.time()))
                if w["kind"] == "policy":
                    self.shared.created.append(w["body"]["id"])
            self.counts[f"{w['kind']} 201"] += 1
            if attempt > 1:
                self.counts["201 after a retry"] += 1
            if w["kind"] == "policy":
                self.own.append({"id": w["body"]["id"], "body": w["body"], "benefits": {}})
        elif status == "timeout" or status == "error" or (isinstance(status, int) and status >= 500):
            # Send the same request again later, with the same key: the first may have been committed.
            if attempt < self.args.write_attempts:
                self.retries.append([attempt, time.time() + 1.0, w])
            else:
                self.counts["writes given up"] += 1
        else:
            self.counts[f"{w['kind']} answered {status}"] += 1

    def update_policy(self):
        policy = self.rng.choice(self.own)
        path = f"/api/v1/policies/{policy['id']}"
        self.counts["updates attempted"] += 1
        status, resp_headers, _ = self.call("GET", "GET /policies/{id} (for If-Match)", path, self.auth())
        etag = header(resp_headers, "ETag")
        if status != 200 or not etag:
            self.counts["updates without a read"] += 1
            return
        body = dict(policy["body"])
        body["summary"] = {"zh-CN": f"浸泡测试更新于 {time.time():.3f}。", "en": f"Updated by the soak at {time.time():.3f}."}
        status, _, _ = self.call("PUT", "PUT /policies/{id} (If-Match)", path, {**self.auth(), "If-Match": etag}, body)
        self.counts[f"update answered {status}"] += 1
        if status == 200:
            policy["body"] = body

    def run(self):
        try:
            while time.time() < self.shared.deadline:
                if self.rng.random() * 100 < self.args.writes:
                    self.write()
                else:
                    self.read()
        except Exception as e:  # a bug in this script, not a finding about the service
            self.error = f"{type(e).__name__}: {e}"
        finally:
            self.http.close()


def fetch_json(client, path):
    _, _, status, _, data, note = client.send("GET", path, {"Accept-Language": "en"})
    if status != 200:
        raise SystemExit(f"preflight: GET {path} answered {status} {note}".rstrip())
    return json.loads(data)


def catalogue_of(base, timeout):
    """The ids the clients read, as the service lists them."""
    h = Http(base, timeout)
    try:
        fetch_json(h, "/api/v1")
        ids = lambda doc, key="id": [item[key] for item in doc["items"]]  # noqa: E731
        regions = ids(fetch_json(h, "/api/v1/regions?size=100"), "code")
        salaries = fetch_json(h, "/api/v1/salary-ranges?size=100")["items"]
        salary_regions = sorted({(s.get("region") or {}).get("code") if isinstance(s.get("region"), dict)
                                 else s.get("region") for s in salaries} - {None})
        catalogue = {
            "policies": ids(fetch_json(h, "/api/v1/policies?size=100")),
            "duties": ids(fetch_json(h, "/api/v1/duties?size=100")),
            "sources": ids(fetch_json(h, "/api/v1/sources?size=100")),
            "work_types": ids(fetch_json(h, "/api/v1/work-types?size=100")),
            "regions": regions,
            "salary_regions": salary_regions,
        }
    finally:
        h.close()
    for key in ("policies", "sources", "regions"):
        if not catalogue[key]:
            raise SystemExit(f"preflight: the service lists no {key}")
    return catalogue


def rss_sampler(pid, path, stop):
    """VmRSS of the service every second, until stop is set or the process is gone."""
    with open(path, "w") as out:
        while True:
            try:
                with open(f"/proc/{pid}/status") as f:
                    rss = next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), None)
            except OSError:
                rss = None
            out.write(f"{time.time():.3f}\t{rss if rss is not None else 'gone'}\n")
            out.flush()
            if rss is None or stop.wait(1.0):
                return


def traffic(args):
    args.token = os.environ.get("SOAK_TOKEN", "")
    if not args.token:
        raise SystemExit("SOAK_TOKEN is not set")
    catalogue = catalogue_of(args.base, args.timeout)
    log(f"read {len(catalogue['policies'])} policies, {len(catalogue['regions'])} regions, "
        f"{len(catalogue['sources'])} sources, {len(catalogue['duties'])} duties")
    shared = Shared(catalogue, args.run_id)

    # One write before the traffic: the token must be accepted, or every write would be a 401.
    pre = Client(0, args, shared, args.seed)
    pre.create_policy()
    pre.http.close()
    status = pre.rows[-1][5]
    if status != 201:
        raise SystemExit(f"preflight: POST /api/v1/policies answered {status}, not 201 (token or write API?)")
    shared.writes.clear()  # the preflight is not part of the soak's figures
    shared.created.clear()

    stop = threading.Event()
    sampler = threading.Thread(target=rss_sampler, args=(args.pid, os.path.join(args.out, "rss.tsv"), stop),
                               daemon=True)
    sampler.start()
    clients = [Client(i + 1, args, shared, args.seed * 1000 + i + 1) for i in range(args.clients)]
    t0 = time.time()
    shared.deadline = t0 + args.duration
    with open(os.path.join(args.out, "started.tmp"), "w") as f:
        f.write(f"{t0:.6f}\n")
    os.replace(os.path.join(args.out, "started.tmp"), os.path.join(args.out, "started"))
    log(f"traffic: {args.clients} clients for {args.duration:g} s, {args.writes:g}% writes")
    for c in clients:
        c.start()
    next_report = t0 + 10
    while any(c.is_alive() for c in clients):
        time.sleep(0.5)
        if time.time() >= next_report and time.time() < shared.deadline:
            done = sum(len(c.rows) for c in clients)
            log(f"traffic: +{time.time() - t0:.0f} s, {done} requests")
            next_report += 10
    t1 = time.time()
    stop.set()
    sampler.join()

    errors = [f"{c.name}: {c.error}" for c in clients if c.error]
    counts = Counter()
    for c in clients:
        counts.update(c.counts)
    with open(os.path.join(args.out, "requests.tsv"), "w") as out:
        out.write("\t".join(REQUEST_FIELDS) + "\n")
        rows = [row for c in clients for row in c.rows]
        rows.sort(key=lambda row: row[0])
        for start, seconds, method, route, path, status, retry_after, location, note in rows:
            out.write(f"{start:.6f}\t{seconds * 1000:.3f}\t{method}\t{route}\t{path}\t{status}\t{retry_after}\t"
                      f"{location}\t{note}\n")
    with open(os.path.join(args.out, "writes.tsv"), "w") as out:
        for kind, location, at in shared.writes:
            out.write(f"{kind}\t{location}\t{at:.6f}\n")
    with open(os.path.join(args.out, "traffic.json"), "w") as out:
        json.dump({"t0": t0, "t1": t1, "duration": args.duration, "clients": args.clients, "writes": args.writes,
                   "timeout": args.timeout, "seed": args.seed, "run_id": args.run_id, "counts": counts,
                   "pending_retries": sum(len(c.retries) for c in clients), "client_errors": errors}, out,
                  indent=1)
    log(f"traffic done: {len(rows)} requests in {t1 - t0:.1f} s")
    if errors:
        for e in errors:
            log(f"client failed: {e}")
        raise SystemExit("a client of the soak failed (a bug in soak.py)")


# ---------------------------------------------------------------------------------------------------- check

def read_requests(path):
    rows = []
    with open(path) as f:
        next(f)
        for line in f:
            start, ms, method, route, full, status, retry_after, location, note = line.rstrip("\n").split("\t")
            rows.append((float(start), float(ms) / 1000, method, route, full, status, retry_after, location, note))
    return rows


def read_events(path):
    events = {}
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    events[parts[0]] = " ".join(parts[1:])
    return events


def read_meta(path):
    meta = []
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                if "\t" in line:
                    meta.append(tuple(line.rstrip("\n").split("\t", 1)))
    return meta


def percentile(sorted_values, p):
    """Nearest rank."""
    if not sorted_values:
        return 0.0
    return sorted_values[max(0, min(len(sorted_values), math.ceil(p / 100 * len(sorted_values))) - 1)]


def status_class(status):
    if status in ("timeout", "error"):
        return status
    return f"{status[0]}xx"


def fmt_s(seconds):
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def fmt_ms(seconds):
    return f"{seconds * 1000:.1f}"


def readback(base, timeout, writes, allowance):
    """GETs every Location answered 201; a non-200 is asked again every 0.5 s until `allowance` seconds after the
    read-back began (the database may have just come back). Returns {location: (final status, attempts)}."""
    results = {}
    local = threading.local()
    deadline = time.time() + allowance

    def one(location):
        if not hasattr(local, "http"):
            local.http = Http(base, timeout)
        url = urllib.parse.urlsplit(location)
        path = url.path + ("?" + url.query if url.query else "")
        attempts = 0
        while True:
            attempts += 1
            status = local.http.send("GET", path)[2]
            if status == 200 or time.time() >= deadline:
                return location, status, attempts
            time.sleep(0.5)

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for location, status, attempts in pool.map(one, [w[1] for w in writes]):
            results[location] = (status, attempts)
    return results


def check(args):
    out = args.out
    traffic_info = json.load(open(os.path.join(out, "traffic.json")))
    rows = read_requests(os.path.join(out, "requests.tsv"))
    writes = []
    with open(os.path.join(out, "writes.tsv")) as f:
        for line in f:
            kind, location, at = line.rstrip("\n").split("\t")
            writes.append((kind, location, float(at)))
    events = read_events(args.events)
    meta = read_meta(args.meta)
    t0, t1 = traffic_info["t0"], traffic_info["t1"]
    hung = args.hung

    # The outage window: from the moment PostgreSQL was told to stop until the recovery allowance after it was
    # ready again. A request belongs to it when its time span overlaps the window.
    restarted = "stop_begin" in events
    if restarted:
        stop_begin = float(events["stop_begin"])
        start_ready = float(events.get("start_ready") or events.get("start_end") or t1)
        win = (stop_begin, start_ready + args.recovery)
    else:
        win = None

    def in_window(row):
        return win is not None and row[0] <= win[1] and row[0] + row[1] >= win[0]

    total = len(rows)
    elapsed = max(t1 - t0, 1e-9)
    classes = Counter(status_class(r[5]) for r in rows)
    codes = Counter(r[5] for r in rows)
    durations = sorted(r[1] for r in rows)
    p50, p99 = percentile(durations, 50), percentile(durations, 99)
    slowest = sorted(rows, key=lambda r: -r[1])[:10]
    max_latency = durations[-1] if durations else 0.0
    hung_rows = [r for r in rows if r[1] > hung or r[5] == "timeout"]

    outage_rows = [r for r in rows if in_window(r)]
    outside_rows = [r for r in rows if not in_window(r)]
    fivexx_in = [r for r in outage_rows if r[5].startswith("5")]
    fivexx_out = [r for r in outside_rows if r[5].startswith("5")]
    errors_in = [r for r in outage_rows if r[5] in ("timeout", "error")]
    errors_out = [r for r in outside_rows if r[5] in ("timeout", "error")]
    n503_in = sum(1 for r in fivexx_in if r[5] == "503")
    n503_ra = sum(1 for r in fivexx_in if r[5] == "503" and r[6])
    codes_in = Counter(r[5] for r in fivexx_in)
    outage_latency = max((r[1] for r in outage_rows), default=0.0)

    # Reading back every 201.
    service_alive = os.path.exists(f"/proc/{args.pid}") if args.pid else True
    unique = {}
    for w in writes:
        unique.setdefault(w[1], w)
    write_list = [w for w in unique.values() if w[1]]
    no_location = sum(1 for w in writes if not w[1])
    log(f"reading back {len(write_list)} created resources")
    if service_alive:
        results = readback(args.base, args.timeout, write_list, args.readback_allowance)
    else:
        results = {w[1]: ("service exited", 0) for w in write_list}
    unreadable = [(loc, st, n) for loc, (st, n) in results.items() if st != 200]
    retried = sum(1 for st, n in results.values() if n > 1)

    # RSS.
    rss = []
    with open(os.path.join(out, "rss.tsv")) as f:
        for line in f:
            at, kib = line.split()
            if kib != "gone":
                rss.append((float(at), int(kib)))
    max_rss = max((k for _, k in rss), default=0) / 1024
    first_rss = rss[0][1] / 1024 if rss else 0
    last_rss = rss[-1][1] / 1024 if rss else 0
    hwm = None
    if args.pid and os.path.exists(f"/proc/{args.pid}/status"):
        with open(f"/proc/{args.pid}/status") as f:
            hwm = next((int(line.split()[1]) / 1024 for line in f if line.startswith("VmHWM:")), None)

    counts = Counter(traffic_info["counts"])
    attempted = counts["policies attempted"] + counts["benefits attempted"]
    committed = counts["policy 201"] + counts["benefit 201"]
    replayed = sum(1 for r in rows if r[5] == "201" and r[8] == "replayed")

    # The checks: (label when failed, text).
    checks = []
    ok1 = not fivexx_out and not errors_out and service_alive
    checks.append((ok1, "5xx outside the outage" if service_alive else "the service exited",
                   f"(1) no 5xx outside the outage window: {len(fivexx_out)} 5xx, {len(errors_out)} timeouts or "
                   f"connection errors outside it" + ("" if service_alive else "; the service exited")))
    ok2 = not unreadable and no_location == 0 and len(write_list) > 0
    checks.append((ok2, "unreadable writes",
                   f"(2) every write answered 201 is readable: {len(write_list) - len(unreadable)} of "
                   f"{len(write_list)} answered 200" + (f", {no_location} 201s without Location" if no_location else "")
                   + ("" if write_list else " (no write was answered 201)")))
    checks.append((not hung_rows, "hung requests",
                   f"(3) no request hung: {len(hung_rows)} took longer than {hung:g} s (max {fmt_s(max_latency)}, "
                   f"client timeout {args.timeout:g} s)"))
    ok4 = 0 < max_rss < args.max_rss_mb
    checks.append((ok4, "RSS over the limit",
                   f"(4) RSS bounded: max {max_rss:.0f} MiB sampled every second (limit {args.max_rss_mb:g} MiB)"))
    not_503 = [r for r in fivexx_in if r[5] != "503" or not r[6]]
    if args.require_503:
        checks.append((not not_503, "outage 5xx not 503 with Retry-After",
                       f"(5) every 5xx in the outage window is a 503 with Retry-After: "
                       f"{len(fivexx_in) - len(not_503)} of {len(fivexx_in)} are"))
    passed = all(ok for ok, _, _ in checks)

    # The summary line and details.
    def pct(key):
        return f"{100 * classes[key] / total:.1f}%" if total else "0.0%"

    readable = ("all readable" if ok2 else f", {len(unreadable)} NOT readable") if write_list else "(none)"
    failures = [label for ok, label, _ in checks if not ok]
    summary = (
        f"soak: {traffic_info['duration']:g} s, {traffic_info['clients']} clients, {total} requests "
        f"({total / elapsed:.0f}/s), 2xx {pct('2xx')} 3xx {pct('3xx')} 4xx {pct('4xx')} "
        f"5xx in outage {len(fivexx_in)} (503: {n503_in}, with Retry-After: {n503_ra}) "
        f"5xx outside {len(fivexx_out)}, timeouts {classes['timeout']} errors {classes['error']}, "
        f"writes 201: {len(write_list)}{'' if readable.startswith(',') else ' '}{readable}, max latency {fmt_s(max_latency)} (limit {hung:g} s), "
        f"max RSS {max_rss:.0f} MiB (limit {args.max_rss_mb:g}): "
        + ("PASS" if passed else "FAIL (" + "; ".join(failures) + ")"))

    def rel(t):
        return f"+{t - t0:.1f} s"

    details = []
    if restarted:
        after_stop = [r for r in fivexx_in + errors_in if r[0] + r[1] >= stop_begin]
        first_bad = min((r[0] + r[1] for r in after_stop), default=None)
        last_bad = max((r[0] + r[1] for r in rows if r[0] + r[1] >= stop_begin
                        and (r[5].startswith("5") or r[5] in ("timeout", "error"))),
                       default=None)
        details.append(
            f"PostgreSQL stopped at {rel(stop_begin)} (stop command took "
            f"{float(events.get('stop_end', stop_begin)) - stop_begin:.1f} s), "
            f"started at {rel(float(events.get('start_begin', start_ready)))}, accepting connections at "
            f"{rel(start_ready)}; outage window {rel(win[0])} .. {rel(win[1])} "
            f"(recovery allowance {args.recovery:g} s)")
        details.append(
            f"in the window: {len(outage_rows)} requests, 5xx {len(fivexx_in)} "
            f"({', '.join(f'{k}: {v}' for k, v in sorted(codes_in.items())) or 'none'}), 503 with Retry-After "
            f"{n503_ra}, timeouts {sum(1 for r in errors_in if r[5] == 'timeout')}, connection errors "
            f"{sum(1 for r in errors_in if r[5] == 'error')}, slowest {fmt_s(outage_latency)}")
        if first_bad is not None:
            gap = last_bad - start_ready
            details.append(f"first failure answered {first_bad - stop_begin:.1f} s after the stop; the last one "
                           f"{abs(gap):.1f} s {'after' if gap >= 0 else 'before'} PostgreSQL accepted connections again")
    else:
        details.append("PostgreSQL was not restarted (SOAK_RESTART_AT=off): every 5xx counts as outside")
    details.append(f"latency p50 {fmt_ms(p50)} ms, p99 {fmt_ms(p99)} ms, max {fmt_s(max_latency)}; "
                   f"{len(hung_rows)} over {hung:g} s, {classes['timeout']} timeouts (client timeout {args.timeout:g} s)")
    details.append(f"writes attempted {attempted} (policies {counts['policies attempted']}, benefits "
                   f"{counts['benefits attempted']}), committed {committed} (201s, {replayed} of them idempotent "
                   f"replays; {counts['201 after a retry']} after a retry), given up "
                   f"{counts['writes given up']}; updates with If-Match {counts['updates attempted']}, answered 200: "
                   f"{counts['update answered 200']}; read back: {len(write_list) - len(unreadable)}/{len(write_list)}"
                   f" ({retried} needed more than one GET)")
    details.append(f"RSS at start {first_rss:.0f} MiB, max {max_rss:.0f} MiB, at the end {last_rss:.0f} MiB"
                   + (f", VmHWM {hwm:.0f} MiB" if hwm is not None else ""))

    print(summary)
    for d in details:
        print("soak: " + d)

    # The report.
    report = os.path.join(out, "report.md")
    with open(report, "w") as f:
        w = lambda s="": f.write(s + "\n")  # noqa: E731
        w("# Soak test results")
        w()
        for key, value in meta:
            w(f"- {key}: {value}")
        w(f"- Traffic: {traffic_info['clients']} clients for {traffic_info['duration']:g} s, "
          f"{traffic_info['writes']:g}% writes, seed {traffic_info['seed']}, run id `{traffic_info['run_id']}`")
        w(f"- Hung threshold {hung:g} s, client timeout {args.timeout:g} s, recovery allowance "
          f"{args.recovery:g} s, RSS limit {args.max_rss_mb:g} MiB")
        w()
        w("## Summary")
        w()
        w("```")
        w(summary)
        for d in details:
            w("soak: " + d)
        w("```")
        w()
        w("## Checks")
        w()
        for ok, _, text in checks:
            w(f"- {'PASS' if ok else 'FAIL'} {text}")
        w()
        w("## Responses")
        w()
        w("| status | requests | in the outage window | outside it |")
        w("|---|---:|---:|---:|")
        in_codes = Counter(r[5] for r in outage_rows)
        for code in sorted(codes, key=lambda c: (not c[0].isdigit(), c)):
            w(f"| {code} | {codes[code]} | {in_codes[code]} | {codes[code] - in_codes[code]} |")
        w(f"| all | {total} | {len(outage_rows)} | {len(outside_rows)} |")
        w()
        w("## Per request kind")
        w()
        w("| request | count | p50 (ms) | p99 (ms) | max (ms) | statuses |")
        w("|---|---:|---:|---:|---:|---|")
        by_route = defaultdict(list)
        for r in rows:
            by_route[(r[2], r[3])].append(r)
        for (method, route), rs in sorted(by_route.items(), key=lambda kv: -len(kv[1])):
            ds = sorted(r[1] for r in rs)
            st = Counter(r[5] for r in rs)
            w(f"| {route} | {len(rs)} | {fmt_ms(percentile(ds, 50))} | {fmt_ms(percentile(ds, 99))} | "
              f"{fmt_ms(ds[-1])} | {', '.join(f'{k}: {v}' for k, v in sorted(st.items()))} |")
        w()
        w("## Timeline")
        w()
        w("Requests by the second they started in (relative to the start of the traffic); `*` marks seconds that "
          "overlap the outage window. Every second near the outage, every fifth second elsewhere.")
        w()
        w("| second | requests | 2xx | 3xx | 4xx | 5xx | 503 with Retry-After | timeouts | errors | max (ms) | RSS (MiB) |")
        w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        per_second = defaultdict(list)
        for r in rows:
            per_second[int(r[0] - t0)].append(r)
        rss_by_second = {}
        for at, kib in rss:
            rss_by_second[int(at - t0)] = kib / 1024
        near = set()
        if win is not None:
            near = set(range(int(win[0] - t0) - 3, int(win[1] - t0) + 4))
        last_second = max(per_second, default=0)
        second = 0
        while second <= last_second:
            step = 5
            while step > 1 and any(s in near for s in range(second, second + step)):
                step = 1 if second in near else step - 1
            group = [r for s in range(second, second + step) for r in per_second.get(s, [])]
            cls = Counter(status_class(r[5]) for r in group)
            ra = sum(1 for r in group if r[5] == "503" and r[6])
            mark = "*" if win is not None and t0 + second <= win[1] and t0 + second + step > win[0] else ""
            label = f"{second}" if step == 1 else f"{second}-{second + step - 1}"
            rss_val = max((rss_by_second[s] for s in range(second, second + step) if s in rss_by_second),
                          default=None)
            w(f"| {label}{mark} | {len(group)} | {cls['2xx']} | {cls['3xx']} | {cls['4xx']} | {cls['5xx']} | {ra} | "
              f"{cls['timeout']} | {cls['error']} | {fmt_ms(max((r[1] for r in group), default=0))} | "
              f"{'' if rss_val is None else f'{rss_val:.0f}'} |")
            second += step
        w()
        w("## Slowest requests")
        w()
        w("| start | ms | request | status |")
        w("|---:|---:|---|---|")
        for r in slowest:
            w(f"| {rel(r[0])} | {fmt_ms(r[1])} | {r[2]} {r[4]} | {r[5]} {r[8]} |")
        if fivexx_out or errors_out:
            w()
            w("## Failures outside the outage window (first 20)")
            w()
            w("| start | ms | request | status |")
            w("|---:|---:|---|---|")
            for r in (fivexx_out + errors_out)[:20]:
                w(f"| {rel(r[0])} | {fmt_ms(r[1])} | {r[2]} {r[4]} | {r[5]} {r[8]} |")
        if unreadable:
            w()
            w("## Writes answered 201 but not readable (first 20)")
            w()
            for loc, st, n in unreadable[:20]:
                w(f"- {loc}: {st} after {n} GETs")
        other = {k: v for k, v in counts.items() if "answered" in k and "200" not in k}
        if other or traffic_info.get("pending_retries"):
            w()
            w("## Other write outcomes")
            w()
            for k, v in sorted(other.items()):
                w(f"- {k}: {v}")
            if traffic_info.get("pending_retries"):
                w(f"- writes still waiting for a retry when the traffic ended: {traffic_info['pending_retries']}")
    with gzip.open(os.path.join(out, "requests.tsv.gz"), "wt") as z, open(os.path.join(out, "requests.tsv")) as f:
        for line in f:
            z.write(line)
    return 0 if passed else 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=("traffic", "check"))
    p.add_argument("--base", required=True, help="the service's base URL, e.g. http://127.0.0.1:8082")
    p.add_argument("--out", required=True, help="the working directory shared with soak.sh")
    p.add_argument("--pid", type=int, default=0, help="the service's process id (RSS)")
    p.add_argument("--timeout", type=float, default=7.0, help="client timeout in seconds")
    p.add_argument("--duration", type=float, default=120)
    p.add_argument("--clients", type=int, default=16)
    p.add_argument("--writes", type=float, default=10, help="share of writes, percent")
    p.add_argument("--write-attempts", type=int, default=5, help="sends of one write at most (same key)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--run-id", default=time.strftime("%Y%m%d%H%M%S", time.gmtime()))
    p.add_argument("--events", help="file of 'name epoch' lines: stop_begin, stop_end, start_begin, start_ready, "
                   "start_end")
    p.add_argument("--meta", help="file of 'key<TAB>value' lines for the report's header")
    p.add_argument("--hung", type=float, default=5.0)
    p.add_argument("--recovery", type=float, default=5.0)
    p.add_argument("--readback-allowance", type=float, default=10.0,
                   help="seconds a created resource may take to answer 200 on read-back")
    p.add_argument("--max-rss-mb", type=float, default=400)
    p.add_argument("--require-503", type=int, choices=(0, 1), default=1,
                   help="1: every 5xx in the outage window must be a 503 with Retry-After (a fifth check)")
    args = p.parse_args()
    try:
        if args.mode == "traffic":
            traffic(args)
            return 0
        return check(args)
    except SystemExit as e:  # an operational error with its message: exit 2, as soak.sh does
        if isinstance(e.code, str):
            log(f"ERROR: {e.code}")
            return 2
        raise
    except Exception:  # a bug in this script or an unreadable file: not a finding about the service
        traceback.print_exc()
        return 2


if __name__ == "__main__":
    sys.exit(main())
