#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml under the real pre-commit, as a team would use them: a
# repository of policies, rules and the usual unrelated YAML (compose, CI workflows, a Helm chart,
# Kubernetes manifests, .telc.yaml), the hooks installed from a hooks repository, then commits.
# pre-commit passes only the changed files, so a policy is checked without its definitions being
# named: telc must read them as context. Usage: run.sh TELC_BINARY SOURCE_DIR
set -euo pipefail
telc=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export PRE_COMMIT_HOME="$work/cache" PATH="$work/bin:$PATH" NO_COLOR=1
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name test && git config --global user.email test@example.com
git config --global init.defaultBranch main
mkdir -p "$work/bin" && ln -s "$telc" "$work/bin/telc"

fail() { echo "FAIL: $*"; exit 1; }

# The hooks repository: this checkout's .pre-commit-hooks.yaml, committed.
mkdir "$work/hooks" && cd "$work/hooks" && git init -q
cp "$source_dir/.pre-commit-hooks.yaml" . && git add . && git commit -qm hooks
rev=$(git rev-parse HEAD)

# The team's repository.
mkdir "$work/repo" && cd "$work/repo" && git init -q
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: telc-validate
      - id: telc-lint
      - id: telc-test
      - id: telc-diff
EOF
cp "$source_dir/examples/metrics/httproute-definitions.yaml" definitions.yaml
mkdir policies && cp "$source_dir/examples/metrics/httproute-policies.yaml" policies/httproute.yaml
mkdir rules && cat >rules/queue.yaml <<'EOF'
groups:
  - name: queue
    rules:
      - alert: QueueBacklog
        expr: sum by (cluster, queue) (rate(queue_messages_total[5m])) > 100
        for: 10m
        labels: {team: platform, service: queue, severity: warning}
        annotations:
          description: "Queue {{ $labels.queue }} in {{ $labels.cluster }} is backing up"
          runbook_url: https://runbooks.example.com/queue-backlog
EOF
cat >policies/httproute.test.yaml <<'EOF'
apiVersion: telc.dev/v1alpha1
kind: PolicyTest
metadata: {name: httproute}
spec:
  inputs: [../definitions.yaml, httproute.yaml]
  tests:
    - name: a True condition is 1
      policies: [httproute-condition-status-policy]
      objects:
        - apiVersion: gateway.networking.k8s.io/v1
          kind: HTTPRoute
          metadata: {name: web, namespace: shop, uid: u-1}
          status: {conditions: [{type: Accepted, status: "True", reason: Accepted}]}
      expect:
        - metric: gateway.networking.k8s.io.httproute.status.condition
          labels: {condition: Accepted, reason: Accepted, resource_name: web, resource_namespace: shop, resource_uid: u-1}
          value: 1
EOF
cat >.telc.yaml <<'EOF'
lint:
  rules:
    cardinality/undescribed-label: "off"
EOF
cat >docker-compose.yml <<'EOF'
services:
  app: {image: "nginx:1.25", ports: ["8080:80"]}
EOF
mkdir -p .github/workflows && cat >.github/workflows/ci.yml <<'EOF'
on: [push]
jobs: {test: {runs-on: ubuntu-latest, steps: [{run: make test}]}}
EOF
mkdir -p chart/templates
printf 'apiVersion: v2\nname: app\nversion: 0.1.0\n' >chart/Chart.yaml
printf 'replicas: 2\nimage: {repository: nginx, tag: "1.25"}\n' >chart/values.yaml
cat >chart/templates/deployment.yaml <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicas }}
EOF
cat >deployment.yaml <<'EOF'
apiVersion: v1
kind: Namespace
metadata: {name: queue}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: queue, namespace: queue}
spec: {replicas: 1}
EOF

pre-commit install >/dev/null
git add -A
git commit -qm "everything" >"$work/log" 2>&1 || { cat "$work/log"; fail "the first commit, with unrelated YAML, was blocked"; }
echo "ok: a repository with unrelated YAML commits"

# A change to one MetricPolicy: pre-commit names only that file.
sed -i "s/Envoy's milliseconds/Envoy milliseconds/" policies/httproute.yaml
git add policies/httproute.yaml
git commit -qm "one policy" >"$work/log" 2>&1 || { cat "$work/log"; fail "a commit touching one MetricPolicy was blocked"; }
echo "ok: a commit touching one MetricPolicy passes"

# A policy change that breaks its unit test is blocked, naming the test and the expected series.
cp policies/httproute.yaml "$work/httproute.yaml"
sed -i "s/? 1 : 0\"/? 0 : 1\"/" policies/httproute.yaml
git add policies/httproute.yaml
if git commit -qm "inverted" >"$work/log" 2>&1; then cat "$work/log"; fail "a policy that fails its test was committed"; fi
grep -q "FAIL  httproute: a True condition is 1" "$work/log" || { cat "$work/log"; fail "the failing test is not named"; }
grep -q "policies/httproute.test.yaml:.*error: the series' value is 0, expected 1" "$work/log" ||
  { cat "$work/log"; fail "the mismatch is not located at the expected series"; }
cp "$work/httproute.yaml" policies/httproute.yaml && git add policies/httproute.yaml
echo "ok: a policy that fails its unit test is blocked"

# Unrelated YAML alone never blocks, even when it is not valid for telc's schemas.
printf 'services:\n  db: {image: "postgres:16", restart: always}\n' >docker-compose.yml
printf 'replicas: 3\nkind: Whatever\n' >chart/values.yaml
git add -A && git commit -qm "unrelated" >"$work/log" 2>&1 || { cat "$work/log"; fail "unrelated YAML blocked a commit"; }
echo "ok: unrelated YAML never blocks"

# A broken expression is blocked, with its location.
sed -i 's/rate(queue_messages_total\[5m\])/rate(queue_messages_total[5m]/' rules/queue.yaml
git add rules/queue.yaml
if git commit -qm "broken" >"$work/log" 2>&1; then cat "$work/log"; fail "a broken expression was committed"; fi
grep -q "rules/queue.yaml:5:" "$work/log" || { cat "$work/log"; fail "the message does not locate the expression"; }
grep -q "error:" "$work/log" || { cat "$work/log"; fail "the message does not say error"; }
echo "ok: a broken expression is blocked at rules/queue.yaml:5"

# Renaming a stable metric is blocked by telc-diff, naming the rule that still reads the old name;
# the same commit with the rule updated and the old definition kept as deprecated goes through.
git reset -q && git checkout -q -- rules/queue.yaml
mkdir -p stable && cat >stable/oven.yaml <<'EOF'
apiVersion: telemetry.miloapis.com/v1alpha1
kind: MetricDefinition
metadata: {name: bake-duration}
spec:
  resource: {group: bakery.example.com, kind: Oven}
  metric:
    name: bakery.example.com.oven.bake.duration
    description: Time one batch spends in the oven.
    stability: stable
    instrument: {type: histogram, unit: seconds, aggregationTemporality: cumulative}
  labels:
    - {key: product, required: true, description: What is baked.}
EOF
cat >stable/rules.yaml <<'EOF'
groups:
  - name: oven
    rules:
      - record: oven:bake_seconds:p95_5m
        expr: histogram_quantile(0.95, sum by (le) (rate(bakery_example_com_oven_bake_duration_seconds_bucket[5m])))
EOF
git add -A && git commit -qm "stable metric" >"$work/log" 2>&1 || { cat "$work/log"; fail "a stable metric and its rule were blocked"; }
sed -i 's/bakery.example.com.oven.bake.duration/bakery.example.com.oven.batch.duration/' stable/oven.yaml
git add -A
if git commit -qm "rename" >"$work/log" 2>&1; then cat "$work/log"; fail "renaming a stable metric was committed"; fi
grep -q "was renamed to 'bakery.example.com.oven.batch.duration'.*\[diff/renamed\]" "$work/log" ||
  { cat "$work/log"; fail "the rename is not reported"; }
grep -q "stable/rules.yaml:5:.*still reads 'bakery_example_com_oven_bake_duration_seconds_bucket'" "$work/log" ||
  { cat "$work/log"; fail "the rule reading the old name is not named"; }
echo "ok: renaming a stable metric is blocked, with the rule that still reads it"
