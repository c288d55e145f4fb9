#!/usr/bin/env bash
# The completion scripts of `telc completion` in the real shells: bash (the completion function
# called as bash calls it), fish (`complete -C`), and zsh (the script parses and defines its
# functions). Usage: tests/completion/run.sh TELC
set -euo pipefail
telc="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

expect() {  # expect SHELL LINE WORD...: completing LINE offers every WORD
  local shell="$1" line="$2" got
  shift 2
  got=$("complete_$shell" "$line")
  for word in "$@"; do
    grep -qxF -- "$word" <<<"$got" || { echo "FAIL: $shell: '$line' does not offer '$word'; got: $(echo $got)"; failed=1; }
  done
}

complete_bash() {
  bash --norc -c 'source "$1"; read -ra COMP_WORDS <<<"$2"; [[ $2 == *" " ]] && COMP_WORDS+=("");
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$2"; COMP_POINT=${#2}; _telc; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$tmp/telc.bash" "$1"
}

complete_fish() {
  fish --no-config -c "source $tmp/telc.fish; complete -C '$1'" | cut -f1
}

"$telc" completion bash >"$tmp/telc.bash"
"$telc" completion fish >"$tmp/telc.fish"
"$telc" completion zsh >"$tmp/_telc"
bash -n "$tmp/telc.bash"
zsh -n "$tmp/_telc"
fish --no-execute "$tmp/telc.fish"
zsh -f -c "source $tmp/_telc 2>/dev/null; (( \$+functions[_telc__telc_rules_explain] ))" ||
  { echo "FAIL: zsh: the script does not define its functions"; failed=1; }

for shell in bash fish; do
  expect $shell "telc " validate lint compile collector metricsql rules completion
  expect $shell "telc rules " list explain
  expect $shell "telc metricsql " fmt check parse
  expect $shell "telc validate --f" --format
  expect $shell "telc lint --fail-on " error warning note
  expect $shell "telc validate --format " text json sarif github
  expect $shell "telc compile --target " collector vector docs
  expect $shell "telc metricsql fmt --j" --jsonl
  expect $shell "telc completion " bash zsh fish
done
# Files for paths, nothing for a number.
touch "$tmp/policy.yaml"
expect bash "telc validate $tmp/pol" "$tmp/policy.yaml"
expect fish "telc validate $tmp/pol" "$tmp/policy.yaml"
[ -z "$(complete_bash "telc validate --jobs ")" ] || { echo "FAIL: bash completes a number"; failed=1; }
exit $failed
