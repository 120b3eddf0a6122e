#!/usr/bin/env bash
# Runs conformance tests against lib/ on disk (RUNTIME_LIB_DIR), without
# rebuilding: for working on the JavaScript built-ins. Needs a built
# target/debug/runtime. Usage: xtask/conformance-dev.sh [PATH-FILTER]
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${RUNTIME_BIN:-$root/target/debug/runtime}"
export RUNTIME_LIB_DIR="$root/runtime-cli/lib"
pass=0; fail=0
while IFS= read -r test; do
  case "$test" in *"${1:-}"*) ;; *) continue ;; esac
  dir="$(dirname "$test")"; name="$(basename "$test")"; base="${test%.*}"
  out="$(cd "$dir" && timeout 30 "$bin" "$name" 2>/tmp/conformance-dev.err < /dev/null)"; code=$?
  want_code=0; [ -f "$base.code" ] && want_code="$(tr -d '[:space:]' < "$base.code")"
  if [ "$code" != "$want_code" ] || { [ -f "$base.out" ] && [ "$out" != "$(cat "$base.out")" ]; }; then
    fail=$((fail + 1)); echo "FAIL ${test#$root/} (exit $code, expected $want_code)"
  else
    pass=$((pass + 1))
  fi
done < <(find "$root/tests/conformance" \( -name fixtures -o -name node_modules \) -prune -o \( -name '*.js' -o -name '*.mjs' \) -print | grep -v '/_[^/]*$' | sort)
echo "conformance-dev: $pass passed, $fail failed"
