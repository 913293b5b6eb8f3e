#!/usr/bin/env bash
# Check the FuSoC flow (flow/fusesoc): the example core idet:examples:gcd is linted by Verilator
# and synthesised by Yosys through FuSoC/edalize, on the design augmented by the idet_insert
# generator; then the generator cache (cache_type: input) is exercised on a scratch copy:
# an unchanged re-run reuses the generated core, a changed parameter or RTL content regenerates.
#
#   flow/check-fusesoc.sh          (quiet; one summary line; exit 1 on failure)
#
# Environment: IDET (default <repo>/target/debug/idet), VENV (default <repo>/.venv, with
# fusesoc: `make venv`). Everything (FuSoC cache, work dirs, config) goes to a temporary
# directory that is removed at exit; nothing is written into the repository or $HOME.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
IDET=${IDET:-target/debug/idet}
case $IDET in /*) ;; *) IDET=$repo/$IDET ;; esac
VENV=${VENV:-$repo/.venv}
case $VENV in /*) ;; *) VENV=$repo/$VENV ;; esac

fail() { echo "check-fusesoc: FAIL: $*" >&2; exit 1; }
[ -x "$IDET" ] || fail "no idet binary at $IDET (cargo build, or set IDET)"
[ -x "$VENV/bin/fusesoc" ] || fail "no fusesoc in $VENV (make venv)"
command -v verilator >/dev/null || fail "verilator not installed"
command -v yosys >/dev/null || fail "yosys not installed"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
# The generator's interpreter (python3, resolved on PATH) must be the venv's: it has PyYAML.
export PATH=$VENV/bin:$PATH
export XDG_CACHE_HOME=$tmp/xdg-cache XDG_CONFIG_HOME=$tmp/xdg-config XDG_DATA_HOME=$tmp/xdg-data
printf '[main]\ncache_root = %s/cache\n' "$tmp" > "$tmp/fusesoc.conf"

# Count idet runs (the generator calls $IDET) and log what edalize launches.
cat > "$tmp/idet" <<EOF
#!/usr/bin/env bash
echo "\$*" >> "$tmp/idet-calls"
exec "$IDET" "\$@"
EOF
cat > "$tmp/launcher" <<EOF
#!/usr/bin/env bash
echo "\$*" >> "$tmp/launched"
exec "\$@"
EOF
chmod +x "$tmp/idet" "$tmp/launcher"
touch "$tmp/idet-calls" "$tmp/launched"
export IDET=$tmp/idet EDALIZE_LAUNCHER=$tmp/launcher

idet_runs() { wc -l < "$tmp/idet-calls" | tr -d ' '; }
# fuse LOG CORES_ROOT TARGET WORK: run fusesoc, output to LOG; show it on failure.
fuse() {
  local log=$1 root=$2 target=$3 work=$4
  if ! fusesoc --monochrome --config "$tmp/fusesoc.conf" --cores-root "$root" \
      run --work-root "$work" --target "$target" idet:examples:gcd > "$log" 2>&1 < /dev/null; then
    cat "$log" >&2
    fail "fusesoc run --target $target failed (log above)"
  fi
}
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

gen=src/idet_examples_gcd-idet_gcd_0.1.0/gcd_idet.v

# 1. The example as committed: lint.
t0=$(now)
fuse lint.log "$repo/flow/fusesoc" lint "$tmp/lint"
t1=$(now)
vc=$tmp/lint/idet_examples_gcd_0.1.0.vc
[ -f "$vc" ] || fail "no verilator file list $vc"
grep -qx "$gen" "$vc" || fail "the verilator file list does not name the augmented $gen: $(tr '\n' ' ' < "$vc")"
grep -q 'benchmarks-rtl\|/gcd\.v$' "$vc" && fail "the original gcd.v is compiled too: $(tr '\n' ' ' < "$vc")"
regions=$(grep -c '// idet:begin' "$tmp/lint/$gen" || true)
[ "$regions" -gt 0 ] || fail "$gen has no '// idet:begin' region"
grep -q 'input wire idet_pwr_warn' "$tmp/lint/$gen" || fail "$gen has no idet_pwr_warn port"
grep -q -- "--lint-only -f idet_examples_gcd_0.1.0.vc" "$tmp/launched" ||
  fail "verilator --lint-only was not run (launched: $(cat "$tmp/launched"))"
[ "$(idet_runs)" = 1 ] || fail "expected 1 idet run, got $(idet_runs)"

# 2. Synthesis (yosys synth_ice40) of the same augmented design.
fuse synth.log "$repo/flow/fusesoc" synth "$tmp/synth"
t2=$(now)
[ -s "$tmp/synth/idet_examples_gcd_0.1.0.json" ] || fail "yosys wrote no netlist"
grep -qF "Verilog-2005 frontend: $gen" "$tmp/synth/yosys.log" || fail "yosys did not read $gen"
cells=$(awk '/=== gcd ===/ { g = 1 } g && /Number of cells:/ { n = $4 } END { print n }' "$tmp/synth/yosys.log")
[ "${cells:-0}" -gt 0 ] || fail "no cell count for gcd in yosys.log"
grep -q "Found cached output" synth.log || fail "synth did not reuse the generator output of lint"
[ "$(idet_runs)" = 1 ] || fail "synth re-ran idet (runs: $(idet_runs))"

# 3. Generator cache on a scratch copy (the example with its RTL copied next to it).
mkdir -p cores/idet cores/gcd/rtl
cp "$repo/flow/fusesoc/idet.core" "$repo/flow/fusesoc/idet_gen.py" cores/idet/
cp "$repo/benchmarks-rtl/polyphony/gcd/out/gcd.v" cores/gcd/rtl/gcd.v
sed 's#files: \[.*gcd/out/gcd\.v\]#files: [rtl/gcd.v]#' "$repo/flow/fusesoc/examples/gcd/gcd.core" > cores/gcd/gcd.core
grep -q 'files: \[rtl/gcd.v\]' cores/gcd/gcd.core || fail "could not re-point the scratch core at rtl/gcd.v"
n0=$(idet_runs)
fuse c1.log "$tmp/cores" lint "$tmp/c"        # first run in this core: generates
n1=$(idet_runs)
fuse c2.log "$tmp/cores" lint "$tmp/c"        # unchanged: cached
n2=$(idet_runs)
grep -q "Found cached output" c2.log || fail "unchanged re-run did not report 'Found cached output'"
touch cores/gcd/rtl/gcd.v                     # new mtime, same content: still cached
fuse c3.log "$tmp/cores" lint "$tmp/c"
n3=$(idet_runs)
sed -i 's/max_cycles: 16/max_cycles: 8/' cores/gcd/gcd.core
fuse c4.log "$tmp/cores" lint "$tmp/c"        # parameter changed: regenerates
n4=$(idet_runs)
tail -1 "$tmp/idet-calls" | grep -q -- '--max-cycles=8' || fail "regeneration did not pass --max-cycles 8"
echo "// edited" >> cores/gcd/rtl/gcd.v
fuse c5.log "$tmp/cores" lint "$tmp/c"        # RTL content changed: regenerates
n5=$(idet_runs)
runs="$((n1 - n0)) $((n2 - n1)) $((n3 - n2)) $((n4 - n3)) $((n5 - n4))"
[ "$runs" = "1 0 0 1 1" ] ||
  fail "idet runs per step (first, unchanged, touched, max_cycles 8, RTL edited) = $runs, expected 1 0 0 1 1"
grep -q '// edited' "$tmp/c/$gen" || fail "the work dir does not hold the regenerated file"

# 4. An idet error surfaces with idet's message and a non-zero exit.
mkdir -p cores-bad/bad
cp "$repo/flow/fusesoc/idet.core" "$repo/flow/fusesoc/idet_gen.py" cores-bad/
printf 'module helper(input wire a, output wire b);\n  assign b = ~a;\nendmodule\n' > cores-bad/bad/helper.v
sed -e 's#files: \[.*\]#files: [helper.v]#' -e 's/top: gcd/top: helper/' -e 's/toplevel: gcd/toplevel: helper/' \
  "$repo/flow/fusesoc/examples/gcd/gcd.core" > cores-bad/bad/bad.core
if fusesoc --monochrome --config "$tmp/fusesoc.conf" --cores-root "$tmp/cores-bad" \
    run --work-root "$tmp/bad" --target lint idet:examples:gcd > bad.log 2>&1 < /dev/null; then
  fail "fusesoc succeeded on a design without a clocked process"
fi
grep -q "error: no clocked process" bad.log || { cat bad.log >&2; fail "idet's error message did not surface"; }
t3=$(now)

echo "check-fusesoc: OK: fusesoc lint (verilator --lint-only, $(secs "$t0" "$t1") s) and synth" \
  "(yosys synth_ice40, $cells cells, $(secs "$t1" "$t2") s) of idet:examples:gcd augmented by the" \
  "idet_insert generator ($regions idet regions); cache: unchanged/touched reused, max_cycles and" \
  "RTL edits regenerated; idet errors surface; $(secs "$t0" "$t3") s total"
