#!/usr/bin/env python3
"""telc diff beside the expected findings of Weaver's backwards-compatibility policy tests.

Usage: tools/weaver_compat.py TELC PACKAGES_REPO
  TELC: the telc binary; it is run as `TELC diff --baseline BASE CURRENT --format json`. A command
    line with `{base}` and `{current}` in it is used as given instead (e.g. a test helper).
  PACKAGES_REPO: a clone (or bare git directory) of open-telemetry/opentelemetry-weaver-packages.

Each test of policies/check/backwards-compatibility (its base/model.yaml, current/model.yaml and
expected-diagnostic-output.json, read from HEAD) is written to a temporary directory and diffed.
telc's messages start with "<element> '<name>'" (lib/diff), and name the attribute concerned in
their second quotes. An expected finding matches the telc findings of the mapped code (CODE below)
on the element Weaver names; a finding about a set of attributes (dropped, added, identity) matches
telc's findings on those attributes, one per attribute. Prints, per test, the expected findings
missed and telc's other findings, and the total matched/expected. Nothing is written outside the
temporary directory.
"""
import json
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile

TESTS = "policies/check/backwards-compatibility/tests"

CODE = {  # Weaver finding id -> (telc element, telc code)
    "compatibility_removed_attribute": ("attribute", "diff/removed"),
    "compatibility_stable_attribute_now_unstable": ("attribute", "diff/stability-downgraded"),
    "compatibility_stable_attribute_changed_type": ("attribute", "diff/type-changed"),
    "compatibility_stable_enum_member_changed_from_stable": ("member", "diff/member-changed"),
    "compatibility_stable_enum_member_missing": ("member", "diff/member-removed"),
    # Weaver reuses this id for "cannot change from stable": see code_of().
    "compatibility_metric_missing": ("metric", "diff/removed"),
    "compatibility_metric_changed_unit": ("metric", "diff/unit-changed"),
    "compatibility_metric_changed_instrument": ("metric", "diff/instrument-changed"),
    "compatibility_metric_changed_attributes": ("metric", "diff/attribute-dropped"),
    "compatibility_metric_added_attributes": ("metric", "diff/attribute-added"),
    "compatibility_entity_missing": ("entity", "diff/removed"),
    "compatibility_entity_missing_attribute": ("entity", "diff/attribute-dropped"),
    "compatibility_entity_changed_identity": ("entity", "diff/identity-changed"),
    "compatibility_event_removed": ("event", "diff/removed"),
    "compatibility_event_changed_stability": ("event", "diff/stability-downgraded"),
    "compatibility_event_dropped_attributes": ("event", "diff/attribute-dropped"),
    "compatibility_span_missing": ("span", "diff/removed"),
    "compatibility_span_changed_stability": ("span", "diff/stability-downgraded"),
    "compatibility_span_changed_kind": ("span", "diff/span-kind-changed"),
    "compatibility_span_dropped_attributes": ("span", "diff/attribute-dropped"),
    "compatibility_attribute_group_removed": ("attribute_group", "diff/removed"),
    "compatibility_attribute_group_changed_stability": ("attribute_group", "diff/stability-downgraded"),
    "compatibility_attribute_group_dropped_attributes": ("attribute_group", "diff/attribute-dropped"),
    "compatibility_attribute_group_added_attributes": ("attribute_group", "diff/attribute-added"),
}

ELEMENT = {"attribute group": "attribute_group", "enum member": "member"}
MESSAGE = re.compile(r"^(attribute group|enum member|attribute|metric|event|span|entity|label) '([^']*)'(.*)$")


def code_of(violation):
    element, code = CODE.get(violation["id"], ("?", "?" + violation["id"]))
    if violation["id"] == "compatibility_metric_missing" and "cannot change from stable" in violation["message"]:
        code = "diff/stability-downgraded"
    return element, code


def weaver_name(violation):
    """The element Weaver names: its signal, group or attribute; a member as attribute/member."""
    context = violation.get("context") or {}
    if violation.get("signal_name"):
        return violation["signal_name"]
    if "attribute_group_id" in context:
        return context["attribute_group_id"]
    key = context.get("attribute_key", "")
    member = context.get("enum_member_id") or context.get("member_id")
    return f"{key}/{member}" if member else key  # the value rule names no member: any of the enum's


def weaver_keys(violation):
    """The attributes a set-valued finding names, or None."""
    context = violation.get("context") or {}
    for field in ("missing_attributes", "added_attributes", "identity_missing_attributes",
                  "description_missing_attributes"):
        if field in context:
            return set(context[field])
    return None


def telc_findings(telc, base, current):
    if "{base}" in telc:
        command = [part.format(base=base, current=current) for part in shlex.split(telc)]
    else:
        command = [telc, "diff", "--baseline", str(base), str(current), "--format", "json"]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        diagnostics = json.loads(run.stdout)["diagnostics"]
    except (json.JSONDecodeError, KeyError):
        sys.exit(f"no JSON diagnostics from {' '.join(command)}:\n{run.stdout}{run.stderr}")
    out = []
    for item in diagnostics:
        if not item["code"].startswith("diff/"):
            continue
        parsed = MESSAGE.match(item["message"])
        element, name, rest = parsed.groups() if parsed else ("?", "?", item["message"])
        label = re.search(r"'([^']*)'", rest)
        out.append({"code": item["code"], "element": ELEMENT.get(element, element), "name": name,
                    "label": label.group(1) if label else "", "message": item["message"], "used": False})
    return out


def matches(finding, violation, element, code):
    if finding["used"] or finding["code"] != code or finding["element"] != element:
        return False
    name = weaver_name(violation)
    if element == "member" and "/" not in name:
        return finding["name"].startswith(name + "/")
    return finding["name"] == name


def git_show(repo, path):
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True,
                          check=True).stdout


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    telc, repo = sys.argv[1], pathlib.Path(sys.argv[2])
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", f"HEAD:{TESTS}/"],
                             capture_output=True, text=True, check=True).stdout.split()
    matched_total = expected_total = extra_total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for test in sorted(listing):
            root = pathlib.Path(tmp) / test
            for side in ("base", "current"):
                (root / side).mkdir(parents=True)
                (root / side / "model.yaml").write_text(git_show(repo, f"{TESTS}/{test}/{side}/model.yaml"))
            expected = json.loads(git_show(repo, f"{TESTS}/{test}/expected-diagnostic-output.json"))
            findings = telc_findings(telc, root / "base", root / "current")
            missed = []
            matched = 0
            for item in expected:
                violation = item["error"]["violation"]
                element, code = code_of(violation)
                keys = weaver_keys(violation)
                hits = [f for f in findings if matches(f, violation, element, code)
                        and (keys is None or f["label"] in keys)]
                if keys is None:
                    hits = hits[:1]
                elif {f["label"] for f in hits} != keys:
                    hits = []
                for hit in hits:
                    hit["used"] = True
                if hits:
                    matched += 1
                else:
                    missed.append(f"{violation['id']}: {violation['message']}")
            extra = [f"{f['code']}: {f['message']}" for f in findings if not f["used"]]
            print(f"{test}: matched {matched}/{len(expected)}")
            for line in missed:
                print(f"  missed  {line}")
            for line in extra:
                print(f"  extra   {line}")
            matched_total += matched
            expected_total += len(expected)
            extra_total += len(extra)
    print(f"matched {matched_total}/{expected_total}, {extra_total} extra")
    return 0 if matched_total == expected_total else 1


if __name__ == "__main__":
    sys.exit(main())
