#!/usr/bin/env bash
# Regenerate every kernel's out/ directory from its source.
#
#   benchmarks-rtl/regen.sh            regenerate and replace every committed out/
#   benchmarks-rtl/regen.sh --check    regenerate into a temporary directory and
#                                      exit 1 (with a diff summary) if anything
#                                      differs from the committed out/
#
# Python environment: $IDET_VENV (default: <repo>/.venv), created with
#   python3 -m venv .venv && .venv/bin/pip install -r benchmarks-rtl/requirements.txt
#
# Tools and how they are run:
#   polyphony/<name>/<name>.py   -> polyphony 0.3.6: `polyphony -q -d out/ <name>.py`,
#                                   run through tools/polyphony_det.py (same compiler;
#                                   only makes its sort of instance port connections
#                                   independent of memory addresses, see that file)
#   veriloggen/<name>/<name>.py  -> veriloggen 2.3.0: the script writes out/<name>.v
#   nngen/<name>/<name>.py       -> nngen 1.3.4: the script writes out/<name>.v
#   calyx/<name>/<name>.futil    -> calyx 0.7.1 (cargo install calyx --version 0.7.1;
#                                   $CALYX, default `calyx` on PATH, with its primitives under
#                                   ~/.calyx): `calyx <name>.futil -b verilog --synthesis
#                                   --disable-verify` (stdout: with -o the primitives are
#                                   dropped) -> out/<name>.sv; skipped with a warning when no
#                                   calyx is installed (the committed out/ stays)
#
# Determinism: every kernel is generated from a copy of its source in a fresh
# temporary directory, with PYTHONHASHSEED=0, LC_ALL=C and TZ=UTC.  Neither tool
# writes timestamps or absolute paths into its output (Polyphony's assertion
# messages name the source by its base name only), so nothing is stripped; the
# script nevertheless fails if an absolute path of this machine (the temporary
# directory, the repository or $HOME) appears in the output.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
venv=${IDET_VENV:-$repo/.venv}
py=$venv/bin/python

check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

if [ ! -x "$py" ]; then
  echo "regen.sh: no Python at $py (set IDET_VENV, or create the venv:" >&2
  echo "  python3 -m venv $venv && $venv/bin/pip install -r $here/requirements.txt)" >&2
  exit 2
fi

export PYTHONHASHSEED=0 LC_ALL=C TZ=UTC PYTHONDONTWRITEBYTECODE=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "regen.sh: $*" >&2; exit 1; }

kernels=()

# Polyphony kernels
for d in "$here"/polyphony/*/; do
  name=$(basename "$d")
  [ -f "$d/$name.py" ] || continue
  w=$tmp/polyphony/$name
  mkdir -p "$w/out"
  cp "$d/$name.py" "$w/"
  # -q hides Polyphony's error messages; rerun without it on failure to show them
  if ! (cd "$w" && "$py" "$here/tools/polyphony_det.py" -q -d out/ "$name.py") \
     || [ ! -s "$w/out/$name.v" ] || [ ! -s "$w/out/test.v" ]; then
    (cd "$w" && "$py" "$here/tools/polyphony_det.py" -d out/ "$name.py") || true
    fail "polyphony failed on polyphony/$name/$name.py (no out/$name.v or out/test.v)"
  fi
  kernels+=("polyphony/$name")
done

# veriloggen kernels
for d in "$here"/veriloggen/*/; do
  name=$(basename "$d")
  [ -f "$d/$name.py" ] || continue
  w=$tmp/veriloggen/$name
  mkdir -p "$w/out"
  cp "$d/$name.py" "$w/"
  (cd "$w" && "$py" "$name.py") || fail "veriloggen script veriloggen/$name/$name.py failed"
  [ -s "$w/out/$name.v" ] || fail "veriloggen/$name/$name.py wrote no out/$name.v"
  kernels+=("veriloggen/$name")
done

# nngen kernels (same contract as veriloggen: the script writes out/<name>.v)
for d in "$here"/nngen/*/; do
  name=$(basename "$d")
  [ -f "$d/$name.py" ] || continue
  w=$tmp/nngen/$name
  mkdir -p "$w/out"
  cp "$d/$name.py" "$w/"
  (cd "$w" && "$py" "$name.py") || fail "nngen script nngen/$name/$name.py failed"
  [ -s "$w/out/$name.v" ] || fail "nngen/$name/$name.py wrote no out/$name.v"
  kernels+=("nngen/$name")
done

# Calyx kernels
calyx=${CALYX:-calyx}
if command -v "$calyx" >/dev/null 2>&1; then
  for d in "$here"/calyx/*/; do
    name=$(basename "$d")
    [ -f "$d/$name.futil" ] || continue
    w=$tmp/calyx/$name
    mkdir -p "$w/out"
    cp "$d/$name.futil" "$w/"
    (cd "$w" && "$calyx" "$name.futil" -b verilog --synthesis --disable-verify > "out/$name.sv") \
      || fail "calyx failed on calyx/$name/$name.futil"
    [ -s "$w/out/$name.sv" ] || fail "calyx/$name/$name.futil gave no Verilog"
    kernels+=("calyx/$name")
  done
else
  echo "regen.sh: warning: no calyx compiler ($calyx); calyx/*/out not regenerated" >&2
fi

# No machine-specific absolute paths in generated files.
for k in "${kernels[@]}"; do
  for p in "$tmp" "$repo" "${HOME:-/nonexistent-home}"; do
    if grep -rlF -- "$p" "$tmp/$k/out" >/dev/null; then
      fail "$k/out contains the absolute path $p"
    fi
  done
done

if [ "$check" = 1 ]; then
  bad=0
  for k in "${kernels[@]}"; do
    if [ ! -d "$here/$k/out" ]; then
      echo "MISSING  $k/out (not committed)"
      bad=1
      continue
    fi
    if ! diff -rq "$here/$k/out" "$tmp/$k/out" >/dev/null 2>&1; then
      bad=1
      echo "DIFFERS  $k/out"
      diff -rq "$here/$k/out" "$tmp/$k/out" 2>&1 | sed "s|$tmp/|(regenerated) |g; s|$here/|(committed) |g; s|^|    |" || true
      diff -ru "$here/$k/out" "$tmp/$k/out" 2>/dev/null \
        | grep -E '^[-+][^-+]' | wc -l | sed 's|^ *\(.*\)|    \1 changed lines|' || true
    fi
  done
  # committed out/ directories whose source is gone
  for o in "$here"/polyphony/*/out "$here"/veriloggen/*/out "$here"/nngen/*/out "$here"/calyx/*/out; do
    [ -d "$o" ] || continue
    k=${o#"$here"/}; k=${k%/out}
    case "$k" in calyx/*) command -v "$calyx" >/dev/null 2>&1 || continue ;; esac
    [ -d "$tmp/$k" ] || { echo "STALE    $k/out (no source)"; bad=1; }
  done
  if [ "$bad" = 1 ]; then
    echo "regen.sh --check: generated output differs from the committed out/ (run benchmarks-rtl/regen.sh)"
    exit 1
  fi
  echo "regen.sh --check: ${#kernels[@]} kernels, all out/ directories up to date"
  exit 0
fi

for k in "${kernels[@]}"; do
  rm -rf "${here:?}/$k/out"
  cp -r "$tmp/$k/out" "$here/$k/out"
done
echo "regen.sh: regenerated ${#kernels[@]} kernels"
