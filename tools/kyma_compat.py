#!/usr/bin/env python3
"""Structural agreement of `telc compile --target kyma` with the Telemetry Manager's golden configs.

Usage: tools/kyma_compat.py TELC SCENARIOS [MANAGER_REPO] [--verbose]

SCENARIOS holds one folder per golden (written by us, never committed): `input/` (our own pipelines
reproducing the Go test's input, and a `.telc.yaml` with the test's cluster facts) and
`scenario.json` {"golden": "<path in the manager repo>", "output": "kyma/<file>.yaml"}. Goldens
are read from MANAGER_REPO (a git directory; default the fetched mirror) at the pinned release.

Compared: component ids of every section, each component's config, service pipelines (names and
the order of their receivers, processors and exporters) and service extensions. Key order is not
compared (YAML readers ignore it). Prints one line per scenario and the count of identical ones.
"""
import json
import os
import subprocess
import sys
import tempfile

import yaml

RELEASE = "1.69.0"
DEFAULT_REPO = "/work/.mirror/kyma-project+telemetry-manager/repo"


def golden(repo, path):
    text = subprocess.run(["git", "-C", repo, "show", f"{RELEASE}:{path}"], check=True, capture_output=True,
                          text=True).stdout
    return yaml.safe_load(text)


def differences(want, got, where="", out=None):
    out = [] if out is None else out
    if isinstance(want, dict) and isinstance(got, dict):
        for key in sorted(set(want) | set(got), key=str):
            if key not in got:
                out.append(f"{where}/{key}: missing")
            elif key not in want:
                out.append(f"{where}/{key}: extra")
            else:
                differences(want[key], got[key], f"{where}/{key}", out)
    elif isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        for i, (w, g) in enumerate(zip(want, got)):
            differences(w, g, f"{where}[{i}]", out)
    elif want != got:
        out.append(f"{where}: want {json.dumps(want)[:160]} got {json.dumps(got)[:160]}")
    return out


def run(telc, folder):
    with open(os.path.join(folder, "scenario.json")) as f:
        scenario = json.load(f)
    with tempfile.TemporaryDirectory() as out:
        inputs = os.path.join(folder, "input")
        proc = subprocess.run([telc, "compile", "--target", "kyma", "-o", out, inputs], capture_output=True, text=True)
        path = os.path.join(out, scenario["output"])
        if proc.returncode != 0 or not os.path.exists(path):
            return scenario, None, proc.stdout + proc.stderr
        with open(path) as f:
            return scenario, yaml.safe_load(f), proc.stdout + proc.stderr


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    telc, root = args[0], args[1]
    repo = args[2] if len(args) > 2 else DEFAULT_REPO
    names = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "scenario.json")))
    same = 0
    for name in names:
        scenario, got, log = run(telc, os.path.join(root, name))
        want = golden(repo, scenario["golden"])
        if got is None:
            first = [line for line in log.splitlines() if ": error:" in line][:2]
            print(f"FAIL  {name}: no {scenario['output']}: " + ("; ".join(first) or log.strip()[:200]))
            continue
        diffs = differences(want, got)
        if not diffs:
            same += 1
            print(f"same  {name}")
            continue
        print(f"DIFF  {name}: {len(diffs)} difference(s)")
        for d in diffs if verbose else diffs[:8]:
            print(f"      {d}")
    print(f"{same} of {len(names)} goldens structurally identical")


if __name__ == "__main__":
    main()
