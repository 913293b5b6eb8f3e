#!/usr/bin/env bash
# Speed/memory benchmark of `idet analyze` against `verilator --lint-only` and `yosys read_verilog; proc`.
#
# usage: bench/analyze-speed.sh            (run from anywhere; paths are relative to the repo root)
# env:   IDET=path/to/idet        (default: target/release/idet)
#        SIZES="20000 100000"     (line counts of the generated Vitis-style files)
#        TIMEOUT=1800             (seconds per tool run; a run that hits it is reported as "timeout")
#        SKIP_YOSYS=1 / SKIP_VERILATOR=1 to leave a tool out
#        LARGEST=path/to/file.v   (instead of the largest non-testbench file under benchmarks-rtl/*/*/out/)
#        KEEP=1                   keep the temp dir with the generated files
# Writes the markdown table to stdout and to bench/results-analyze.md.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
IDET="${IDET:-target/release/idet}"
SIZES="${SIZES:-20000 100000}"
TIMEOUT="${TIMEOUT:-1800}"
OUT_MD="$ROOT/bench/results-analyze.md"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/idet-bench.XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$TMP"' EXIT

if [ ! -x /usr/bin/time ]; then
  echo "error: /usr/bin/time (GNU time) is required for peak-RSS measurement" >&2
  exit 1
fi

idet_ok=1
if [ ! -x "$IDET" ]; then
  idet_ok=0
  echo "NOTE: idet binary not found at '$IDET' (build it with 'cargo build --release' or set IDET=...);" >&2
  echo "      idet columns will read 'not built', the other tools are still timed." >&2
fi

# top module of a Verilog file: a module that no other module in the same file instantiates (last one wins)
top_of() {
  python3 - "$1" <<'PY'
import re, sys
src = open(sys.argv[1], errors="replace").read()
src = re.sub(r"//[^\n]*|/\*.*?\*/", "", src, flags=re.S)
mods = re.findall(r"^\s*module\s+([A-Za-z_][\w$]*)", src, flags=re.M)
inst = set(re.findall(r"^\s*([A-Za-z_][\w$]*)\s*(?:#\s*\(.*?\)\s*)?[A-Za-z_][\w$]*\s*\(", src, flags=re.M | re.S))
tops = [m for m in mods if m not in inst] or mods
print(tops[-1] if tops else "")
PY
}

# run CMD... under GNU time with a timeout; prints "<seconds>|<peak KB>|<status>"
measure() {
  local log="$TMP/run.log" tf="$TMP/time.txt" rc
  rm -f "$tf"
  /usr/bin/time -f "%e %M" -o "$tf" timeout "$TIMEOUT" "$@" >"$log" 2>&1
  rc=$?
  local secs kb status
  read -r secs kb < <(tail -n 1 "$tf" 2>/dev/null || echo "? ?")
  case $rc in
    0) status=ok ;;
    124) status=timeout ;;
    *) status="rc=$rc" ;;
  esac
  echo "${secs:-?}|${kb:-?}|$status"
}

fmt() { # "<secs>|<kb>|<status>" -> "secs s / MB MB (status)"
  local secs kb status
  IFS='|' read -r secs kb status <<<"$1"
  local mb="?"
  [[ "$kb" =~ ^[0-9]+$ ]] && mb=$(awk -v k="$kb" 'BEGIN{printf "%.0f", k/1024}')
  if [ "$status" = ok ]; then echo "${secs} s / ${mb} MB"; else echo "${secs} s / ${mb} MB ($status)"; fi
}

files=()
tops=()
for n in $SIZES; do
  f="$TMP/vitis_${n}.v"
  python3 "$ROOT/bench/gen_vitis.py" "$n" "$f" --top "bench_vitis_${n}" 2>/dev/null || { echo "gen_vitis.py failed for $n" >&2; exit 1; }
  files+=("$f"); tops+=("bench_vitis_${n}")
done

largest="${LARGEST:-}"
if [ -z "$largest" ] && compgen -G "benchmarks-rtl/*/*/out" >/dev/null; then
  # largest design file; testbenches (files that call $finish, e.g. Polyphony's test.v) are skipped
  largest=$(find benchmarks-rtl/*/*/out/ -type f \( -name '*.v' -o -name '*.sv' \) -printf '%s %p\n' 2>/dev/null \
            | sort -rn | cut -d' ' -f2- | while read -r f; do grep -q '\$finish' "$f" || { echo "$f"; break; }; done)
fi
if [ -n "$largest" ]; then
  files+=("$largest"); tops+=("$(top_of "$largest")")
else
  echo "NOTE: no Verilog under benchmarks-rtl/*/*/out/ yet; only generated files are measured." >&2
fi

{
  echo "# idet analyze speed"
  echo
  echo "Generated $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -n) ($(nproc) CPUs) by bench/analyze-speed.sh."
  echo "Times are wall-clock seconds, memory is peak RSS (GNU time %M). Timeout per run: ${TIMEOUT}s."
  echo
  echo "- idet: \`$IDET analyze FILE --top TOP\`$([ $idet_ok = 1 ] || echo " — **binary not built**")"
  echo "- verilator $(verilator --version 2>/dev/null | awk '{print $2}'): \`verilator --lint-only -Wno-fatal --no-timing --top-module TOP -IDIR [-v SIBLING.v ...] FILE\` (siblings only for benchmarks-rtl files)"
  echo "- yosys $(yosys -V 2>/dev/null | awk '{print $2}'): \`yosys -q -p \"read_verilog FILE; proc\"\`"
  echo
  echo "| file | top | lines | idet analyze | verilator --lint-only | yosys read_verilog; proc |"
  echo "|---|---|---:|---|---|---|"
} > "$TMP/table.md"
cat "$TMP/table.md"

for i in "${!files[@]}"; do
  f="${files[$i]}"; top="${tops[$i]}"
  lines=$(wc -l < "$f")
  if [ $idet_ok = 1 ]; then
    # A corpus design is analysed as its idet-case.toml says (its RAM modules live in other files).
    idet_args=("$f")
    manifest="$(dirname "$f")/../idet-case.toml"
    if [ -f "$manifest" ]; then
      mapfile -t idet_args < <(python3 - "$manifest" <<'PY'
import sys, tomllib, os
m = sys.argv[1]; d = os.path.dirname(m)
c = tomllib.load(open(m, "rb"))
for s in c["sources"]: print(os.path.join(d, s))
for i in c.get("include_dirs", []): print("-I"); print(os.path.join(d, i))
PY
)
    fi
    r_idet=$(fmt "$(measure "$IDET" analyze "${idet_args[@]}" --top "$top")")
  else
    r_idet="not built"
  fi
  if [ "${SKIP_VERILATOR:-0}" = 1 ]; then r_ver="skipped"; else
    # sibling design files (not testbenches) are given as libraries so sub-modules resolve
    libs=()
    case "$f" in "$TMP"/*) ;; *)
      for s in "$(dirname "$f")"/*.v "$(dirname "$f")"/*.sv; do
        [ -f "$s" ] && [ "$s" != "$f" ] && ! grep -q '\$finish' "$s" && libs+=(-v "$s")
      done ;;
    esac
    r_ver=$(fmt "$(measure verilator --lint-only -Wno-fatal --no-timing --top-module "$top" -I"$(dirname "$f")" ${libs[@]+"${libs[@]}"} "$f")")
  fi
  if [ "${SKIP_YOSYS:-0}" = 1 ]; then r_yos="skipped"; else
    r_yos=$(fmt "$(measure yosys -q -p "read_verilog $f; proc")")
  fi
  name="$f"; case "$f" in "$TMP"/*) name="(generated) $(basename "$f")" ;; esac
  row="| $name | $top | $lines | $r_idet | $r_ver | $r_yos |"
  echo "$row"
  echo "$row" >> "$TMP/table.md"
done

cp "$TMP/table.md" "$OUT_MD"
echo
echo "written to ${OUT_MD#$ROOT/}"
