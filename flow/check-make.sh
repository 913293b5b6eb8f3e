#!/usr/bin/env bash
# Check the Make flow (flow/make/idet.mk through flow/make/example/Makefile) and its incremental
# behaviour, on a scratch copy of the example and of the gcd RTL:
#   - a first build runs plan, insert, lint and synth;
#   - nothing changed: `make -q` is 0, `make -n` runs no tool, make rebuilds nothing;
#   - the RTL touched: plan, insert, lint and synth re-run;
#   - only the plan options changed (IDET_PLAN_ARGS='--max-cycles 8'): plan and everything
#     downstream re-run, then it is up to date again;
#   - only the insert options changed: insert, lint and synth re-run, the plan does not;
#   - back to the default options: re-plans once, then up to date.
# What re-ran is measured by file times (outputs newer than a mark taken before the step).
#
#   flow/check-make.sh     (quiet; one summary line; exit 1 on failure)
#
# Environment: IDET (default <repo>/target/debug/idet; copied into the scratch directory so that a
# concurrent rebuild cannot disturb the timestamps). Needs GNU make, verilator, yosys.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
IDET=${IDET:-target/debug/idet}
case $IDET in /*) ;; *) IDET=$repo/$IDET ;; esac

fail() { echo "check-make: FAIL: $*" >&2; exit 1; }
[ -x "$IDET" ] || fail "no idet binary at $IDET (cargo build, or set IDET)"
for t in make verilator yosys; do command -v $t >/dev/null || fail "$t not installed"; done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/example/rtl"
cp "$IDET" "$tmp/bin/idet"
cp "$repo/flow/make/example/Makefile" "$tmp/example/Makefile"
cp "$repo/benchmarks-rtl/polyphony/gcd/out/gcd.v" "$tmp/example/rtl/gcd.v"
ex=$tmp/example
out=$ex/build
names=(plan insert lint synth)
files=("$out/plan.json" "$out/gcd_idet.v" "$out/lint.stamp" "$out/synth.stat")

# Coarse file times (1 s) need a pause between a build and the next change.
touch "$tmp/t"
case $(stat -c %y "$tmp/t") in *.000000000*) tick() { sleep 1.1; } ;; *) tick() { :; } ;; esac

mk() { make --no-print-directory -C "$ex" IDET_REPO="$repo" IDET="$tmp/bin/idet" IDET_RTL=rtl/gcd.v "$@" < /dev/null; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
times=()

# step LABEL EXPECTED-RERUNS [make args...]: make must be out of date (or up to date when nothing
# is expected), re-run exactly the expected steps, and be up to date afterwards.
step() {
  local label=$1 expect=$2; shift 2
  local q=0
  mk -q "$@" >/dev/null 2>&1 || q=$?
  if [ -z "$expect" ]; then
    [ $q = 0 ] || fail "$label: make -q says out of date (status $q), expected up to date"
    local n
    n=$(mk -n "$@" 2>&1 | grep -E "$tmp/bin/idet|verilator|yosys" || true)
    [ -z "$n" ] || fail "$label: make -n would run: $n"
  else
    [ $q = 1 ] || fail "$label: make -q status $q, expected 1 (out of date)"
  fi
  local t0
  t0=$(now)
  mk "$@" > "$tmp/make.log" 2>&1 || { cat "$tmp/make.log" >&2; fail "$label: make failed"; }
  times+=("$label $(secs "$t0" "$(now)") s")
  local ran="" i
  for i in 0 1 2 3; do
    [ -f "${files[$i]}" ] || fail "$label: ${files[$i]} missing"
    if [ "${files[$i]}" -nt "$tmp/mark" ]; then ran="$ran ${names[$i]}"; fi
  done
  ran=${ran# }
  [ "$ran" = "$expect" ] || { cat "$tmp/make.log" >&2; fail "$label: re-ran '$ran', expected '$expect'"; }
  q=0
  mk -q "$@" >/dev/null 2>&1 || q=$?
  [ $q = 0 ] || fail "$label: not up to date after make (make -q status $q)"
  tick
  touch "$tmp/mark"
  tick
}

touch "$tmp/mark"
tick
step "first build" "plan insert lint synth"
grep -q '// idet:begin' "$out/gcd_idet.v" || fail "$out/gcd_idet.v has no idet regions"
grep -q 'Number of cells:' "$out/synth.stat" || fail "synth.stat has no cell count"
cells=$(awk '/Number of cells:/ { n = $4 } END { print n }' "$out/synth.stat")
step "unchanged" ""
touch "$ex/rtl/gcd.v"
step "RTL touched" "plan insert lint synth"
step "plan options changed" "plan insert lint synth" IDET_PLAN_ARGS='--max-cycles 8'
grep -q -- '--max-cycles 8' "$out/plan.args" || fail "plan.args does not record --max-cycles 8"
grep -q '"max_cycles": 8' "$out/plan.json" || fail "plan.json was not planned with --max-cycles 8"
step "unchanged (same options)" "" IDET_PLAN_ARGS='--max-cycles 8'
step "insert options changed" "insert lint synth" IDET_PLAN_ARGS='--max-cycles 8' IDET_INSERT_ARGS='--nvm-word-bits 16'
grep -q 'output wire \[15:0\] idet_nvm_wdata' "$out/gcd_idet.v" ||
  fail "the re-inserted design does not have a 16-bit NVM port"
step "unchanged (same options)" "" IDET_PLAN_ARGS='--max-cycles 8' IDET_INSERT_ARGS='--nvm-word-bits 16'
step "default options again" "plan insert lint synth"
step "unchanged" ""

summary=$(printf '%s, ' "${times[@]}")
echo "check-make: OK: flow/make/example (gcd, $cells cells) rebuilds only what changed: ${summary%, }"
