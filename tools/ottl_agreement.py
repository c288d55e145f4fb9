#!/usr/bin/env python3
"""Agreement of telc's OTTL checking with the collector, on configs and statement files.

Usage: tools/ottl_agreement.py TELC [--version X] [--list] PATH...

PATH is a directory or file; nothing is fetched, collect the inputs beforehand.
- `*.yaml` / `*.yml`: a full collector config, or a fragment of components keyed by id (as in
  the processors' testdata). Each transform/filter processor and routing connector of a
  fragment is wrapped in its own minimal config (otlp receiver, the component, debug exporter,
  the pipelines of the signals it names), so the verdict is per component. A file `expect.txt`
  beside it (`<id> ok|fail` per line, `#` comments) gives upstream's expectation, read from the
  component's config_test.go; the agreement is counted from it.
- `*.txt`: one OTTL statement or bare converter expression per line (README examples). An
  editor statement is checked as written, a converter expression as `set(cache["v"], EXPR)`,
  in a transform group of each context in turn (log, span, spanevent, datapoint, metric,
  resource, scope); it is accepted when some context accepts it.

A component or statement is rejected when telc reports an error coded ottl/* or collector/*
for it. Prints the counts (accepted/rejected, per code, agreement) and, with --list, each
rejection and each disagreement. Writes only into a temporary directory.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

import yaml

CONTEXTS = {"log": "logs", "span": "traces", "spanevent": "traces", "datapoint": "metrics",
            "metric": "metrics", "resource": "logs", "scope": "logs"}
SIGNAL_KEYS = {"trace_statements": "traces", "metric_statements": "metrics",
               "log_statements": "logs", "traces": "traces", "spans": "traces",
               "metrics": "metrics", "logs": "logs"}


def full_config(kind, cid, body, signals, routed=()):
    """A minimal config around one component; `routed` are the routing connector's targets."""
    cfg = {"receivers": {"otlp": {"protocols": {"grpc": {}}}}, "exporters": {"debug": {}},
           "service": {"pipelines": {}}}
    pipes = cfg["service"]["pipelines"]
    if kind == "connectors":
        cfg["connectors"] = {cid: body}
        for sig in signals:
            pipes[sig + "/in"] = {"receivers": ["otlp"], "exporters": [cid]}
        for name in routed:
            pipes[name] = {"receivers": [cid], "exporters": ["debug"]}
    else:
        cfg[kind] = {cid: body}
        for sig in signals:
            pipes[sig] = {"receivers": ["otlp"], "processors": [cid], "exporters": ["debug"]}
    return cfg


def wrap_fragment(doc):
    """(component id, config) for every transform/filter/routing component of a fragment."""
    out = []
    for cid, body in doc.items():
        body = body or {}
        kind = cid.split("/")[0]
        if kind == "routing":
            names = list(body.get("default_pipelines") or [])
            for route in body.get("table") or []:
                names += route.get("pipelines") or []
            names = sorted(set(names)) or ["traces/out"]
            signals = sorted({n.split("/")[0] for n in names})
            out.append((cid, full_config("connectors", cid, body, signals, names)))
        elif kind in ("transform", "filter"):
            signals = sorted({SIGNAL_KEYS[k] for k in body if k in SIGNAL_KEYS}) or ["traces"]
            out.append((cid, full_config("processors", cid, body, signals)))
    return out


def statement_configs(text):
    """One config per candidate context for a README statement or converter expression."""
    stmt = text if text[:1].islower() else 'set(cache["v"], %s)' % text
    for ctx, sig in CONTEXTS.items():
        group = {"context": ctx, "statements": [stmt]}
        key = {"logs": "log_statements", "traces": "trace_statements",
               "metrics": "metric_statements"}[sig]
        yield ctx, full_config("processors", "transform", {key: [group]}, [sig])


def run_telc(telc, options, files):
    """Error codes per file (ottl/* and collector/* only)."""
    run = subprocess.run([telc, "collector", "check", "--format", "json", *options, *files],
                         capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit("telc failed: " + run.stderr)
    codes = collections.defaultdict(list)
    for d in json.loads(run.stdout)["diagnostics"]:
        if d["severity"] == "error" and d["code"].startswith(("ottl/", "collector/")):
            codes[os.path.realpath(d["file"])].append((d["code"], d["message"]))
    return codes


def read_expect(path):
    expect = {}
    if os.path.isfile(path):
        for line in open(path, encoding="utf-8"):
            parts = line.split("#")[0].split()
            if len(parts) == 2:
                expect[parts[0]] = parts[1] == "ok"
    return expect


def inputs(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, _, names in os.walk(path):
            for n in sorted(names):
                if n.endswith((".yaml", ".yml", ".txt")) and n != "expect.txt":
                    yield os.path.join(root, n)


def main(argv):
    args, options, listing = argv[2:], [], False
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    paths = []
    while args:
        arg = args.pop(0)
        if arg == "--version" and args:
            options += [arg, args.pop(0)]
        elif arg == "--list":
            listing = True
        else:
            paths.append(arg)
    tmp = tempfile.mkdtemp(prefix="ottl-agreement-")
    units = []  # (label, kind, [(file, ctx)], expectation or None)
    for n, path in enumerate(inputs(paths)):
        if path.endswith(".txt"):
            for m, line in enumerate(open(path, encoding="utf-8")):
                text = line.strip()
                if not text or text.startswith("#"):
                    continue
                files = []
                for ctx, cfg in statement_configs(text):
                    f = os.path.join(tmp, "s%d_%d_%s.yaml" % (n, m, ctx))
                    with open(f, "w", encoding="utf-8") as out:
                        json.dump(cfg, out)
                    files.append(f)
                units.append((text, "statement", files, None))
            continue
        doc = yaml.safe_load(open(path, encoding="utf-8")) or {}
        expect = read_expect(os.path.join(os.path.dirname(path), "expect.txt"))
        wrapped = [(None, doc)] if "service" in doc else wrap_fragment(doc)
        for m, (cid, cfg) in enumerate(wrapped):
            f = os.path.join(tmp, "c%d_%d.yaml" % (n, m))
            with open(f, "w", encoding="utf-8") as out:
                json.dump(cfg, out)
            label = "%s %s" % (os.path.basename(path), cid or "")
            units.append((label, "component", [f], expect.get(cid)))
    codes = run_telc(argv[1], options, [f for u in units for f in u[2]])
    counts = collections.Counter()
    per_code = collections.Counter()
    for label, kind, files, expected in units:
        errs = [codes.get(os.path.realpath(f), []) for f in files]
        accepted = any(not e for e in errs)
        counts[(kind, "accepted" if accepted else "rejected")] += 1
        if not accepted:
            best = min(errs, key=len)
            for code in sorted({c for c, _ in best}):
                per_code[(kind, code)] += 1
            if listing:
                print("REJECTED %s: %s" % (label, "; ".join("%s %s" % e for e in best)))
        if expected is not None:
            agree = expected == accepted
            counts[(kind, "agree" if agree else "disagree")] += 1
            if listing and not agree:
                print("DISAGREE %s: upstream %s, telc %s" % (
                    label, "ok" if expected else "fail", "ok" if accepted else "fail"))
    for kind in ("statement", "component"):
        total = counts[(kind, "accepted")] + counts[(kind, "rejected")]
        if not total:
            continue
        line = "%ss: %d, accepted %d, rejected %d" % (
            kind, total, counts[(kind, "accepted")], counts[(kind, "rejected")])
        judged = counts[(kind, "agree")] + counts[(kind, "disagree")]
        if judged:
            line += ", agreement %d/%d" % (counts[(kind, "agree")], judged)
        print(line)
        for (k, code), c in per_code.most_common():
            if k == kind:
                print("  %5d %s" % (c, code))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
