#!/usr/bin/env python3
"""telc collector check over directories of collector configs, counted per code.

Usage: tools/collector_agreement.py TELC [--version X] [--distribution D] DIR|FILE...

Runs `TELC collector check --format json` on every *.yaml / *.yml under the given paths (one
run, so the counts are the figures telc prints) and prints files, errors and warnings in
total, then one line per severity and code, most frequent first, and the files with errors.
Used to re-measure the acceptance figures on real configs, e.g. the Kyma Telemetry Manager's
golden collector configs:

  tools/collector_agreement.py build/cli/telc --version 0.158.0 \\
      /work/real/telemetry-manager/internal/otelcollector/config/*/testdata

Nothing is written.
"""
import collections
import json
import os
import signal
import subprocess
import sys


def config_files(paths):
    """Every YAML file under `paths`, sorted, so runs are comparable."""
    found = []
    for path in paths:
        if os.path.isfile(path):
            found.append(path)
            continue
        for root, _, names in os.walk(path):
            found.extend(os.path.join(root, n) for n in names if n.endswith((".yaml", ".yml")))
    return sorted(found)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    telc, rest = argv[1], argv[2:]
    options, paths = [], []
    while rest:
        arg = rest.pop(0)
        if arg in ("--version", "--distribution") and rest:
            options += [arg, rest.pop(0)]
        else:
            paths.append(arg)
    files = config_files(paths)
    if not files:
        print("no *.yaml files under the given paths", file=sys.stderr)
        return 2
    run = subprocess.run([telc, "collector", "check", "--format", "json", *options, *files],
                         capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        print(run.stderr, file=sys.stderr)
        return run.returncode
    diagnostics = json.loads(run.stdout)["diagnostics"]
    per_code = collections.Counter((d["severity"], d["code"]) for d in diagnostics)
    severities = collections.Counter(d["severity"] for d in diagnostics)
    print(f"files: {len(files)}  errors: {severities['error']}  warnings: {severities['warning']}"
          f"  notes: {severities['note']}")
    for (severity, code), count in sorted(per_code.items(), key=lambda item: (-item[1], item[0])):
        print(f"{count:6d}  {severity:8s} {code}")
    with_errors = sorted({d["file"] for d in diagnostics if d["severity"] == "error"})
    if with_errors:
        print("files with errors:")
        for name in with_errors:
            print(f"  {name}")
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the output quietly
    sys.exit(main(sys.argv))
