#!/usr/bin/env python3
"""telc lint beside the expected findings of Weaver's policy-package tests.

Usage: tools/weaver_policies.py TELC PACKAGES_REPO
  PACKAGES_REPO: a clone (or bare git directory) of open-telemetry/opentelemetry-weaver-packages.

Each test of policies/check/{naming_conventions,stability,entity_associations} (its
current/model.yaml and expected-diagnostic-output.json, read from HEAD) is written to a temporary
directory with a `.telc.yaml` selecting the otel profile, and linted with
`telc lint --fail-on note --format json`. An expected finding matches when telc reports the mapped
code (KIND below) on the line that names the element Weaver names (an enum member, an entity, an
attribute, the signal), or within that element's list item (its brief, its
deprecated.renamed_to). Prints, per test, the expected findings missed and telc's other findings;
per package, matched/expected; and, on the tests that expect nothing, the findings of the telc
rules that stand for the package. Nothing is written outside the temporary directory.
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
import tempfile

PACKAGES = ("naming_conventions", "stability", "entity_associations")

KIND = {  # Weaver finding id -> telc code
    "naming_convention_attr_has_namespace": "naming/semconv-namespace",
    "naming_convention_enum_id": "naming/semconv-name",
    "naming_convention_entity_type": "naming/semconv-name",
    "naming_convention_span_type": "naming/semconv-name",
    "naming_convention_metric_name": "naming/semconv-name",
    "naming_convention_event_name": "naming/semconv-name",
    "naming_convention_metric_brief_period": "naming/metric-brief-period",
    "naming_convention_attribute_complex_type_violation": "naming/semconv-complex-type",
    "naming_convention_attribute_constant_collision": "naming/semconv-collision",
    "naming_convention_attribute_namespace_collision": "naming/semconv-collision",
    "naming_convention_metric_constant_collision": "naming/semconv-collision",
    "naming_convention_event_constant_collision": "naming/semconv-collision",
    "naming_convention_entity_constant_collision": "naming/semconv-collision",
    "naming_convention_enum_member_collision": "naming/semconv-collision",
    "naming_convention_metric_namespace_collision": "naming/semconv-collision",
    "entity_association_unknown_entity": "entities/unknown-association",
}

OWN_CODES = {  # the telc rules that stand for each package
    "naming_conventions": {c for c in KIND.values() if c.startswith("naming/")},
    "stability": {"stability/lower-stability-attribute", "stability/renamed-to"},
    "entity_associations": {"entities/unknown-association"},
}


def kind(finding_id):
    if finding_id in KIND:
        return KIND[finding_id]
    if finding_id.startswith("stability_") and finding_id.endswith("_lower_stability_attribute"):
        return "stability/lower-stability-attribute"
    if finding_id.startswith("deprecation_") and "renamed_to" in finding_id:
        return "stability/renamed-to"
    return "?" + finding_id


def element_names(violation):
    """The names Weaver gives the element: an enum member, an entity, an attribute, the signal."""
    context = violation.get("context") or {}
    names = [context[k] for k in ("member_id", "entity", "attribute_key", "attribute") if k in context]
    if violation.get("signal_name"):
        names.append(violation["signal_name"])
    return names


def indent(text):
    return len(text) - len(text.lstrip())


def item_lines(lines, at):
    """Line `at` and, when it belongs to a YAML list item, every line of that item."""
    start = at
    while start > 0 and not lines[start].lstrip().startswith("- ") and indent(lines[start]) >= indent(lines[at]):
        start -= 1
    if not lines[start].lstrip().startswith("- "):
        return {at}
    end = at + 1
    while end < len(lines) and (not lines[end].strip() or indent(lines[end]) > indent(lines[start])):
        end += 1
    return {at} | set(range(start, end))


def element_lines(lines, names):
    """0-based lines that name one of `names` as a value, with the rest of their list item."""
    out = set()
    for name in names:
        pattern = r"(^|[\s:'\"-])" + re.escape(name) + r"\s*['\"]?\s*$"
        for at, text in enumerate(lines):
            if re.search(pattern, text):
                out |= item_lines(lines, at)
    return out


def extract(repo, root):
    """Writes every test of PACKAGES to root/<package>/<test>/ (model.yaml, expected.json, .telc.yaml)."""
    git = ["git", "--git-dir", repo] if (pathlib.Path(repo) / "HEAD").is_file() else ["git", "-C", repo]
    listing = subprocess.run(git + ["ls-tree", "-r", "--name-only", "HEAD", "policies/check"],
                             capture_output=True, text=True, check=True).stdout.split()
    for path in listing:
        m = re.match(r"policies/check/([^/]+)/tests/([^/]+)/(current/model\.yaml|expected-diagnostic-output\.json)$",
                     path)
        if not m or m.group(1) not in PACKAGES:
            continue
        test = root / m.group(1) / m.group(2)
        test.mkdir(parents=True, exist_ok=True)
        text = subprocess.run(git + ["show", "HEAD:" + path], capture_output=True, text=True, check=True).stdout
        (test / ("model.yaml" if path.endswith(".yaml") else "expected.json")).write_text(text)
        (test / ".telc.yaml").write_text("naming:\n  profile: otel\n")


def lint(telc, test):
    result = subprocess.run([telc, "lint", "--fail-on", "note", "--format", "json", "--config",
                             str(test / ".telc.yaml"), str(test / "model.yaml")], capture_output=True, text=True)
    return [(d["code"], d.get("line")) for d in json.loads(result.stdout)["diagnostics"]]


def compare(telc, root):
    totals, matched, on_clean = collections.Counter(), collections.Counter(), collections.Counter()
    for test in sorted(root.glob("*/*/")):
        package = test.parent.name
        lines = (test / "model.yaml").read_text().splitlines()
        got = lint(telc, test)
        expected = json.loads((test / "expected.json").read_text())
        used, missing = set(), []
        for entry in expected:
            violation = entry["error"]["violation"]
            totals[package] += 1
            code, spots = kind(violation["id"]), element_lines(lines, element_names(violation))
            hits = [i for i, (c, line) in enumerate(got) if c == code and i not in used and line and line - 1 in spots]
            if hits:
                used.add(hits[0])
                matched[package] += 1
            else:
                missing.append(f"{violation['id']} {element_names(violation)}")
        extra = [f"{c}@{line}" for i, (c, line) in enumerate(got) if i not in used]
        if not expected:
            on_clean[package] += len([x for x in extra if x.split("@")[0] in OWN_CODES[package]])
        print(f"{package}/{test.name}: missing={missing} extra={extra}")
    for package in sorted(totals):
        print(f"== {package}: matched {matched[package]}/{totals[package]}")
    print(f"== total matched {sum(matched.values())}/{sum(totals.values())}; "
          f"findings of the packages' rules on clean tests {sum(on_clean.values())}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        extract(sys.argv[2], pathlib.Path(tmp))
        compare(sys.argv[1], pathlib.Path(tmp))


if __name__ == "__main__":
    main()
