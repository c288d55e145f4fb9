#!/usr/bin/env python3
"""telc validate beside promtool and vmalert -dryRun on every rule file under some directories.

Usage: tools/rule_agreement.py TELC DIR...  (promtool and vmalert on PATH; python3-yaml)

A rule file is a YAML file whose documents are Prometheus rule files (top-level `groups`) or
PrometheusRule / VMRule resources (their `spec`, handed to the references as a plain rule file).
Prints, per directory and in total: files, the verdicts, and the disagreements by name:
  false error: telc reports an error where both references accept the file;
  miss:        both references reject the file and telc reports nothing.
Nothing is written outside a temporary directory.
"""
import os
import subprocess
import sys
import tempfile

import yaml


def rule_specs(path):
    """The plain rule-file documents of `path` (None when it is not a rule file). A placeholder
    (`null`, `{}` or empty) counts when its name says it holds rules or alerts."""
    try:
        with open(path, encoding="utf-8") as f:
            docs = list(yaml.safe_load_all(f))
    except Exception:  # noqa: BLE001 - unreadable or not YAML: not a rule file for this comparison
        return None
    specs = []
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        if doc.get("kind") in ("PrometheusRule", "VMRule") and isinstance(doc.get("spec"), dict):
            specs.append(doc["spec"])
        elif "groups" in doc and "apiVersion" not in doc and "kind" not in doc:
            groups = doc["groups"]
            if groups is None or (isinstance(groups, list) and all(
                    isinstance(g, dict) and ("rules" in g or "name" in g) and "id" not in g for g in groups)):
                specs.append(doc)
    placeholder = all(doc is None or doc == {} for doc in docs)
    if not specs and placeholder and any(word in os.path.basename(path) for word in ("rule", "alert")):
        return [d for d in docs if d is not None] or [None]
    return specs or None


def accepts(command):
    return subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def main():
    telc, dirs = sys.argv[1], sys.argv[2:]
    total = {"files": 0, "false": [], "miss": [], "agree": 0, "refs_disagree": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for top in dirs:
            row = {"files": 0, "false": [], "miss": [], "agree": 0, "refs_disagree": 0}
            for root, subdirs, names in os.walk(top):
                subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.endswith((".yaml", ".yml")):
                        continue
                    path = os.path.join(root, name)
                    specs = rule_specs(path)
                    if specs is None:
                        continue
                    row["files"] += 1
                    plain = os.path.join(tmp, "rules.yaml")
                    with open(plain, "w", encoding="utf-8") as out:
                        if specs != [None]:
                            yaml.safe_dump_all(specs, out, sort_keys=False)
                    promtool = accepts(["promtool", "check", "rules", plain])
                    vmalert = accepts(["vmalert", "-dryRun", "-rule=" + plain, "-loggerLevel=PANIC"])
                    telc_ok = accepts([telc, "validate", path])
                    if promtool != vmalert:
                        row["refs_disagree"] += 1
                    if promtool and vmalert and not telc_ok:
                        row["false"].append(path)
                    elif not promtool and not vmalert and telc_ok:
                        row["miss"].append(path)
                    else:
                        row["agree"] += 1
            print(f"{top}: {row['files']} rule files, {len(row['false'])} false errors, {len(row['miss'])} misses, "
                  f"references disagree on {row['refs_disagree']}")
            for kind in ("false", "miss"):
                for path in row[kind]:
                    print(f"  {kind}: {path}")
            for key in ("files", "agree", "refs_disagree"):
                total[key] += row[key]
            total["false"] += row["false"]
            total["miss"] += row["miss"]
    print(f"total: {total['files']} rule files, {len(total['false'])} false errors, {len(total['miss'])} misses, "
          f"references disagree on {total['refs_disagree']}")


if __name__ == "__main__":
    main()
