#!/usr/bin/env bash
# Simulate every benchmark design with its self-checking testbench.
#
#   benchmarks-rtl/run-testbenches.sh [--lint] [DIR...]
#
# For every idet-case.toml under benchmarks-rtl (or under the given DIRs) it runs
#   iverilog -g2012 -I <sim.include_dirs> -s <sim.tb_top> -o <tmp> <sim.files>
#   vvp -n <tmp>
# in the kernel directory, and checks that the output contains the `pass` text
# and not the `fail` text (exit codes are not trusted: Polyphony's testbench
# $finish-es with status 0 after a failed assertion).  A small extra top-level
# module counts rising edges of the manifest's `clock` net; the count is shown,
# and the run is stopped as failed after $IDET_MAX_CYCLES cycles (default 500000;
# every testbench needs fewer than 40000) so that a hung design fails fast.
# With --lint it also runs, on the design sources only,
#   verilator --lint-only -Wno-fatal ... --top-module <top>   (warnings allowed)
#   yosys -q -p "read_verilog -sv ...; hierarchy -top <top>; proc"
# Exit status: 0 if every design passed, 1 otherwise.
# Needs: iverilog/vvp (Icarus 11), python3 >= 3.11 (tomllib); verilator and yosys for --lint.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
max_cycles=${IDET_MAX_CYCLES:-500000}
lint=0
dirs=()
for a in "$@"; do
  case "$a" in
    --lint) lint=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) dirs+=("$a") ;;
  esac
done
[ ${#dirs[@]} -gt 0 ] || dirs=("$here")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mapfile -t cases < <(find "${dirs[@]}" -name idet-case.toml -not -path '*/out/*' | sort)
if [ ${#cases[@]} -eq 0 ]; then
  echo "run-testbenches.sh: no idet-case.toml found" >&2
  exit 1
fi

# Print the manifest as shell assignments (arrays for the lists).
read_case() {
  python3 - "$1" <<'EOF'
import shlex, sys, tomllib
with open(sys.argv[1], 'rb') as f:
    c = tomllib.load(f)
def arr(name, v):
    print('%s=(%s)' % (name, ' '.join(shlex.quote(x) for x in v)))
print('top=%s' % shlex.quote(c['top']))
arr('sources', c['sources'])
arr('inc', c.get('include_dirs', []))
s = c.get('sim')
if s is None:
    print('tb_top=')
    sys.exit(0)
arr('simfiles', s['files'])
arr('siminc', s.get('include_dirs', []))
for k in ('tb_top', 'dut', 'clock', 'pass', 'fail'):
    print('%s=%s' % ('pass_txt' if k == 'pass' else 'fail_txt' if k == 'fail' else k, shlex.quote(s[k])))
EOF
}

total=0
failed=0
for m in "${cases[@]}"; do
  d=$(cd "$(dirname "$m")" && pwd)
  name=${d#"$here"/}
  total=$((total + 1))
  if ! vars=$(read_case "$m"); then
    echo "FAIL  $name: cannot read $m"
    failed=$((failed + 1)); continue
  fi
  eval "$vars"
  if [ -z "${tb_top:-}" ]; then
    echo "SKIP  $name: no [sim] testbench in its manifest"
    total=$((total - 1)); continue
  fi
  w=$tmp/$total
  mkdir -p "$w"
  cat > "$w/cycles.v" <<EOF
module idet_cycle_counter;
  integer idet_cycles = 0;
  always @(posedge $clock) begin
    idet_cycles = idet_cycles + 1;
    if (idet_cycles >= $max_cycles) begin
      \$display("idet-cycle-limit: no end after %0d cycles", idet_cycles);
      \$finish;
    end
  end
  final \$display("idet-cycles: %0d", idet_cycles);
endmodule
EOF
  iflags=()
  for i in "${siminc[@]}"; do iflags+=(-I "$i"); done
  status=ok
  note=""
  if ! (cd "$d" && iverilog -g2012 "${iflags[@]}" -s "$tb_top" -s idet_cycle_counter \
          -o "$w/sim" "${simfiles[@]}" "$w/cycles.v") > "$w/build.log" 2>&1; then
    status=fail; note="iverilog failed: $(head -c 300 "$w/build.log" | tr '\n' ' ')"
  else
    start=$(date +%s%N)
    (cd "$d" && timeout 300 vvp -n "$w/sim") > "$w/sim.log" 2>&1
    rc=$?
    secs=$(( ($(date +%s%N) - start) / 1000000 ))
    cycles=$(sed -n 's/^idet-cycles: //p' "$w/sim.log" | tail -1)
    if grep -q '^idet-cycle-limit' "$w/sim.log"; then
      status=fail; note="no end within $max_cycles cycles"
    elif grep -qF -- "$fail_txt" "$w/sim.log"; then
      status=fail; note="$(grep -F -- "$fail_txt" "$w/sim.log" | head -1)"
    elif ! grep -qF -- "$pass_txt" "$w/sim.log"; then
      status=fail; note="no '$pass_txt' in output (vvp exit $rc)"
    fi
    note="${note:+$note; }cycles=${cycles:-?} time=${secs}ms"
  fi
  if [ "$status" = ok ] && [ "$lint" = 1 ]; then
    vflags=(); yflags=()
    for i in "${inc[@]}"; do vflags+=("-I$i"); yflags+=("-I$i"); done
    if ! (cd "$d" && verilator --lint-only -Wno-fatal "${vflags[@]}" "${sources[@]}" --top-module "$top") \
         > "$w/verilator.log" 2>&1; then
      status=fail; note="$note; verilator lint: $(grep -m1 '%Error' "$w/verilator.log")"
    fi
    ysrc="read_verilog -sv ${yflags[*]} ${sources[*]}; hierarchy -top $top; proc"
    if ! (cd "$d" && yosys -q -p "$ysrc") > "$w/yosys.log" 2>&1; then
      status=fail; note="$note; yosys: $(grep -m1 -i 'error' "$w/yosys.log")"
    fi
    [ "$status" = ok ] && note="$note; lint ok"
  fi
  if [ "$status" = ok ]; then
    printf 'PASS  %-24s %s\n' "$name" "$note"
  else
    printf 'FAIL  %-24s %s\n' "$name" "$note"
    failed=$((failed + 1))
  fi
done

echo "$((total - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
